// The strict Content Security Policy, and what shows when the widget cannot start.
import { test, expect } from './fixtures.js';
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

const LOADING = 'Loading the interactive quiz and explainer…';
const FAILED = 'Your browser could not run the interactive version. Here is the short version.';
/// The static summary's words in each language: the English at the top, the Spanish in an
/// element marked lang="es".
const SUMMARY = {
  en: { scope: '.jap-fallback > :not([lang])', loading: LOADING, failed: FAILED, summary: 'counts as a relapse' },
  es: {
    scope: '.jap-fallback > [lang=es] > *',
    loading: 'Cargando el cuestionario y la explicación interactivos…',
    failed: 'Su navegador no pudo abrir la versión interactiva. Esta es la versión corta.',
    summary: 'cuenta como una recaída',
  },
};

/// The static summary in both languages, each saying it is loading or that it failed (never
/// both), with the summary, the helpline and the crisis line to call.
async function expectSummary(page, state) {
  for (const words of Object.values(SUMMARY)) {
    const shown = page.locator(words.scope);
    await expect(shown.getByText(state === 'failed' ? words.failed : words.loading)).toBeVisible();
    await expect(shown.getByText(state === 'failed' ? words.loading : words.failed)).toBeHidden();
    await expect(shown.getByText(words.summary)).toBeVisible();
    await expect(shown.locator('a[href="tel:+18006624357"]')).toHaveText('1-800-662-HELP (4357)');
    await expect(shown.locator('a[href="tel:+18004874889"]')).toHaveText('1-800-487-4889');
    await expect(shown.locator('a[href="tel:988"]')).toHaveText('988');
  }
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
