// The source article can be read whole: every source quote's label opens the source page in a
// new tab at the quote's passage, which the page itself brings into view, marks and focuses; the
// page is in the widget's style, under a strict policy, and is never part of the first load.
// (Offline: served.spec.js.)
import { test, expect, expectNoAxeViolations, ui, steps, statements, sourceLink, sourceAddress, articleLines, landing, passageOf } from './fixtures.js';

const { en, es } = ui;
const LABEL = sourceLink(en);
/// The source article's passages, and the ids of its first and last (`p<line>`, counting from 1).
const ARTICLE = articleLines.map((line) => line.trim()).filter(Boolean);
const FIRST = `p${articleLines.findIndex((line) => line.trim()) + 1}`;
const LAST = `p${articleLines.findLastIndex((line) => line.trim()) + 1}`;

/// `source`, a page just opened, with every error in it collected in `errors`.
async function watched(source, errors) {
  source.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  source.on('pageerror', (error) => errors.push(error.message));
  return source;
}

/// Clicks the source link (its words `label`) in `scope` and returns the source page it opened,
/// loaded, with every error in that page collected in `errors`.
async function openSource(page, scope, errors, label = LABEL) {
  const [source] = await Promise.all([page.context().waitForEvent('page'), scope.getByRole('link', { name: label }).click()]);
  await watched(source, errors);
  // A new tab starts as about:blank: wait for the source page itself, loaded.
  await source.waitForURL(/\/source\.html#/, { waitUntil: 'load' });
  return source;
}

/// Where a person lands on `source` (see the fixtures' `landing`).
const landedOn = (source) => source.evaluate(landing);

/// Every quote the widget links to the article, where it shows it: each explainer step's, and
/// each statement's, under its feedback (the statement opened by its link and answered).
const QUOTES = [
  ...steps.en.map((step, index) => ({ name: `step ${index + 1}`, address: `/#explainer/${index + 1}`, scope: '.jap-step .jap-source' })),
  ...statements.en.map(({ id }) => ({ name: `statement ${id}`, address: `/#s/1/${id}`, answer: true, scope: '.jap-explanation' })),
];

/// Opens the quote's place in the widget and gives its figure, the quote and its link's address.
async function quoteAt(page, { address, answer, scope }) {
  await page.goto(address);
  if (answer) {
    await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
    // The feedback moves the focus to its explanation once painted: a link focused before
    // that would lose it.
    await expect(page.locator('.jap-explanation')).toBeFocused();
  }
  const figure = page.locator(scope);
  const quote = (await figure.locator('blockquote').textContent()).trim();
  const href = await figure.getByRole('link', { name: LABEL }).getAttribute('href');
  return { figure, quote, href };
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const how of ['pointer', 'keyboard']) {
    test(`every quote opens the whole article at its passage, in view, marked and focused (${how})`, async ({ page }) => {
      const errors = [];
      for (const where of QUOTES) {
        const { figure, quote, href } = await quoteAt(page, where);
        expect(href, where.name).toBe(sourceAddress(quote));
        const link = figure.getByRole('link', { name: LABEL });
        const opened = page.context().waitForEvent('page');
        if (how === 'pointer') await link.click();
        else {
          await link.focus();
          await page.keyboard.press('Enter');
        }
        const source = await watched(await opened, errors);
        // The page's own script has brought the passage into view and focused it before load ends.
        await source.waitForURL(/\/source\.html#p\d+/, { waitUntil: 'load' });
        const landed = await landedOn(source);
        expect(landed.id, `${where.name}: the focus is on the passage the link names`).toBe(passageOf(href));
        expect(landed.quoted, `${where.name}: the passage, and only it, is marked as quoted`).toBe(true);
        expect(landed.text, where.name).toContain(quote);
        expect(landed.onScreen, `${where.name}: the passage is wholly in view`).toBe(true);
        expect(landed.background, `${where.name}: the passage is marked`).not.toBe('rgba(0, 0, 0, 0)');
        await source.close();
      }
      expect(errors).toEqual([]);
    });
  }
});

test('a source address that names no passage, or a broken one, leaves the article at its top, unharmed', async ({ page }) => {
  for (const fragment of ['', '#', '#p0', '#p99999', '#top', '#%E0%A4%A', '#p3%', '#:~:text=kratom']) {
    await page.goto(`/source.html${fragment}`);
    const state = await page.evaluate(() => ({ focus: document.activeElement.tagName, scrolled: scrollY, marked: document.querySelectorAll('.jap-quoted').length }));
    expect(state, `source.html${fragment}`).toEqual({ focus: 'BODY', scrolled: 0, marked: 0 });
  }
});

test('opening another passage in the same tab moves there too', async ({ page }) => {
  await page.goto(`/source.html#${FIRST}`);
  expect((await landedOn(page)).id).toBe(FIRST);
  await page.evaluate((last) => {
    location.hash = `#${last}`;
  }, LAST);
  await expect.poll(() => page.evaluate(() => document.activeElement.id)).toBe(LAST);
  expect(await landedOn(page)).toMatchObject({ quoted: true, onScreen: true });
});

test('the source page, opened from a statement, is in the widget’s style, says what the article is and runs only its own script', async ({ page }) => {
  const errors = [];
  await page.goto('/#s/1/fda-approved');
  await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
  const explanation = page.locator('.jap-explanation');
  const quote = (await explanation.locator('blockquote').textContent()).trim();
  const source = await openSource(page, explanation, errors);
  expect((await landedOn(source)).text).toContain(quote);
  await expect(source.locator('html')).toHaveAttribute('lang', 'en');
  await expect(source.locator('h1')).toHaveText(en.page_article_title);
  await expect(source.locator('p[lang=en]')).toHaveText(en.page_article_intro);
  await expect(source.locator('p[lang=es]')).toHaveText(es.page_article_intro);
  // Every line of the article is there, the headings as headings.
  expect(await source.locator('article > *').allTextContents()).toEqual(ARTICLE);
  const headings = await source.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.length).toBeGreaterThan(0);
  for (const heading of headings) expect(ARTICLE).toContain(heading);
  // The widget's own stylesheet, under a policy that allows no script but the page's own file.
  const policy = await source.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self';");
  expect(await source.locator('script').evaluateAll((scripts) => scripts.map((script) => [script.getAttribute('src'), script.text]))).toEqual([['source.js', '']]);
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

test('in Spanish the label says the article is in English, and opens it the same way, from the Spanish page too', async ({ page }) => {
  const errors = [];
  for (const address of ['/#es/explainer/2', '/es/#es/explainer/2']) {
    await page.goto(address);
    const figure = page.locator('.jap-step .jap-source');
    await expect(figure.locator('blockquote')).toHaveAttribute('lang', 'en');
    const link = figure.getByRole('link', { name: sourceLink(es) });
    await expect(link).toHaveAttribute('href', /^source\.html#p\d+:~:text=/);
    await expect(link).toHaveAttribute('target', '_blank');
    const source = await openSource(page, figure, errors, sourceLink(es));
    expect(new URL(source.url()).pathname, address).toBe(address.startsWith('/es/') ? '/es/source.html' : '/source.html');
    const landed = await landedOn(source);
    expect([landed.id, landed.onScreen], address).toEqual([passageOf(await link.getAttribute('href')), true]);
    await source.close();
  }
  expect(errors).toEqual([]);
});
