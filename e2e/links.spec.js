// Links end to end: each kind of link opens exactly what it names in a fresh browser, a
// corpus of tampered links each opens at the start with a calm notice, and the Share control
// works in each of its three fallbacks.
import { test, expect, finishQuiz, recordShares, content, ui, steps, statements, fill, escapeRegExp } from './fixtures.js';

const { en } = ui;
const ROUND = content.round.length;
const FIRST_STEP = steps.en[0].title;
const stepTitle = (page) => page.locator('.jap-explainer .jap-step-title');
const quiz = (page) => page.locator('.jap-quiz');

async function firstStatements(page, link) {
  await page.goto(link);
  await page.getByRole('button', { name: en.start_button }).click();
  const seen = [];
  for (let i = 0; i < 3; i++) {
    seen.push((await quiz(page).locator('.jap-statement').textContent()).trim());
    await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
    await page.getByRole('button', { name: en.next_button }).click();
  }
  return seen;
}

test('a step link opens that step', async ({ page }) => {
  await page.goto('/#explainer/5');
  await expect(stepTitle(page)).toHaveText(steps.en[4].title);
  await expect(page.locator('.jap-notice')).toHaveCount(0);
});

test('a seeded quiz link gives everyone who opens it the same order', async ({ page, browser }) => {
  const mine = await firstStatements(page, '/#quiz/1/k3x9');
  const context = await browser.newContext();
  const theirs = await firstStatements(await context.newPage(), '/#quiz/1/k3x9');
  await context.close();
  expect(theirs).toEqual(mine);
});

test('a statement link opens that one statement, ready to answer', async ({ page }) => {
  await page.goto('/#s/1/withdrawal-is-real');
  await expect(quiz(page)).toHaveAttribute('data-screen', 'question');
  await expect(quiz(page).locator('.jap-statement')).toHaveText(statements.en.find((s) => s.id === 'withdrawal-is-real').statement);
  await expect(quiz(page).locator('.jap-progress-text')).toHaveText(fill(en.progress, { current: 1, total: 1 }));
  await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
  await expect(quiz(page).locator('.jap-verdict')).toHaveText(en.feedback_right_myth);
  await page.getByRole('button', { name: en.whole_quiz_button }).click();
  await expect(quiz(page)).toHaveAttribute('data-screen', 'intro');
});

test('a score link shows the score and nothing else', async ({ page }) => {
  await page.goto(`/#r/1/9-${ROUND}`);
  await expect(quiz(page).locator('.jap-shared-score')).toHaveText(fill(en.shared_score, { score: 9, total: ROUND }));
  await expect(quiz(page)).toHaveAttribute('data-screen', 'intro');
});

const TAMPERED = [
  '#explainer/0',
  '#explainer/99',
  '#quiz/1/ZZZ',
  '#quiz/1/',
  '#s/1/not-a-statement',
  '#s/1/just-a-pla',
  '#r/1/13-12',
  '#r/1/9-',
  '#r/1/9-12-extra',
  '#<img src=x onerror=alert(1)>',
  '#s/1/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  `#s/1/${'a'.repeat(500)}`,
  '#%F0%9F%8C%BF',
];

test('every tampered, truncated or oversized link opens at the start with a calm notice', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  for (const fragment of TAMPERED) {
    await page.goto(`/${fragment}`);
    await expect(stepTitle(page), fragment).toHaveText(FIRST_STEP);
    await expect(page.locator('.jap-notice p'), fragment).toHaveText(en.notice_link);
    await expect(page.locator('img')).toHaveCount(0);
  }
  await page.getByRole('button', { name: en.notice_dismiss }).click();
  await expect(page.locator('.jap-notice')).toHaveCount(0);
});

test('a link from a newer version opens at the start and says why', async ({ page }) => {
  await page.goto('/#r/2/9-12');
  await expect(stepTitle(page)).toHaveText(FIRST_STEP);
  await expect(page.locator('.jap-notice p')).toHaveText(en.notice_newer);
});

test('Share uses the Web Share API where the browser has it', async ({ page, baseURL }) => {
  await recordShares(page);
  await page.goto('/#explainer/2');
  await page.getByRole('button', { name: en.share_step }).click();
  await expect.poll(() => page.evaluate(() => window.shared?.url)).toBe(`${baseURL}/#en/explainer/2`);
  expect(await page.evaluate(() => window.shared.text)).toContain(steps.en[1].title);
  await expect(page.getByText(en.link_copied)).toHaveCount(0);
});

test('without Web Share, Share copies the link and says so', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      configurable: true,
      value: { writeText: async (text) => void (window.copied = text) },
    });
  });
  await page.goto('/#s/1/just-a-plant');
  await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
  await page.getByRole('button', { name: en.share_statement }).click();
  await expect(page.getByText(en.link_copied)).toBeVisible();
  expect(await page.evaluate(() => window.copied)).toBe(`${baseURL}/#en/s/1/just-a-plant`);
});

test('without Web Share or a clipboard, Share shows the link selected to copy by hand', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, value: undefined });
  });
  await page.goto('/#explainer/3');
  await page.getByRole('button', { name: en.share_step }).click();
  const field = page.getByLabel(en.copy_by_hand);
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`${baseURL}/#en/explainer/3`);
  const selected = await field.evaluate((input) => input.value.slice(input.selectionStart, input.selectionEnd));
  expect(selected).toBe(`${baseURL}/#en/explainer/3`);
});

test('sharing a score is a choice, and its link is short', async ({ page }) => {
  await recordShares(page);
  await finishQuiz(page, en.answer_fact);
  expect(await page.evaluate(() => window.shared)).toBeUndefined();
  await page.getByRole('button', { name: en.share_score }).click();
  await expect.poll(() => page.evaluate(() => window.shared?.url)).toMatch(new RegExp(`#en/r/1/\\d+-${ROUND}$`));
  const fragment = new URL(await page.evaluate(() => window.shared.url)).hash;
  expect(fragment.length).toBeLessThanOrEqual(60);
  const said = new RegExp(escapeRegExp(fill(en.score, { total: ROUND })).replace(escapeRegExp('{score}'), '(\\d+)'));
  const score = (await quiz(page).locator('.jap-score').textContent()).match(said)[1];
  expect(fragment).toBe(`#en/r/1/${score}-${ROUND}`);
});

test('the page carries a link preview with an image from the bundle', async ({ page, request }) => {
  await page.goto('/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(en.page_share_title);
  const response = await request.get(`/${image}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});
