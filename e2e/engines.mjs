// The widget end to end in Firefox and WebKit (the engines of Firefox and of Safari on every
// iPhone), through WebDriver: `node --test-reporter=spec e2e/engines.mjs` (ENGINES=firefox or
// webkit for one). Run directly, not with `node --test`, which would run it in a child process
// that a time limit's signal never reaches, leaving its browsers behind.
// What most often differs between engines: a full quiz by pointer and by keyboard, the explainer
// and its compare control, shared links, every quote's passage on the source page, the language
// switch, remembering and forgetting, the
// embed in a shadow root on a hostile page, the iframe sizing itself, the offline second visit,
// the printed page, axe-core, and the 320 px layout. Every test ends by checking that the pages
// it opened made no request to another origin, had no error and broke no rule of the policy.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { content, ui, statements, steps, choices, fill, sourceLink, sourceAddress, passageOf, landing, pdfPages } from './fixtures.js';
import { startDeviceVoice } from './device-voice.js';
import { ENGINES, Key, WAIT_MS, openBrowser, serve, suiteCopy } from './webdriver.js';

const { en, es } = ui;
const ROUND = content.round.length;
/// Ports of this suite's own (never 4173, 4178, 4179 or 4190-4199): per engine, its driver, the
/// site, and the copy served for the offline test.
const PORTS = { firefox: [4281, 4283, 4285], webkit: [4282, 4284, 4286] };
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const SCREENSHOTS = 'target/screenshots/engines';

/// The widget in the current page: in the document, or in the shadow root of the element `host`
/// selects (the embed by script). Finds controls by their words, as a person would.
class Widget {
  constructor(driver, host = null) {
    this.driver = driver;
    this.root = host ? `document.querySelector(${JSON.stringify(host)}).shadowRoot` : 'document';
  }

  /// Runs `body` in the page with `root` bound to the widget's root.
  run(body, ...args) {
    return this.driver.executeScript(`const root = ${this.root}; ${body}`, ...args);
  }

  /// Waits until `body` (run as above) returns something truthy, and returns it.
  until(body, what, ...args) {
    return this.driver.wait(() => this.run(body, ...args).catch(() => null), WAIT_MS, `waiting for ${what}`);
  }

  /// The first shown element matching `css` whose whole text is `text` (any text if none), and
  /// not disabled (as the page's static first screen's controls are until the widget starts).
  element(css, text = null) {
    return this.until(
      `return [...root.querySelectorAll(arguments[0])].find((el) => el.getClientRects().length > 0 && !el.disabled &&
        (arguments[1] === null || el.textContent.trim() === arguments[1]));`,
      `${css} "${text ?? ''}"`,
      css,
      text,
    );
  }

  /// Clicks the button, link or label with these words, by pointer, once it has stopped moving.
  async click(name, css = 'button') {
    const element = await this.element(css, name);
    await this.still(element);
    await element.click();
  }

  /// Waits until `element` stands still: its box, the page's scroll and size, and the place of
  /// each frame around it the same before and after a frame and a task. A driver aims its press
  /// at where the element was: a new screen's entrance, the focus moving to it after paint (which
  /// scrolls), or a frame resized to its new height could move the element before the press
  /// lands, and the press would then miss it (as one run in WebKit did, at 320 px in a frame).
  still(element) {
    return this.driver.wait(
      () =>
        this.driver
          .executeAsyncScript(
            `const [element, done] = arguments;
            const place = () => {
              const where = [element.getBoundingClientRect()];
              // A frame of another origin hides its place (and reading it throws): it ends the walk.
              try {
                for (let view = window; ; view = view.parent) {
                  where.push([view.scrollX, view.scrollY, view.innerWidth, view.innerHeight]);
                  if (view === view.parent) break;
                  where.push(view.frameElement?.getBoundingClientRect());
                }
              } catch {}
              return JSON.stringify(where);
            };
            const before = place();
            requestAnimationFrame(() => setTimeout(() => done(place() === before)));`,
            element,
          )
          .catch(() => false),
      WAIT_MS,
      'the element to stand still',
    );
  }

  /// The trimmed text of the first element matching `css`.
  text(css) {
    return this.run('return root.querySelector(arguments[0])?.textContent.trim() ?? null;', css);
  }

