// What the widget keeps on the device, end to end: nothing unless asked, progress restored
// when asked, forgotten at once, the same widget where storage is blocked, and a kiosk that
// resets itself.
import { test, expect, finishQuiz, pdfPages } from './fixtures.js';

const quiz = (page) => page.locator('.jap-quiz');
const stored = (page) => page.evaluate(() => ({ ...window.localStorage }));

async function answerTwo(page) {
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('button', { name: 'Myth', exact: true }).click();
  await page.getByRole('button', { name: 'Next statement' }).click();
  await page.getByRole('button', { name: 'Fact', exact: true }).click();
}

test('nothing is kept unless the person opts in', async ({ page }) => {
  await page.goto('/#quiz');
  await expect(page.getByLabel('Remember my progress on this device')).not.toBeChecked();
  await answerTwo(page);
  expect(await stored(page)).toEqual({});
});

test('remembering restores the place on the next visit, and Forget everything clears it at once', async ({ page }) => {
  await page.goto('/#quiz');
  await answerTwo(page);
  await page.getByLabel('Remember my progress on this device').check();
  const statement = await quiz(page).locator('.jap-statement').textContent();
  await page.goto('/');
  await expect(quiz(page)).toBeVisible();
  await expect(quiz(page)).toHaveAttribute('data-screen', 'feedback');
  await expect(quiz(page).locator('.jap-statement')).toHaveText(statement);
  await expect(page.getByLabel('Remember my progress on this device')).toBeChecked();

  await page.getByRole('button', { name: 'Forget everything' }).click();
  expect(await stored(page)).toEqual({});
  await expect(page.getByLabel('Remember my progress on this device')).not.toBeChecked();
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
    if (how === 'is full') await page.getByLabel('Remember my progress on this device').click();
    await expect(page.getByText('Remembering progress is not available in this browser.')).toBeVisible();
    await expect(page.getByLabel('Remember my progress on this device')).toHaveCount(0);
    await answerTwo(page);
    await expect(quiz(page)).toHaveAttribute('data-screen', 'feedback');
    for (let i = 2; i < 12; i++) {
      await page.getByRole('button', { name: /^(Next statement)$/ }).click();
      await page.getByRole('button', { name: 'Myth', exact: true }).click();
    }
    await page.getByRole('button', { name: 'See your results' }).click();
    await expect(quiz(page)).toHaveAttribute('data-screen', 'results');
  });
}

async function openKiosk(page, attributes) {
  await page.addInitScript((attributes) => {
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.getElementById('just-a-plant');
      for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
    });
  }, attributes);
}

test('a kiosk resets to the start, in its first language, after its idle time, with no share or remember controls', async ({ page }) => {
  await page.clock.install();
  await openKiosk(page, { 'data-kiosk': 'true', 'data-idle-seconds': '30' });
  await page.goto('/#quiz');
  await expect(page.getByRole('button', { name: 'Forget everything' })).toHaveCount(0);
  await expect(page.getByLabel('Remember my progress on this device')).toHaveCount(0);
  await answerTwo(page);
  await expect(page.locator('.jap-share-button')).toHaveCount(0);
  // A quote names its source but opens no tab that would outlast the visit.
  await expect(page.locator('.jap-explanation figcaption')).toHaveText('From the source article');
  await expect(page.locator('.jap-explanation figcaption a')).toHaveCount(0);
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
  await page.clock.runFor(20_000);
  await expect(quiz(page)).toHaveAttribute('data-screen', 'feedback');
  await page.clock.runFor(15_000);
  await expect(page.locator('.jap-explainer')).toBeVisible();
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/#en\/explainer\/1$/);
  await page.getByRole('link', { name: 'Myth or fact?', exact: true }).click();
  await expect(quiz(page)).toHaveAttribute('data-screen', 'intro');
});

test('a bad configuration value falls back with one clear console warning', async ({ page }) => {
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await openKiosk(page, { 'data-kiosk': 'maybe', 'data-idle-seconds': 'soon' });
  await page.goto('/#quiz');
  await expect(page.getByLabel('Remember my progress on this device')).toBeVisible();
  const ours = warnings.filter((text) => text.startsWith('Just a Plant?'));
  expect(ours).toHaveLength(2);
  expect(ours[0]).toContain('data-kiosk="maybe"');
  expect(ours[1]).toContain('data-idle-seconds="soon"');
});


test('the results print as a one-page summary: key facts and help, no buttons, answers only if chosen', async ({ page }) => {
  await finishQuiz(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Kratom and opioid recovery: what to remember' })).toBeVisible();
  await expect(page.getByText('The reward signal.')).toBeVisible();
  await expect(page.getByRole('link', { name: '1-800-662-HELP (4357)' })).toBeVisible();
  await expect(page.locator('.jap-help')).toContainText('TTY: 1-800-487-4889');
  await expect(page.locator('.jap-help')).toContainText('This is education, not medical advice.');
  expect(await page.locator('button:visible, nav:visible, input:visible').count()).toBe(0);
  await expect(page.locator('.jap-results')).toBeHidden();
  await expect(page.locator('.jap-score')).toBeHidden();
  expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);

  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Include my answers on the printout').check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.jap-results')).toBeVisible();
  await expect(page.locator('.jap-score')).toBeVisible();
  await expect(page.locator('.jap-result')).toHaveCount(12);
  expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
});
