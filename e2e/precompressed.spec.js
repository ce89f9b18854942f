// The pre-compressed copies (scripts/precompress.mjs): the build writes X.br and X.gz beside each
// file of the first load, each decoding to exactly that file; the test server sends the copy the
// request accepts, with its encoding, the file's type and the copy's length; and in Chromium the
// widget starts from compressed files, and its service worker keeps them decoded.
import { test, expect, steps } from './fixtures.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressFile } from '../scripts/precompress.mjs';

/// The built file whose name matches `pattern`, at the top of dist/.
const built = (pattern) => {
  const found = readdirSync('dist').filter((name) => pattern.test(name));
  expect(found, `one file like ${pattern}`).toHaveLength(1);
  return found[0];
};

/// The first load's files: each language's page, the JS glue, the WebAssembly and the CSS.
const firstLoad = () => [
  'index.html',
  'es/index.html',
  built(/^just-a-plant-[0-9a-f]+\.js$/),
  built(/^just-a-plant-[0-9a-f]+_bg\.wasm$/),
  built(/^widget-[0-9a-f]+\.css$/),
];

/// The types the server gives each kind of file.
const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  css: 'text/css; charset=utf-8',
};

/// A GET of `path` from the test server with these request headers, the body as it came over the
/// wire (Node's client decodes nothing): its status, headers and bytes.
function get(baseURL, path, headers) {
  return new Promise((resolve, reject) => {
    const request = httpRequest(new URL(path, baseURL), { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

test('the build wrote a .br and a .gz beside each page, the JS glue, the WebAssembly and the CSS, each smaller and decoding to exactly the file', () => {
  for (const name of firstLoad()) {
    const plain = readFileSync(join('dist', name));
    const br = readFileSync(join('dist', `${name}.br`));
    const gz = readFileSync(join('dist', `${name}.gz`));
    expect(br.length, `${name}.br is smaller`).toBeLessThan(plain.length);
    expect(gz.length, `${name}.gz is smaller`).toBeLessThan(plain.length);
    expect(brotliDecompressSync(br).equals(plain), `${name}.br decodes to ${name}`).toBe(true);
    expect(gunzipSync(gz).equals(plain), `${name}.gz decodes to ${name}`).toBe(true);
  }
});

test('every compressible file of the build has copies that decode to it as it was finally written, images have none, and the service worker precaches no copy', () => {
  const files = readdirSync('dist', { recursive: true });
  const compressible = files.filter((name) => /\.(?:html|m?js|css|wasm|json|webmanifest|svg|txt|xml)$/.test(name));
  expect(compressible.length).toBeGreaterThan(10);
  for (const name of compressible) {
    expect(files, `${name} has its .br`).toContain(`${name}.br`);
    expect(files, `${name} has its .gz`).toContain(`${name}.gz`);
    // A step of the build that wrote the file after the copies were made would show here.
    const plain = readFileSync(join('dist', name));
    expect(brotliDecompressSync(readFileSync(join('dist', `${name}.br`))).equals(plain), `${name}.br decodes to ${name}`).toBe(true);
    expect(gunzipSync(readFileSync(join('dist', `${name}.gz`))).equals(plain), `${name}.gz decodes to ${name}`).toBe(true);
  }
  const images = files.filter((name) => name.endsWith('.png'));
  expect(images.length).toBeGreaterThan(0);
  for (const name of images) expect(files.filter((other) => other.startsWith(`${name}.`)), `${name} has no copies`).toEqual([]);
  const precached = JSON.parse(readFileSync('dist/sw.js', 'utf8').match(/const FILES = (\[[^\]]*\])/)[1]);
  expect(precached).toContain(built(/^just-a-plant-[0-9a-f]+_bg\.wasm$/));
  expect(precached.filter((name) => /\.(?:br|gz)$/.test(name))).toEqual([]);
});

test('a copy is written only when smaller than its file, and one left by an earlier run that no longer is gets removed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jap-precompress-'));
  try {
    const tiny = join(dir, 'tiny.txt');
    writeFileSync(tiny, 'x');
    // Copies an earlier build left, of a file that has since shrunk.
    writeFileSync(`${tiny}.br`, 'stale');
    writeFileSync(`${tiny}.gz`, 'stale');
    expect(precompressFile(tiny)).toEqual({ raw: 1 });
    expect([existsSync(`${tiny}.br`), existsSync(`${tiny}.gz`)]).toEqual([false, false]);
    const text = join(dir, 'text.txt');
    writeFileSync(text, 'kratom is not just a plant. '.repeat(50));
    const sizes = precompressFile(text);
    expect(sizes.br).toBeLessThan(sizes.raw);
    expect(sizes.gzip).toBeLessThan(sizes.raw);
    expect(brotliDecompressSync(readFileSync(`${text}.br`)).equals(readFileSync(text))).toBe(true);
    expect(gunzipSync(readFileSync(`${text}.gz`)).equals(readFileSync(text))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the server sends the brotli copy to a request that accepts br, with its encoding, the file\'s type and the copy\'s length', async ({ baseURL }) => {
  for (const name of firstLoad()) {
    const br = readFileSync(join('dist', `${name}.br`));
    for (const accept of ['br', 'gzip, deflate, br']) {
      const response = await get(baseURL, `/${name}`, { 'accept-encoding': accept });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding'], `${name}, ${accept}`).toBe('br');
      expect(response.headers.vary, name).toBe('Accept-Encoding');
      expect(response.headers['content-type'], name).toBe(TYPES[name.split('.').pop()]);
      expect(response.headers['content-length'], name).toBe(String(br.length));
      expect(response.body.equals(br), `${name}, ${accept}: the .br bytes`).toBe(true);
    }
  }
});

test('the server sends the gzip copy to a request that accepts gzip only, or refuses br by weight', async ({ baseURL }) => {
  for (const name of firstLoad()) {
    const gz = readFileSync(join('dist', `${name}.gz`));
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.5']) {
      const response = await get(baseURL, `/${name}`, { 'accept-encoding': accept });
      expect(response.headers['content-encoding'], `${name}, ${accept}`).toBe('gzip');
      expect(response.headers['content-type'], name).toBe(TYPES[name.split('.').pop()]);
      expect(response.headers['content-length'], name).toBe(String(gz.length));
      expect(response.body.equals(gz), `${name}, ${accept}: the .gz bytes`).toBe(true);
    }
  }
});

test('the server sends the plain file to a request that accepts no compression', async ({ baseURL }) => {
  for (const name of firstLoad()) {
    const plain = readFileSync(join('dist', name));
    for (const headers of [{}, { 'accept-encoding': 'identity' }]) {
      const response = await get(baseURL, `/${name}`, headers);
      expect(response.headers['content-encoding'], name).toBeUndefined();
      expect(response.headers.vary, name).toBe('Accept-Encoding');
      expect(response.headers['content-type'], name).toBe(TYPES[name.split('.').pop()]);
      expect(response.headers['content-length'], name).toBe(String(plain.length));
      expect(response.body.equals(plain), `${name}: the plain bytes`).toBe(true);
    }
  }
});

test('compressed, a page keeps its policy header and a folder its index; a missing file is still a 404', async ({ baseURL }) => {
  const policy = readFileSync('dist/csp.txt', 'utf8').trim();
  const page = await get(baseURL, '/es/', { 'accept-encoding': 'br' });
  expect(page.headers['content-encoding']).toBe('br');
  expect(page.headers['content-security-policy']).toBe(policy);
  expect(page.body.equals(readFileSync('dist/es/index.html.br'))).toBe(true);
  // A host page that frames the widget gets frame-src, read from the page itself, not its copy.
  const framing = await get(baseURL, '/examples/iframe.html', { 'accept-encoding': 'br' });
  expect(framing.headers['content-encoding']).toBe('br');
  expect(framing.headers['content-security-policy']).toBe(`${policy}; frame-src 'self'`);
  const missing = await get(baseURL, '/missing.js', { 'accept-encoding': 'br' });
  expect(missing.status).toBe(404);
  expect(missing.headers['content-encoding']).toBeUndefined();
});

test('in Chromium the widget starts from the brotli-encoded files, and the service worker keeps them decoded', async ({ page }) => {
  const encodings = {};
  page.on('response', (response) => {
    const name = new URL(response.url()).pathname.slice(1) || 'index.html';
    encodings[name] = response.headers()['content-encoding'] ?? 'none';
  });
  await page.goto('/');
  await expect(page.locator('.jap-step-title')).toHaveText(steps.en[0].title);
  const [, , glue, wasm, css] = firstLoad();
  expect(Object.fromEntries(['index.html', glue, wasm, css].map((name) => [name, encodings[name]]))).toEqual({
    'index.html': 'br',
    [glue]: 'br',
    [wasm]: 'br',
    [css]: 'br',
  });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  for (const name of [glue, wasm, css]) {
    const cached = await page.evaluate(async (address) => {
      const names = await caches.keys();
      const response = await (await caches.open(names[0])).match(address);
      if (!response) return null;
      const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
      return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    }, name);
    const plain = createHash('sha256').update(readFileSync(join('dist', name))).digest('hex');
    expect(cached, `${name} is precached decoded, byte for byte the file`).toBe(plain);
  }
});
