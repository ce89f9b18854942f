// Languages end to end: the whole quiz and explainer in Spanish with no axe-core violation, a
// browser that prefers es-MX getting Spanish, switching mid-quiz and mid-story keeping the
// place, share links opening in the sender's language unless the host says otherwise, and a
// right-to-left pseudo-locale (the English words laid out right to left) that neither
// overflows nor mirrors the diagram. Expected words come from the content itself, as the build
// exports it.
import { readFileSync } from 'node:fs';
import { test as plain } from '@playwright/test';
import { test, expect, expectNoAxeViolations, recordShares, tabTo, content, ui, statements, steps, fill } from './fixtures.js';

const ROUND = content.round.length;
/// The language switch's buttons, each named in its own language.
const ENGLISH = ui.en.language_name;
const SPANISH = ui.es.language_name;
/// The id of the statement whose words in `locale` are `text`.
const statementId = (locale, text) => statements[locale].find((s) => s.statement === text)?.id;

test.describe('a browser that prefers Mexican Spanish', () => {
  test.use({ locale: 'es-MX' });

  test('gets the widget in Spanish, with lang="es" and Español pressed', async ({ page }) => {
    expect(await page.evaluate(() => navigator.languages[0])).toBe('es-MX');
    await page.goto('/');
    const root = page.locator('.jap');
    await expect(root).toHaveAttribute('lang', 'es');
    await expect(root).toHaveAttribute('dir', 'ltr');
    await expect(root).toHaveAttribute('aria-label', ui.es.widget_label);
    await expect(page.locator('.jap-step-title')).toHaveText(steps.es[0].title);
    const spanish = page.getByRole('button', { name: SPANISH });
    await expect(spanish).toHaveAttribute('aria-pressed', 'true');
    await expect(spanish).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('group', { name: ui.es.language_label })).toBeVisible();
  });
});

