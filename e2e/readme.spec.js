// Every HTML snippet in the README works exactly as printed: each is put on a host page, with
// only the example widget address replaced by this test server's, and its widget must start,
// styled and isolated in its shadow root, or inside its frame. Every link it prints opens the
// place it says. (Its commands: e2e/readme-commands.mjs; its shortcode: e2e-wordpress/.)
import { readFileSync } from 'node:fs';
import { test, expect, ui, steps, statements, fill } from './fixtures.js';

const EXAMPLE_HOST = 'https://your-widget-host/just-a-plant/';
const README = readFileSync('README.md', 'utf8');

/// Every link the README prints in code: the links table's and the ones in its sentences
/// (`#es/s/1/just-a-plant`).
const LINKS = [...new Set([...README.matchAll(/`(#[a-z0-9/-]+)`/g)].map(([, link]) => link))];

/// The README's ```html blocks, without the indentation of a list item.
const snippets = [...README.matchAll(/^( *)```html\n([\s\S]*?)^\1```/gm)].map(([, indent, body]) =>
  body
    .split('\n')
    .map((line) => line.slice(indent.length))
    .join('\n'),
);

test('the README has its embed snippets', () => {
  expect(snippets.length).toBeGreaterThanOrEqual(3);
  for (const snippet of snippets) expect(snippet).toContain(EXAMPLE_HOST);
});

for (const [index, snippet] of snippets.entries()) {
  test(`README snippet ${index + 1} works as printed: ${snippet.split('\n')[1] ?? snippet.split('\n')[0]}`, async ({ page, baseURL }) => {
    const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Host</title>
      <style>*, *::before, *::after { box-sizing: border-box } html { font-size: 62.5% } button { background: #000; color: #ff0 }</style>
      <body>${snippet.replaceAll(EXAMPLE_HOST, `${baseURL}/`)}</body></html>`;
    await page.route(`${baseURL}/readme-host.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto('/readme-host.html');
    if (snippet.includes('<iframe')) {
      // The options in the frame's address take effect, as the attributes would.
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('.jap')).toBeVisible();
      const options = new URL(snippet.match(/src="([^"]+)"/)[1]).searchParams;
      if (options.get('sections') === 'quiz') {
        await expect(frame.locator('.jap-quiz')).toBeVisible();
        await expect(frame.locator('.jap-explainer')).toHaveCount(0);
      }
      if (options.has('accent')) await expect(frame.locator('.jap')).toHaveAttribute('data-theme', 'custom');
      return;
    }
    const widget = page.locator('[data-just-a-plant]').locator('.jap');
    await expect(widget).toBeVisible();
    const button = widget.locator('button.jap-button').first();
    await expect(button).toBeVisible();
    // Styled by the widget's own sheet inside the shadow root, not by the host's button rule.
    expect(await button.evaluate((element) => getComputedStyle(element).color)).not.toBe('rgb(255, 255, 0)');
    expect(await page.locator('[data-just-a-plant]').evaluate((host) => host.shadowRoot !== null)).toBe(true);
  });
}

/// What the widget must show for a link the README prints: a step's title, the quiz's intro, a
/// statement waiting for its answer, or a shared score; in the link's language.
async function expectOpened(page, link) {
  const [, language = 'en', place] = /^#(?:([a-z]{2})\/)?(.*)$/.exec(link);
  const words = ui[language];
  const step = /^explainer(?:\/(\d+))?$/.exec(place);
  const statement = /^s\/1\/([a-z0-9-]+)$/.exec(place);
  const score = /^r\/1\/(\d+)-(\d+)$/.exec(place);
  if (step) return expect(page.locator('.jap-step-title')).toHaveText(steps[language][Number(step[1] ?? 1) - 1].title);
  if (statement) {
    const shown = statements[language].find(({ id }) => id === statement[1]);
    await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'question');
    return expect(page.locator('.jap-statement')).toHaveText(shown.statement);
  }
  if (score) return expect(page.locator('.jap-shared-score')).toHaveText(fill(words.shared_score, { score: score[1], total: score[2] }));
  expect(place, `${link} is a link to the quiz`).toMatch(/^quiz(\/1\/[a-z0-9]+)?$/);
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'intro');
  return expect(page.getByRole('button', { name: words.start_button })).toBeVisible();
}

test('the README prints its links', () => {
  expect(LINKS).toEqual(expect.arrayContaining(['#explainer/3', '#quiz', '#s/1/just-a-plant', '#r/1/9-12', '#es/s/1/just-a-plant']));
});

for (const link of LINKS) {
  test(`README link ${link} opens what it says, with no notice`, async ({ page }) => {
    await page.goto(`/${link}`);
    await expectOpened(page, link);
    await expect(page.locator('.jap-notice')).toHaveCount(0);
  });
}
