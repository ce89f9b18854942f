// The strict Content Security Policy, and what shows when the widget cannot start.
import { test, expect, content } from './fixtures.js';
import { test as plain } from '@playwright/test';

const STRICT = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

test('the page is served under the strict policy, with the loader allowed by its hash only', async ({ page }) => {
  const response = await page.goto('/');
  const policy = response.headers()['content-security-policy'];
  for (const directive of STRICT) expect(policy).toContain(directive);
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
  expect(policy).not.toContain('unsafe-inline');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(policy);
  await expect(page.locator('.jap-step-title')).toHaveText('A lock in the brain');
});

test('the whole widget works under the policy with no violation', async ({ page }) => {
  await page.goto('/#quiz');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('button', { name: 'Myth', exact: true }).click();
  await page.getByRole('link', { name: 'How it works' }).click();
  await page.getByRole('radio', { name: 'Mitragynine', exact: true }).check();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.locator('.jap-step-title')).toHaveText('The main compound');
  await expect(page.locator('.jap-fallback')).toHaveCount(0);
});

/// Every locale's words: the static summary is made from them.
const { locales } = content;

/// The static summary in every language, each in its own element marked with its lang, saying
/// it is loading or that it failed (never both), with the short version, the note, the
/// helpline and TTY, and the crisis line to call.
async function expectSummary(page, state) {
  for (const { code, ui } of locales) {
    const shown = page.locator(`.jap-fallback > [lang=${code}] > *`);
    await expect(shown.getByText(state === 'failed' ? ui.page_failed : ui.page_loading)).toBeVisible();
    await expect(shown.getByText(state === 'failed' ? ui.page_loading : ui.page_failed)).toBeHidden();
    await expect(shown.getByText(ui.page_summary_question)).toBeVisible();
    await expect(shown.getByText(ui.not_medical_advice)).toBeVisible();
    await expect(shown.locator(`a[href="tel:${ui.helpline_tel}"]`)).toHaveText(ui.helpline_phone);
    await expect(shown.locator(`a[href="tel:${ui.helpline_tty_tel}"]`)).toHaveText(ui.helpline_tty);
    await expect(shown.locator(`a[href="tel:${ui.crisis_number}"]`)).toHaveText(ui.crisis_number);
  }
  await expect(page.locator('.jap-fallback > [lang=es]')).toContainText('cuenta como una recaída');
}

plain('without JavaScript the page says so in both languages, with the summary and the helpline', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expectSummary(page, 'failed');
  await context.close();
});

plain('without WebAssembly the page says the interactive version could not run, never an empty box', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto('/');
  await expect(page.locator('.jap-fallback')).toBeVisible();
  await expectSummary(page, 'failed');
});

test('while the widget loads the page says it is loading in both languages, not that it failed', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expectSummary(page, 'loading');
  release();
  await expect(page.locator('.jap-step-title')).toHaveText('A lock in the brain');
  await expect(page.locator('.jap-fallback')).toHaveCount(0);
});

plain('when the WebAssembly cannot be fetched the page says the interactive version could not run', async ({ page }) => {
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto('/');
  await expectSummary(page, 'failed');
});
