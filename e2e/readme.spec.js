// Every HTML snippet in the README works exactly as printed: each is put on a host page, with
// only the example widget address replaced by this test server's, and its widget must start,
// styled and isolated in its shadow root, or inside its frame.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.js';

const EXAMPLE_HOST = 'https://your-widget-host/just-a-plant/';

/// The README's ```html blocks, without the indentation of a list item.
const snippets = [...readFileSync('README.md', 'utf8').matchAll(/^( *)```html\n([\s\S]*?)^\1```/gm)].map(([, indent, body]) =>
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
