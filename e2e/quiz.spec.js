// The myth-vs-fact quiz end to end in Chromium: by mouse, by keyboard alone, accessible on
// every screen in both colour schemes, usable at 320 px, quiet under reduced motion, and
// talking to no other origin.
import { test, expect, expectNoAxeViolations, QuizPage, settled, tabTo, content, ui, fill, oneOf, sourceLink, statements } from './fixtures.js';

const { en } = ui;
const ROUND = content.round.length;

test('a full run by mouse ends with results that match the answers given', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const quiz = new QuizPage(page);
  await quiz.open();
  await quiz.button(en.start_button).click();

  const given = [];
  for (let i = 1; i <= ROUND; i++) {
    await quiz.screen('question');
    await expect(quiz.progress).toHaveText(fill(en.progress, { current: i, total: ROUND }));
    const statement = (await quiz.statement.textContent()).trim();
    const answer = i % 2 ? en.answer_myth : en.answer_fact;
    await expect(page.locator('.jap-quiz .jap-answers')).toBeVisible();
    await quiz.button(answer).click();
    await quiz.screen('feedback');
    // Answered, the statement stays and Myth and Fact are out of sight (kept, hidden).
    await expect(page.locator('.jap-quiz .jap-answers')).toBeHidden();
    await expect(page.locator('.jap-quiz .jap-prompt')).toBeHidden();
    await expect(quiz.verdict).toHaveText(oneOf(en.feedback_right_myth, en.feedback_right_fact, en.feedback_wrong_myth, en.feedback_wrong_fact));
    await expect(page.locator('.jap-explanation blockquote')).not.toBeEmpty();
    await expect(quiz.status).toHaveText(await quiz.verdict.textContent());
    if (i === 1) {
      await settled(page);
      await page.screenshot({ path: 'target/screenshots/quiz-feedback.png' });
    }
    const right = (await page.locator('.jap-feedback').getAttribute('data-outcome')) === 'right';
    given.push({ statement, answer, right });
    await quiz.button(i === ROUND ? en.results_button : en.next_button).click();
  }

  await quiz.screen('results');
  const score = given.filter((g) => g.right).length;
  await expect(page.locator('.jap-score')).toHaveText(fill(en.score, { score, total: ROUND }));
  const items = page.locator('.jap-result');
  await expect(items).toHaveCount(ROUND);
  for (const [i, g] of given.entries()) {
    const item = items.nth(i);
    await expect(item.locator('.jap-result-fact')).toHaveText(statements.en.find((s) => s.statement === g.statement).fact);
    await expect(item.locator('.jap-result-statement')).toHaveText(fill(en.result_statement, { statement: g.statement }));
    await expect(item.locator('.jap-given')).toHaveText(fill(en.your_answer, { answer: g.answer }));
    const other = g.answer === en.answer_myth ? en.answer_fact : en.answer_myth;
    await expect(item.locator('.jap-correct')).toHaveText(fill(en.right_answer, { answer: g.right ? g.answer : other }));
    await expect(item.locator('.jap-result-mark')).toHaveText(g.right ? en.mark_right : en.mark_wrong);
  }
  const why = items.first().locator('details');
  await expect(why.locator('blockquote')).toBeHidden();
  await why.locator('summary').click();
  await expect(why.locator('blockquote')).toBeVisible();
  await page.screenshot({ path: 'target/screenshots/quiz-results.png', fullPage: true });

  await quiz.button(en.try_again).click();
  await quiz.screen('question');
  await expect(quiz.progress).toHaveText(fill(en.progress, { current: 1, total: ROUND }));
});

test('a full run by keyboard alone, with focus always where the next step is', async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.open();
  expect(await tabTo(page, en.start_button), 'Start is reachable by Tab').toBe(true);
  await page.keyboard.press('Enter');

  for (let i = 1; i <= ROUND; i++) {
    await quiz.screen('question');
    await expect(quiz.statement).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await quiz.focusedText()).toBe(en.answer_myth);
    if (i % 2 === 0) {
      await page.keyboard.press('Tab');
      expect(await quiz.focusedText()).toBe(en.answer_fact);
    }
    await page.keyboard.press(i % 3 === 0 ? 'Space' : 'Enter');
    await quiz.screen('feedback');
    await expect(page.locator('.jap-explanation')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await quiz.focusedText()).toBe(sourceLink(en));
    // Every statement uses a word whose meaning it lists (kratom, at least).
    await page.keyboard.press('Tab');
    expect(await quiz.focusedText()).toBe(en.terms_title);
    // The first statement's feedback is followed by the main message and its words' meanings.
    if (i === 1) {
      await page.keyboard.press('Tab');
      expect(await quiz.focusedText()).toBe(en.terms_title);
    }
    await page.keyboard.press('Tab');
    expect(await quiz.focusedText()).toBe(i === ROUND ? en.results_button : en.next_button);
    await page.keyboard.press('Enter');
  }

  await quiz.screen('results');
  await expect(page.getByRole('heading', { name: en.results_title })).toBeFocused();
  // First the meanings of the hard words of the main message and the points to remember, then
  // the same how-sure question as before the quiz (a radio group: one Tab in, one out).
  await page.keyboard.press('Tab');
  expect(await quiz.focusedText()).toBe(en.terms_title);
  await page.keyboard.press('Tab');
  await expect(page.locator('.jap-sure[data-moment="after"]').getByRole('radio', { name: en.sure_1, exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await quiz.focusedText()).toBe(en.details_summary);
  await page.keyboard.press('Enter');
  await expect(page.locator('.jap-result details').first()).toHaveAttribute('open', '');

  expect(await tabTo(page, en.try_again), 'Try again is reachable by Tab').toBe(true);
  await page.keyboard.press('Enter');
  await quiz.screen('question');
  await expect(quiz.statement).toBeFocused();
});

