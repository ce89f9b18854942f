// Trunk post_build hook (also `node scripts/post-build.mjs DIR` on a built folder): finishes a
// build in place, and running it again gives the same result.
// 0. The JavaScript glue, minified (scripts/minify-glue.mjs), with its integrity hash updated,
//    and the page's own script (assets/page.js) and the iframe host script minified: their
//    comments are for the source.
// 1. The strict Content Security Policy: Trunk's loader is an inline module script, so the
//    policy allows exactly that script by its SHA-256 hash, computed from the final HTML. The
//    policy goes into the page and into csp.txt, for hosts (and the test server) to send.
//    Stylesheets with an integrity hash are fetched with CORS (crossorigin), so the hash can
//    be checked even in a sandboxed frame, whose origin is opaque.
// 2. The embed script, embed.js: one stable address for host pages, which loads this build's
//    hashed files relative to itself and mounts a widget into every [data-just-a-plant].
// 3. The source page, source.html: the source article whole, one element per line of
//    content/source/kratom-and-opioid-recovery.txt with the id `p<line>` (counting from 1, as
//    content_check::passage counts), a heading where a line ends without punctuation. Its
//    words around the article come from the `page_article_*` keys of each content/<lang>/ui.toml.
//    Styled by the widget's stylesheet and its own (assets/source.css); loaded only when a
//    quote's link opens it.
// 4. The service worker, sw.js: it precaches every file the widget needs, under a cache name
//    derived from the files' contents, so each new build replaces the old cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { minifyGlue } from './minify-glue.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: node scripts/post-build.mjs DIR (or run as a Trunk hook)');

/// Files that are not part of the widget itself, so they are not precached.
const NOT_PRECACHED = new Set(['sw.js', 'csp.txt', 'share-card.png', 'embed.js']);

function writePolicy() {
  const page = join(dir, 'index.html');
  const html = readFileSync(page, 'utf8')
    .replace(/<meta http-equiv="?Content-Security-Policy"? content="[^"]*">/i, '')
    .replace(/<link\b(?![^>]*\bcrossorigin)([^>]*\bintegrity=[^>]*\brel="?stylesheet"?[^>]*)>/gi, '<link crossorigin$1>');
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
  writeFileSync(page, html.replace(charset, (meta) => `${meta}<meta http-equiv=Content-Security-Policy content="${policy}">`));
  writeFileSync(join(dir, 'csp.txt'), `${policy}\n`);
  return inline.length;
}

function writeServiceWorker() {
  const files = readdirSync(dir)
    .filter((name) => !NOT_PRECACHED.has(name) && statSync(join(dir, name)).isFile())
    .sort();
  const digest = createHash('sha256');
  for (const name of files) digest.update(name).update(readFileSync(join(dir, name)));
  const cache = `just-a-plant-${digest.digest('hex').slice(0, 16)}`;
  const worker = readFileSync(new URL('service-worker.js', import.meta.url), 'utf8');
  writeFileSync(join(dir, 'sw.js'), fill(worker, { __CACHE__: cache, __FILES__: JSON.stringify(['./', ...files]) }));
  return { cache, files: files.length };
}

/// The one built file whose name matches `pattern`.
function find(pattern) {
  const found = readdirSync(dir).filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`expected one file like ${pattern} in ${dir}, found ${found.length}`);
  return found[0];
}

/// A template with each placeholder (a key of `values`) replaced by its value. A placeholder
/// missing from the template stops the build: a renamed one would otherwise ship unfilled.
function fill(template, values) {
  return Object.entries(values).reduce((text, [placeholder, value]) => {
    if (!text.includes(placeholder)) throw new Error(`the template has no ${placeholder} to fill`);
    return text.replaceAll(placeholder, value);
  }, template);
}

function writeEmbedScript() {
  const script = fill(readFileSync(new URL('embed.js', import.meta.url), 'utf8'), {
    __GLUE__: find(/^just-a-plant-[0-9a-f]+\.js$/),
    __WASM__: find(/^just-a-plant-[0-9a-f]+_bg\.wasm$/),
    __CSS__: find(/^widget-[0-9a-f]+\.css$/),
  });
  writeFileSync(join(dir, 'embed.js'), script);
}

const content = new URL('../content/', import.meta.url);

/// Text for HTML, with its markup characters escaped.
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/// The `page_…` words of a language's ui.toml (one-line strings, which JSON reads alike).
function pageWords(code) {
  const toml = readFileSync(new URL(`${code}/ui.toml`, content), 'utf8');
  return Object.fromEntries([...toml.matchAll(/^(page_\w+) = (".*")$/gm)].map(([, key, value]) => [key, JSON.parse(value)]));
}

function writeSourcePage(stylesheet) {
  const article = readFileSync(new URL('source/kratom-and-opioid-recovery.txt', content), 'utf8');
  const codes = readdirSync(content).filter((name) => name !== 'source').sort((a, b) => (b === 'en') - (a === 'en'));
  const words = Object.fromEntries(codes.map((code) => [code, pageWords(code)]));
  const intros = codes.map((code) => `<p class=jap-note lang=${code}>${escape(words[code].page_article_intro)}</p>`);
  const passages = article.split('\n').map((line, index) => {
    if (!line.trim()) return '';
    const tag = /[.!?:”"…)]$/.test(line.trim()) ? 'p' : 'h2';
    return `<${tag} id=p${index + 1}>${escape(line.trim())}</${tag}>`;
  });
  const policy = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
  writeFileSync(
    join(dir, 'source.html'),
    `<!doctype html><html lang=en><meta charset=utf-8><meta http-equiv=Content-Security-Policy content="${policy}">` +
      '<meta name=viewport content="width=device-width,initial-scale=1"><meta name=color-scheme content="light dark">' +
      `<title>${escape(words.en.page_article_title)}</title><link rel=icon href=data:,><link rel=stylesheet href=${stylesheet}>` +
      '<link rel=stylesheet href=source.css>' +
      `<main class="page jap-article"><h1 class=page-title>${escape(words.en.page_article_title)}</h1>${intros.join('')}` +
      `<article>${passages.join('')}</article></main>\n`,
  );
}

/// The page's own script and the iframe host script, minified in place (minifying again changes
/// nothing): their comments are for the source.
function minifyScripts() {
  for (const name of ['page.js', 'just-a-plant-frame.js']) {
    const file = join(dir, name);
    writeFileSync(file, transformSync(readFileSync(file, 'utf8'), { minify: true, target: 'es2020' }).code);
  }
}

const glue = minifyGlue(dir);
if (glue.length === 0) throw new Error(`${dir}/index.html loads no JavaScript glue with an integrity hash: nothing to minify or check`);
minifyScripts();
const hashes = writePolicy();
writeEmbedScript();
writeSourcePage(find(/^widget-[0-9a-f]+\.css$/));
const { cache, files } = writeServiceWorker();
console.log(`post-build: ${glue.join(', ')} minified; CSP with ${hashes} inline script hash(es); sw.js precaches ${files} files as ${cache}`);
