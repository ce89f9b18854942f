// Read aloud end to end in Chromium, with a fake speech engine in place of the browser's: the
// Listen button reads the sentences beside it that show on screen, in order, in the widget's
// language, marking the one being read (a highlight over its words); a second press, another
// step, another section, another language or a kiosk's reset stops it, leaving no mark and no
// handler behind; only a voice of the device itself (localService) may speak, so where none
// speaks the language there is no button; reduced motion keeps the speech and drops the mark's
// styling; a browser without the Highlight API reads with no mark. (The fixtures' `test` fails
// any test whose page asked another origin for anything, or reported an error.)
import { test, expect, expectNoAxeViolations, finishQuiz, openKiosk, ui, statements, steps, content } from './fixtures.js';

const { en, es } = ui;

/// Installed before the page's own scripts: a speech engine that speaks nothing and records
/// everything in `window.__speech`. `voices` are made real `SpeechSynthesisVoice`s as far as
/// `instanceof` can tell; with `late`, `getVoices()` is empty until `__speech.arrive()`, which
/// dispatches `voiceschanged`. The first queued utterance starts (its `onstart`, a moment later);
/// `__speech.finish()` ends it (`onend`) and starts the next. `cancel()`, as browsers do, reports
/// each utterance it drops to its `onerror`, where one is still set when the report comes.
function installFakeSpeech({ voices, late = false }) {
  const made = voices.map(({ name, lang, local }) => {
    const voice = Object.create(SpeechSynthesisVoice.prototype);
    Object.defineProperties(voice, {
      name: { value: name },
      lang: { value: lang },
      localService: { value: local },
      voiceURI: { value: `fake:${name}` },
      default: { value: false },
    });
    return voice;
  });

  class FakeUtterance {
    constructor(text = '') {
      this.text = String(text);
      this.voice = null;
      this.lang = '';
      this.rate = 1;
      this.pitch = 1;
      this.volume = 1;
      this.onstart = null;
      this.onend = null;
      this.onerror = null;
      this.onpause = null;
      this.onresume = null;
      this.onboundary = null;
      this.onmark = null;
    }
  }

  const record = {
    /// Every utterance spoken, in order: its words, language and voice's name.
    spoken: [],
    /// Every utterance object spoken, to look at their handlers afterwards.
    utterances: [],
    cancels: 0,
    /// The words of each utterance whose onerror a cancel reached (a handler left attached).
    errorsReported: [],
    getVoicesCalls: 0,
    voiceListeners: 0,
    queue: [],
    current: null,
  };
  let available = late ? [] : made;

  const startNext = () => {
    const utterance = record.queue.shift() ?? null;
    record.current = utterance;
    if (utterance) {
      queueMicrotask(() => {
        if (record.current === utterance && typeof utterance.onstart === 'function') {
          utterance.onstart({ type: 'start', utterance });
        }
      });
    }
  };

  class FakeSpeech extends EventTarget {
    getVoices() {
      record.getVoicesCalls += 1;
      return available.slice();
    }
    get speaking() {
      return record.current !== null;
    }
    get pending() {
      return record.queue.length > 0;
    }
    get paused() {
      return false;
    }
    addEventListener(type, ...rest) {
      if (type === 'voiceschanged') record.voiceListeners += 1;
      return super.addEventListener(type, ...rest);
    }
    removeEventListener(type, ...rest) {
      if (type === 'voiceschanged') record.voiceListeners -= 1;
      return super.removeEventListener(type, ...rest);
    }
    speak(utterance) {
      record.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      record.utterances.push(utterance);
      record.queue.push(utterance);
      if (!record.current) startNext();
    }
    cancel() {
      record.cancels += 1;
      const dropped = [record.current, ...record.queue].filter(Boolean);
      record.current = null;
      record.queue = [];
      queueMicrotask(() => {
        for (const utterance of dropped) {
          if (typeof utterance.onerror === 'function') {
            record.errorsReported.push(utterance.text);
            utterance.onerror({ type: 'error', error: 'canceled', utterance });
          }
        }
      });
    }
    pause() {}
    resume() {}
  }

  const engine = new FakeSpeech();
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: FakeUtterance });
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: engine });

  window.__speech = {
    record,
    /// What the tests look at, as plain data.
    state: () => ({
      spoken: record.spoken.map((entry) => ({ ...entry })),
      cancels: record.cancels,
      current: record.current?.text ?? null,
      queued: record.queue.length,
      errorsReported: [...record.errorsReported],
      getVoicesCalls: record.getVoicesCalls,
      voiceListeners: record.voiceListeners,
      /// How many utterances no longer queued still hold a handler of the widget's.
      handlersLeft: record.utterances.filter(
        (u) => u !== record.current && !record.queue.includes(u) && (u.onstart || u.onend || u.onerror),
      ).length,
    }),
    /// Ends the sentence being spoken and starts the next; false when none is being spoken.
    finish: () => {
      const utterance = record.current;
      if (!utterance) return false;
      record.current = null;
      if (typeof utterance.onend === 'function') utterance.onend({ type: 'end', utterance });
      startNext();
      return true;
    },
    /// What a late engine might still do: fire a start on every utterance it was given,
    /// whatever handler is still there.
    fireStale: () => {
      for (const utterance of record.utterances) {
        if (typeof utterance.onstart === 'function') utterance.onstart({ type: 'start', utterance });
      }
    },
    /// The voices come, as browsers announce them: the list, then `voiceschanged`.
    arrive: () => {
      available = made;
      engine.dispatchEvent(new Event('voiceschanged'));
    },
  };
}

