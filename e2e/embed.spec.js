// Embedding by script end to end: one script tag and one element mount a widget; two widgets
// on one page stay independent; hostile host CSS cannot break the widget, and the widget
// changes nothing outside its own element. Locators reach into the open shadow roots.
import { test, expect } from './fixtures.js';

const widget = (page, selector = '[data-just-a-plant]') => page.locator(selector).locator('.jap');

test('one script tag and one element give a working widget', async ({ page }) => {
  await page.goto('/examples/script.html');
  const root = widget(page);
  await expect(root.locator('.jap-step-title')).toHaveText('A lock in the brain');
  await root.getByRole('button', { name: 'Next step' }).click();
  await expect(root.locator('.jap-step-title')).toHaveText('The main compound');
  await root.getByRole('link', { name: 'Myth or fact?', exact: true }).click();
  await root.getByRole('button', { name: 'Start the quiz' }).click();
  await root.getByRole('button', { name: 'Myth', exact: true }).click();
  await expect(root.locator('.jap-verdict')).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Riverside Recovery Center');
});

test('an embedded widget’s quotes open the source page from the widget’s own folder', async ({ page, baseURL }) => {
  await page.goto('/examples/script.html');
  const figure = widget(page).locator('.jap-step .jap-source');
  const quote = (await figure.locator('blockquote').textContent()).trim();
  const link = figure.getByRole('link', { name: 'From the source article (read it whole)' });
  // The host page is in /examples/; the widget's files, the source page among them, are not.
  await expect(link).toHaveAttribute('href', new RegExp(`^${baseURL}/source\\.html#p\\d+:~:text=`));
  const [source] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await source.waitForURL(/\/source\.html#/);
  await source.waitForLoadState();
  expect(await source.evaluate(() => document.querySelector(':target')?.textContent)).toContain(quote);
});

test('two widgets on one page work independently and leave the address alone', async ({ page }) => {
  await page.goto('/examples/two-widgets.html');
  const first = widget(page, '#first');
  const second = widget(page, '#second');
  await first.getByRole('button', { name: 'Next step' }).click();
  await first.getByRole('button', { name: 'Next step' }).click();
  await expect(first.locator('.jap-step-title')).toHaveText('Small amount, strong effect');
  await expect(second.locator('.jap-step-title')).toHaveText('A lock in the brain');
  await first.getByRole('button', { name: 'Español' }).click();
  await expect(first).toHaveAttribute('lang', 'es');
  await expect(first.locator('.jap-step-title')).toHaveText('Poca cantidad, mucho efecto');
  await expect(second).toHaveAttribute('lang', 'en');
  await second.getByRole('link', { name: 'Myth or fact?', exact: true }).click();
  await second.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(second.locator('.jap-quiz')).toHaveAttribute('data-screen', 'question');
  await expect(first.locator('.jap-explainer')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});

test('hostile host CSS does not break the widget', async ({ page }) => {
  await page.goto('/examples/hostile.html');
  const root = widget(page);
  const next = root.getByRole('button', { name: 'Next step' });
  await expect(next).toBeVisible();
  const style = (locator, property) => locator.evaluate((el, property) => getComputedStyle(el)[property], property);
  expect(await style(root.locator('.jap-step-title'), 'fontSize')).not.toBe('30px');
  expect(parseFloat(await style(root.locator('.jap-step p').first(), 'lineHeight'))).toBeGreaterThan(15);
  expect(parseFloat(await style(root.locator('.jap-step p').first(), 'fontSize'))).toBeGreaterThanOrEqual(16);
  const diagram = await root.locator('.jap-step-figure svg').boundingBox();
  expect(diagram.width).toBeGreaterThan(250);
  const box = await next.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  await next.click();
  await expect(root.locator('.jap-step-title')).toHaveText('The main compound');
});

test('the widget changes nothing outside its own element', async ({ page }) => {
  await page.goto('/examples/hostile.html');
  await expect(widget(page).locator('.jap-step-title')).toBeVisible();
  expect(await page.locator('#host-text').evaluate((el) => getComputedStyle(el).fontSize)).toBe('30px');
  expect(await page.locator('#host-text').evaluate((el) => getComputedStyle(el).lineHeight)).toBe('0px');
  await expect(page.locator('#host-button')).toBeHidden();
  expect(await page.evaluate(() => [...document.styleSheets].map((sheet) => new URL(sheet.href).pathname))).toEqual([
    '/examples/hostile.css',
  ]);
});
