// The page's static first screen: each language's page shows the widget's first screen (the
// explainer's first step, its picture, the compare control and the help card) in its own words
// before the WebAssembly arrives, as the widget's own markup with its controls disabled, and the
// widget takes its place without moving anything (cumulative layout shift at most 0.02, on a
// phone and a desktop). Where the widget will open somewhere else, the summary stands in for it.
// (Without JavaScript or WebAssembly, or on a failure, the summary: security.spec.js.)
import { test, expect, expectNoAxeViolations, settled, tabTo, ui, steps, pages } from './fixtures.js';

/// The most layout shift the widget's start may cause, over the whole load.
const MAX_LAYOUT_SHIFT = 0.02;

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/// Holds back the widget's WebAssembly until the returned function is called (never, if it is
/// not), so the page stays as it is before the widget can start.
async function holdWebAssembly(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/// The widget's element and, in it, the static first screen (after the summary) and the live
/// widget (its element's first child, once it has started).
const root = (page) => page.locator('#just-a-plant');
const firstScreen = (page) => page.locator('#just-a-plant > .jap-fallback + .jap');
const started = (page) => page.locator('#just-a-plant > .jap:first-child');

/// Waits until the page has been drawn (two frames), so what shows is what a person saw.
const drawn = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/// The element `locator` finds as a comparable text: its tag, its attributes (but `disabled`
/// and `checked`, which the static copy writes and the widget sets as properties) sorted, and
/// its children, but none of an element the widget hides (the static copy leaves it empty).
const shape = (locator) =>
  locator.evaluate((element) => {
    const write = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const attributes = [...node.attributes]
        .filter(({ name }) => name !== 'disabled' && name !== 'checked')
        .map(({ name, value }) => ` ${name}="${value}"`)
        .sort()
        .join('');
      const children = node.hasAttribute('hidden') ? '' : [...node.childNodes].map(write).join('');
      return `<${node.localName}${attributes}>${children}</${node.localName}>`;
    };
    return write(element);
  });

/// Where each part of the widget's screen that shows is, to the pixel.
const layout = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#just-a-plant > .jap :is(h2, h3, p, figure, button, a, fieldset, details, aside)')]
      .filter((element) => element.checkVisibility())
      .map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return `${element.localName}.${element.className} ${[x, y, width, height].map(Math.round).join(',')}`;
      }),
  );

