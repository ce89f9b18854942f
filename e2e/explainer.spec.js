// The reward-pathway explainer end to end in Chromium: every step by keyboard, axe-core on
// each, and a place in the widget that survives reload, back and forward. (The pictures and
// the compare control: scenes.spec.js.)
import { test, expect, expectNoAxeViolations, tabTo, ui, steps, fill, escapeRegExp } from './fixtures.js';

const { en } = ui;
/// The English steps' titles, in order.
const STEPS = steps.en.map((step) => step.title);

const explainer = (page) => page.locator('.jap-explainer');
const stepTitle = (page) => explainer(page).locator('.jap-step-title');
const scene = (page) => explainer(page).locator('.jap-step-figure .jap-scene');

for (const colorScheme of ['light', 'dark']) {
  test(`every step by keyboard alone, each with no axe violation (${colorScheme})`, async ({ page }) => {
    // Seven full axe-core scans, each after the scene's motion has settled: longer than most.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(stepTitle(page)).toHaveText(STEPS[0]);
    expect(await tabTo(page, en.next_step_button), 'Next step is reachable by Tab').toBe(true);
    for (const [index, title] of STEPS.entries()) {
      await expect(stepTitle(page)).toHaveText(title);
      await expect(page).toHaveURL(index === 0 ? /\/(#.*)?$/ : new RegExp(`#en/explainer/${index + 1}$`));
      await expect(explainer(page).locator('.jap-step-caption')).toHaveText(
        new RegExp(`^${escapeRegExp(`${fill(en.step_progress, { current: index + 1, total: STEPS.length })}: ${title}.`)} [A-Z].+\\.$`),
      );
      // The opening step shows its picture; a later one that shows a mechanism asks first (a
      // person may go on without guessing: e2e/teaching.spec.js guesses).
      const asks = index > 0 && steps.en[index].prediction !== null;
      await expect(explainer(page).locator('.jap-step')).toHaveAttribute('data-guess', asks ? 'asked' : 'shown');
      if (asks) await expect(explainer(page).locator('.jap-predict legend')).toHaveText(steps.en[index].prediction.question);
      else await expect(scene(page).locator('svg')).toBeVisible();
      await expectNoAxeViolations(page, `step ${index + 1}`);
      await page.keyboard.press('Enter');
    }
    await expect(stepTitle(page)).toHaveText(STEPS.at(-1));
    await expect(page.getByRole('button', { name: en.next_step_button })).toBeFocused();

    await page.keyboard.press('ArrowLeft');
    await expect(stepTitle(page)).toHaveText(STEPS.at(-2));
    await page.keyboard.press('ArrowRight');
    await expect(stepTitle(page)).toHaveText(STEPS.at(-1));
  });
}

test('reload, back and forward keep the place', async ({ page }) => {
  await page.goto('/#explainer/3');
  await expect(stepTitle(page)).toHaveText(STEPS[2]);
  await page.reload();
  await expect(stepTitle(page)).toHaveText(STEPS[2]);

  await page.getByRole('button', { name: en.next_step_button }).click();
  await page.getByRole('button', { name: en.next_step_button }).click();
  await expect(page).toHaveURL(/#en\/explainer\/5$/);
  await page.goBack();
  await expect(page).toHaveURL(/#en\/explainer\/4$/);
  await expect(stepTitle(page)).toHaveText(STEPS[3]);
  await page.goForward();
  await expect(stepTitle(page)).toHaveText(STEPS[4]);

  await page.getByRole('link', { name: en.section_quiz, exact: true }).click();
  await expect(page).toHaveURL(/#en\/quiz$/);
  await expect(page.locator('.jap-quiz')).toBeVisible();
  await expect(explainer(page)).toBeHidden();
  await page.reload();
  await expect(page.locator('.jap-quiz')).toBeVisible();
  await page.goBack();
  await expect(explainer(page)).toBeVisible();
  await expect(stepTitle(page)).toHaveText(STEPS[4]);
});

test('switching sections keeps the quiz where it was', async ({ page }) => {
  await page.goto('/#quiz');
  await page.getByRole('button', { name: en.start_button }).click();
  await page.getByRole('button', { name: en.answer_myth }).click();
  await page.getByRole('link', { name: en.section_explainer }).click();
  await expect(explainer(page)).toBeVisible();
  await page.getByRole('link', { name: en.section_quiz, exact: true }).click();
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'feedback');
});

test('every step ends with a way into the quiz', async ({ page }) => {
  for (let step = 1; step <= STEPS.length; step++) {
    await page.goto(`/#explainer/${step}`);
    await explainer(page).getByRole('link', { name: en.to_quiz }).click();
    await expect(page).toHaveURL(/#en\/quiz$/);
    await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'intro');
  }
});

test('unknown fragments open the first step', async ({ page }) => {
  for (const fragment of ['#explainer/0', '#explainer/99', '#nowhere', '#explainer/2x']) {
    await page.goto(`/${fragment}`);
    await expect(stepTitle(page)).toHaveText(STEPS[0]);
  }
});

test('the list of steps jumps straight to a step', async ({ page }) => {
  await page.goto('/');
  await page.getByText(en.steps_label).click();
  await page.getByRole('link', { name: STEPS[5] }).click();
  await expect(stepTitle(page)).toHaveText(STEPS[5]);
  await expect(page.getByRole('link', { name: STEPS[5] })).toHaveAttribute('aria-current', 'step');
});
