// Configuration by attributes end to end: sections, the start place, the host's theme and its
// own help contact, each on a widget embedded by script.
import { test, expect, expectNoAxeViolations, ui, steps, escapeRegExp } from './fixtures.js';
import { test as plain } from '@playwright/test';

const { en, es } = ui;
const widget = (page, id) => page.locator(`#${id}`).locator('.jap');
/// A pattern that finds each of `texts`, in this order, across lines.
const inOrder = (...texts) => new RegExp(texts.map(escapeRegExp).join('.*'), 's');

test('a quiz-only widget in the center colours, with its help line beside the national one', async ({ page }) => {
  await page.goto('/examples/options.html');
  const themed = widget(page, 'themed');
  await expect(themed.locator('.jap-quiz')).toBeVisible();
  await expect(themed.locator('.jap-explainer')).toHaveCount(0);
  await expect(themed.locator('.jap-sections')).toHaveCount(0);
  const start = themed.getByRole('button', { name: en.start_button });
  const css = (property) => start.evaluate((el, property) => getComputedStyle(el)[property], property);
  expect(await css('backgroundColor')).toBe('rgb(106, 27, 154)');
  expect(await css('color')).toBe('rgb(255, 255, 255)');
  expect(await css('borderTopLeftRadius')).toBe('4px');
  expect(await css('fontFamily')).toContain('Georgia');
  const own = themed.getByRole('link', { name: '(555) 555-0100' });
  await expect(own).toHaveAttribute('href', 'tel:+15555550100');
  await expect(themed.getByRole('link', { name: 'https://example.org/help' })).toBeVisible();
  await expect(themed.getByRole('link', { name: en.helpline_phone })).toBeVisible();
});

test('an explainer-only widget opens at its start step, with the center help line in place of the national one, and the crisis line', async ({ page }) => {
  await page.goto('/examples/options.html');
  const explainer = widget(page, 'explainer-only');
  await expect(explainer.locator('.jap-step-title')).toHaveText(steps.en[2].title);
  await expect(explainer.locator('.jap-quiz')).toHaveCount(0);
  await expect(explainer.getByRole('link', { name: en.to_quiz })).toHaveCount(0);
  await expect(explainer.getByRole('link', { name: '+15555550100' })).toBeVisible();
  await expect(explainer.getByRole('link', { name: en.helpline_phone })).toHaveCount(0);
  await expect(explainer.getByRole('link', { name: en.crisis_number, exact: true })).toHaveAttribute('href', `tel:${en.crisis_number}`);
});

test.describe('accessibility of the configured widgets', () => {
  // axe-core injects its own inline styles into shadow roots, which the page's strict policy
  // (rightly) blocks; the widgets themselves are checked under that policy by the tests above.
  test.use({ bypassCSP: true });

  test('axe-core finds no WCAG 2.2 AA violation with the center theme', async ({ page }) => {
    await page.goto('/examples/options.html');
    await expect(widget(page, 'themed').getByRole('button', { name: en.start_button })).toBeVisible();
    await expect(widget(page, 'explainer-only').locator('.jap-step-title')).toBeVisible();
    await expectNoAxeViolations(page, 'the configured widgets');
  });
});

test('the embed builder shows the snippet and a live preview of the chosen options', async ({ page, baseURL }) => {
  await page.goto('/examples/builder.html');
  const snippet = page.getByLabel('Snippet to embed by script');
  await expect(snippet).toHaveValue(new RegExp(`^<script type="module" src="${baseURL}/embed\\.js"></script>\\n<div data-just-a-plant>\\n  <div lang="en">`));
  await expect(snippet).toHaveValue(
    inOrder(en.page_summary, en.not_medical_advice, `tel:${en.helpline_tel}`, `tel:${en.helpline_tty_tel}`, `tel:${en.crisis_number}`),
  );
  const preview = page.locator('#preview [data-just-a-plant]').locator('.jap');
  await expect(preview.locator('.jap-step-title')).toHaveText(steps.en[0].title);

  await page.locator('select[name="data-sections"]').selectOption('quiz');
  await page.locator('input[name="data-help-name"]').fill('Riverside');
  await page.getByLabel('Phone to dial (+ and digits)').fill('+15555550100');
  await page.getByLabel('Phone to dial (+ and digits)').blur();
  await expect(snippet).toHaveValue(/data-sections="quiz" data-help-name="Riverside" data-help-tel="\+15555550100"/);
  await expect(preview.getByRole('button', { name: en.start_button })).toBeVisible();
  await expect(preview.locator('.jap-explainer')).toHaveCount(0);
  await expect(preview.getByRole('link', { name: '+15555550100' })).toBeVisible();
  await expect(page.getByLabel('Snippet to embed by iframe')).toHaveValue(/just-a-plant-frame\.js/);
  // The frame's title names the widget in the chosen language, from the content.
  await expect(page.getByLabel('Snippet to embed by iframe')).toHaveValue(new RegExp(`title="${escapeRegExp(en.widget_label)}"`));

  await expect(snippet).toHaveValue(/<p>Riverside: <a href="tel:\+15555550100">\+15555550100<\/a><\/p>/);
  await page.locator('select[name="data-locale"]').selectOption('es');
  await expect(snippet).toHaveValue(/data-locale="es"/);
  await expect(snippet).toHaveValue(inOrder('<div lang="es">', es.page_summary, es.not_medical_advice, `tel:${es.crisis_number}`));
  await expect(preview).toHaveAttribute('lang', 'es');
  await expect(preview.getByRole('button', { name: es.start_button })).toBeVisible();
  // The frame gets the same options in its address.
  await expect(page.getByLabel('Snippet to embed by iframe')).toHaveValue(
    new RegExp(`src="${baseURL}/index\\.html\\?sections=quiz&locale=es&help-name=Riverside&help-tel=%2B15555550100" title="${escapeRegExp(es.widget_label)}"`),
  );
});

