// Words that pass the CDC Clear Communication Index, end to end in Chromium, in both languages,
// on a phone and a desktop: the main message and its call to action, set apart in a box and
// fully in view without scrolling on the first screen (the static one too), at the top of the
// results and on the printout, and on the quiz's first screen right after the question of how
// sure a person is; on a single statement opened from a link, and in a round on the first
// statement (which gives it away), only after the feedback, which leads with its fact.
// Every statement's feedback and every step says how sure it is, in its own line; every hard
// word a screen uses has its meaning a key press away; and axe-core finds nothing on any of it.
import { test, expect, expectNoAxeViolations, settled, tabTo, ui, steps, statements, content, pages, oneOf, pdfPages } from './fixtures.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const VIEWPORTS = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
];

/// The seed (base 36, as links write it) of the round with the longest printout: it leaves out
/// the four statements with the shortest facts in Spanish, so it asks the one with a share (36%).
const LONGEST_ROUND = 'pz';

/// The widget's main-message box.
const mainBox = (root) => root.locator('.jap-main');

/// The address of the widget's page in the language coded `code`, with `fragment` (its own
/// language named in it, as the widget's links write it).
const address = (code, fragment = '') => {
  const { path } = pages.find((page) => page.locale.code === code);
  return fragment ? `${path}#${code}/${fragment}` : path;
};

/// Expects the main box in `root` to hold the main message and its call to action, to be set
/// apart (a named region with a border of its own and the message in bold), and to be wholly
/// inside the window as it is, with nothing scrolled.
async function expectMainMessageInView(page, root, words, where) {
  const box = mainBox(root);
  await expect(box, where).toBeVisible();
  await expect(box.locator('.jap-main-message'), where).toHaveText(words.main_message);
  // The call to action as a list: what to do, why, and the worry that may hold a person back.
  await expect(box.locator('.jap-main-action').getByRole('listitem'), where).toHaveText([
    words.action_talk,
    words.action_why,
    words.action_worry,
  ]);
  await expect(root.getByRole('region', { name: words.main_label, exact: true }), where).toHaveCount(1);
  // The picture, named for screen readers, labels its keys in words anyone can see.
  const picture = box.getByRole('img', { name: words.main_picture, exact: true });
  await expect(picture, where).toBeVisible();
  await expect(picture.locator('.jap-main-label'), where).toHaveText([words.main_picture_opioid, words.main_picture_kratom]);
  const looks = await box.evaluate((element) => {
    const style = getComputedStyle(element);
    const message = getComputedStyle(element.querySelector('.jap-main-message'));
    return { border: parseFloat(style.borderTopWidth), weight: Number(message.fontWeight) };
  });
  expect(looks.border, `${where}: a box`).toBeGreaterThanOrEqual(2);
  expect(looks.weight, `${where}: the message in bold`).toBeGreaterThanOrEqual(700);
  const { top, bottom } = await box.evaluate((element) => element.getBoundingClientRect().toJSON());
  const height = page.viewportSize().height;
  expect(top, `${where}: its top in view`).toBeGreaterThanOrEqual(0);
  expect(bottom, `${where}: its bottom in view, without scrolling`).toBeLessThanOrEqual(height);
}

/// The line that says how sure a finding resting on `basis` is, as the widget writes it.
const basisLine = (words, basis) => `${words.basis_title} ${words[basis]}`;

/// Expects each statement of the results in `results` whose fact holds a share to show its why
/// under the fact, outside the closed "Why?" (that is where the number's meaning is), and no
/// other statement to; the round asked must hold one.
async function expectSharesExplained(results, code, where) {
  const asked = await results.locator('.jap-result').evaluateAll((items) => items.map((item) => item.dataset.id));
  const sharing = statements[code].filter((statement) => asked.includes(statement.id) && statement.fact.includes('%'));
  expect(sharing.length, `${where}: the round asks a statement with a share`).toBeGreaterThan(0);
  await expect(results.locator('.jap-result-why'), where).toHaveCount(sharing.length);
  for (const statement of sharing) {
    const why = results.locator(`.jap-result[data-id="${statement.id}"] > .jap-result-fact + .jap-result-why`);
    await expect(why, where).toBeVisible();
    await expect(why, where).toHaveText(statement.why);
  }
}

/// Answers a round from the quiz's first screen with Myth each time, up to the results.
async function finishRound(page, words) {
  await page.getByRole('button', { name: words.start_button, exact: true }).click();
  for (let i = 0; i < content.round.length; i++) {
    await page.getByRole('button', { name: words.answer_myth, exact: true }).click();
    await page.getByRole('button', { name: oneOf(words.next_button, words.results_button) }).click();
  }
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'results');
}