const LOCAL_EN = { name: 'Fake English (this device)', lang: 'en-US', local: true };
const LOCAL_ES = { name: 'Fake español (this device)', lang: 'es-ES', local: true };
const NETWORK_EN = { name: 'Fake English (online)', lang: 'en-US', local: false };
const NETWORK_ES = { name: 'Fake español (online)', lang: 'es-ES', local: false };

async function withVoices(page, voices, late = false) {
  await page.addInitScript(installFakeSpeech, { voices, late });
}

const speech = (page) => page.evaluate(() => window.__speech.state());
const finishSentence = (page) => page.evaluate(() => window.__speech.finish());

const stepRegion = (page) => page.locator('.jap-explainer .jap-step');
const quizRegion = (page) => page.locator('.jap-quiz .jap-screen');
const listenIn = (region) => region.locator('.jap-listen');
/// The words each range of the highlight that marks the sentence being read covers, anywhere
/// on the page (none where the browser has no highlights).
const marked = (page) => page.evaluate(() => [...(window.CSS?.highlights?.get('jap-reading') ?? [])].map(String));
/// Likewise, the ranges inside `region`.
const markedIn = (region) =>
  region.evaluate((element) =>
    [...(CSS.highlights.get('jap-reading') ?? [])].filter((range) => element.contains(range.commonAncestorContainer)).map(String),
  );
/// The sentences of `blocks`' texts: each ends at a `.`, `?` or `!` followed by a space.
const sentencesOf = (blocks) => blocks.flatMap((text) => text.trim().split(/(?<=[.?!])\s+/));
/// The sentences of the blocks Listen reads in `region` that show on screen, in the page's order.
const visibleSentences = async (region) => sentencesOf(await region.locator('.jap-read:visible').allTextContents());

/// Expects `text`, in `region`, to be the one sentence marked on the page.
async function expectMarked(page, region, text) {
  await expect.poll(() => markedIn(region)).toEqual([text]);
  expect(await marked(page), 'the marks on the whole page').toEqual([text]);
  // Where the mark's style applies.
  await expect(region, 'the region is marked as being read').toHaveAttribute('data-reading', '');
}

/// Waits until the widget has looked at the voices (it lists them and listens for a change),
/// so that an absent button means "no voice", not "not there yet".
async function voicesConsulted(page) {
  await expect.poll(async () => {
    const { getVoicesCalls, voiceListeners } = await speech(page);
    return getVoicesCalls > 0 && voiceListeners > 0;
  }).toBe(true);
}

async function expectIdle(button, words = en) {
  await expect(button).toHaveText(words.listen_button);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
}

