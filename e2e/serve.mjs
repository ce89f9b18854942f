// A small static file server for the release build: `node e2e/serve.mjs [dir] [port]`.
// Used by the README's serve command and by the end-to-end tests (Trunk's own server injects
// a live-reload script, so the tests serve the built files as a host would).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
// The build writes its Content Security Policy to csp.txt; pages are served with it.
const cspFile = join(root, 'csp.txt');
const policy = existsSync(cspFile) ? readFileSync(cspFile, 'utf8').trim() : null;
// For tests in browsers whose drivers show no console (e2e/engines.mjs): with CSP_REPORTS=1 the
// header policy also asks for a report of each violation, kept here and listed at /csp-reports.
const reportUri = process.env.CSP_REPORTS === '1' ? '/csp-reports' : null;
const reports = [];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0]));
  const file = join(root, path);
  if (file !== root && !file.startsWith(root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return fileFor(join(path, 'index.html'));
  return info?.isFile() ? file : null;
}

/// Keeps a violation report the browser posts, or answers with every report kept so far.
function cspReports(request, response) {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    if (request.method === 'POST') reports.push(body);
    response.writeHead(request.method === 'POST' ? 204 : 200, { 'content-type': 'application/json' });
    response.end(request.method === 'POST' ? undefined : JSON.stringify(reports));
  });
}

createServer(async (request, response) => {
  if (reportUri && request.url === reportUri) return cspReports(request, response);
  const file = await fileFor(request.url ?? '/').catch(() => null);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  const body = await readFile(file);
  const headers = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    // The widget's files may be loaded by pages of other origins (the embed script) and by
    // sandboxed frames, whose origin is opaque.
    'access-control-allow-origin': '*',
  };
  if (policy && extname(file) === '.html') {
    // A host page that frames the widget also needs frame-src for the widget's origin.
    const frames = body.includes('<iframe');
    const framed = frames ? `${policy}; frame-src 'self'` : policy;
    headers['content-security-policy'] = reportUri ? `${framed}; report-uri ${reportUri}` : framed;
  }
  response.writeHead(200, headers);
  response.end(body);
}).listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});
