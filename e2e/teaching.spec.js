// Teaching that changes a belief, end to end in Chromium: predict before the picture shows (by
// pointer and by keyboard, skipped with one press, revealed wherever a link or the first screen
// opens a step), feedback that leads with the fact for every statement in both languages, and a
// person's own before and after, kept only where they chose to be remembered.
import { test, expect, expectNoAxeViolations, ui, steps, statements, fill, content } from './fixtures.js';

const { en } = ui;
const explainer = (page) => page.locator('.jap-explainer');
const step = (page) => explainer(page).locator('.jap-step');
const form = (page) => explainer(page).locator('.jap-predict');

/// The steps that ask first, with their index (from 0).
const asking = (code) => steps[code].map((s, index) => ({ ...s, index })).filter((s) => s.prediction);

/// Comes to step `index` from a neighbour, as a person stepping through does (a step a link
/// opens shows its picture at once).
async function arriveAt(page, index, code = 'en') {
  const words = ui[code];
  const prefix = code === 'en' ? '' : `${code}/`;
  if (index === 0) {
    await page.goto(`/#${prefix}explainer/2`);
    await page.getByRole('button', { name: words.back_button, exact: true }).click();
  } else {
    await page.goto(`/#${prefix}explainer/${index}`);
    await page.getByRole('button', { name: words.next_step_button, exact: true }).click();
  }
  await expect(step(page)).toHaveAttribute('data-step', steps[code][index].id);
}

/// What shows while a step asks: the question, its answers, and no picture, words or compare.
async function expectAsking(page, prediction) {
  await expect(step(page)).toHaveAttribute('data-guess', 'asked');
  await expect(form(page).locator('legend')).toHaveText(prediction.question);
  await expect(form(page).getByRole('radio')).toHaveCount(prediction.answers.length);
  for (const answer of prediction.answers) await expect(form(page).getByRole('radio', { name: answer, exact: true })).toBeVisible();
  await expect(explainer(page).locator('.jap-scene-waiting')).toBeVisible();
  await expect(explainer(page).locator('[data-scene]')).toHaveCount(0);
  await expect(explainer(page).locator('.jap-reveal')).toHaveCount(0);
  await expect(explainer(page).locator('.jap-compare')).toHaveCount(0);
}

/// What shows once guessed: the kind line on the guess, the picture and the step's words, with
/// the focus moved to them.
async function expectRevealed(page, s, answer) {
  const { prediction } = s;
  await expect(step(page)).toHaveAttribute('data-guess', 'guessed');
  const right = prediction.answers[prediction.right];
  const line = fill(answer === prediction.right ? en.predict_matched : en.predict_missed, { answer: right });
  const result = explainer(page).locator('.jap-guess-result');
  await expect(result).toHaveText(line);
  await expect(result).toHaveAttribute('data-matched', String(answer === prediction.right));
  await expect(explainer(page).locator(`[data-scene="${s.id}"] svg`)).toBeVisible();
  await expect(explainer(page).locator('.jap-reveal')).toContainText(s.body);
  await expect(explainer(page).locator('.jap-reveal')).toBeFocused();
  await expect(form(page)).toHaveCount(0);
}

test('the steps that show a mechanism are the ones that ask first, each with a quoted source', () => {
  for (const { code } of content.locales) {
    expect(asking(code).map((s) => s.id)).toEqual(['receptors', 'mitragynine', 'seven-oh', 'signal']);
    for (const { prediction } of asking(code)) {
      expect(prediction.answers.length).toBeGreaterThanOrEqual(2);
      expect(prediction.answers.length).toBeLessThanOrEqual(3);
      expect(prediction.right).toBeLessThan(prediction.answers.length);
      expect(prediction.source.length).toBeGreaterThan(10);
    }
  }
});

for (const s of asking('en')) {
  test(`step ${s.index + 1} (${s.id}) asks first; a pointer's guess shows the picture, says kindly how it went, and takes the focus`, async ({ page }) => {
    await arriveAt(page, s.index);
    await expectAsking(page, s.prediction);
    // A wrong guess on even steps, the right one on odd: both lines are kind and name the answer.
    const answer = s.index % 2 ? s.prediction.right : (s.prediction.right + 1) % s.prediction.answers.length;
    await form(page).getByRole('radio', { name: s.prediction.answers[answer], exact: true }).check();
    await page.getByRole('button', { name: en.predict_check, exact: true }).click();
    await expectRevealed(page, s, answer);
    // The guess stays with the step: away and back, it shows revealed, with its line.
    const [away, back] = s.index === 0 ? [en.next_step_button, en.back_button] : [en.back_button, en.next_step_button];
    await page.getByRole('button', { name: away, exact: true }).click();
    await page.getByRole('button', { name: back, exact: true }).click();
    await expect(step(page)).toHaveAttribute('data-step', s.id);
    await expect(step(page)).toHaveAttribute('data-guess', 'guessed');
  });
}

