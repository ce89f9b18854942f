// The reward-pathway explainer end to end in Chromium: every step by keyboard, every compare
// choice, axe-core on each, and a place in the widget that survives reload, back and forward.
import { test, expect, expectNoAxeViolations, tabTo } from './fixtures.js';

const STEPS = [
  'A lock in the brain',
  'The main compound',
  'Small amount, strong effect',
  'The reward signal',
  'When use repeats',
  'The substitution trap',
  'What treatment adds',
];

const explainer = (page) => page.locator('.jap-explainer');
const stepTitle = (page) => explainer(page).locator('.jap-step-title');
const diagram = (page) => explainer(page).locator('.jap-diagram');

for (const colorScheme of ['light', 'dark']) {
  test(`every step by keyboard alone, each with no axe violation (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(stepTitle(page)).toHaveText(STEPS[0]);
    expect(await tabTo(page, 'Next step'), 'Next step is reachable by Tab').toBe(true);
    for (const [index, title] of STEPS.entries()) {
      await expect(stepTitle(page)).toHaveText(title);
      await expect(page).toHaveURL(index === 0 ? /\/(#.*)?$/ : new RegExp(`#en/explainer/${index + 1}$`));
      await expect(explainer(page).locator('.jap-step-caption')).toHaveText(
        new RegExp(`^Step ${index + 1} of ${STEPS.length}: ${title}\\. Highlighted in the diagram: .+\\.$`),
      );
      await expect(diagram(page).locator('.jap-part.is-on').first()).toBeVisible();
      await expectNoAxeViolations(page, `step ${index + 1}`);
      await page.keyboard.press('Enter');
    }
    await expect(stepTitle(page)).toHaveText(STEPS.at(-1));
    await expect(page.getByRole('button', { name: 'Next step' })).toBeFocused();

    await page.keyboard.press('ArrowLeft');
    await expect(stepTitle(page)).toHaveText(STEPS.at(-2));
    await page.keyboard.press('ArrowRight');
    await expect(stepTitle(page)).toHaveText(STEPS.at(-1));
  });
}

test('every compare choice by keyboard changes the diagram and its caption', async ({ page }) => {
  await page.goto('/#explainer/4');
  const expected = [
    ['Nothing', 'none', 0],
    ['Heroin or oxycodone (full agonist)', 'full', 5],
    ['7-hydroxymitragynine', 'partial', 3],
    ['Mitragynine', 'low', 1],
    ['Buprenorphine, under medical care', 'partial', 3],
  ];
  const caption = explainer(page).locator('.jap-compare-caption');
  await page.getByRole('radio', { name: '7-hydroxymitragynine' }).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  const seen = new Set();
  for (const [name, activation, pulses] of expected) {
    await expect(page.getByRole('radio', { name, exact: true })).toBeChecked();
    await expect(page.getByRole('radio', { name, exact: true })).toBeFocused();
    await expect(diagram(page)).toHaveAttribute('data-activation', activation);
    await expect(diagram(page).locator('.jap-pulse')).toHaveCount(pulses);
    await expect(diagram(page).locator('.jap-molecule')).toHaveCount(activation === 'none' ? 0 : 3);
    const text = await caption.textContent();
    expect(text.trim().length).toBeGreaterThan(20);
    seen.add(text);
    await expectNoAxeViolations(page, `the choice ${name}`);
    await page.keyboard.press('ArrowDown');
  }
  expect(seen.size, 'each choice has its own caption').toBe(expected.length);
  await expect(stepTitle(page)).toHaveText(STEPS[3]);
});

test('reload, back and forward keep the place', async ({ page }) => {
  await page.goto('/#explainer/3');
  await expect(stepTitle(page)).toHaveText(STEPS[2]);
  await page.reload();
  await expect(stepTitle(page)).toHaveText(STEPS[2]);

  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page).toHaveURL(/#en\/explainer\/5$/);
  await page.goBack();
  await expect(page).toHaveURL(/#en\/explainer\/4$/);
  await expect(stepTitle(page)).toHaveText(STEPS[3]);
  await page.goForward();
  await expect(stepTitle(page)).toHaveText(STEPS[4]);

  await page.getByRole('link', { name: 'Myth or fact?', exact: true }).click();
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
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('button', { name: 'Myth' }).click();
  await page.getByRole('link', { name: 'How it works' }).click();
  await expect(explainer(page)).toBeVisible();
  await page.getByRole('link', { name: 'Myth or fact?', exact: true }).click();
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'feedback');
});

test('every step ends with a way into the quiz', async ({ page }) => {
  for (let step = 1; step <= STEPS.length; step++) {
    await page.goto(`/#explainer/${step}`);
    await explainer(page).getByRole('link', { name: 'Test yourself: myth or fact?' }).click();
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
  await page.getByText('All steps').click();
  await page.getByRole('link', { name: STEPS[5] }).click();
  await expect(stepTitle(page)).toHaveText(STEPS[5]);
  await expect(page.getByRole('link', { name: STEPS[5] })).toHaveAttribute('aria-current', 'step');
});

for (const language of ['en', 'es']) {
  test(`at 320 px the diagram fits and its labels stay readable and inside it (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/#${language}/explainer/4`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const spans = await diagram(page).evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('.jap-label tspan')].map((span) => {
        const r = span.getBoundingClientRect();
        const inside = r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
        return { text: span.textContent, height: r.height, inside };
      });
    });
    expect(spans.length).toBeGreaterThan(5);
    for (const span of spans) {
      expect(span.height, span.text).toBeGreaterThanOrEqual(12);
      expect(span.inside, `"${span.text}" lies inside the drawing`).toBe(true);
    }
  });
}

test('the highlighted parts move only for people who have not asked for less motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/#explainer/4');
  const animations = () =>
    diagram(page)
      .locator('.jap-pulse, .jap-pathway-line, .jap-part.is-on ellipse')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).animationName));
  const still = await animations();
  expect(still.length).toBeGreaterThan(3);
  expect(still.every((name) => name === 'none')).toBe(true);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const moving = await animations();
  expect(moving).toContain('jap-pulse');
  expect(moving).toContain('jap-flow');
});