  /// Waits until the first element matching `css` has the text `text`.
  async expectText(css, text) {
    await this.until('return root.querySelector(arguments[0])?.textContent.trim() === arguments[1];', `${css} to read "${text}"`, css, text).catch(
      async () => assert.equal(await this.text(css), text, css),
    );
  }

  /// Waits until the first element matching `css` has `attribute` equal to `value`.
  async expectAttribute(css, attribute, value) {
    const read = 'root.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null';
    await this.until(`return (${read}) === arguments[2];`, `${css} [${attribute}="${value}"]`, css, attribute, value).catch(
      async () => assert.equal(await this.run(`return ${read};`, css, attribute), value, `${css} [${attribute}]`),
    );
  }

  /// Waits until the quiz shows `screen`.
  screen(name) {
    return this.expectAttribute('.jap-quiz', 'data-screen', name);
  }

  /// The trimmed text of the focused element, looking through shadow roots.
  focusedText() {
    return this.driver.executeScript(`let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.textContent.trim() ?? '';`);
  }

  /// Ends every animation that ends, as if it had played out, and checks that it has: the page
  /// is then as a person sees it once the motion stops. (Waiting for them instead, as
  /// fixtures.js `settled` does in Chromium, ran out of time in WebKit on a loaded machine,
  /// where its browser on a virtual display plays them slowly.)
  async settled() {
    const ending = `[...document.getAnimations(), ...(root === document ? [] : root.getAnimations())]
      .filter((a) => a.effect?.getTiming().iterations !== Infinity)`;
    await this.run(`for (const a of ${ending}) a.finish();`);
    return this.until(`return ${ending}.every((a) => a.playState === 'finished');`, 'animations to end');
  }
}

/// Presses `keys` one after another, as a person at a keyboard would.
const press = (driver, ...keys) => driver.actions().sendKeys(...keys).perform();

/// Presses Tab until the focused element's text is `text`; false if `limit` presses don't get there.
async function tabTo(driver, widget, text, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    await press(driver, Key.TAB);
    if ((await widget.focusedText()) === text) return true;
  }
  return false;
}