test('by keyboard alone: arrow keys choose an answer, Enter checks it, and the focus lands on what it revealed', async ({ page }) => {
  const s = asking('en')[1];
  await arriveAt(page, s.index);
  // Checking with nothing chosen says to choose first, in the status line.
  await form(page).getByRole('button', { name: en.predict_check, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(form(page).locator('.jap-predict-status')).toHaveText(en.predict_choose);
  await expect(form(page).locator('.jap-predict-status')).toHaveAttribute('role', 'status');
  await form(page).getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(form(page).getByRole('radio').nth(1)).toBeChecked();
  // Arrow keys inside the question choose an answer; they do not change the step.
  await expect(step(page)).toHaveAttribute('data-step', s.id);
  await page.keyboard.press('Enter');
  await expectRevealed(page, s, 1);
});

test('"Just show me" shows the picture with one press and no verdict on a guess', async ({ page }) => {
  const s = asking('en')[2];
  await arriveAt(page, s.index);
  await page.getByRole('button', { name: en.predict_skip, exact: true }).click();
  await expect(step(page)).toHaveAttribute('data-guess', 'shown');
  await expect(explainer(page).locator('.jap-guess-result')).toHaveCount(0);
  await expect(explainer(page).locator(`[data-scene="${s.id}"] svg`)).toBeVisible();
  await expect(explainer(page).locator('.jap-reveal')).toBeFocused();
});

test('a link to a step, and the first screen, show the step revealed', async ({ page }) => {
  for (const s of asking('en')) {
    // Each link opened in a fresh page, as one followed from elsewhere is.
    await page.goto('about:blank');
    await page.goto(`/#explainer/${s.index + 1}`);
    await expect(step(page)).toHaveAttribute('data-step', s.id);
    await expect(step(page)).toHaveAttribute('data-guess', 'shown');
    await expect(explainer(page).locator(`[data-scene="${s.id}"] svg`)).toBeVisible();
  }
  // The static first screen, before any WebAssembly: the opening step with its picture.
  await page.route('**/*.wasm', () => {});
  await page.goto('/');
  await expect(page.locator('.jap-first-screen [data-scene], .jap [data-scene]').first()).toBeVisible();
  await expect(page.locator('.jap-predict')).toHaveCount(0);
});

test('with reduced motion, a guess shows the picture in its end state with nothing moving', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const s = asking('en')[3];
  await arriveAt(page, s.index);
  await form(page).getByRole('radio', { name: s.prediction.answers[s.prediction.right], exact: true }).check();
  await page.getByRole('button', { name: en.predict_check, exact: true }).click();
  await expectRevealed(page, s, s.prediction.right);
  const moving = await explainer(page).evaluate((root) =>
    root.getAnimations({ subtree: true }).filter((animation) => animation.playState === 'running').length,
  );
  expect(moving).toBe(0);
});

for (const colorScheme of ['light', 'dark']) {
  test(`a question and its answer have no axe violation (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const s = asking('en')[0];
    await arriveAt(page, s.index);
    await expectNoAxeViolations(page, 'a step that asks');
    await form(page).getByRole('radio').first().check();
    await page.getByRole('button', { name: en.predict_check, exact: true }).click();
    await expectNoAxeViolations(page, 'a guessed step');
  });
}

test('in Spanish, the question, its answers and the line on the guess are Spanish', async ({ page }) => {
  const s = asking('es')[1];
  const es = ui.es;
  await arriveAt(page, s.index, 'es');
  await expect(form(page).locator('legend')).toHaveText(s.prediction.question);
  await form(page).getByRole('radio', { name: s.prediction.answers[s.prediction.right], exact: true }).check();
  await page.getByRole('button', { name: es.predict_check, exact: true }).click();
  await expect(explainer(page).locator('.jap-guess-result')).toHaveText(
    fill(es.predict_matched, { answer: s.prediction.answers[s.prediction.right] }),
  );
});

// Feedback that leads with the fact: every statement, opened by its own link, in both languages.
for (const { code } of content.locales) {
  test(`every statement's feedback in ${code} opens with its fact, names a myth only after it with a warning, and closes on the fact`, async ({ page }) => {
    test.slow();
    const words = ui[code];
    const prefix = code === 'en' ? '' : `${code}/`;
    for (const s of statements[code]) {
      await page.goto(`/#${prefix}s/1/${s.id}`);
      await page.getByRole('button', { name: words.answer_myth, exact: true }).click();
      const explanation = page.locator('.jap-explanation');
      const first = explanation.locator(':scope > *').first();
      await expect(first).toHaveText(s.fact);
      await expect(first).toHaveClass(/jap-fact/);
      const text = (await explanation.textContent()).replace(/\s+/g, ' ');
      expect(text.indexOf(s.why), `${s.id}: why follows`).toBeGreaterThan(text.indexOf(s.fact));
      if (s.verdict === 'myth') {
        expect(text.indexOf(s.myth), `${s.id}: the myth comes after the fact`).toBeGreaterThan(text.indexOf(s.fact));
        expect(text.indexOf(s.closing), `${s.id}: the closing comes last before the source`).toBeGreaterThan(text.indexOf(s.why));
        // The statement's own myth wording is never the feedback's first sentence.
        expect(s.fact.startsWith(s.statement.split(' ').slice(0, 4).join(' '))).toBe(false);
      } else {
        await expect(explanation.locator('.jap-myth')).toHaveCount(0);
      }
      await page.goto('about:blank');
    }
  });
}