/// Holds every request for the words files matching `files` (by default Spanish's) until
/// `release` is called.
async function holdWords(page, files = '**/words-es.txt') {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(files, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the other language, and English\'s quiz, come after the widget has started, for every visitor, and a switch or the quiz then asks nothing more', async ({ page }) => {
  const requests = [];
  let wasmArrived = Infinity;
  page.on('request', (request) => requests.push({ url: request.url(), started: Date.now() }));
  page.on('requestfinished', (request) => request.url().endsWith('.wasm') && (wasmArrived = Date.now()));
  await page.goto('/');
  await expect(page.locator('.jap-step-title')).toHaveText(steps.en[0].title);
  for (const file of ['/words-es.txt', '/words-en.txt']) {
    await expect.poll(() => requests.filter(({ url }) => url.endsWith(file)).length, file).toBe(1);
    const words = requests.find(({ url }) => url.endsWith(file));
    expect(words.started, `${file} asked for only once the WebAssembly had arrived, never competing with it`).toBeGreaterThanOrEqual(wasmArrived);
  }
  const before = requests.length;
  await page.locator('.jap-section-link', { hasText: ui.en.section_quiz }).click();
  await page.getByRole('button', { name: ui.en.start_button }).click();
  await expect(page.locator('.jap-statement')).toHaveText(statements.en[0].statement);
  await page.getByRole('button', { name: SPANISH }).click();
  await expect(page.locator('.jap-statement')).toHaveText(statements.es[0].statement);
  expect(requests.slice(before).map(({ url }) => url), 'the quiz and switching ask the server nothing').toEqual([]);
});

test.describe('with the words held or refused on their way (no service worker to answer instead)', () => {
  test.use({ serviceWorkers: 'block' });

  test('switching before the words arrive waits visibly, says so, and keeps the place', async ({ page }) => {
    const release = await holdWords(page);
    await page.goto('/#explainer/3');
    await expect(page.locator('.jap-step-title')).toHaveText(steps.en[2].title);
    const spanish = page.getByRole('button', { name: SPANISH });
    await spanish.click();
    await expect(spanish).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('status').filter({ hasText: ui.en.language_waiting })).toBeVisible();
    await expect(page.locator('.jap-step-title')).toHaveText(steps.en[2].title);
    release();
    await expect(page.locator('.jap-step-title')).toHaveText(steps.es[2].title);
    await expect(spanish).toHaveAttribute('aria-pressed', 'true');
    await expect(spanish).not.toHaveAttribute('aria-busy', /.*/);
    await expect(page.locator('.jap-language-status')).toHaveText('');
    await expect(page).toHaveURL(/#es\/explainer\/3$/);
  });

  test('a link in Spanish opened before the words arrive opens in Spanish when they do, at its place', async ({ page }) => {
    const release = await holdWords(page);
    await page.goto('/#es/explainer/2');
    await expect(page.getByRole('button', { name: SPANISH })).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
    await expect(page.locator('.jap-step-title')).toHaveText(steps.es[1].title);
  });

  test('a Spanish link followed once the widget is open, before the words arrive, opens in Spanish when they do', async ({ page }) => {
    const release = await holdWords(page);
    await page.goto('/#explainer/2');
    await expect(page.locator('.jap-step-title')).toHaveText(steps.en[1].title);
    await page.evaluate(() => (location.hash = '#es/explainer/3'));
    await expect(page.getByRole('button', { name: SPANISH })).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('.jap-step-title')).toHaveText(steps.en[2].title);
    release();
    await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
    await expect(page.locator('.jap-step-title')).toHaveText(steps.es[2].title);
    await expect(page).toHaveURL(/#es\/explainer\/3$/);
  });

  // The browser logs each refused request as an error, so this test keeps its own account:
  // the only failures are the words file's, and nothing else goes wrong in the page.
  plain('when the words cannot be had, the switch says so, stays in English at the same place, and can try again', async ({ page }) => {
    const failed = [];
    const errors = [];
    page.on('requestfailed', (request) => failed.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && !/^Failed to load resource/.test(message.text()) && errors.push(message.text()));
    let refuse = true;
    await page.route('**/words-es.txt', (route) => (refuse ? route.abort() : route.continue()));
    await page.goto('/#explainer/4');
    const spanish = page.getByRole('button', { name: SPANISH });
    await spanish.click();
    await expect(page.locator('.jap-language-status')).toHaveText(ui.en.language_unavailable);
    await expect(spanish).not.toHaveAttribute('aria-busy', /.*/);
    await expect(spanish).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.jap-step-title')).toHaveText(steps.en[3].title);
    await expectNoAxeViolations(page);
    refuse = false;
    await spanish.click();
    await expect(page.locator('.jap-step-title')).toHaveText(steps.es[3].title);
    await expect(page.locator('.jap-language-status')).toHaveText('');
    expect(new Set(failed)).toEqual(new Set(['/words-es.txt']));
    expect(errors).toEqual([]);
  });

  test('a later step\'s link opened before English\'s words arrive says they are on their way, then shows the step and its picture', async ({ page }) => {
    const release = await holdWords(page, '**/words-en.txt');
    await page.goto('/#explainer/6');
    const waiting = page.locator('.jap-explainer .jap-awaited');
    await expect(waiting).toHaveText(ui.en.part_waiting);
    await expect(waiting).toHaveAttribute('role', 'status');
    await expect(page.locator('.jap-step-title, .jap-scene')).toHaveCount(0);
    await expect(page.locator('.jap-explainer .jap-progress-text'), 'the place is kept').toHaveText(
      fill(ui.en.step_progress, { current: 6, total: steps.en.length }),
    );
    await expectNoAxeViolations(page, 'a step waiting for its words');
    release();
    await expect(page.locator('.jap-step-title')).toHaveText(steps.en[5].title);
    await expect(page.locator('.jap-reveal')).toContainText(steps.en[5].body.split('. ')[0]);
    await expect(page.locator('.jap-scene[data-scene] svg')).toBeVisible();
    await expect(waiting).toHaveCount(0);
  });

  test('a statement\'s link opened before the quiz\'s words arrive says they are on their way, then shows the statement, focused', async ({ page }) => {
    const release = await holdWords(page, '**/words-en.txt');
    const statement = statements.en[3];
    await page.goto(`/#s/1/${statement.id}`);
    const waiting = page.locator('.jap-awaited');
    await expect(waiting).toHaveText(ui.en.part_waiting);
    await expect(waiting).toHaveAttribute('role', 'status');
    await expect(page.locator('.jap-statement')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the quiz waiting for its words');
    release();
    await expect(page.locator('.jap-statement')).toHaveText(statement.statement);
    await expect(page.locator('.jap-statement')).toBeFocused();
    await expect(waiting).toHaveCount(0);
  });

  // As above, the refused requests are logged as errors: the test keeps its own account.
  plain('when English\'s later words cannot be had, a later step and the quiz say so, the first step works, and a press loads them once they can be had', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let refuse = true;
    await page.route('**/words-*.txt', (route) => (refuse ? route.abort() : route.continue()));
    await page.goto('/#explainer/3');
    const step = page.locator('.jap-explainer .jap-awaited');
    await expect(step.locator('p')).toHaveText(ui.en.part_unavailable);
    await expect(step.getByRole('button', { name: ui.en.part_load_again })).toBeVisible();
    await page.locator('.jap-steps summary').click();
    await page.locator('.jap-steps a').first().click();
    await expect(page.locator('.jap-step-title')).toHaveText(steps.en[0].title);
    await page.locator('.jap-section-link', { hasText: ui.en.section_quiz }).click();
    await expect(page.getByRole('button', { name: ui.en.start_button })).toHaveCount(0);
    const awaited = page.locator('.jap-quiz .jap-awaited');
    await expect(awaited.locator('p')).toHaveText(ui.en.part_unavailable);
    await expect(page.locator('.jap-language-status'), 'the language switch has nothing to say: English is spoken').toHaveText('');
    await expectNoAxeViolations(page);
    const again = page.getByRole('button', { name: ui.en.part_load_again });
    await again.click();
    await expect(awaited.locator('p')).toHaveText(ui.en.part_unavailable);
    refuse = false;
    await again.click();
    await page.getByRole('button', { name: ui.en.start_button }).click();
    await expect(page.locator('.jap-statement')).toHaveText(statements.en[0].statement);
    await expect(page.locator('.jap-language-status')).toHaveText('');
    await page.locator('.jap-section-link', { hasText: ui.en.section_explainer }).click();
    await expect(page.locator('.jap-step-title')).toHaveText(steps.en[0].title);
    await page.getByRole('button', { name: ui.en.next_step_button }).click();
    await expect(page.locator('.jap-step-title')).toHaveText(steps.en[1].title);
    expect(errors).toEqual([]);
  });

  test('a words file that is not one is refused with a warning, and the widget goes on in English', async ({ page }) => {
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.route('**/words-es.txt', (route) => route.fulfill({ body: 'es\u001etoo few words', contentType: 'text/plain' }));
    await page.goto('/#explainer/2');
    await page.getByRole('button', { name: SPANISH }).click();
    await expect(page.locator('.jap-language-status')).toHaveText(ui.en.language_unavailable);
    await expect(page.locator('.jap-step-title')).toHaveText(steps.en[1].title);
    expect(warnings.join("\n")).toMatch(/no words could be read from \S*words-es\.txt/);
  });
});

test('the Spanish page carries its own words: it asks for no Spanish words file and speaks Spanish from the start', async ({ page }) => {
  const asked = [];
  page.on('request', (request) => request.url().includes('/words-') && asked.push(new URL(request.url()).pathname));
  await page.goto('/es/');
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.jap-step-title')).toHaveText(steps.es[0].title);
  await page.getByRole('button', { name: ENGLISH }).click();
  await expect(page.locator('.jap-step-title')).toHaveText(steps.en[0].title);
  // Only English's quiz, which the widget does not hold, after the start, as on every page.
  expect(asked).toEqual(['/words-en.txt']);
});

test('the whole quiz in Spanish, accessible on every screen', async ({ page }) => {
  await page.goto('/#es/quiz');
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
  await expectNoAxeViolations(page, 'the Spanish intro');
  await page.getByRole('button', { name: ui.es.start_button }).click();
  let right = 0;
  for (let i = 1; i <= ROUND; i++) {
    await expect(page.locator('.jap-quiz .jap-progress-text')).toHaveText(fill(ui.es.progress, { current: i, total: ROUND }));
    const text = (await page.locator('.jap-statement').textContent()).trim();
    const id = statementId('es', text);
    expect(id, `"${text}" is a Spanish statement`).toBeTruthy();
    if (i === 1) await expectNoAxeViolations(page, 'a Spanish statement');
    await page.getByRole('button', { name: ui.es.answer_myth, exact: true }).click();
    const explanation = page.locator('.jap-explanation');
    const words = statements.es.find((s) => s.id === id);
    // The feedback leads with the fact, in Spanish, and says why.
    await expect(explanation.locator('.jap-fact')).toHaveText(words.fact);
    await expect(explanation).toContainText(words.why);
    // The source stays in the article's English, and says so.
    await expect(explanation.locator('blockquote')).toHaveAttribute('lang', 'en');
    await expect(explanation.locator('figcaption')).toHaveText(`${ui.es.source_label} ${ui.es.source_open}`);
    if (i === 1) await expectNoAxeViolations(page, 'Spanish feedback');
    if ((await page.locator('.jap-feedback').getAttribute('data-outcome')) === 'right') right += 1;
    await page.getByRole('button', { name: i === ROUND ? ui.es.results_button : ui.es.next_button }).click();
  }
  await expect(page.locator('.jap-score')).toHaveText(fill(ui.es.score, { score: right, total: ROUND }));
  await expect(page.locator('.jap-result')).toHaveCount(ROUND);
  await expect(page.locator('.jap-given').first()).toHaveText(fill(ui.es.your_answer, { answer: ui.es.answer_myth }));
  await expectNoAxeViolations(page, 'the Spanish results');
});

test('the whole explainer in Spanish, accessible, with the pictures labelled in Spanish', async ({ page }) => {
  await page.goto('/#es/explainer/1');
  await expect(page.locator('.jap-step-figure foreignObject p').first()).toBeVisible();
  await expect(page.locator('.jap-step-figure')).toContainText(ui.es.label_kratom_keys);
  await expect(page.locator('.jap-step-caption')).toContainText(ui.es.scene_lock);
  for (const [index, step] of steps.es.entries()) {
    await expect(page.locator('.jap-step-title')).toHaveText(step.title);
    // A step that asks first is asked in Spanish, and shown with one press.
    if (index > 0 && step.prediction) {
      await expect(page.locator('.jap-predict legend')).toHaveText(step.prediction.question);
      await page.getByRole('button', { name: ui.es.predict_skip, exact: true }).click();
    }
    await expect(page.locator('.jap-reveal > p').first()).toHaveText(step.body);
    await expect(page.locator('.jap-step-caption')).toContainText(step.title);
    if (index === 0 || index === 3) await expectNoAxeViolations(page, `Spanish step ${index + 1}`);
    if (index + 1 < steps.es.length) await page.getByRole('button', { name: ui.es.next_step_button }).click();
  }
  await expect(page).toHaveURL(new RegExp(`#es/explainer/${steps.es.length}$`));
});

test('switching language mid-quiz, by keyboard, keeps the statement, the answers and the score', async ({ page }) => {
  await page.goto('/#quiz');
  await page.getByRole('button', { name: ui.en.start_button }).click();
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: ui.en.answer_fact, exact: true }).click();
    await page.getByRole('button', { name: ui.en.next_button }).click();
  }
  const english = (await page.locator('.jap-statement').textContent()).trim();
  const id = statementId('en', english);
  await expect(page.locator('.jap-quiz .jap-progress-text')).toHaveText(fill(ui.en.progress, { current: 4, total: ROUND }));

  expect(await tabTo(page, SPANISH)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.jap-statement')).toHaveText(statements.es.find((s) => s.id === id).statement);
  await expect(page.locator('.jap-quiz .jap-progress-text')).toHaveText(fill(ui.es.progress, { current: 4, total: ROUND }));
  await expect(page.getByRole('button', { name: SPANISH })).toBeFocused();
  await expect(page.getByRole('button', { name: SPANISH })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/#es\/quiz$/);

  // Answer on in Spanish, then back to English: still the same round, one statement further.
  await page.getByRole('button', { name: ui.es.answer_fact, exact: true }).click();
  await page.getByRole('button', { name: ENGLISH }).click();
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.jap-statement')).toHaveText(english);
  await expect(page.locator('.jap-verdict')).toBeVisible();
  await page.getByRole('button', { name: ui.en.next_button }).click();
  await expect(page.locator('.jap-quiz .jap-progress-text')).toHaveText(fill(ui.en.progress, { current: 5, total: ROUND }));
});