for (const { path, locale } of pages) {
  const { code } = locale;
  const words = ui[code];
  const step = steps[code][0];

  test(`${path} shows the ${code} first step, its picture and the help card before the WebAssembly arrives`, async ({ page }) => {
    await holdWebAssembly(page);
    await page.goto(path);
    const screen = firstScreen(page);
    await expect(screen).toBeVisible();
    await expect(screen).toHaveAttribute('lang', code);
    await expect(screen.locator('.jap-title')).toHaveText(words.explainer_title);
    await expect(screen.locator('.jap-step-title')).toHaveText(step.title);
    // Revealed, as the widget opens it: the words and the picture, no question first.
    await expect(screen.locator('.jap-step')).toHaveAttribute('data-guess', 'shown');
    await expect(screen.locator('.jap-predict')).toHaveCount(0);
    await expect(screen.locator('.jap-reveal > p:not(.jap-basis)')).toHaveText(step.body);
    await expect(screen.locator('.jap-reveal > .jap-basis')).toHaveText(`${words.basis_title} ${words[step.basis]}`);
    await expect(screen.locator('.jap-step blockquote')).toHaveText(step.source);
    // The picture of the first step, drawn, with its labels in the page's words.
    const picture = screen.locator(`.jap-scene[data-scene="${step.id}"] svg`);
    await expect(picture).toBeVisible();
    expect((await picture.boundingBox()).height).toBeGreaterThan(100);
    await expect(picture).toContainText(words.label_receptors);
    // The help card: the national helpline, its TTY and the crisis line, ready to call.
    const help = screen.getByRole('complementary', { name: words.help_title });
    await expect(help).toBeVisible();
    await expect(help.locator(`a[href="tel:${words.helpline_tel}"]`)).toHaveText(words.helpline_phone);
    await expect(help.locator(`a[href="tel:${words.helpline_tty_tel}"]`)).toHaveText(words.helpline_tty);
    await expect(help.locator(`a[href="tel:${words.crisis_number}"]`)).toHaveText(words.crisis_number);
    await expect(help).toContainText(words.not_medical_advice);
    // Not a word of another language's first step.
    for (const [other, otherSteps] of Object.entries(steps).filter(([other]) => other !== code)) {
      await expect(screen, `no ${other} words on the ${code} page`).not.toContainText(otherSteps[0].title);
    }
    // Nothing can act on it yet, and it says so: every control disabled, and screen readers
    // told the interactive version is loading (the summary's other words wait, hidden).
    const controls = screen.locator('button, input');
    expect(await controls.count()).toBeGreaterThan(5);
    for (const control of await controls.all()) await expect(control).toBeDisabled();
    await expect(page.getByRole('status').filter({ hasText: words.page_loading })).toHaveCount(1);
    await expect(page.locator('.jap-fallback').getByText(words.page_summary_question)).toBeHidden();
    await expect(page.locator('.jap-fallback').getByText(words.page_failed)).toBeHidden();
    await expectNoAxeViolations(page, `the static first screen of ${path}`);
    // Printed now, it prints once: the summary's helpline stays hidden on paper too.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(`a[href="tel:${words.crisis_number}"]`).filter({ visible: true })).toHaveCount(1);
  });

  test(`on ${path} the first screen is the widget's own markup, its controls disabled until the widget takes its place`, async ({ page }) => {
    const release = await holdWebAssembly(page);
    await page.goto(path);
    const before = await shape(firstScreen(page));
    release();
    await expect(started(page)).toBeVisible();
    await expect(started(page).locator('button, input').first()).toBeEnabled();
    expect(await shape(started(page))).toBe(before);
  });

  test(`a link on ${path}'s first screen, followed before the widget starts, is where the widget opens`, async ({ page }) => {
    const release = await holdWebAssembly(page);
    await page.goto(path);
    const third = steps[code][2].title;
    await firstScreen(page).locator('.jap-steps summary').click();
    await firstScreen(page).getByRole('link', { name: third }).click();
    release();
    await expect(started(page).locator('.jap-step-title')).toHaveText(third);
  });

  test(`a link focused on ${path}'s first screen keeps the focus as the widget takes its place`, async ({ page }) => {
    const release = await holdWebAssembly(page);
    await page.goto(path);
    await expect(firstScreen(page)).toBeVisible();
    expect(await tabTo(page, words.to_quiz)).toBe(true);
    release();
    await expect(started(page)).toBeVisible();
    await expect(started(page).getByRole('link', { name: words.to_quiz })).toBeFocused();
  });

  for (const [device, viewport] of [
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ]) {
    test(`on ${device}, ${path}'s widget takes its first screen's place with no layout shift over ${MAX_LAYOUT_SHIFT}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        window.layoutShift = 0;
        new PerformanceObserver((entries) => {
          for (const shift of entries.getEntries()) if (!shift.hadRecentInput) window.layoutShift += shift.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const release = await holdWebAssembly(page);
      await page.goto(path);
      expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift'))).toBe(true);
      await expect(firstScreen(page)).toBeVisible();
      await settled(page);
      await drawn(page);
      const before = await layout(page);
      expect(before.length).toBeGreaterThan(20);
      release();
      await expect(started(page)).toBeVisible();
      await settled(page);
      await drawn(page);
      expect(await layout(page)).toEqual(before);
      const shift = await page.evaluate(() => window.layoutShift);
      console.log(`${path} on ${device}: cumulative layout shift ${shift.toFixed(4)}`);
      expect(shift).toBeLessThanOrEqual(MAX_LAYOUT_SHIFT);
    });
  }
}

/// Addresses whose widget opens at the first screen, and those that open it elsewhere.
const AT_FIRST_SCREEN = ['/', '/#explainer', '/#en/explainer/1', '/?theme=dark', '/es/', '/es/#es/explainer/1'];
const ELSEWHERE = ['/#quiz', '/#en/s/1/just-a-plant', '/#es/explainer/1', '/#explainer/3', '/#nonsense', '/?sections=quiz', '/es/#en/explainer/1', '/es/#quiz'];

test('the first screen shows only where the widget will open; elsewhere the summary stands in, saying it is loading', async ({ page }) => {
  await holdWebAssembly(page);
  for (const address of AT_FIRST_SCREEN) {
    await page.goto(address);
    await expect(firstScreen(page), address).toBeVisible();
    await expect(root(page), address).not.toHaveAttribute('data-opens-elsewhere');
  }
  for (const address of ELSEWHERE) {
    await page.goto(address);
    const words = ui[address.startsWith('/es/') ? 'es' : 'en'];
    await expect(root(page), address).toHaveAttribute('data-opens-elsewhere', '');
    await expect(firstScreen(page), address).toBeHidden();
    await expect(page.locator('.jap-fallback').getByText(words.page_loading), address).toBeVisible();
    await expect(page.locator('.jap-fallback').getByText(words.page_summary_question), address).toBeVisible();
  }
});

test('remembered progress opens the widget where it was, so the summary stands in for the first screen', async ({ page }) => {
  await page.goto('/#quiz');
  await page.getByLabel(ui.en.remember_label).check();
  const release = await holdWebAssembly(page);
  await page.goto('/');
  await expect(root(page)).toHaveAttribute('data-opens-elsewhere', '');
  await expect(firstScreen(page)).toBeHidden();
  release();
  await expect(started(page).locator('.jap-quiz')).toBeVisible();
});

test.describe('a browser that prefers Spanish, on the English page', () => {
  test.use({ locale: 'es-MX' });

  test('sees the summary while the widget loads, then the widget in Spanish', async ({ page }) => {
    const release = await holdWebAssembly(page);
    await page.goto('/');
    await expect(root(page)).toHaveAttribute('data-opens-elsewhere', '');
    await expect(firstScreen(page)).toBeHidden();
    await expect(page.locator('.jap-fallback').getByText(ui.en.page_loading)).toBeVisible();
    release();
    await expect(started(page)).toHaveAttribute('lang', 'es');
  });
});
