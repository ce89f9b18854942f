// A small static file server for the release build: `node e2e/serve.mjs [dir] [port]`.
// Used by the README's serve command and by the end-to-end tests (Trunk's own server injects
// a live-reload script, so the tests serve the built files as a host would).
// Like nginx's gzip_static and brotli_static, it sends the build's pre-compressed copy of a file
// (X.br, else X.gz, scripts/precompress.mjs) when the request accepts its encoding, as it is: a
// file changed after the build needs its copies made again, or removed.
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

/// The pre-compressed copies the server looks for, best first: each encoding and its extension.
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

/// Whether the request's Accept-Encoding allows `encoding`: named with a weight above zero, or
/// covered by `*` when not named.
function accepts(header, encoding) {
  const weights = new Map(
    String(header ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([name]) => name)
      .map(([name, ...params]) => {
        const q = params.map((param) => param.trim().match(/^q=([\d.]+)$/)?.[1]).find((value) => value !== undefined);
        return [name.trim(), q === undefined ? 1 : Number(q)];
      }),
  );
  const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
  return weight > 0;
}

/// The file's pre-compressed copies that exist, best first, as [encoding, path].
async function copiesOf(file) {
  const copies = [];
  for (const [encoding, extension] of ENCODINGS) {
    const info = await stat(file + extension).catch(() => null);
    if (info?.isFile()) copies.push([encoding, file + extension]);
  }
  return copies;
}

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
  const copies = await copiesOf(file);
  const [encoding, sent] = copies.find(([name]) => accepts(request.headers['accept-encoding'], name)) ?? [null, file];
  const body = await readFile(sent);
  const headers = {
    // The type of the file itself, whichever copy of it is sent.
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    // The widget's files may be loaded by pages of other origins (the embed script) and by
    // sandboxed frames, whose origin is opaque.
    'access-control-allow-origin': '*',
  };
  if (encoding) headers['content-encoding'] = encoding;
  // Caches must keep the answer to each Accept-Encoding apart.
  if (copies.length > 0) headers.vary = 'Accept-Encoding';
  if (policy && extname(file) === '.html') {
    // A host page that frames the widget also needs frame-src for the widget's origin.
    const frames = (encoding ? await readFile(file) : body).includes('<iframe');
    const framed = frames ? `${policy}; frame-src 'self'` : policy;
    headers['content-security-policy'] = reportUri ? `${framed}; report-uri ${reportUri}` : framed;
  }
  response.writeHead(200, headers);
  response.end(body);
}).listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});
