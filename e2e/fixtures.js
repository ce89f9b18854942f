// Shared set-up for every end-to-end test: each page may talk only to its own origin, and
// any uncaught error in the page, or any Content Security Policy violation, fails the test.
import { readFileSync } from 'node:fs';
import { constants, inflateSync } from 'node:zlib';
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/// The checked content as the build exported it (content-check's JSON): the round's settings and
/// every locale's words, English first. Tests take expected words from here, not from copies.
export const content = JSON.parse(readFileSync('dist/content.json', 'utf8'));

/// One part of every locale's content, by the locale's code: `ui.es.start_button`.
const byCode = (pick) => Object.fromEntries(content.locales.map((locale) => [locale.code, pick(locale)]));
/// Each locale's interface words by key, its statements, steps and compare choices.
export const ui = byCode((locale) => locale.ui);
export const statements = byCode((locale) => locale.statements);
export const steps = byCode((locale) => locale.steps);
export const choices = byCode((locale) => locale.choices);

/// A template's `{placeholders}` filled in from `values`.
export const fill = (template, values) =>
  Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, value), template);

/// `text` for a regular expression, its special characters escaped.
export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/// A pattern that matches exactly one of `texts`, whole (for a button whose words change).
export const oneOf = (...texts) => new RegExp(`^(?:${texts.map(escapeRegExp).join('|')})$`);

/// The words of a quote's link, which opens the source article: its label and what it adds.
export const sourceLink = (words) => `${words.source_label} ${words.source_open}`;

/// The source article's lines, as content/ holds it.
export const articleLines = readFileSync('content/source/kratom-and-opioid-recovery.txt', 'utf8').split('\n');

/// The source page's address at `quote`'s passage, as the widget links it
/// (src/components/source_quote.rs): the passage's line (`p<line>`, counting from 1) as the
/// fragment, and the quote as a text fragment, percent-encoded, dashes too.
export const sourceAddress = (quote) =>
  `source.html#p${articleLines.findIndex((line) => line.includes(quote)) + 1}:~:text=${encodeURIComponent(quote).replaceAll('-', '%2D')}`;

/// The passage a source page's address names (`p12`).
export const passageOf = (address) => address.match(/#(p\d+)/)[1];

/// Where a person lands on the source page, run in the page (Playwright's `evaluate`, or
/// WebDriver's `executeScript` as `return (${landing})();`): the element with the focus (its
/// id, its text), whether it is the passage the page marked as quoted (the only one), whether it
/// is wholly on screen, and its background.
export function landing() {
  const passage = document.activeElement;
  const box = passage.getBoundingClientRect();
  return {
    id: passage.id,
    quoted: passage.classList.contains('jap-quoted') && document.querySelectorAll('.jap-quoted').length === 1,
    text: passage.textContent,
    onScreen: box.top >= 0 && box.bottom <= innerHeight,
    background: getComputedStyle(passage).backgroundColor,
  };
}

/// Every language's page in the bundle, the first language's at the top and each other's in a
/// folder named by its code (scripts/post-build.mjs): its address and its locale.
export const pages = content.locales.map((locale, index) => ({ path: index === 0 ? '/' : `/${locale.code}/`, locale }));

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const foreign = [];
    const errors = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await use(page);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'errors in the page').toEqual([]);
  },
});

export { expect };

/// Makes the widget's own WebAssembly fault as a panic does in the release build (a trap), in a
/// task of its own as an event handler's would, and gives the error the page reports: the
/// widget's allocator is asked for memory in an alignment no layout has, which aborts.
export async function faultTheWidget(page) {
  const reported = page.waitForEvent('pageerror');
  await page.evaluate(async () => {
    const glue = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => /\/just-a-plant-[0-9a-f]+\.js$/.test(name));
    const exports = await (await import(glue)).default();
    setTimeout(() => exports.__wbindgen_malloc(8, 3));
  });
  return reported;
}

/// Waits until every animation that ends has ended (endless ones, like pulses, keep going).
export async function settled(page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .filter((a) => a.effect?.getTiming().iterations !== Infinity)
      .every((a) => a.playState === 'finished'),
  );
}

/// Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules and expects no violation.
/// Waits for entrance animations first: contrast is judged on what stays on screen.
export async function expectNoAxeViolations(page, where) {
  await settled(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/// The quiz on the standalone page, with the helpers a person's actions need.
export class QuizPage {
  constructor(page) {
    this.page = page;
    this.quiz = page.locator('.jap-quiz');
    this.statement = this.quiz.locator('.jap-statement');
    this.progress = this.quiz.locator('.jap-progress-text');
    this.verdict = this.quiz.locator('.jap-verdict');
    this.status = this.quiz.locator('.jap-announcer');
  }

  async open() {
    await this.page.goto('/#quiz');
    await expect(this.quiz).toHaveAttribute('data-screen', 'intro');
  }

  async screen(name) {
    await expect(this.quiz).toHaveAttribute('data-screen', name);
  }

  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  async focusedText() {
    return this.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  }
}

/// Presses Tab until the focused element's text is `text`; false if `limit` presses don't get there.
export async function tabTo(page, text, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === text) return true;
  }
  return false;
}

/// Gives the page a Web Share API that records what it was asked to share in `window.shared`.
export async function recordShares(page) {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data) => {
        window.shared = data;
        return Promise.resolve();
      },
    });
  });
}

/// Opens the quiz and answers all twelve statements with `answer`, up to the results.
export async function finishQuiz(page, answer = ui.en.answer_myth) {
  await page.goto('/#quiz');
  await finishRound(page, answer);
}

/// From the quiz's intro in `root` (a page, or a widget on a host page or in a frame), starts
/// and answers every statement of the round with `answer`, up to the results, in English.
export async function finishRound(root, answer = ui.en.answer_myth) {
  await root.getByRole('button', { name: ui.en.start_button }).click();
  for (let i = 0; i < content.round.length; i++) {
    await root.getByRole('button', { name: answer, exact: true }).click();
    await root.getByRole('button', { name: oneOf(ui.en.next_button, ui.en.results_button) }).click();
  }
  await expect(root.locator('.jap-quiz')).toHaveAttribute('data-screen', 'results');
}

/// How many pages a PDF printout has: its page objects, whether written out (Chromium's) or
/// packed into compressed object streams (Firefox's).
export const pdfPages = (pdf) => {
  const text = pdf.toString('latin1');
  const packed = [...text.matchAll(/\/Type\s*\/ObjStm[^]*?stream\r?\n/g)].map((found) => {
    const start = found.index + found[0].length;
    const data = pdf.subarray(start, text.indexOf('endstream', start));
    return inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1');
  });
  return [text, ...packed].join('\n').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
};

/// Makes the standalone page's widget a kiosk (or anything else its host may set), as its host
/// would with these attributes.
export async function openKiosk(page, attributes) {
  await page.addInitScript((attributes) => {
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.getElementById('just-a-plant');
      for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
    });
  }, attributes);
}