async function expectReading(button, words = en) {
  await expect(button).toHaveText(words.listen_stop);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/// Presses Listen in `region` and expects it to queue the region's sentences on screen, in
/// order, each in `lang` with `voice`; returns their texts.
async function pressListen(page, region, { words = en, lang = 'en', voice = LOCAL_EN.name } = {}) {
  // The button shows with the screen's words (English's quiz comes after the first screen).
  const button = listenIn(region);
  await expectIdle(button, words);
  const expected = await visibleSentences(region);
  expect(expected.length, 'sentences to read').toBeGreaterThan(1);
  const before = (await speech(page)).spoken.length;
  await button.click();
  await expectReading(button, words);
  await expect.poll(async () => (await speech(page)).spoken.slice(before)).toEqual(
    expected.map((text) => ({ text, lang, voice })),
  );
  return expected;
}

/// As [`pressListen`], expecting the first sentence marked.
async function startReading(page, region, options) {
  const expected = await pressListen(page, region, options);
  await expectMarked(page, region, expected[0]);
  return expected;
}

/// Reads on to the end, one sentence after another, expecting the mark to move with each.
async function readToTheEnd(page, region, expected, words = en) {
  for (const text of expected) {
    await expectMarked(page, region, text);
    await expectReading(listenIn(region), words);
    expect(await finishSentence(page)).toBe(true);
  }
  await expect.poll(() => marked(page)).toEqual([]);
  await expectIdle(listenIn(region), words);
  expect((await speech(page)).current).toBeNull();
  await expect(region, 'the region is no longer marked as being read').not.toHaveAttribute('data-reading');
}

/// After a stop: the engine was cancelled, no mark stays (even if the engine fires late), no
/// handler of the widget's is left on the utterances it dropped, and a cancel reached none.
async function expectStopped(page, cancelsBefore) {
  await expect.poll(async () => (await speech(page)).cancels, { message: 'the speech was cancelled' }).toBeGreaterThan(cancelsBefore);
  const state = await speech(page);
  expect(state.current, 'nothing is being spoken').toBeNull();
  expect(state.queued, 'nothing waits to be spoken').toBe(0);
  await expect.poll(() => marked(page)).toEqual([]);
  expect(state.handlersLeft, 'handlers left on dropped utterances').toBe(0);
  expect(state.errorsReported, 'utterances whose onerror a cancel reached').toEqual([]);
  await expect(page.locator('[data-reading]'), 'regions marked as being read').toHaveCount(0);
  await page.evaluate(() => window.__speech.fireStale());
  expect(await finishSentence(page)).toBe(false);
  await expect.poll(() => marked(page)).toEqual([]);
}

test('Listen on a step reads its sentences on screen in order, in English with the local voice, marking each in turn', async ({ page }) => {
  await withVoices(page, [NETWORK_EN, LOCAL_EN]);
  await page.goto('/#explainer/2');
  await expect(stepRegion(page)).toHaveAttribute('data-step', steps.en[1].id);
  const region = stepRegion(page);
  const expected = await startReading(page, region);
  expect(expected[0]).toBe(steps.en[1].title);
  expect(expected.slice(1).join(' ')).toContain(steps.en[1].body);
  await readToTheEnd(page, region, expected);
  // Read again, from the start.
  await startReading(page, region);
});

test('a second press stops the reading: the engine is cancelled and nothing stays marked', async ({ page }) => {
  await withVoices(page, [LOCAL_EN]);
  await page.goto('/#explainer/3');
  const region = stepRegion(page);
  const expected = await startReading(page, region);
  await finishSentence(page);
  await expectMarked(page, region, expected[1]);
  const { cancels } = await speech(page);
  await listenIn(region).click();
  await expectIdle(listenIn(region));
  await expectStopped(page, cancels);
  await expectIdle(listenIn(region));
});

test('moving to another step stops the reading', async ({ page }) => {
  await withVoices(page, [LOCAL_EN]);
  await page.goto('/#explainer/2');
  await startReading(page, stepRegion(page));
  const { cancels } = await speech(page);
  await page.getByRole('button', { name: en.next_step_button, exact: true }).click();
  await expect(stepRegion(page)).toHaveAttribute('data-step', steps.en[2].id);
  await expectStopped(page, cancels);
  await expectIdle(listenIn(stepRegion(page)));
});

/// Opens a quiz statement, from the quiz's start.
async function openStatement(page) {
  await page.goto('/#quiz');
  await page.getByRole('button', { name: en.start_button }).click();
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'question');
}