/// The before-question's answers, by level (1 to 5).
const levels = (words) => [1, 2, 3, 4, 5].map((level) => words[`sure_${level}`]);

/// Answers every statement from the intro on, up to the results.
async function answerRound(page, words = en) {
  await page.getByRole('button', { name: words.start_button }).click();
  const quiz = page.locator('.jap-quiz');
  for (;;) {
    await page.getByRole('button', { name: words.answer_myth, exact: true }).click();
    const last = page.getByRole('button', { name: words.results_button, exact: true });
    if (await last.isVisible()) {
      await last.click();
      break;
    }
    await page.getByRole('button', { name: words.next_button, exact: true }).click();
  }
  await expect(quiz).toHaveAttribute('data-screen', 'results');
}

const before = (page) => page.locator('.jap-sure[data-moment="before"]');
const after = (page) => page.locator('.jap-sure[data-moment="after"]');
const pair = (page) => page.locator('.jap-sure-pair');

test('one question before the quiz and the same after it, answered in words, shown side by side and kept out of links and storage', async ({ page }) => {
  await page.goto('/#quiz');
  await expect(before(page).locator('legend')).toContainText(en.sure_question);
  await expect(before(page).getByRole('radio')).toHaveCount(5);
  for (const words of levels(en)) await expect(before(page).getByRole('radio', { name: words, exact: true })).toBeVisible();
  await before(page).getByRole('radio', { name: en.sure_2, exact: true }).check();
  await expectNoAxeViolations(page, 'the quiz intro with its before-question');
  await answerRound(page);
  await expect(after(page).locator('legend')).toContainText(en.sure_question);
  await expect(pair(page)).toHaveAttribute('aria-live', 'polite');
  await expect(pair(page)).toBeEmpty();
  await after(page).getByRole('radio', { name: en.sure_5, exact: true }).check();
  await expect(pair(page).locator('.jap-sure-then')).toHaveText(fill(en.sure_then, { answer: en.sure_2 }));
  await expect(pair(page).locator('.jap-sure-now')).toHaveText(fill(en.sure_now, { answer: en.sure_5 }));
  await expectNoAxeViolations(page, 'the results with the before and after');
  // Never in the address, never in storage for a person who did not choose to be remembered.
  expect(page.url()).not.toMatch(/sure/i);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toMatch(/\|[0-5-]{2}$|sure/);
  await page.reload();
  await expect(page.locator('.jap-sure input:checked')).toHaveCount(0);
});

test('skipping the first question still lets a person answer after, and says there was no answer before', async ({ page }) => {
  await page.goto('/#quiz');
  await answerRound(page);
  await after(page).getByRole('radio', { name: en.sure_3, exact: true }).check();
  await expect(pair(page).locator('.jap-sure-then')).toHaveText(fill(en.sure_then, { answer: en.sure_skipped }));
  await expect(pair(page).locator('.jap-sure-now')).toHaveText(fill(en.sure_now, { answer: en.sure_3 }));
});

test('a person who chose to be remembered finds both answers again after a reload', async ({ page }) => {
  await page.goto('/#quiz');
  await page.getByLabel(en.remember_label).check();
  await before(page).getByRole('radio', { name: en.sure_1, exact: true }).check();
  await answerRound(page);
  await after(page).getByRole('radio', { name: en.sure_4, exact: true }).check();
  await page.reload();
  await expect(pair(page).locator('.jap-sure-then')).toHaveText(fill(en.sure_then, { answer: en.sure_1 }));
  await expect(pair(page).locator('.jap-sure-now')).toHaveText(fill(en.sure_now, { answer: en.sure_4 }));
});

test('in Spanish, the question and its five answers are Spanish words', async ({ page }) => {
  await page.goto('/#es/quiz');
  await expect(before(page).locator('legend')).toContainText(ui.es.sure_question);
  for (const words of levels(ui.es)) await expect(before(page).getByRole('radio', { name: words, exact: true })).toBeVisible();
});
