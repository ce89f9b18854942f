// The source article can be read whole: every source quote's label opens the source page in a
// new tab at the quote's passage, marked; the page is in the widget's style, under a strict
// policy, and is never part of the first load. (Offline: served.spec.js.)
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, ui, steps, sourceLink } from './fixtures.js';

const { en, es } = ui;
const LABEL = sourceLink(en);
const STEPS = steps.en.length;
/// The source article's lines, as content/ holds it.
const ARTICLE = readFileSync('content/source/kratom-and-opioid-recovery.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

/// Clicks the source link in `scope` and returns the source page it opened, with every error
/// in that page collected in `errors`.
async function openSource(page, scope, errors) {
  const [source] = await Promise.all([page.context().waitForEvent('page'), scope.getByRole('link', { name: LABEL }).click()]);
  source.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  source.on('pageerror', (error) => errors.push(error.message));
  // A new tab starts as about:blank: wait for the source page itself, loaded.
  await source.waitForURL(/\/source\.html#/);
  await source.waitForLoadState();
  return source;
}

/// The passage the page's address marks: its id and text, and whether it is on screen and marked.
async function markedPassage(source) {
  return source.evaluate(() => {
    const passage = document.querySelector(':target');
    if (!passage) return null;
    const box = passage.getBoundingClientRect();
    return {
      id: passage.id,
      text: passage.textContent,
      onScreen: box.top >= 0 && box.top < innerHeight,
      background: getComputedStyle(passage).backgroundColor,
    };
  });
}

test('every explainer step’s quote opens the whole article at its passage, marked', async ({ page }) => {
  const errors = [];
  for (let step = 1; step <= STEPS; step++) {
    await page.goto(`/#explainer/${step}`);
    const figure = page.locator('.jap-step .jap-source');
    const quote = (await figure.locator('blockquote').textContent()).trim();
    const href = await figure.getByRole('link', { name: LABEL }).getAttribute('href');
    expect(href).toMatch(/^source\.html#p\d+:~:text=[^-,&]+$/);
    expect(decodeURIComponent(href.split(':~:text=')[1])).toBe(quote);
    const source = await openSource(page, figure, errors);
    expect(source.url()).toContain('/source.html#p');
    const passage = await markedPassage(source);
    expect(passage, `step ${step}: a passage is marked`).not.toBeNull();
    expect(passage.text, `step ${step}`).toContain(quote);
    // The browser scrolls to a text fragment in a task of its own, which may come after load.
    await expect.poll(async () => (await markedPassage(source)).onScreen, `step ${step}: the passage is scrolled into view`).toBe(true);
    expect(passage.background, `step ${step}: the passage is highlighted`).not.toBe('rgba(0, 0, 0, 0)');
    await source.close();
  }
  expect(errors).toEqual([]);
});

test('a statement’s quote opens its passage too, on a page in the widget’s style that says what the article is', async ({ page }) => {
  const errors = [];
  await page.goto('/#s/1/fda-approved');
  await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
  const explanation = page.locator('.jap-explanation');
  const quote = (await explanation.locator('blockquote').textContent()).trim();
  const source = await openSource(page, explanation, errors);
  expect((await markedPassage(source)).text).toContain(quote);
  await expect(source.locator('html')).toHaveAttribute('lang', 'en');
  await expect(source.locator('h1')).toHaveText(en.page_article_title);
  await expect(source.locator('p[lang=en]')).toHaveText(en.page_article_intro);
  await expect(source.locator('p[lang=es]')).toHaveText(es.page_article_intro);
  // Every line of the article is there, the headings as headings.
  expect(await source.locator('article > *').allTextContents()).toEqual(ARTICLE);
  const headings = await source.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.length).toBeGreaterThan(0);
  for (const heading of headings) expect(ARTICLE).toContain(heading);
  // The widget's own stylesheet, under a policy that allows no script at all.
  const policy = await source.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).not.toContain('script-src');
  expect(await source.evaluate(() => getComputedStyle(document.querySelector('main')).maxWidth)).not.toBe('none');
  await expectNoAxeViolations(source, 'the source page');
  expect(errors).toEqual([]);
});

test('the source page is not part of the first load', async ({ page }) => {
  const loaded = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(page.locator('.jap-step-title')).toHaveText(steps.en[0].title);
  await page.waitForLoadState('networkidle');
  // The service worker may precache it later for offline use; the page itself never asks.
  expect(loaded.filter((path) => path.endsWith('source.html'))).toEqual([]);
});

test('in Spanish the label says the article is in English, and opens it the same way', async ({ page }) => {
  await page.goto('/#es/explainer/2');
  const figure = page.locator('.jap-step .jap-source');
  await expect(figure.locator('blockquote')).toHaveAttribute('lang', 'en');
  const link = figure.getByRole('link', { name: sourceLink(es) });
  await expect(link).toHaveAttribute('href', /^source\.html#p\d+:~:text=/);
  await expect(link).toHaveAttribute('target', '_blank');
});