for (const [from, to, open, region, link, arrived] of [
  ['the explainer', 'the quiz', (page) => page.goto('/#explainer/2'), stepRegion, en.section_quiz, '.jap-quiz'],
  ['the quiz', 'the explainer', openStatement, quizRegion, en.section_explainer, '.jap-explainer'],
]) {
  test(`leaving ${from} for ${to} stops the reading`, async ({ page }) => {
    await withVoices(page, [LOCAL_EN]);
    await open(page);
    await startReading(page, region(page));
    const { cancels } = await speech(page);
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.locator(arrived)).toBeVisible();
    await expectStopped(page, cancels);
  });
}

test('switching language stops the reading, and the Spanish page reads in Spanish with the local Spanish voice', async ({ page }) => {
  await withVoices(page, [LOCAL_EN, NETWORK_ES, LOCAL_ES]);
  await page.goto('/#explainer/2');
  await startReading(page, stepRegion(page));
  const { cancels } = await speech(page);
  await page.getByRole('button', { name: es.language_name }).click();
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
  await expect(stepRegion(page).locator('.jap-step-title')).toHaveText(steps.es[1].title);
  await expectStopped(page, cancels);
  const region = stepRegion(page);
  const expected = await startReading(page, region, { words: es, lang: 'es', voice: LOCAL_ES.name });
  expect(expected[0]).toBe(steps.es[1].title);
  await readToTheEnd(page, region, expected, es);
});

test('with only network voices there is no Listen button anywhere: step, statement, feedback, results', async ({ page }) => {
  test.slow();
  await withVoices(page, [NETWORK_EN, NETWORK_ES]);
  await page.goto('/#explainer/2');
  await expect(stepRegion(page).locator('.jap-step-title')).toHaveText(steps.en[1].title);
  await voicesConsulted(page);
  await expect(page.locator('.jap-listen')).toHaveCount(0);
  await page.goto('/#quiz');
  await page.getByRole('button', { name: en.start_button }).click();
  for (let i = 0; i < content.round.length; i++) {
    await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'question');
    await expect(page.locator('.jap-listen')).toHaveCount(0);
    await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
    await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'feedback');
    await expect(page.locator('.jap-listen')).toHaveCount(0);
    await page.getByRole('button', { name: i + 1 === content.round.length ? en.results_button : en.next_button, exact: true }).click();
  }
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'results');
  await expect(page.locator('.jap-listen')).toHaveCount(0);
  expect((await speech(page)).spoken).toEqual([]);
});

test('an English voice alone gives the Spanish page no Listen button (English gets one)', async ({ page }) => {
  await withVoices(page, [LOCAL_EN, NETWORK_ES]);
  await page.goto('/#es/explainer/2');
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
  await expect(stepRegion(page).locator('.jap-step-title')).toHaveText(steps.es[1].title);
  await voicesConsulted(page);
  await expect(page.locator('.jap-listen')).toHaveCount(0);
  await page.goto(`/#es/s/1/${statements.es[0].id}`);
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'question');
  await expect(page.locator('.jap-listen')).toHaveCount(0);
  // The same voices give English its button: the Spanish page had none for want of a voice.
  await page.getByRole('button', { name: en.language_name }).click();
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'en');
  await expectIdle(listenIn(quizRegion(page)));
  expect((await speech(page)).spoken).toEqual([]);
});

test('the Spanish page (/es/) reads with the local Spanish voice, never the network one beside it', async ({ page }) => {
  await withVoices(page, [NETWORK_ES, LOCAL_ES, NETWORK_EN]);
  await page.goto('/es/#es/explainer/3');
  await expect(page.locator('.jap')).toHaveAttribute('lang', 'es');
  await expect(stepRegion(page).locator('.jap-step-title')).toHaveText(steps.es[2].title);
  await startReading(page, stepRegion(page), { words: es, lang: 'es', voice: LOCAL_ES.name });
  expect((await speech(page)).spoken.every((entry) => entry.voice === LOCAL_ES.name)).toBe(true);
});

