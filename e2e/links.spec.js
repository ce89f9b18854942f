// Links end to end: each kind of link opens exactly what it names in a fresh browser, a
// corpus of tampered links each opens at the start with a calm notice, and the Share control
// works in each of its three fallbacks.
import { test, expect, finishQuiz, recordShares } from './fixtures.js';

const FIRST_STEP = 'A lock in the brain';
const stepTitle = (page) => page.locator('.jap-explainer .jap-step-title');
const quiz = (page) => page.locator('.jap-quiz');

async function firstStatements(page, link) {
  await page.goto(link);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const seen = [];
  for (let i = 0; i < 3; i++) {
    seen.push((await quiz(page).locator('.jap-statement').textContent()).trim());
    await page.getByRole('button', { name: 'Myth', exact: true }).click();
    await page.getByRole('button', { name: 'Next statement' }).click();
  }
  return seen;
}

test('a step link opens that step', async ({ page }) => {
  await page.goto('/#explainer/5');
  await expect(stepTitle(page)).toHaveText('When use repeats');
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
  await expect(quiz(page).locator('.jap-statement')).toHaveText("Kratom withdrawal isn't real.");
  await expect(quiz(page).locator('.jap-progress-text')).toHaveText('Statement 1 of 1');
  await page.getByRole('button', { name: 'Myth', exact: true }).click();
  await expect(quiz(page).locator('.jap-verdict')).toHaveText("That's right: this is a myth.");
  await page.getByRole('button', { name: 'Take the whole quiz' }).click();
  await expect(quiz(page)).toHaveAttribute('data-screen', 'intro');
});

test('a score link shows the score and nothing else', async ({ page }) => {
  await page.goto('/#r/1/9-12');
  await expect(quiz(page).locator('.jap-shared-score')).toHaveText(
    'Someone shared their score with you: 9 of 12. Try the quiz yourself.',
  );
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
    await expect(page.locator('.jap-notice p'), fragment).toHaveText(
      'This link could not be opened, so we started at the beginning.',
    );
    await expect(page.locator('img')).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('.jap-notice')).toHaveCount(0);
});

test('a link from a newer version opens at the start and says why', async ({ page }) => {
  await page.goto('/#r/2/9-12');
  await expect(stepTitle(page)).toHaveText(FIRST_STEP);
  await expect(page.locator('.jap-notice p')).toHaveText(
    'This link comes from a newer version of this widget, so we started at the beginning.',
  );
});

test('Share uses the Web Share API where the browser has it', async ({ page, baseURL }) => {
  await recordShares(page);
  await page.goto('/#explainer/2');
  await page.getByRole('button', { name: 'Share this step' }).click();
  await expect.poll(() => page.evaluate(() => window.shared?.url)).toBe(`${baseURL}/#en/explainer/2`);
  expect(await page.evaluate(() => window.shared.text)).toContain('The main compound');
  await expect(page.getByText('Link copied.')).toHaveCount(0);
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
  await page.getByRole('button', { name: 'Myth', exact: true }).click();
  await page.getByRole('button', { name: 'Share this statement' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => window.copied)).toBe(`${baseURL}/#en/s/1/just-a-plant`);
});

test('without Web Share or a clipboard, Share shows the link selected to copy by hand', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, value: undefined });
  });
  await page.goto('/#explainer/3');
  await page.getByRole('button', { name: 'Share this step' }).click();
  const field = page.getByLabel('Copy this link:');
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`${baseURL}/#en/explainer/3`);
  const selected = await field.evaluate((input) => input.value.slice(input.selectionStart, input.selectionEnd));
  expect(selected).toBe(`${baseURL}/#en/explainer/3`);
});

test('sharing a score is a choice, and its link is short', async ({ page }) => {
  await recordShares(page);
  await finishQuiz(page, 'Fact');
  expect(await page.evaluate(() => window.shared)).toBeUndefined();
  await page.getByRole('button', { name: 'Share my score' }).click();
  await expect.poll(() => page.evaluate(() => window.shared?.url)).toMatch(/#en\/r\/1\/\d+-12$/);
  const fragment = new URL(await page.evaluate(() => window.shared.url)).hash;
  expect(fragment.length).toBeLessThanOrEqual(60);
  const score = (await quiz(page).locator('.jap-score').textContent()).match(/(\d+) of 12/)[1];
  expect(fragment).toBe(`#en/r/1/${score}-12`);
});

test('the page carries a link preview with an image from the bundle', async ({ page, request }) => {
  await page.goto('/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain('Just a Plant?');
  const response = await request.get(`/${image}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});
