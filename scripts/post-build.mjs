// Trunk post_build hook: writes the strict Content Security Policy into the built page.
// Trunk's loader is an inline module script, so the policy allows exactly that script by its
// SHA-256 hash, computed here from the final HTML; nothing else inline can run. The policy is
// also written to csp.txt, for hosts (and the test server) to send as a header.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');

const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
  .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
  .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);

const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${inline.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const charset = /<meta charset=["']?utf-8["']?>/i;
if (!charset.test(html)) throw new Error('index.html has no <meta charset=utf-8> to put the policy after');
html = html.replace(charset, (meta) => `${meta}<meta http-equiv=Content-Security-Policy content="${policy}">`);
writeFileSync(page, html);
writeFileSync(join(dir, 'csp.txt'), `${policy}\n`);
console.log(`post-build: Content-Security-Policy with ${inline.length} inline script hash(es)`);
