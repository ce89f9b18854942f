// The byte budget: the gzip size of everything the standalone page loads first (HTML, JS,
// WebAssembly, CSS; the content is compiled into the WebAssembly, but for the quiz's
// statements and their source quotes, which come with English's words file after the first
// screen, as every other language's words do). Deterministic: it reads the
// built files, not the network. The budget is the figure reached, rounded up to the next KB;
// it is never loosened: new bytes must be paid for with savings elsewhere. The brotli size
// (as scripts/precompress.mjs writes it, for servers that send .br) is printed, not enforced.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotli } from '../scripts/precompress.mjs';
import { content } from './fixtures.js';

const BUDGET_KB = 106;

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

// (The page's own markup holds them as structured data for search engines: the widget reads
// no word from there.)
test('the widget\'s first load holds none of the quiz\'s statements: English\'s words file brings every one of them', () => {
  const code = firstLoad().filter((name) => /\.(?:wasm|js)$/.test(name));
  expect(code.some((name) => name.endsWith('.wasm'))).toBe(true);
  const loaded = code.map((name) => readFileSync(join('dist', name), 'utf8')).join('\n');
  const words = readFileSync('dist/words-en.txt', 'utf8');
  // A statement's source quote is there too, unless a step's quote (in the first load) holds it.
  const stepQuotes = content.locales[0].steps.map(({ source }) => source);
  const texts = content.locales[0].statements.flatMap(({ statement, explanation, source }) =>
    [statement, explanation, source].filter((text) => !stepQuotes.some((quote) => quote.includes(text))),
  );
  expect(texts.length, "statements read from the content").toBeGreaterThan(0);
  for (const text of texts) {
    expect(loaded.includes(text), `the first load holds "${text}"`).toBe(false);
    expect(words.includes(text), `words-en.txt holds "${text}"`).toBe(true);
  }
});
