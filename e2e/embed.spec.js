// Embedding by script end to end: one script tag and one element mount a widget; two widgets
// on one page stay independent; hostile host CSS cannot break the widget, and the widget
// changes nothing outside its own element. Locators reach into the open shadow roots.
import { test as plain } from '@playwright/test';
import { test, expect, ui, steps, sourceLink, faultTheWidget } from './fixtures.js';

const { en, es } = ui;

const widget = (page, selector = '[data-just-a-plant]') => page.locator(selector).locator('.jap');

test('one script tag and one element give a working widget', async ({ page }) => {
  await page.goto('/examples/script.html');
  const root = widget(page);
  await expect(root.locator('.jap-step-title')).toHaveText(steps.en[0].title);
  await root.getByRole('button', { name: en.next_step_button }).click();
  await expect(root.locator('.jap-step-title')).toHaveText(steps.en[1].title);
  await root.getByRole('link', { name: en.section_quiz, exact: true }).click();
  await root.getByRole('button', { name: en.start_button }).click();
  await root.getByRole('button', { name: en.answer_myth, exact: true }).click();
  await expect(root.locator('.jap-verdict')).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Riverside Recovery Center');
});

test('an embedded widget’s quotes open the source page from the widget’s own folder', async ({ page, baseURL }) => {
  await page.goto('/examples/script.html');
  const figure = widget(page).locator('.jap-step .jap-source');
  const quote = (await figure.locator('blockquote').textContent()).trim();
  const link = figure.getByRole('link', { name: sourceLink(en) });
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
  await first.getByRole('button', { name: en.next_step_button }).click();
  await first.getByRole('button', { name: en.next_step_button }).click();
  await expect(first.locator('.jap-step-title')).toHaveText(steps.en[2].title);
  await expect(second.locator('.jap-step-title')).toHaveText(steps.en[0].title);
  await first.getByRole('button', { name: es.language_name }).click();
  await expect(first).toHaveAttribute('lang', 'es');
  await expect(first.locator('.jap-step-title')).toHaveText(steps.es[2].title);
  await expect(second).toHaveAttribute('lang', 'en');
  await second.getByRole('link', { name: en.section_quiz, exact: true }).click();
  await second.getByRole('button', { name: en.start_button }).click();
  await expect(second.locator('.jap-quiz')).toHaveAttribute('data-screen', 'question');
  await expect(first.locator('.jap-explainer')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});

test('hostile host CSS does not break the widget', async ({ page }) => {
  await page.goto('/examples/hostile.html');
  const root = widget(page);
  const next = root.getByRole('button', { name: en.next_step_button });
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
  await expect(root.locator('.jap-step-title')).toHaveText(steps.en[1].title);
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

// A fault is an error in the page (the trap's): plain tests.
plain('a fault in the widgets’ WebAssembly gives each host its own summary back', async ({ page }) => {
  await page.goto('/examples/two-widgets.html');
  const hosts = await page.locator('[data-just-a-plant]').all();
  for (const host of hosts) await expect(host.locator('.jap-step-title')).toHaveText(steps.en[0].title);
  const error = await faultTheWidget(page);
  expect(error.name, error.message).toBe('RuntimeError');
  for (const host of hosts) {
    await expect(host.locator('.jap')).toHaveCount(0);
    await expect(host.getByText(en.page_summary_question)).toBeVisible();
    await expect(host.getByRole('link', { name: en.helpline_phone })).toBeVisible();
  }
});

plain('a fault in another WebAssembly on the host page leaves the widgets working', async ({ page }) => {
  // (module (func (export "f") unreachable)), served from the host page's own folder.
  const faulty = Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
  await page.route('**/examples/faulty.wasm', (route) => route.fulfill({ contentType: 'application/wasm', body: faulty }));
  await page.goto('/examples/two-widgets.html');
  const first = widget(page, '#first');
  await expect(first.locator('.jap-step-title')).toHaveText(steps.en[0].title);
  const reported = page.waitForEvent('pageerror');
  await page.evaluate(async () => {
    const { instance } = await WebAssembly.instantiateStreaming(fetch('faulty.wasm'));
    setTimeout(() => instance.exports.f());
  });
  const error = await reported;
  expect(error.name, error.message).toBe('RuntimeError');
  await first.getByRole('button', { name: en.next_step_button }).click();
  await expect(first.locator('.jap-step-title')).toHaveText(steps.en[1].title);
  await expect(widget(page, '#second').locator('.jap-step-title')).toHaveText(steps.en[0].title);
});

// The embed script rightly logs to the console when the widget cannot start: a plain test.
for (const example of ['script', 'two-widgets', 'hostile']) {
  plain(`the example host page ${example}.html holds the summary and help from the content, which stay when the widget cannot start`, async ({ page }) => {
    await page.route(/_bg\.wasm$/, (route) => route.abort());
    await page.goto(`/examples/${example}.html`);
    const hosts = page.locator('[data-just-a-plant]');
    expect(await hosts.count()).toBeGreaterThan(0);
    for (const host of await hosts.all()) {
      await expect(host).toContainText(`${en.page_summary_question} ${en.page_summary}`);
      await expect(host).toContainText(en.not_medical_advice);
      await expect(host.getByRole('link', { name: en.helpline_phone })).toHaveAttribute('href', `tel:${en.helpline_tel}`);
      await expect(host.getByRole('link', { name: en.crisis_number, exact: true })).toHaveAttribute('href', `tel:${en.crisis_number}`);
      await expect(host.locator('.jap')).toHaveCount(0);
    }
  });
}