for (const { code } of content.locales) {
  const words = ui[code];
  for (const [device, viewport] of VIEWPORTS) {
    test(`${code}, ${device}: the first screen opens with the main message, in view without scrolling, before and after the widget starts`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // The page's static first screen, while the WebAssembly is held back.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(/_bg\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(address(code));
      const waiting = page.locator('#just-a-plant > .jap-fallback + .jap');
      await expect(waiting).toBeVisible();
      await expectMainMessageInView(page, waiting.locator('.jap-explainer'), words, 'the static first screen');
      release();
      const widget = page.locator('#just-a-plant > .jap:first-child');
      await expect(widget).toBeVisible();
      await expectMainMessageInView(page, widget.locator('.jap-explainer'), words, 'the first screen');
      // It is the first thing of the explainer, above its heading.
      const first = await page.locator('.jap-explainer > *').first().getAttribute('class');
      expect(first).toBe('jap-main');
      // A later step does not repeat it.
      await page.getByRole('button', { name: words.next_step_button, exact: true }).click();
      await expect(page.locator('.jap-step')).toHaveAttribute('data-step', steps[code][1].id);
      await expect(mainBox(page.locator('.jap-explainer'))).toHaveCount(0);
    });

    test(`${code}, ${device}: the results open with the main message in view and three points to remember, and the printout, one page, opens with both`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(address(code, `quiz/1/${LONGEST_ROUND}`));
      await finishRound(page, words);
      const results = page.locator('.jap-quiz .jap-screen');
      await expect(results.locator('.jap-title')).toBeFocused();
      await settled(page);
      await expectMainMessageInView(page, results, words, 'the results');
      // Right under the heading, then the points, above the score and the list of statements.
      const order = await results.evaluate((screen) =>
        [...screen.children].filter((child) => child.checkVisibility()).map((child) => child.className.split(' ')[0]),
      );
      expect(order.slice(0, 4)).toEqual(['jap-title', 'jap-main', 'jap-points', 'jap-score']);
      const points = results.locator('.jap-points');
      await expect(points.getByRole('heading', { name: words.remember_title, exact: true })).toBeVisible();
      await expect(points.getByRole('listitem')).toHaveText([words.remember_1, words.remember_2, words.remember_3]);
      await expect(points.locator('.jap-basis')).toHaveText(`${words.basis_title} ${words.remember_basis}`);
      await expectSharesExplained(results, code, 'on screen');
      // The list of the round's statements has a heading of its own, right above it.
      const factsHeading = results.getByRole('heading', { name: words.facts_title, exact: true });
      await expect(factsHeading).toBeVisible();
      expect(await factsHeading.evaluate((heading) => heading.nextElementSibling.nextElementSibling.classList.contains('jap-results'))).toBe(true);
      await expectNoAxeViolations(page, `the results with the main message (${code}, ${device})`);

      // On paper: the title, then the main message and the points, before what each step says
      // and the facts of the round.
      await page.emulateMedia({ media: 'print' });
      const top = (css) => page.locator(css).evaluate((element) => element.getBoundingClientRect().top);
      await expect(page.locator('.jap-print-title')).toBeVisible();
      await expect(mainBox(results)).toBeVisible();
      await expect(mainBox(results).getByRole('img', { name: words.main_picture, exact: true })).toBeVisible();
      await expect(points).toBeVisible();
      await expect(points.locator('.jap-basis')).toBeVisible();
      await expectSharesExplained(results, code, 'on paper');
      const [title, box, listed, keyFacts, facts] = await Promise.all(
        ['.jap-print-title', '.jap-quiz .jap-main', '.jap-points', '.jap-key-facts', '.jap-results'].map(top),
      );
      expect(title).toBeLessThan(box);
      expect(box).toBeLessThan(listed);
      expect(listed).toBeLessThan(keyFacts);
      expect(keyFacts).toBeLessThan(facts);
      // One page, Letter and A4, even for the round with the longest facts.
      expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
      // The whole box sits on the first page: above a Letter page's printable height (11 in less
      // the page's two 1 cm margins, at 96 px an inch), counted from the top of the document.
      const boxBottom = await mainBox(results).evaluate((element) => element.getBoundingClientRect().bottom + scrollY);
      expect(boxBottom).toBeLessThan((11 - 2 / 2.54) * 96);
    });
  }

  test(`${code}: the quiz's first screen asks how sure a person is first, then shows the main message`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(address(code, 'quiz'));
    const intro = page.locator('.jap-quiz .jap-screen');
    await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'intro');
    // The intro's words come with the words file: the screen is whole once its Start is there.
    await expect(page.getByRole('button', { name: words.start_button, exact: true })).toBeVisible();
    await expect(mainBox(intro).locator('.jap-main-message')).toHaveText(words.main_message);
    const order = await intro.evaluate((screen) => [...screen.children].map((child) => child.className.split(' ')[0]));
    expect(order.indexOf('jap-main')).toBe(order.indexOf('jap-sure') + 1);
    await expectNoAxeViolations(page, `the quiz's first screen (${code})`);
  });

  test(`${code}: a statement opened from a link is not spoiled by the main message: its feedback leads with the fact, the main message after it; in a round, only after the first`, async ({ page }) => {
    const statement = statements[code].find((s) => s.id === 'just-a-plant');
    await page.goto(address(code, 's/1/just-a-plant'));
    await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'question');
    await expect(page.locator('.jap-quiz .jap-main')).toHaveCount(0);
    await page.getByRole('button', { name: words.answer_fact, exact: true }).click();
    const explanation = page.locator('.jap-explanation');
    await expect(explanation.locator('> *').first()).toHaveText(statement.fact);
    const box = page.locator('.jap-quiz .jap-main');
    await expect(box.locator('.jap-main-message')).toHaveText(words.main_message);
    const [feedbackBottom, boxTop] = await Promise.all([
      page.locator('.jap-feedback').evaluate((element) => element.getBoundingClientRect().bottom),
      box.evaluate((element) => element.getBoundingClientRect().top),
    ]);
    expect(boxTop).toBeGreaterThanOrEqual(feedbackBottom);
    // Within a round, it follows the first statement's feedback, which has just given it
    // away ("just a plant"), and no other's.
    await page.goto('about:blank');
    await page.goto(address(code, 'quiz'));
    await page.getByRole('button', { name: words.start_button, exact: true }).click();
    await page.getByRole('button', { name: words.answer_fact, exact: true }).click();
    await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'feedback');
    await expect(page.locator('.jap-explanation > *').first()).toHaveText(statement.fact);
    await expect(page.locator('.jap-quiz .jap-main .jap-main-message')).toHaveText(words.main_message);
    await page.locator('.jap-quiz .jap-primary').click();
    await page.getByRole('button', { name: words.answer_fact, exact: true }).click();
    await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'feedback');
    await expect(page.locator('.jap-quiz .jap-main')).toHaveCount(0);
  });

  test(`${code}: every statement's feedback says how sure it is, and lists the meaning of each hard word it uses, a key press away`, async ({ page }) => {
    for (const statement of statements[code]) {
      // A new address on the same page: the widget follows it once it reads it, so the answer
      // waits for this statement's question (the last one's feedback may still be there).
      await page.goto(address(code, `s/1/${statement.id}`));
      await expect(page.locator('.jap-quiz'), statement.id).toHaveAttribute('data-screen', 'question');
      await expect(page.locator('.jap-quiz .jap-statement'), statement.id).toHaveText(statement.statement);
      await page.getByRole('button', { name: words.answer_myth, exact: true }).click();
      const explanation = page.locator('.jap-explanation');
      // Tab goes on from the feedback once the focus is there (the main message's box after it
      // has a "What these words mean" too).
      await expect(explanation, statement.id).toBeFocused();
      await expect(explanation.locator('.jap-basis'), statement.id).toHaveText(basisLine(words, statement.basis));
      await expectMeaningsByKeyboard(page, explanation, statement.terms, words, statement.id);
    }
    await expectNoAxeViolations(page, `feedback with its line and meanings open (${code})`);
  });

  test(`${code}: every step says how sure it is, and lists the meaning of each hard word it uses, a key press away`, async ({ page }) => {
    for (const [index, step] of steps[code].entries()) {
      // A link to a step shows it revealed.
      await page.goto(address(code, `explainer/${index + 1}`));
      const shown = page.locator('.jap-step');
      await expect(shown).toHaveAttribute('data-step', step.id);
      await expect(shown.locator('.jap-basis'), step.id).toHaveText(basisLine(words, step.basis));
      await expectMeaningsByKeyboard(page, shown, step.terms, words, step.id);
    }
    await expectNoAxeViolations(page, `a step with its line and meanings open (${code})`);
  });

  test(`${code}: the note on every screen and the help card say why to talk with a clinician first`, async ({ page }) => {
    for (const fragment of ['explainer/1', 'quiz', 's/1/just-a-plant']) {
      await page.goto(address(code, fragment));
      await expect(page.locator('.jap-help .jap-note'), fragment).toHaveText(words.not_medical_advice);
    }
  });
}

/// Expects the "What these words mean" of `root` to list `terms` (word and meaning, in order),
/// closed at first, opened from the keyboard (Tab to it, Enter), each word marked as the term
/// it defines; none where `terms` is empty.
async function expectMeaningsByKeyboard(page, root, terms, words, where) {
  const glossary = root.locator('.jap-terms');
  if (terms.length === 0) {
    await expect(glossary, where).toHaveCount(0);
    return;
  }
  await expect(glossary, where).not.toHaveAttribute('open');
  expect(await tabTo(page, words.terms_title, 80), `${where}: Tab reaches "${words.terms_title}"`).toBe(true);
  await expect(glossary.locator('summary'), `${where}: the list's own "${words.terms_title}"`).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(glossary, where).toHaveAttribute('open');
  await expect(glossary.locator('dt'), where).toHaveText(terms.map((term) => term.word));
  await expect(glossary.getByRole('definition'), where).toHaveText(terms.map((term) => term.meaning));
  await expect(glossary.locator('dt dfn'), where).toHaveCount(terms.length);
}
