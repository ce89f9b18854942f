// The strict Content Security Policy, and what shows when the widget cannot start, on the page
// in each language.
import { createHash } from 'node:crypto';
import { test, expect, content, ui, steps, choices, pages, faultTheWidget } from './fixtures.js';
import { test as plain } from '@playwright/test';

const { en } = ui;

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

/// The inline `<script>`s of `html`: each one's attributes and text.
const inlineScripts = (html) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes));
/// Whether a `<script>` with these attributes is a data block (a type no script has), which a
/// browser never runs.
const isData = (attributes) => /\btype=["']?(?!module\b|text\/javascript\b)/i.test(attributes);
/// The SHA-256 hashes of the inline scripts in `html` that run (Trunk's loader), as a policy
/// names them.
const inlineHashes = (html) =>
  inlineScripts(html)
    .filter(([, attributes]) => !isData(attributes))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
/// The sources a policy allows scripts from, and the policy without them.
const scriptSources = (policy) => policy.match(/script-src ([^;]*)/)[1].split(' ');
const withoutScripts = (policy) => policy.replace(/script-src [^;]*/, 'script-src');

test('each page is served under the strict policy, its own loader allowed by its hash only', async ({ page }) => {
  const loaders = [];
  for (const { path, locale } of pages) {
    const response = await page.goto(path);
    const policy = response.headers()['content-security-policy'];
    for (const directive of STRICT) expect(policy, path).toContain(directive);
    expect(policy, path).not.toContain('unsafe-inline');
    // The page's own policy names exactly the hash of its loader, as served.
    const html = await response.text();
    const loader = inlineHashes(html);
    expect(loader, `${path}: one inline script, Trunk's loader`).toHaveLength(1);
    // The other inline <script>s are data, never run, so not allowed: the structured data, and
    // on a page in another language than the first, that language's words.
    const data = inlineScripts(html).filter(([, attributes]) => isData(attributes));
    const types = data.map(([, attributes]) => /type=["']?([\w/+.-]+)/.exec(attributes)[1]);
    const words = locale.code === content.locales[0].code ? [] : ['text/plain'];
    expect(types, path).toEqual(['application/ld+json', ...words]);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(scriptSources(meta), path).toEqual(["'self'", "'wasm-unsafe-eval'", ...loader]);
    expect(withoutScripts(meta), path).toBe(withoutScripts(policy));
    loaders.push(...loader);
    await expect(page.locator('.jap-step-title'), path).toHaveText(steps[locale.code][0].title);
  }
  // The policy the server sends for the whole folder (csp.txt) allows every page's loader, and
  // no other script.
  const policy = (await page.goto('/')).headers()['content-security-policy'];
  expect(scriptSources(policy)).toEqual(["'self'", "'wasm-unsafe-eval'", ...new Set(loaders)]);
  expect(new Set(loaders).size, 'each page has a loader of its own').toBe(pages.length);
});

test('the whole widget works under the policy with no violation', async ({ page }) => {
  await page.goto('/#quiz');
  await page.getByRole('button', { name: en.start_button }).click();
  await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
  await page.getByRole('link', { name: en.section_explainer }).click();
  // Come from the quiz, the first step asks first: a guess, then the compare control.
  await page.getByRole('radio', { name: steps.en[0].prediction.answers[0], exact: true }).check();
  await page.getByRole('button', { name: en.predict_check, exact: true }).click();
  await page.getByRole('radio', { name: choices.en[1].label, exact: true }).check();
  await page.getByRole('button', { name: en.next_step_button }).click();
  await expect(page.locator('.jap-step-title')).toHaveText(steps.en[1].title);
  await expect(page.locator('.jap-fallback')).toHaveCount(0);
});

/// The static summary in the page's language (`locale`) alone, saying it is loading or that it
/// failed (never both), with the short version, the note, the helpline and TTY, and the crisis
/// line to call; not a word of any other language's summary; and in place of the page's static
/// first screen, which does not show.
async function expectSummary(page, state, { code, ui: words } = content.locales[0]) {
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await expect(page.locator('#just-a-plant > .jap-fallback + .jap')).toBeHidden();
  const summary = page.locator('.jap-fallback');
  const shown = summary.locator('> *');
  await expect(shown.getByText(state === 'failed' ? words.page_failed : words.page_loading)).toBeVisible();
  await expect(shown.getByText(state === 'failed' ? words.page_loading : words.page_failed)).toBeHidden();
  await expect(shown.getByText(words.page_summary_question)).toBeVisible();
  await expect(summary).toContainText(words.page_summary);
  await expect(shown.getByText(words.not_medical_advice)).toBeVisible();
  await expect(shown.locator(`a[href="tel:${words.helpline_tel}"]`)).toHaveText(words.helpline_phone);
  await expect(shown.locator(`a[href="tel:${words.helpline_tty_tel}"]`)).toHaveText(words.helpline_tty);
  await expect(shown.locator(`a[href="tel:${words.crisis_number}"]`)).toHaveText(words.crisis_number);
  for (const other of content.locales.filter((locale) => locale.code !== code)) {
    for (const key of ['page_loading', 'page_failed', 'page_summary', 'not_medical_advice', 'helpline_about']) {
      await expect(summary, `no ${other.code} ${key} on the ${code} page`).not.toContainText(other.ui[key]);
    }
  }
}

plain('without JavaScript each page says so in its own language only, with the summary and the helpline', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const { path, locale } of pages) {
    await page.goto(path);
    await expectSummary(page, 'failed', locale);
  }
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

test('while the widget loads somewhere other than its first screen the page says it is loading, not that it failed', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  // (At its first screen, the page shows that screen while it loads: first-screen.spec.js.)
  await page.goto('/#explainer/2', { waitUntil: 'domcontentloaded' });
  await expectSummary(page, 'loading');
  release();
  await expect(page.locator('.jap-step-title')).toHaveText(steps.en[1].title);
  await expect(page.locator('.jap-fallback')).toHaveCount(0);
});

// The fault is an error in the page (the trap's): a plain test.
plain('a fault in the WebAssembly once the widget runs puts the page’s summary back, saying the interactive version could not run', async ({ page }) => {
  await page.goto('/#quiz');
  await page.getByRole('button', { name: en.start_button }).click();
  const myth = page.getByRole('button', { name: en.answer_myth, exact: true });
  await expect(myth).toBeVisible();
  await expect(page.locator('.jap-fallback')).toHaveCount(0);
  const error = await faultTheWidget(page);
  expect(error.name, error.message).toBe('RuntimeError');
  await expectSummary(page, 'failed');
  await expect(myth).toHaveCount(0);
});

plain('when the WebAssembly cannot be fetched the page says the interactive version could not run', async ({ page }) => {
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto('/');
  await expectSummary(page, 'failed');
});

plain('when the widget\'s JavaScript cannot be fetched the page says so, rather than keep a first screen that cannot act', async ({ page }) => {
  await page.route(/just-a-plant-[0-9a-f]+\.js$/, (route) => route.abort());
  for (const { path, locale } of pages) {
    await page.goto(path);
    await expectSummary(page, 'failed', locale);
  }
});
