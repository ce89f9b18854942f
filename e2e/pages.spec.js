// The page in each language: index.html in English and es/index.html in Spanish, each in its own
// words (title, description, heading, link preview) from the content, opening the widget in its
// language, linked to the others (hreflang), and shared links that open the sender's language's
// page at the same place. (Each page's policy and summary: security.spec.js; offline:
// served.spec.js.)
import { test, expect, content, ui, steps, pages, recordShares } from './fixtures.js';

/// The first language's page, and the Spanish one.
const [first, spanish] = [pages[0], pages.find(({ locale }) => locale.code === 'es')];

/// The `content` of the page's `<meta>` with this `property` (or `name`).
const meta = (page, property) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');

for (const { path, locale } of pages) {
  const { code, ui: words } = locale;
  const others = content.locales.filter((other) => other !== locale);

  test(`the page in ${words.language_name} (${path}) describes the quiz to search engines, in its language`, async ({ page }) => {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]);
    expect([data['@context'], data['@type'], data.inLanguage]).toEqual(['https://schema.org', 'Quiz', code]);
    expect(data.name).toBe(words.page_summary_question);
    // One question per statement, each a flashcard: the statement, its answer, and why.
    expect(data.hasPart.map((question) => question.text)).toEqual(locale.statements.map((s) => s.statement));
    for (const [index, question] of data.hasPart.entries()) {
      const statement = locale.statements[index];
      const { verdict } = statement;
      expect([question['@type'], question.eduQuestionType]).toEqual(['Question', 'Flashcard']);
      expect(question.acceptedAnswer['@type']).toBe('Answer');
      expect(question.acceptedAnswer.text).toBe(verdict === 'myth' ? words.answer_myth : words.answer_fact);
      const explanation = question.acceptedAnswer.answerExplanation;
      expect(explanation['@type']).toBe('Comment');
      // It leads with the fact, and holds every part of the feedback.
      expect(explanation.text.startsWith(statement.fact)).toBe(true);
      for (const part of [statement.myth, statement.why, statement.closing].filter(Boolean)) expect(explanation.text).toContain(part);
    }
    // The quiz's whole point, in any language: "kratom is just a plant" is a myth.
    const opening = locale.statements.findIndex((s) => s.id === 'just-a-plant');
    expect(data.hasPart[opening].acceptedAnswer.text).toBe(words.answer_myth);
  });

  test(`the page in ${words.language_name} (${path}) opens in it, with its own title, description and link preview`, async ({ page, request }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page).toHaveTitle(words.widget_label);
    await expect(page.locator('h1.page-title')).toHaveText(words.page_heading);
    expect(await meta(page, 'description')).toBe(words.page_description);
    expect(await meta(page, 'og:title')).toBe(words.page_share_title);
    expect(await meta(page, 'og:description')).toBe(words.page_description);
    expect(await meta(page, 'og:image:alt')).toBe(words.page_share_title);
    expect(await meta(page, 'og:locale')).toBe(words.page_locale);
    const alternates = await page.locator('meta[property="og:locale:alternate"]').evaluateAll((tags) => tags.map((tag) => tag.content));
    expect(alternates).toEqual(others.map((other) => other.ui.page_locale));
    // The preview's image is the bundle's, from this page's folder too.
    const image = await request.get(new URL(await meta(page, 'og:image'), page.url()).href);
    expect(image.headers()['content-type']).toBe('image/png');
    // The widget starts (its loader ran under the page's policy) and speaks the page's language,
    // which a person can still change.
    const widget = page.locator('.jap');
    await expect(widget).toHaveAttribute('lang', code);
    await expect(widget).toHaveAttribute('aria-label', words.widget_label);
    await expect(page.locator('.jap-step-title')).toHaveText(steps[code][0].title);
    await expect(page.getByRole('button', { name: words.language_name })).toHaveAttribute('aria-pressed', 'true');
  });

  test(`the page in ${words.language_name} links every language's page by a relative address, and the first as the default`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    const links = [...html.matchAll(/<link\b[^>]*\bhreflang=[^>]*>/g)].map(([tag]) => [
      tag.match(/\bhreflang=["']?([\w-]+)/)[1],
      tag.match(/\bhref=["']?([^"'\s>]+)/)[1],
    ]);
    expect(links.map(([language]) => language)).toEqual([...content.locales.map((other) => other.code), 'x-default']);
    for (const [, href] of links) expect(href, 'relative').not.toMatch(/^([a-z]+:|\/)/);
    await page.goto(path);
    const resolved = Object.fromEntries(
      await page.locator('link[hreflang]').evaluateAll((tags) => tags.map((tag) => [tag.hreflang, tag.href])),
    );
    const origin = new URL(page.url()).origin;
    for (const target of pages) expect(resolved[target.locale.code]).toBe(`${origin}${target.path}`);
    expect(resolved['x-default']).toBe(`${origin}${first.path}`);
  });
}

test('a link shared in Spanish points at the Spanish page, which opens at the same place; in English, at the first page', async ({ page, browser, baseURL }) => {
  await recordShares(page);
  await page.goto('/#explainer/3');
  await page.getByRole('button', { name: ui.es.language_name }).click();
  await page.getByRole('button', { name: ui.es.share_step }).click();
  const shared = await page.evaluate(() => window.shared.url);
  expect(shared).toBe(`${baseURL}${spanish.path}#es/explainer/3`);

  const receiver = await browser.newPage({ locale: 'en-US' });
  await receiver.goto(shared);
  await expect(receiver.locator('html')).toHaveAttribute('lang', 'es');
  await expect(receiver.locator('.jap')).toHaveAttribute('lang', 'es');
  await expect(receiver.locator('.jap-step-title')).toHaveText(steps.es[2].title);
  await receiver.close();

  // Shared in English from the Spanish page, a link opens the first page.
  await page.goto(shared);
  await page.getByRole('button', { name: ui.en.language_name }).click();
  await page.getByRole('button', { name: ui.en.share_step }).click();
  expect(await page.evaluate(() => window.shared.url)).toBe(`${baseURL}${first.path}#en/explainer/3`);
});

test('on the Spanish page a language named in the address wins, so a switch of language survives a reload', async ({ page }) => {
  await page.goto(`${spanish.path}#explainer/2`);
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: ui.en.language_name }).click();
  await expect(page).toHaveURL(/#en\/explainer\/2$/);
  await page.reload();
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.jap-step-title')).toHaveText(steps.en[1].title);
  await page.goto(spanish.path);
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
});
