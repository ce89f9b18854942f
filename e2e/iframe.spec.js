// Embedding by iframe end to end: the host script sizes the frame to the widget and accepts
// only the widget's own messages; the widget works in a frame sandboxed with allow-scripts only.
import { readFileSync } from 'node:fs';
import { test, expect, ui, steps } from './fixtures.js';

const { en } = ui;

const frameHeight = (page) => page.locator('iframe').evaluate((frame) => frame.getBoundingClientRect().height);
const contentHeight = (frame) =>
  frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));

for (const [name, path] of [
  ['an iframe', '/examples/iframe.html'],
  ['a sandboxed iframe (allow-scripts only)', '/examples/iframe-sandboxed.html'],
]) {
  test(`in ${name} the widget works and the frame's height follows its content`, async ({ page }) => {
    await page.goto(path);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.jap-step-title')).toHaveText(steps.en[0].title);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    const before = await frameHeight(page);

    await frame.getByRole('link', { name: en.section_quiz, exact: true }).click();
    await frame.getByRole('button', { name: en.start_button }).click();
    await frame.getByRole('button', { name: en.answer_myth, exact: true }).click();
    await expect(frame.locator('.jap-verdict')).toBeVisible();
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    expect(await frameHeight(page)).not.toBe(before);
  });
}

test('in a sandboxed iframe there is no storage, and the widget says so quietly', async ({ page }) => {
  await page.goto('/examples/iframe-sandboxed.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByText(en.remember_unavailable)).toBeVisible();
});

test('the host script ignores messages from anywhere but the widget frame, or of the wrong shape', async ({ page }) => {
  await page.goto('/examples/iframe.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.jap-step-title')).toBeVisible();
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
  const settled = await frameHeight(page);
  await page.evaluate(() => window.postMessage({ type: 'just-a-plant:height', height: 5 }, '*'));
  await page.frames()[1].evaluate(() => {
    window.parent.postMessage({ type: 'just-a-plant:height', height: 'tall' }, '*');
    window.parent.postMessage({ type: 'other', height: 7 }, '*');
    window.parent.postMessage({ type: 'just-a-plant:height', height: 1e9 }, '*');
  });
  await page.waitForTimeout(200);
  expect(await frameHeight(page)).toBe(settled);
});

for (const width of [320, 390, 1280]) {
  test(`on a theme with a border-box reset and bordered frames, the frame fits exactly at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/examples/iframe-theme.html');
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.jap-step-title')).toHaveText(steps.en[0].title);
    const inner = () => page.locator('iframe').evaluate((element) => element.clientHeight);
    const border = await page.locator('iframe').evaluate((element) => parseFloat(getComputedStyle(element).borderTopWidth));
    expect(border, 'the theme keeps the default frame border').toBeGreaterThan(0);
    await expect.poll(async () => Math.abs((await inner()) - (await contentHeight(frame))), 'no inner scrollbar, nothing cut off').toBeLessThanOrEqual(1);
  });
}

test('the host script is small', () => {
  expect(readFileSync('dist/just-a-plant-frame.js').length).toBeLessThanOrEqual(2048);
});