test('voices that arrive after the page has loaded bring the Listen button', async ({ page }) => {
  await withVoices(page, [LOCAL_EN], true);
  await page.goto('/#explainer/2');
  await expect(stepRegion(page).locator('.jap-step-title')).toHaveText(steps.en[1].title);
  await voicesConsulted(page);
  await expect(page.locator('.jap-listen')).toHaveCount(0);
  await page.evaluate(() => window.__speech.arrive());
  await expectIdle(listenIn(stepRegion(page)));
  await startReading(page, stepRegion(page));
});

/// A statement that is a myth (its feedback names the myth after the fact), and its address.
const myth = statements.en.find((s) => s.verdict === 'myth');

test('Listen on a quiz statement reads the statement and its question, marking each in turn', async ({ page }) => {
  await withVoices(page, [LOCAL_EN]);
  await page.goto(`/#s/1/${myth.id}`);
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'question');
  const asked = await startReading(page, quizRegion(page));
  expect(asked).toEqual([myth.statement, en.question_prompt]);
  await readToTheEnd(page, quizRegion(page), asked);
});

test('answering stops a reading, and Listen on the feedback reads its sentences on screen, the fact first', async ({ page }) => {
  await withVoices(page, [LOCAL_EN]);
  await page.goto(`/#s/1/${myth.id}`);
  await startReading(page, quizRegion(page));
  const { cancels } = await speech(page);
  await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'feedback');
  await expectStopped(page, cancels);
  const feedback = await startReading(page, quizRegion(page));
  const words = feedback.join(' ');
  expect(feedback, 'the question, hidden once answered, is not read').not.toContain(en.question_prompt);
  expect(words).toContain(myth.why);
  expect(words.indexOf(myth.myth), 'the myth comes after the fact').toBeGreaterThan(words.indexOf(myth.fact));
  expect(feedback[0], 'the fact is read first').toBe(myth.fact.split(/(?<=[.?!]) /)[0]);
  await readToTheEnd(page, quizRegion(page), feedback);
});

test('Listen on the results reads the main message, the points to remember, the score and each statement\'s fact, none of the closed details', async ({ page }) => {
  test.slow();
  await withVoices(page, [LOCAL_EN]);
  await finishQuiz(page, en.answer_fact);
  const region = quizRegion(page);
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'results');
  await expectIdle(listenIn(region));
  const expected = await visibleSentences(region);
  // The main message and what to do first, then the points to remember and how sure they are,
  // then the score.
  const opening = sentencesOf([
    en.main_message,
    en.action_talk,
    en.action_why,
    en.action_worry,
    en.remember_title,
    en.remember_1,
    en.remember_2,
    en.remember_3,
    `${en.basis_title} ${en.remember_basis}`,
  ]);
  expect(expected.slice(0, opening.length)).toEqual(opening);
  expect(expected[opening.length]).toBe(await page.locator('.jap-score').textContent());
  const facts = await page.locator('.jap-result-fact').allTextContents();
  expect(facts).toHaveLength(content.round.length);
  for (const fact of facts) expect(expected).toContain(fact);
  // The sentences that only an opened "details" shows.
  const closed = sentencesOf(await page.locator('.jap-results details .jap-read').allTextContents()).filter((text) => !expected.includes(text));
  expect(closed.length, 'sentences in the closed details').toBeGreaterThan(0);
  await listenIn(region).click();
  await expectReading(listenIn(region));
  await expect.poll(async () => (await speech(page)).spoken.length).toBeGreaterThan(0);
  const read = (await speech(page)).spoken.map(({ text }) => text);
  expect(read.filter((text) => closed.includes(text)), 'sentences read from the closed details').toEqual([]);
  expect(read).toEqual(expected);
  await readToTheEnd(page, region, expected);
});

/// Where the sentence marked now lies on the page (the box of its words).
const markedBox = (page) =>
  page.evaluate(() => {
    const { x, y, width, height } = [...CSS.highlights.get('jap-reading')][0].getBoundingClientRect();
    return { x, y, width, height };
  });
/// What the page shows in `box`, as PNG bytes.
const look = (page, box) => page.screenshot({ clip: box, animations: 'disabled' });