test('the builder shows why a value cannot be used, next to its field, and leaves it out of the snippets', async ({ page }) => {
  await page.goto('/examples/builder.html');
  const script = page.getByLabel('Snippet to embed by script');
  const iframe = page.getByLabel('Snippet to embed by iframe');
  const accent = page.getByLabel('Accent colour (must read well on white)');
  await accent.fill('#ffff66');
  await accent.blur();
  await expect(accent).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#problem-data-accent')).toContainText('data-accent="#ffff66" is not understood; use a colour like #0b5c8a, dark enough for text on white');
  await expect(accent).toHaveAccessibleDescription(/dark enough for text on white/);
  await expect(script).not.toHaveValue(/data-accent/);
  await expect(iframe).not.toHaveValue(/accent=/);
  const tel = page.getByLabel('Phone to dial (+ and digits)');
  await tel.fill('555 0100');
  await tel.blur();
  await expect(page.locator('#problem-data-help-tel')).toContainText('use + and digits, like +15555550100');
  await expect(script).not.toHaveValue(/data-help-tel/);
  // A good value clears the problem and goes into both snippets.
  await accent.fill('#2e7d32');
  await accent.blur();
  await expect(accent).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('#problem-data-accent')).toBeHidden();
  await expect(script).toHaveValue(/data-accent="#2e7d32"/);
  await expect(iframe).toHaveValue(/accent=%232e7d32/);
});

test('the builder asks where the files will be, and says while the snippets point at itself', async ({ page, baseURL }) => {
  await page.goto('/examples/builder.html');
  const files = page.getByLabel("Where the widget's files will be (the folder you upload them to)");
  await expect(files).toHaveValue(`${baseURL}/`);
  await expect(files).toHaveAccessibleDescription(/this builder’s own address/);
  await files.fill('https://center.example/just-a-plant');
  await files.blur();
  await expect(page.getByLabel('Snippet to embed by script')).toHaveValue(/^<script type="module" src="https:\/\/center\.example\/just-a-plant\/embed\.js">/);
  await expect(page.getByLabel('Snippet to embed by iframe')).toHaveValue(/src="https:\/\/center\.example\/just-a-plant\/index\.html".*src="https:\/\/center\.example\/just-a-plant\/just-a-plant-frame\.js"/s);
  await files.fill('http://center.example/just-a-plant/');
  await files.blur();
  await expect(files).toHaveAttribute('aria-invalid', 'true');
  await expect(files).toHaveAccessibleDescription(/Use https:\/\//);
});

// The embed script rightly logs to the console when the widget cannot start: a plain test.
plain('a host whose page cannot start the widget still shows the builder snippet\'s summary and help', async ({ page, baseURL }) => {
  await page.goto('/examples/builder.html');
  await page.locator('select[name="data-locale"]').selectOption('es');
  await expect(page.getByLabel('Snippet to embed by script')).toHaveValue(/data-locale="es"/);
  const snippet = await page.getByLabel('Snippet to embed by script').inputValue();
  await page.route(`${baseURL}/host-without-widget.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset=utf-8><title>Centro</title>${snippet}` }),
  );
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto('/host-without-widget.html');
  const host = page.locator('[data-just-a-plant]');
  await expect(host.locator('[lang="es"]')).toContainText(es.page_summary);
  await expect(host.getByRole('link', { name: es.helpline_phone })).toBeVisible();
  await expect(host.getByRole('link', { name: es.crisis_number, exact: true })).toHaveAttribute('href', `tel:${es.crisis_number}`);
});