/// Runs axe-core (from its npm package) in the page with the WCAG 2.2 A and AA rules, after the
/// entrance animations, and expects no violation.
async function expectNoAxeViolations(widget, where) {
  await widget.settled();
  const { violations, passed } = await widget.driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     if (!window.axe) { ${AXE}\n }
     window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
       .then((results) => done({ passed: results.passes.length,
         violations: results.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target).join(', ')) }))
       .catch((error) => done({ passed: 0, violations: ['axe failed: ' + error] }));`,
    AXE_TAGS,
  );
  assert.deepEqual(violations, [], `axe violations on ${where}`);
  assert.ok(passed > 10, `axe checked ${where} (${passed} rules passed)`);
}

/// Answers the round from the intro with `answer` (or, each time, what `choose(i)` says),
/// clicking, up to the results; returns what was asked and whether each answer was right.
async function answerRound(widget, choose = () => en.answer_myth) {
  await widget.click(en.start_button);
  const given = [];
  for (let i = 1; i <= ROUND; i++) {
    await widget.screen('question');
    await widget.expectText('.jap-quiz .jap-progress-text', fill(en.progress, { current: i, total: ROUND }));
    const statement = await widget.text('.jap-statement');
    const answer = choose(i);
    await widget.click(answer);
    await widget.screen('feedback');
    const right = (await widget.run("return root.querySelector('.jap-feedback').dataset.outcome;")) === 'right';
    given.push({ statement, answer, right });
    await widget.click(i === ROUND ? en.results_button : en.next_button);
  }
  await widget.screen('results');
  return given;
}

/// Each engine's session: its browser, the site it is served, and the problems its pages had.
class Session {
  constructor(engine, driver, site) {
    Object.assign(this, { engine, driver, site, problems: [], reportsSeen: 0 });
  }

  /// Keeps what the current page and its frames recorded: errors, CSP violations and requests
  /// to any other origin (the resource timing list names every request the page made).
  async collect() {
    const found = await this.driver
      .executeScript(`const seen = [];
        const look = (win) => {
          try {
            // Every page of the copy loads the probe; a page without it could hide its errors.
            if (win.location.protocol === 'http:' && !win.japProblems) seen.push(win.location.pathname + ': no probe');
            for (const problem of win.japProblems ?? []) seen.push(win.location.pathname + ': ' + problem);
            for (const entry of win.performance.getEntries()) {
              if (!entry.name.startsWith('http')) continue;
              const origin = new URL(entry.name).origin;
              if (origin !== win.location.origin) seen.push(win.location.pathname + ': request to ' + entry.name);
            }
            win.japProblems = [];
            for (let i = 0; i < win.frames.length; i++) look(win.frames[i]);
          } catch (error) {
            // A frame of another origin (the sandboxed one) keeps its own: not readable here.
          }
        };
        look(window);
        return seen;`)
      .catch(() => []);
    this.problems.push(...found);
  }

  /// Loads `path` on the site (or any address) afresh, as a link opened in a new tab would,
  /// after keeping the current page's problems. (An address that differs from the current one
  /// only in its fragment would otherwise just move the page to that fragment.)
  async visit(path) {
    await this.collect();
    const address = path.startsWith('http') ? path : `${this.site.url}${path}`;
    const current = await this.driver.getCurrentUrl();
    if (current.split('#')[0] === address.split('#')[0]) await this.driver.get('about:blank');
    await this.driver.get(address);
    return new Widget(this.driver);
  }

  /// Sets the window's inner size, as a phone or a desktop would have it.
  async size(width, height) {
    await this.driver.manage().window().setRect({ width, height });
  }

  /// Asserts that nothing went wrong since the last check: no page error, no request to another
  /// origin, no CSP violation reported to `site`'s server (none to ask when it is `null`, stopped).
  async expectClean(site = this.site) {
    await this.collect();
    const problems = this.problems.splice(0);
    assert.deepEqual(problems, [], 'errors or requests to other origins in the pages');
    if (!site) return;
    const reports = await site.reports();
    const fresh = site === this.site ? reports.slice(this.reportsSeen) : reports;
    if (site === this.site) this.reportsSeen = reports.length;
    assert.deepEqual(fresh, [], 'CSP violation reports');
  }

  /// Saves a screenshot of the window (or of `element`) as `name`.png.
  async screenshot(name, element = null) {
    const png = await (element ?? this.driver).takeScreenshot();
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(`${SCREENSHOTS}/${this.engine}-${name}.png`, Buffer.from(png, 'base64'));
  }
}

const copy = suiteCopy();
after(() => copy.remove());

for (const engine of (process.env.ENGINES ?? Object.keys(ENGINES).join(',')).split(',')) {
  describe(engine, () => {
    const [driverPort, sitePort, offlinePort] = PORTS[engine];
    /** @type {Session} */
    let session;
    let browser;
    let site;
    /// Firefox's local voice (e2e/device-voice.js).
    let voice;

    before(async () => {
      site = await serve(copy.dir, sitePort);
      if (engine === 'firefox') voice = await startDeviceVoice();
      browser = await openBrowser(engine, driverPort, voice ? { SPEECHD_ADDRESS: voice.address } : {});
      session = new Session(engine, browser.driver, site);
      const capabilities = await browser.driver.getCapabilities();
      console.log(`# ${engine}: ${capabilities.get('browserName')} ${capabilities.get('browserVersion')}`);
      await session.size(1280, 900);
    });

    after(async () => {
      await browser?.quit();
      await site?.stop();
      voice?.stop();
    });

    it('a full quiz by pointer ends with results that match the answers given', async () => {
      const widget = await session.visit('/#quiz');
      await widget.screen('intro');
      const given = await answerRound(widget, (i) => (i % 2 ? en.answer_myth : en.answer_fact));
      const score = given.filter((g) => g.right).length;
      await widget.expectText('.jap-score', fill(en.score, { score, total: ROUND }));
      const results = await widget.run(`return [...root.querySelectorAll('.jap-result')].map((item) => ({
        statement: item.querySelector('.jap-result-statement').textContent.trim(),
        given: item.querySelector('.jap-given').textContent.trim(),
        mark: item.querySelector('.jap-result-mark').textContent.trim() }));`);
      assert.deepEqual(
        results,
        given.map((g) => ({
          statement: fill(en.result_statement, { statement: g.statement }),
          given: fill(en.your_answer, { answer: g.answer }),
          mark: g.right ? en.mark_right : en.mark_wrong,
        })),
      );
      const summary = await widget.element('.jap-result summary');
      await widget.still(summary);
      await summary.click();
      await widget.until("return root.querySelector('.jap-result details').open && root.querySelector('.jap-result blockquote').getClientRects().length > 0;", 'the first explanation to open');
      await widget.click(en.try_again);
      await widget.screen('question');
      await session.expectClean();
    });

    it('a full quiz by keyboard alone, with focus always where the next step is', async () => {
      const { driver } = session;
      const widget = await session.visit('/#quiz');
      await widget.screen('intro');
      assert.ok(await tabTo(driver, widget, en.start_button), 'Start is reachable by Tab');
      await press(driver, Key.ENTER);
      for (let i = 1; i <= ROUND; i++) {
        await widget.screen('question');
        await widget.until("return document.activeElement?.classList.contains('jap-statement');", 'the statement to have focus');
        // Firefox here has a local voice (e2e/device-voice.js): Listen comes first, after the
        // statement it reads.
        if (engine === 'firefox') {
          await press(driver, Key.TAB);
          assert.equal(await widget.focusedText(), en.listen_button);
        }
        await press(driver, Key.TAB);
        assert.equal(await widget.focusedText(), en.answer_myth);
        if (i % 2 === 0) {
          await press(driver, Key.TAB);
          assert.equal(await widget.focusedText(), en.answer_fact);
        }
        await press(driver, i % 3 === 0 ? Key.SPACE : Key.ENTER);
        await widget.screen('feedback');
        await widget.until("return document.activeElement?.classList.contains('jap-explanation');", 'the explanation to have focus');
        await press(driver, Key.TAB);
        assert.equal(await widget.focusedText(), sourceLink(en));
        // Every statement uses a word whose meaning it lists (kratom, at least).
        await press(driver, Key.TAB);
        assert.equal(await widget.focusedText(), en.terms_title);
        // The first statement's feedback is followed by the main message and its words' meanings.
        if (i === 1) {
          await press(driver, Key.TAB);
          assert.equal(await widget.focusedText(), en.terms_title);
        }
        await press(driver, Key.TAB);
        assert.equal(await widget.focusedText(), i === ROUND ? en.results_button : en.next_button);
        await press(driver, Key.ENTER);
      }
      await widget.screen('results');
      await widget.until("return document.activeElement?.textContent.trim() === arguments[0];", 'the results heading to have focus', en.results_title);
      assert.ok(await tabTo(driver, widget, en.try_again), 'Try again is reachable by Tab');
      await press(driver, Key.ENTER);
      await widget.screen('question');
      await session.expectClean();
    });

    it('every explainer step by its Next button, a guess where it asks first, and each compare choice by pointer and by arrow keys', async () => {
      const widget = await session.visit('/');
      for (const [index, step] of steps.en.entries()) {
        await widget.expectText('.jap-step-title', step.title);
        if (index > 0 && step.prediction) {
          // The picture waits for a guess: the first answer, checked, reveals it and says how it went.
          await widget.expectAttribute('.jap-step', 'data-guess', 'asked');
          await widget.click(step.prediction.answers[0], '.jap-predict label');
          await widget.click(en.predict_check);
          const line = fill(step.prediction.right === 0 ? en.predict_matched : en.predict_missed, { answer: step.prediction.answers[step.prediction.right] });
          await widget.expectText('.jap-guess-result', line);
          await widget.until("return document.activeElement?.classList.contains('jap-reveal');", 'the focus on what the guess revealed');
        }
        assert.ok(await widget.run("return root.querySelector('.jap-step-figure svg').getBoundingClientRect().width > 200;"), `step ${index + 1}'s picture shows`);
        if (index < steps.en.length - 1) await widget.click(en.next_step_button);
      }
      assert.match(await session.driver.getCurrentUrl(), new RegExp(`#en/explainer/${steps.en.length}$`));

      // The compare control, beside the first steps: each choice by pointer, then by arrows.
      await session.visit('/#explainer/2');
      const caption = '.jap-compare-caption';
      const pictures = [];
      for (const choice of choices.en) {
        await widget.click(choice.label, '.jap-choice');
        await widget.until("return root.querySelector('.jap-choice input:checked')?.closest('.jap-choice').textContent.trim() === arguments[0];", `${choice.label} checked`, choice.label);
        await widget.expectText(caption, choice.caption);
        pictures.push(await widget.run("return root.querySelector('.jap-compare-scene').innerHTML;"));
      }
      assert.equal(new Set(pictures).size, choices.en.length, 'each choice draws its own picture');
      await widget.run('scrollTo(0, 0);');
      await widget.settled();
      await session.screenshot('desktop');
      await widget.run("root.querySelector('.jap-choice input').focus();");
      for (const choice of choices.en.slice(1)) {
        await press(session.driver, Key.ARROW_DOWN);
        await widget.until("return document.activeElement?.closest('.jap-choice')?.textContent.trim() === arguments[0] && document.activeElement.checked;", `${choice.label} focused and checked`, choice.label);
      }
      await session.expectClean();
    });

    it('shared links open their place: a step, a statement, a score', async () => {
      let widget = await session.visit('/#explainer/5');
      await widget.expectText('.jap-step-title', steps.en[4].title);
      widget = await session.visit('/#s/1/withdrawal-is-real');
      await widget.screen('question');
      await widget.expectText('.jap-statement', statements.en.find((s) => s.id === 'withdrawal-is-real').statement);
      await widget.click(en.answer_myth);
      await widget.expectText('.jap-verdict', en.feedback_right_myth);
      widget = await session.visit(`/#r/1/9-${ROUND}`);
      await widget.expectText('.jap-shared-score', fill(en.shared_score, { score: 9, total: ROUND }));
      await widget.screen('intro');
      await session.expectClean();
    });

    it('every quote opens the source page at its passage, marked, in view and focused, and by keyboard from the widget in a new window', async () => {
      const { driver } = session;
      /// The page has put the person on the quote's passage: focused, marked alone, wholly in view.
      const expectLanded = async (quote, where) => {
        // Firefox's driver may hand back the page while its focus is still unset (no active
        // element at all, seen once in 8 runs): wait for the focus to be anywhere first.
        await driver.wait(() => driver.executeScript('return document.activeElement !== null;'), WAIT_MS, `${where}: a focused element`);
        const { text, background, ...landed } = await driver.executeScript(`return (${landing})();`);
        assert.ok(text.includes(quote), `${where}: the focused passage holds the quote`);
        assert.notEqual(background, 'rgba(0, 0, 0, 0)', `${where}: the passage is marked`);
        assert.deepEqual(landed, { id: passageOf(sourceAddress(quote)), quoted: true, onScreen: true }, where);
      };
      await session.size(390, 844);
      for (const { id, source } of [...steps.en, ...statements.en]) {
        await session.visit(`/${sourceAddress(source)}`);
        await expectLanded(source, id);
      }
      await session.size(1280, 900);
      // A step's quote link, by keyboard: Enter opens the article in a new window, at its passage.
      const widget = await session.visit('/#explainer/5');
      const link = await widget.element('.jap-step .jap-source a', sourceLink(en));
      await widget.run("root.querySelector('.jap-step .jap-source a').focus();");
      const opener = await driver.getWindowHandle();
      await link.sendKeys(Key.ENTER);
      const opened = await driver.wait(async () => (await driver.getAllWindowHandles()).find((handle) => handle !== opener), WAIT_MS, 'the source page to open');
      await driver.switchTo().window(opened);
      await driver.wait(async () => (await driver.executeScript('return document.readyState;')) === 'complete' && /source\.html#p/.test(await driver.getCurrentUrl()), WAIT_MS, 'the source page to load');
      await expectLanded(steps.en[4].source, 'step 5, by keyboard');
      await session.collect();
      await driver.close();
      await driver.switchTo().window(opener);
      await session.expectClean();
    });

    it('switching language mid-quiz keeps the statement, and the Spanish page opens in Spanish', async () => {
      let widget = await session.visit('/#quiz');
      await widget.click(en.start_button);
      await widget.click(en.answer_myth);
      const asked = await widget.text('.jap-statement');
      const { id } = statements.en.find((s) => s.statement === asked);
      await widget.click(es.language_name);
      await widget.expectAttribute('.jap', 'lang', 'es');
      await widget.screen('feedback');
      await widget.expectText('.jap-statement', statements.es.find((s) => s.id === id).statement);
      await widget.expectAttribute(`button[lang="es"]`, 'aria-pressed', 'true');
      await widget.click(en.language_name);
      await widget.expectText('.jap-statement', statements.en.find((s) => s.id === id).statement);
      widget = await session.visit('/es/');
      await widget.expectAttribute('.jap', 'lang', 'es');
      await widget.expectText('.jap-step-title', steps.es[0].title);
      await session.expectClean();
    });

    it('remembering restores the place on the next visit, and Forget everything clears it', async () => {
      let widget = await session.visit('/#quiz');
      await widget.click(en.start_button);
      await widget.click(en.answer_myth);
      assert.deepEqual(await widget.run('return { ...localStorage };'), {}, 'nothing kept before opting in');
      await widget.click(en.remember_label, 'label');
      const statement = await widget.text('.jap-statement');
      widget = await session.visit('/');
      await widget.screen('feedback');
      await widget.expectText('.jap-statement', statement);
      await widget.click(en.forget_button);
      await widget.until("return root.querySelector('.jap-explainer') !== null;", 'the explainer after forgetting');
      assert.deepEqual(await widget.run('return { ...localStorage };'), {}, 'nothing kept after forgetting');
      widget = await session.visit('/#quiz');
      await widget.screen('intro');
      await session.expectClean();
    });

    it('embedded by script on a hostile page, the widget works in its shadow root and keeps its styles', async () => {
      await session.visit('/examples/hostile.html');
      const widget = new Widget(session.driver, '[data-just-a-plant]');
      await widget.expectText('.jap-step-title', steps.en[0].title);
      const sizes = await widget.run(`const p = root.querySelector('.jap-step p');
        const next = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === arguments[0]);
        return { title: getComputedStyle(root.querySelector('.jap-step-title')).fontSize, line: parseFloat(getComputedStyle(p).lineHeight),
          font: parseFloat(getComputedStyle(p).fontSize), diagram: root.querySelector('.jap-step-figure svg').getBoundingClientRect().width,
          next: next.getBoundingClientRect().height, host: getComputedStyle(document.getElementById('host-text')).fontSize };`, en.next_step_button);
      assert.notEqual(sizes.title, '30px', 'the host cannot size the title');
      assert.ok(sizes.line > 15 && sizes.font >= 16, `text stays readable: ${JSON.stringify(sizes)}`);
      assert.ok(sizes.diagram > 250 && sizes.next >= 44, `picture and targets keep their size: ${JSON.stringify(sizes)}`);
      assert.equal(sizes.host, '30px', 'the host page keeps its own styles');
      await widget.click(en.next_step_button);
      await widget.expectText('.jap-step-title', steps.en[1].title);
      await widget.click(en.section_quiz, 'a');
      await widget.click(en.start_button);
      await widget.click(en.answer_myth);
      await widget.until("return root.querySelector('.jap-verdict')?.getClientRects().length > 0;", 'the verdict');
      await session.expectClean();
    });

    it("in an iframe the widget works and the frame's height follows its content", async () => {
      const { driver } = session;
      await session.visit('/examples/iframe.html');
      const frame = await driver.wait(async () => (await driver.executeScript("return document.querySelector('iframe');")), WAIT_MS);
      /// How far the frame's height is from its content's.
      const mismatch = async () => {
        const outer = await driver.executeScript("return document.querySelector('iframe').getBoundingClientRect().height;");
        await driver.switchTo().frame(frame);
        const inner = await driver.executeScript('return Math.ceil(document.documentElement.getBoundingClientRect().height);');
        await driver.switchTo().defaultContent();
        return { outer, gap: Math.abs(outer - inner) };
      };
      const fits = () => driver.wait(async () => (await mismatch()).gap <= 1, WAIT_MS, 'the frame to fit its content');
      await driver.switchTo().frame(frame);
      const widget = new Widget(driver);
      await widget.expectText('.jap-step-title', steps.en[0].title);
      await driver.switchTo().defaultContent();
      await fits();
      const before = (await mismatch()).outer;
      await driver.switchTo().frame(frame);
      await widget.click(en.section_quiz, 'a');
      // The intro's Start button sits below the window: geckodriver's click does not scroll the
      // host page to an element inside a frame (it lands nowhere), so the test scrolls it first.
      const start = await widget.element('button', en.start_button);
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", start);
      await widget.still(start);
      await start.click();
      await widget.click(en.answer_myth);
      await widget.until("return root.querySelector('.jap-verdict')?.getClientRects().length > 0;", 'the verdict');
      await driver.switchTo().defaultContent();
      await fits();
      assert.notEqual((await mismatch()).outer, before, 'the frame resized with its content');
      await session.expectClean();
    });

    it('the second visit works with the server stopped', async () => {
      const offline = await serve(copy.dir, offlinePort);
      try {
        const widget = await session.visit(`${offline.url}/`);
        await widget.expectText('.jap-step-title', steps.en[0].title);
        await session.driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
          navigator.serviceWorker.ready.then(() => { const wait = () => navigator.serviceWorker.controller ? done(true) : setTimeout(wait, 50); wait(); });`);
        await session.expectClean(offline);
        await offline.stop();
        await session.visit(`${offline.url}/#quiz`);
        await widget.click(en.start_button);
        await widget.click(en.answer_myth);
        await widget.until("return root.querySelector('.jap-verdict')?.getClientRects().length > 0;", 'the verdict, offline');
        await widget.click(en.section_explainer, 'a');
        await widget.expectText('.jap-step-title', steps.en[0].title);
        await session.expectClean(null);
      } finally {
        await offline.stop();
      }
    });

    it(ENGINES[engine].prints ? 'the printed summary of the results is one page, two at most with the answers' : "the driver has no print command, so the printed page is checked in Chromium and Firefox", async () => {
      const widget = await session.visit('/#quiz');
      await answerRound(widget);
      if (!ENGINES[engine].prints) {
        await assert.rejects(session.driver.printPage({}), { name: 'UnknownCommandError' });
        return;
      }
      /// How many pages the page prints on, on paper of `size` (in cm).
      const printed = async (size) => pdfPages(Buffer.from(await session.driver.printPage(size), 'base64'));
      const LETTER = { width: 21.59, height: 27.94 };
      assert.equal(await printed(LETTER), 1, 'Letter: one page');
      assert.equal(await printed({ width: 21, height: 29.7 }), 1, 'A4: one page');
      await widget.click(en.print_answers, 'label');
      // Each fact, the statement it answers and both answers: more than a page holds.
      assert.ok((await printed(LETTER)) <= 2, 'Letter, with the answers: two pages at most');
      await session.expectClean();
    });

    // Read aloud with a real voice: Firefox speaks through Debian's speech-dispatcher, here with
    // one local English voice of espeak-ng's (e2e/device-voice.js). Listen shows, reads each
    // sentence of the step on screen with that voice, to each utterance's end, marking each
    // sentence with Firefox's own highlight as it starts, and the voice really spoke (espeak-ng
    // wrote the last sentence's sound).
    if (engine === 'firefox') {
      it("Listen reads a step with a real local voice, each sentence's utterance marked at its start and to its end event", async () => {
        const widget = await session.visit('/');
        await widget.element('.jap-step-title', steps.en[0].title);
        const voices = await widget.until(
          `const voices = speechSynthesis.getVoices();
          return window.justAPlantListen && voices.length > 0 && voices.map((voice) => ({ name: voice.name, lang: voice.lang, local: voice.localService }));`,
          "speech-dispatcher's voices",
        );
        assert.ok(voices.some(({ lang, local }) => local && lang.startsWith('en')), `a local English voice among ${JSON.stringify(voices)}`);
        await widget.until("return [...root.querySelectorAll('.jap-listen')].some((b) => b.getClientRects().length > 0);", 'the Listen button');
        const sentences = await widget.run(
          `return [...root.querySelectorAll('.jap-explainer .jap-step .jap-read')]
            .filter((block) => block.getClientRects().length > 0 && !block.closest('details:not([open]) > :not(summary)'))
            .flatMap((block) => block.textContent.trim().split(/(?<=[.?!])\\s+/));`,
        );
        assert.ok(sentences.length > 0, 'the step has sentences to read');
        // Each utterance the page speaks, with its voice, what the highlight marked as it started
        // (the widget's handler runs first) and whether its end event came.
        await widget.run(`window.japSpoken = [];
          const speak = speechSynthesis.speak.bind(speechSynthesis);
          speechSynthesis.speak = (utterance) => {
            const spoken = { text: utterance.text, voice: utterance.voice?.name, local: utterance.voice?.localService, marked: null, ended: false };
            utterance.addEventListener('start', () => (spoken.marked = [...(CSS.highlights.get('jap-reading') ?? [])].map(String)));
            utterance.addEventListener('end', () => (spoken.ended = true));
            window.japSpoken.push(spoken);
            speak(utterance);
          };`);
        rmSync(voice.wav, { force: true });
        await widget.click(en.listen_button);
        await widget.until("return root.querySelector('.jap-listen').getAttribute('aria-pressed') === 'true';", 'the reading to start');
        await widget.until(
          "return window.japSpoken.length > 0 && window.japSpoken.every((s) => s.ended) && root.querySelector('.jap-listen').getAttribute('aria-pressed') === 'false';",
          'every utterance to end',
        );
        const spoken = await widget.run('return window.japSpoken;');
        assert.deepEqual(spoken.map(({ text }) => text), sentences, 'the sentences on screen, in order');
        for (const utterance of spoken) {
          assert.equal(utterance.local, true, `${utterance.text}: a local voice (${utterance.voice})`);
          assert.deepEqual(utterance.marked, [utterance.text], `${utterance.text}: the one sentence marked as it starts`);
        }
        assert.deepEqual(await widget.run("return [...CSS.highlights.keys()];"), [], 'no mark once read');
        assert.ok(statSync(voice.wav).size > 10_000, 'espeak-ng spoke the last sentence');
        await session.expectClean();
      });
    }

    it('axe-core finds no WCAG 2.2 AA violation on a step, a question, feedback and the results, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        let widget = await session.visit(`/?theme=${theme}`);
        await widget.expectText('.jap-step-title', steps.en[0].title);
        await expectNoAxeViolations(widget, `the first step (${theme})`);
        widget = await session.visit(`/?theme=${theme}#quiz`);
        await widget.click(en.start_button);
        await widget.screen('question');
        await expectNoAxeViolations(widget, `a question (${theme})`);
        await widget.click(en.answer_fact);
        await widget.screen('feedback');
        await expectNoAxeViolations(widget, `feedback (${theme})`);
        for (let i = 1; i < ROUND; i++) {
          await widget.click(en.next_button);
          await widget.click(en.answer_myth);
        }
        await widget.click(en.results_button);
        await widget.screen('results');
        await widget.click(en.details_summary, 'summary');
        await expectNoAxeViolations(widget, `the results (${theme})`);
      }
      await session.expectClean();
    });

    it('at 320 px, in English and Spanish, nothing scrolls sideways and every target is at least 44 px', async () => {
      const { driver } = session;
      await session.size(800, 900);
      await session.visit('/narrow.html');
      const frame = await driver.wait(() => driver.executeScript("return document.querySelector('iframe');"), WAIT_MS);
      /// Whether the page in the frame fits 320 px, and the controls too small to tap.
      const check = (where) =>
        widget
          .run(`const page = document.documentElement;
            return { frame: innerWidth, sideways: Math.max(0, page.scrollWidth - page.clientWidth), small: [...root.querySelectorAll('.jap-button, .jap-help-call, .jap summary')]
            .filter((el) => el.getClientRects().length > 0).map((el) => el.getBoundingClientRect())
            .filter((box) => box.width < 44 || box.height < 44).map((box) => box.width + 'x' + box.height) };`)
          .then((found) => assert.deepEqual(found, { frame: 320, sideways: 0, small: [] }, where));
      await driver.switchTo().frame(frame);
      const widget = new Widget(driver);
      await widget.expectText('.jap-step-title', steps.en[0].title);
      await check('the first step');
      await widget.settled();
      // The frame's own page, from inside it (WebKit's shot of the <iframe> element blacks out its top).
      await session.screenshot('phone', await driver.executeScript('return document.body;'));
      await widget.click(es.language_name);
      await widget.expectText('.jap-step-title', steps.es[0].title);
      await check('the first step in Spanish');
      await widget.click(es.section_quiz, 'a');
      await widget.click(es.start_button);
      await widget.click(es.answer_myth);
      await widget.screen('feedback');
      await check('feedback in Spanish');
      await driver.switchTo().defaultContent();
      await session.size(1280, 900);
      await session.expectClean();
    });
  });
}
