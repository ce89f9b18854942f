// The byte budget: the gzip size of everything the standalone page loads first (HTML, JS,
// WebAssembly, CSS; the content is compiled into the WebAssembly). Deterministic: it reads the
// built files, not the network. The budget is the figure reached, rounded up to the next KB;
// it is never loosened: new bytes must be paid for with savings elsewhere. The brotli size
// (as scripts/precompress.mjs writes it, for servers that send .br) is printed, not enforced.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotli } from '../scripts/precompress.mjs';

const BUDGET_KB = 108;

/// The files index.html loads on the first visit: itself and what its tags point to.
function firstLoad() {
  const html = readFileSync('dist/index.html', 'utf8');
  const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)=["']?\.?\/?([\w.-]+\.(?:js|wasm|css)\b)/g)].map(
    ([, name]) => name,
  );
  return ['index.html', ...new Set(referenced)];
}

test(`the first load stays within ${BUDGET_KB} KB gzip`, () => {
  const files = firstLoad();
  expect(files.some((name) => name.endsWith('.wasm'))).toBe(true);
  expect(files.some((name) => name.endsWith('.css'))).toBe(true);
  const sizes = files.map((name) => {
    const body = readFileSync(join('dist', name));
    return [name, gzipSync(body, { level: 9 }).length, brotli(body, name).length];
  });
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  const totalBrotli = sizes.reduce((sum, [, , size]) => sum + size, 0);
  console.log(
    sizes.map(([name, size, br]) => `${name}: ${size} B gzip, ${br} B brotli`).join('\n'),
    `\ntotal: ${total} B gzip, ${totalBrotli} B brotli`,
  );
  expect(total, `first load ${(total / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGET_KB * 1024);
});