test('switching language mid-story keeps the step, and back and forward keep the language', async ({ page }) => {
  await page.goto('/#explainer/3');
  await page.getByRole('button', { name: SPANISH }).click();
  await expect(page.locator('.jap-step-title')).toHaveText(steps.es[2].title);
  await expect(page).toHaveURL(/#es\/explainer\/3$/);
  await page.getByRole('button', { name: ui.es.next_step_button }).click();
  await expect(page.locator('.jap-step-title')).toHaveText(steps.es[3].title);
  await page.goBack();
  await expect(page.locator('.jap-step-title')).toHaveText(steps.es[2].title);
  await page.reload();
  await expect(page.locator('.jap-step-title')).toHaveText(steps.es[2].title);
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
});

test("a shared link opens in the sender's language, even for a browser preferring another", async ({ page, browser }) => {
  await recordShares(page);
  await page.goto('/#es/quiz');
  await page.getByRole('button', { name: ui.es.start_button }).click();
  await page.getByRole('button', { name: ui.es.answer_myth, exact: true }).click();
  await page.getByRole('button', { name: ui.es.share_statement }).click();
  const shared = await page.evaluate(() => window.shared);
  expect(shared.text.startsWith(fill(ui.es.share_text_statement, { statement: '' }))).toBe(true);
  const fragment = new URL(shared.url).hash;
  expect(fragment).toMatch(/^#es\/s\/1\/[a-z0-9-]+$/);

  const receiver = await browser.newPage({ locale: 'en-US' });
  await receiver.goto(`${new URL(page.url()).origin}/${fragment}`);
  await expect(receiver.locator('.jap')).toHaveAttribute('lang', 'es');
  const id = fragment.split('/').pop();
  await expect(receiver.locator('.jap-statement')).toHaveText(statements.es.find((s) => s.id === id).statement);
  await receiver.close();
});

test("the host's chosen language wins over a link's", async ({ page }) => {
  const html = readFileSync('dist/index.html', 'utf8').replace(/id="?just-a-plant"?/, 'id="just-a-plant" data-locale="en"');
  expect(html).toContain('data-locale="en"');
  await page.route(/\/(index\.html)?$/, (route) =>
    route.fulfill({ contentType: 'text/html', body: html, headers: { 'content-security-policy': readFileSync('dist/csp.txt', 'utf8').trim() } }),
  );
  await page.goto('/#es/explainer/2');
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.jap-step-title')).toHaveText(steps.en[1].title);
});

/// Elements inside the widget that stick out of it sideways.
const overflowing = (page) =>
  page.locator('.jap').evaluate((root) => {
    const box = root.getBoundingClientRect();
    return [...root.querySelectorAll('*')]
      .filter((el) => !el.closest('.jap-sr-only, [hidden], details:not([open]) > :not(summary)'))
      .map((el) => [el, el.getBoundingClientRect()])
      .filter(([, r]) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
      .map(([el]) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
  });

test('at 320 px the longer Spanish words fit: nothing sticks out of the widget', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto('/#es/explainer/4');
  await expect(page.locator('.jap-step-title')).toHaveText(steps.es[3].title);
  expect(await overflowing(page)).toEqual([]);
  await page.goto('/#es/quiz');
  await page.getByRole('button', { name: ui.es.start_button }).click();
  await page.getByRole('button', { name: ui.es.answer_fact, exact: true }).click();
  expect(await overflowing(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
});

test.describe('a right-to-left pseudo-locale', () => {
  /// Lays the English widget out right to left, as an Arabic or Hebrew locale would be.
  async function rightToLeft(page) {
    await page.locator('.jap').evaluate((root) => root.setAttribute('dir', 'rtl'));
  }

  /// Where the picture's labels sit, relative to the drawing.
  const labels = (page) =>
    page.locator('.jap-step-figure svg').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('foreignObject p')].map((text) => {
        const r = text.getBoundingClientRect();
        return [Math.round(r.left - box.left), Math.round(r.top - box.top)];
      });
    });

  for (const width of [320, 1024]) {
    test(`at ${width} px nothing overflows, the controls read from the right, the diagram is not mirrored`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/#explainer/2');
      await expect(page.locator('.jap-step-figure foreignObject p').first()).toBeVisible();
      const before = await labels(page);
      await rightToLeft(page);
      expect(await overflowing(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      expect(await labels(page)).toEqual(before);

      const x = async (locator) => (await locator.boundingBox()).x;
      const back = page.getByRole('button', { name: ui.en.back_button });
      const next = page.getByRole('button', { name: ui.en.next_step_button });
      expect(await x(back)).toBeGreaterThan(await x(next));
      const sections = page.locator('.jap-section-link');
      expect(await x(sections.first())).toBeGreaterThan(await x(sections.last()));
      // The language switch sits at the row's end, the left, and reads from the right too.
      const english = page.getByRole('button', { name: ENGLISH });
      const spanish = page.getByRole('button', { name: SPANISH });
      expect(await x(english)).toBeGreaterThan(await x(spanish));
      expect(await x(spanish)).toBeLessThan(width / 2);
      // The feedback's accent bar moves to the reading side too.
      await page.goto('/#quiz');
      await rightToLeft(page);
      await page.getByRole('button', { name: ui.en.start_button }).click();
      await page.getByRole('button', { name: ui.en.answer_myth, exact: true }).click();
      const feedback = page.locator('.jap-feedback');
      expect(await feedback.evaluate((el) => getComputedStyle(el).borderRightWidth)).not.toBe('0px');
      expect(await overflowing(page)).toEqual([]);
    });
  }
});

test('remembered progress comes back in the language it was left in', async ({ page }) => {
  await page.goto('/#explainer/3');
  await page.getByLabel(ui.en.remember_label).check();
  await page.getByRole('button', { name: SPANISH }).click();
  await expect(page.getByLabel(ui.es.remember_label)).toBeChecked();
  await page.goto('/');
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.jap-step-title')).toHaveText(steps.es[2].title);
  await page.getByRole('button', { name: ui.es.forget_button }).click();
  await page.goto('/');
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'en');
});
