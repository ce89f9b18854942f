// The byte budget: the gzip size of everything the standalone page loads first (HTML, JS,
// WebAssembly, CSS; the first screen's words are compiled into the WebAssembly, the rest (the
// quiz's, the later steps' and their pictures) come with English's words file after the first
// screen, as every other language's words do). Deterministic: it reads the
// built files, not the network. The budget is the figure reached, rounded up to the next KB;
// it is never loosened: new bytes must be paid for with savings elsewhere (issue 33 let the
// budget rise from 112 KB by at most 2: its main message with its picture, the "how sure" line
// and the first step's word meanings took it from 113,553 B to the figure in the closing note
// of that issue). The brotli size
// (as scripts/precompress.mjs writes it, for servers that send .br) is printed, not enforced.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotli } from '../scripts/precompress.mjs';
import { content } from './fixtures.js';

const BUDGET_KB = 114;

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

// (The page's own markup holds the statements as structured data for search engines: the
// widget reads no word from there.)
test('the widget\'s first load holds only its first screen\'s words: English\'s words file brings the quiz\'s and the later steps\', and their pictures', () => {
  const code = firstLoad().filter((name) => /\.(?:wasm|js)$/.test(name));
  expect(code.some((name) => name.endsWith('.wasm'))).toBe(true);
  const loaded = code.map((name) => readFileSync(join('dist', name), 'utf8')).join('\n');
  const file = readFileSync('dist/words-en.txt', 'utf8');
  const [first, ...later] = content.locales[0].steps;
  // A later word is in the first load anyway where the first screen's words hold it.
  const firstScreen = [first.title, first.body, first.source, first.prediction.question, ...first.prediction.answers];
  const statementTexts = content.locales[0].statements.flatMap(({ statement, fact, myth, why, closing, source }) => [
    statement, fact, myth, why, closing, source,
  ]);
  const stepTexts = later.flatMap(({ body, source, prediction }) => [body, source, prediction?.question, ...(prediction?.answers ?? [])]);
  const texts = [...statementTexts, ...stepTexts].filter((text) => text && !firstScreen.some((shown) => shown.includes(text)));
  expect(texts.length, 'words read from the content').toBeGreaterThan(later.length + 16);
  for (const text of texts) {
    expect(loaded.includes(text), `the first load holds "${text}"`).toBe(false);
    expect(file.includes(text), `words-en.txt holds "${text}"`).toBe(true);
  }
  // Each step's picture comes in its words, in order: the first one's is in the first load too.
  const pictures = file.split('\u001e').filter((word) => word.startsWith('<svg'));
  expect(pictures.length).toBe(later.length + 1);
  expect(loaded.includes(pictures[0]), "the first step's picture").toBe(true);
  for (const picture of pictures.slice(1)) expect(loaded.includes(picture), 'a later step\'s picture').toBe(false);
});