test('the sentence being read is marked on screen; with reduced motion it is still read and marked, with nothing that shows', async ({ page }) => {
  await withVoices(page, [LOCAL_EN]);
  await page.goto('/#explainer/2');
  const region = stepRegion(page);
  // Without reduced motion the mark shows: the words look different while marked.
  await startReading(page, region);
  const title = await markedBox(page);
  const titleMarked = await look(page, title);
  await listenIn(region).click();
  await expect.poll(() => marked(page)).toEqual([]);
  expect(titleMarked.equals(await look(page, title)), 'the marked title looks marked').toBe(false);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  const expected = await startReading(page, region);
  const seen = [[title, await look(page, title)]];
  await finishSentence(page);
  await expectMarked(page, region, expected[1]);
  const second = await markedBox(page);
  seen.push([second, await look(page, second)]);
  await listenIn(region).click();
  await expect.poll(() => marked(page)).toEqual([]);
  for (const [index, [box, marking]] of seen.entries()) {
    expect(marking.equals(await look(page, box)), `sentence ${index + 1} looks the same marked and not`).toBe(true);
  }
});

test('a browser without the Highlight API reads each sentence in turn, with no mark', async ({ page }) => {
  await page.addInitScript(() => delete window.Highlight);
  await withVoices(page, [LOCAL_EN]);
  await page.goto('/#explainer/2');
  const region = stepRegion(page);
  const expected = await pressListen(page, region);
  for (const text of expected) {
    expect((await speech(page)).current).toBe(text);
    expect(await marked(page)).toEqual([]);
    expect(await finishSentence(page)).toBe(true);
  }
  await expectIdle(listenIn(region));
});

/// Before the reading on the opening step: a statement answered in the quiz and back, so the
/// quiz's screen shows that the reset came (the step itself looks the same after it).
async function answerOneAndComeBack(page) {
  await page.getByRole('link', { name: en.section_quiz, exact: true }).click();
  await page.getByRole('button', { name: en.start_button }).click();
  await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
  await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'feedback');
  await page.getByRole('link', { name: en.section_explainer, exact: true }).click();
  await expect(stepRegion(page)).toHaveAttribute('data-guess', 'shown');
}

for (const [where, address, region, before] of [
  ['a later step', '/#explainer/3', stepRegion],
  ['the opening step, as the page opened it (where the reset lands)', '/#explainer/1', stepRegion, answerOneAndComeBack],
  ['a quiz statement', `/#s/1/${statements.en[0].id}`, quizRegion],
]) {
  test(`a kiosk's reset stops a reading on ${where}`, async ({ page }) => {
    await page.clock.install();
    await withVoices(page, [LOCAL_EN]);
    await openKiosk(page, { 'data-kiosk': 'true', 'data-idle-seconds': '30' });
    await page.goto(address);
    await before?.(page);
    const expected = await startReading(page, region(page));
    await finishSentence(page);
    await expectMarked(page, region(page), expected[1]);
    const { cancels } = await speech(page);
    await page.clock.runFor(20_000);
    await expectReading(listenIn(region(page)));
    await page.clock.runFor(15_000);
    // The reset came: the opening step, and the quiz back at its start.
    await expect(page.locator('.jap-quiz')).toHaveAttribute('data-screen', 'intro');
    await expect(page).toHaveURL(/#(en\/)?explainer\/1$/);
    await expect(stepRegion(page)).toHaveAttribute('data-step', steps.en[0].id);
    await expectStopped(page, cancels);
    await expectIdle(listenIn(stepRegion(page)));
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`the Listen button, idle and reading, has no axe violation (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await withVoices(page, [LOCAL_EN]);
    await page.goto('/#explainer/2');
    await expectIdle(listenIn(stepRegion(page)));
    await expectNoAxeViolations(page, 'a step with its Listen button');
    const expected = await startReading(page, stepRegion(page));
    await finishSentence(page);
    await expectMarked(page, stepRegion(page), expected[1]);
    await expectNoAxeViolations(page, 'a step being read');
    await page.goto(`/#s/1/${statements.en[0].id}`);
    await startReading(page, quizRegion(page));
    await expectNoAxeViolations(page, 'a statement being read');
  });
}