test('the helpline is one tap away on every screen', async ({ page }) => {
  const quiz = new QuizPage(page);
  const call = page.getByRole('link', { name: en.helpline_phone });
  await quiz.open();
  await expect(call).toBeVisible();
  await expect(call).toHaveAttribute('href', `tel:${en.helpline_tel}`);
  await quiz.button(en.start_button).click();
  await expect(call).toBeVisible();
  await quiz.button(en.answer_myth).click();
  await expect(call).toBeVisible();
  await expect(page.getByRole('link', { name: en.helpline_tty })).toHaveAttribute('href', `tel:${en.helpline_tty_tel}`);
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no WCAG 2.2 AA violation on any screen (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const quiz = new QuizPage(page);
    await quiz.open();
    await expectNoAxeViolations(page, 'the intro');
    await quiz.button(en.start_button).click();
    await quiz.screen('question');
    await expectNoAxeViolations(page, 'a question');
    await quiz.button(en.answer_fact).click();
    await quiz.screen('feedback');
    await expectNoAxeViolations(page, 'a wrong-answer feedback');
    for (let i = 1; i < ROUND; i++) {
      await quiz.button(oneOf(en.next_button, en.results_button)).click();
      await quiz.button(en.answer_myth).click();
    }
    await expect(page.locator('.jap-feedback')).toBeVisible();
    await quiz.button(en.results_button).click();
    await quiz.screen('results');
    await page.locator('.jap-result summary').first().click();
    await expectNoAxeViolations(page, 'the results');
  });
}

test('at 320 px wide nothing scrolls sideways and every target is at least 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const quiz = new QuizPage(page);
  await quiz.open();
  const noSidewaysScroll = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const bigEnough = async (locator) => {
    for (const box of await locator.filter({ visible: true }).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  };
  await noSidewaysScroll();
  await bigEnough(page.locator('.jap-button, .jap-help-call, .jap summary'));
  await quiz.button(en.start_button).click();
  await noSidewaysScroll();
  await bigEnough(page.locator('.jap-button'));
  await quiz.button(en.answer_myth).click();
  await noSidewaysScroll();
  await bigEnough(page.locator('.jap-button'));
});

test('motion only plays for people who have not asked for less', async ({ page }) => {
  const animation = () => page.locator('.jap-screen').evaluate((el) => getComputedStyle(el).animationName);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const quiz = new QuizPage(page);
  await quiz.open();
  expect(await animation()).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await animation()).toBe('jap-appear');
});

test('the page loads everything from its own origin and nothing else', async ({ page, baseURL }) => {
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  const quiz = new QuizPage(page);
  await quiz.open();
  await quiz.button(en.start_button).click();
  await quiz.button(en.answer_myth).click();
  await quiz.screen('feedback');
  expect(requested.some((url) => url.endsWith('.wasm')), 'the wasm came from here').toBe(true);
  for (const url of requested) expect(new URL(url).origin).toBe(new URL(baseURL).origin);
});

test('every round opens with "just a plant" and asks the item that protects treatment', async ({ page }) => {
  const quiz = new QuizPage(page);
  /// Answers a whole round and returns the statements' ids in the order they were asked.
  const playRound = async () => {
    for (let i = 1; i <= ROUND; i++) {
      await quiz.button(en.answer_myth).click();
      await quiz.button(i === ROUND ? en.results_button : en.next_button).click();
    }
    await quiz.screen('results');
    return page.locator('.jap-result').evaluateAll((items) => items.map((item) => item.dataset.id));
  };
  // Seed 4,000,000,000 draws a round that would leave the item out without the rule.
  for (const seed of [0, 42, 4_000_000_000, 123_456_789]) {
    await page.goto(`/#quiz/1/${seed.toString(36)}`);
    await quiz.button(en.start_button).click();
    const asked = await playRound();
    expect(asked, `seed ${seed}`).toHaveLength(ROUND);
    expect(asked[0], `seed ${seed}`).toBe(content.round.opening);
    for (const id of content.round.always) expect(asked, `seed ${seed}`).toContain(id);
    // The next round, reshuffled by "Try again", keeps both.
    await quiz.button(en.try_again).click();
    const again = await playRound();
    expect(again[0]).toBe(content.round.opening);
    for (const id of content.round.always) expect(again).toContain(id);
    expect(again).not.toEqual(asked);
  }
});
