// What the widget keeps on the device, end to end: nothing unless asked, progress restored
// when asked, forgotten at once, the same widget where storage is blocked, and a kiosk that
// resets itself.
import { test, expect, finishQuiz, openKiosk, pdfPages, content, ui, steps } from './fixtures.js';

const { en, es } = ui;

const quiz = (page) => page.locator('.jap-quiz');
const stored = (page) => page.evaluate(() => ({ ...window.localStorage }));

async function answerTwo(page) {
  await page.getByRole('button', { name: en.start_button }).click();
  await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
  await page.getByRole('button', { name: en.next_button }).click();
  await page.getByRole('button', { name: en.answer_fact, exact: true }).click();
}

test('nothing is kept unless the person opts in', async ({ page }) => {
  await page.goto('/#quiz');
  await expect(page.getByLabel(en.remember_label)).not.toBeChecked();
  await answerTwo(page);
  expect(await stored(page)).toEqual({});
});

test('remembering restores the place on the next visit, and Forget everything clears it at once', async ({ page }) => {
  await page.goto('/#quiz');
  await answerTwo(page);
  await page.getByLabel(en.remember_label).check();
  const statement = await quiz(page).locator('.jap-statement').textContent();
  await page.goto('/');
  await expect(quiz(page)).toBeVisible();
  await expect(quiz(page)).toHaveAttribute('data-screen', 'feedback');
  await expect(quiz(page).locator('.jap-statement')).toHaveText(statement);
  await expect(page.getByLabel(en.remember_label)).toBeChecked();

  await page.getByRole('button', { name: en.forget_button }).click();
  expect(await stored(page)).toEqual({});
  await expect(page.getByLabel(en.remember_label)).not.toBeChecked();
  await expect(page.locator('.jap-explainer')).toBeVisible();
  await page.goto('/#quiz');
  await expect(quiz(page)).toHaveAttribute('data-screen', 'intro');
});

for (const [how, script] of [
  [
    'throws on access',
    () => Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    }),
  ],
  [
    'is full',
    () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    },
  ],
]) {
  test(`where storage ${how}, the widget works the same and says so quietly`, async ({ page }) => {
    await page.addInitScript(script);
    await page.goto('/#quiz');
    if (how === 'is full') await page.getByLabel(en.remember_label).click();
    await expect(page.getByText(en.remember_unavailable)).toBeVisible();
    await expect(page.getByLabel(en.remember_label)).toHaveCount(0);
    await answerTwo(page);
    await expect(quiz(page)).toHaveAttribute('data-screen', 'feedback');
    for (let i = 2; i < content.round.length; i++) {
      await page.getByRole('button', { name: en.next_button, exact: true }).click();
      await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
    }
    await page.getByRole('button', { name: en.results_button }).click();
    await expect(quiz(page)).toHaveAttribute('data-screen', 'results');
  });
}


test('a kiosk resets to the start, in its first language, after its idle time, with no share or remember controls', async ({ page }) => {
  await page.clock.install();
  await openKiosk(page, { 'data-kiosk': 'true', 'data-idle-seconds': '30' });
  await page.goto('/#quiz');
  await expect(page.getByRole('button', { name: en.forget_button })).toHaveCount(0);
  await expect(page.getByLabel(en.remember_label)).toHaveCount(0);
  await answerTwo(page);
  await expect(page.locator('.jap-share-button')).toHaveCount(0);
  // A quote names its source but opens no tab that would outlast the visit.
  await expect(page.locator('.jap-explanation figcaption')).toHaveText(en.source_label);
  await expect(page.locator('.jap-explanation figcaption a')).toHaveCount(0);
  await page.getByRole('button', { name: es.language_name }).click();
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
  await page.clock.runFor(20_000);
  await expect(quiz(page)).toHaveAttribute('data-screen', 'feedback');
  await page.clock.runFor(15_000);
  await expect(page.locator('.jap-explainer')).toBeVisible();
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/#en\/explainer\/1$/);
  await page.getByRole('link', { name: en.section_quiz, exact: true }).click();
  await expect(quiz(page)).toHaveAttribute('data-screen', 'intro');
});

test('a bad configuration value falls back with one clear console warning', async ({ page }) => {
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await openKiosk(page, { 'data-kiosk': 'maybe', 'data-idle-seconds': 'soon' });
  await page.goto('/#quiz');
  await expect(page.getByLabel(en.remember_label)).toBeVisible();
  const ours = warnings.filter((text) => text.startsWith('Just a Plant?'));
  expect(ours).toHaveLength(2);
  expect(ours[0]).toContain('data-kiosk="maybe"');
  expect(ours[1]).toContain('data-idle-seconds="soon"');
});


test('the results print as a one-page summary: key facts, the facts learned and help, no buttons; statements and answers only if chosen, on a second page at most', async ({ page }) => {
  await finishQuiz(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: en.print_title })).toBeVisible();
  await expect(page.getByText(`${steps.en[3].title}.`)).toBeVisible();
  await expect(page.getByRole('link', { name: en.helpline_phone })).toBeVisible();
  await expect(page.locator('.jap-help')).toContainText(`${en.helpline_tty_label}: ${en.helpline_tty}`);
  await expect(page.locator('.jap-help')).toContainText(en.not_medical_advice);
  expect(await page.locator('button:visible, nav:visible, input:visible').count()).toBe(0);
  // The facts the round taught print, never the myths as headlines.
  await expect(page.locator('.jap-result-fact')).toHaveCount(content.round.length);
  for (const fact of await page.locator('.jap-result-fact').all()) await expect(fact).toBeVisible();
  await expect(page.locator('.jap-result-statement').first()).toBeHidden();
  await expect(page.locator('.jap-result-answers').first()).toBeHidden();
  await expect(page.locator('.jap-score')).toBeHidden();
  expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);

  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel(en.print_answers).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.jap-result-statement').first()).toBeVisible();
  await expect(page.locator('.jap-score')).toBeVisible();
  await expect(page.locator('.jap-result')).toHaveCount(content.round.length);
  // Each fact, the statement it answers and both answers: more than a page holds.
  expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBeLessThanOrEqual(2);
});
