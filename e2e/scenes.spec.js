// The explainer's pictures, looked at as a person would: every step draws a picture of its own,
// the four compare choices draw four different pictures, the picture reacts to mouse, touch
// and keyboard and says what happened in words, the still under reduced motion is the end
// state, and no label overlaps another or leaves the drawing, at 320 px, in both languages.
import { test, expect, expectNoAxeViolations, settled, choices, steps, oneOf } from './fixtures.js';

/// The share of pixels two pictures must differ in to count as different pictures, measured
/// on the stills (light and dark alike) with `differingShare` below.
/// - Steps: on the pictures before the scenes (one diagram for every step, some outlines drawn
///   bolder), steps 1, 2, 3 and 7 differed in 0.0% and no pair in more than 8.4%, which is what
///   bold outlines alone do. The scenes differ pairwise in 11.4% or more.
/// - Compare choices: before, a shade and a few dots; no pair differed in more than 1.7%
///   (7-hydroxymitragynine and buprenorphine in 0.0%). The four pictures now differ pairwise in
///   4.9% or more (nothing and mitragynine share the pathway, the labels and the scale).
const MEANINGFUL_SHARE = { steps: 0.095, choices: 0.03 };

/// The step's picture, and the compare control's picture (the last one in the figure).
const stepPicture = (page) => page.locator('.jap-figure svg').first();
const comparePicture = (page) => page.locator('.jap-figure svg').last();

/// Screenshots of a picture: a still, once every animation has ended.
async function still(page, picture) {
  await settled(page);
  return (await picture.screenshot({ animations: 'disabled' })).toString('base64');
}

/// The share of pixels in which two PNG screenshots differ (by more than a faint
/// anti-aliasing shade), both drawn at the larger one's size.
function differingShare(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const load = (data) =>
      new Promise((resolve, reject) => {
        const image = new Image();
        image.onload = () => resolve(image);
        image.onerror = reject;
        image.src = `data:image/png;base64,${data}`;
      });
    const [one, two] = await Promise.all([load(a), load(b)]);
    const width = Math.max(one.width, two.width);
    const height = Math.max(one.height, two.height);
    const pixels = (image) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      context.fillStyle = '#808080';
      context.fillRect(0, 0, width, height);
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, width, height).data;
    };
    const [p, q] = [pixels(one), pixels(two)];
    let differing = 0;
    for (let i = 0; i < p.length; i += 4) {
      const delta = Math.max(Math.abs(p[i] - q[i]), Math.abs(p[i + 1] - q[i + 1]), Math.abs(p[i + 2] - q[i + 2]));
      if (delta > 48) differing++;
    }
    return differing / (width * height);
  }, [a, b]);
}

/// Every pair of pictures differs in a meaningful share of pixels. Prints each pair's share.
async function expectPairwiseDifferent(page, pictures, what) {
  const meaningful = MEANINGFUL_SHARE[what];
  const shares = [];
  for (let i = 0; i < pictures.length; i++) {
    for (let j = i + 1; j < pictures.length; j++) {
      shares.push([`${what.replace(/s$/, '')} ${i + 1} and ${j + 1}`, await differingShare(page, pictures[i], pictures[j])]);
    }
  }
  console.log(shares.map(([pair, share]) => `${pair}: ${(share * 100).toFixed(1)}%`).join('\n'));
  for (const [pair, share] of shares) {
    expect(share, `${pair} differ in ${(share * 100).toFixed(1)}% of their pixels`).toBeGreaterThan(meaningful);
  }
}

for (const colorScheme of ['light', 'dark']) {
  test(`every step draws its own picture, still under reduced motion (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto('/');
    const count = await page.locator('.jap-steps li').count();
    expect(count).toBe(7);
    const pictures = [];
    for (let step = 1; step <= count; step++) {
      await page.goto(`/#en/explainer/${step}`);
      await expect(page.locator('.jap-step-title')).toBeVisible();
      pictures.push(await still(page, stepPicture(page)));
      await expectNoAxeViolations(page, `step ${step} (${colorScheme})`);
    }
    await expectPairwiseDifferent(page, pictures, 'steps');
  });

  test(`the four compare choices draw four different pictures (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto('/#en/explainer/1');
    const radios = page.locator('.jap-choice input');
    const pictures = [];
    for (let choice = 0; choice < (await radios.count()); choice++) {
      await radios.nth(choice).check();
      pictures.push(await still(page, comparePicture(page)));
      await expectNoAxeViolations(page, `compare choice ${choice + 1} (${colorScheme})`);
    }
    await expectPairwiseDifferent(page, pictures, 'choices');
    expect(pictures).toHaveLength(4);
  });
}

/// How much of the compare picture shows: the keys and dopamine dots drawn for the level.
const drawn = (page) =>
  page.locator('.jap-compare-scene').evaluate((scene) => {
    const shown = (element) => element.getBoundingClientRect().width > 0;
    return {
      level: scene.dataset.level,
      keys: [...scene.querySelectorAll('.jap-key')].filter(shown).map((key) => key.classList[1]),
      dopamine: [...scene.querySelectorAll('.jap-released circle')].filter(shown).length,
      waves: [...scene.querySelectorAll('.jap-waves path')].filter(shown).length,
    };
  });

/// Each compare choice (its English words, by id) and the picture it draws.
const EXPECTED = [
  ['none', { level: 'none', keys: [], dopamine: 0, waves: 0 }],
  ['mitragynine', { level: 'low', keys: ['jap-key-m'], dopamine: 1, waves: 1 }],
  ['seven-oh', { level: 'partial', keys: ['jap-key-seven'], dopamine: 3, waves: 2 }],
  ['full-agonist', { level: 'full', keys: ['jap-key-opioid'], dopamine: 5, waves: 3 }],
].map(([id, picture]) => [choices.en.find((choice) => choice.id === id), picture]);
const [NOTHING, MITRAGYNINE, , FULL] = EXPECTED.map(([choice]) => choice.label);

test('by keyboard: each choice puts its key in the lock, shows its result and says it', async ({ page }) => {
  await page.goto('/#en/explainer/2');
  const caption = page.locator('.jap-compare-caption');
  await expect(caption).toHaveAttribute('role', 'status');
  await page.getByRole('radio', { name: NOTHING }).focus();
  const captions = new Set();
  for (const [index, [{ label: name, caption: words }, picture]] of EXPECTED.entries()) {
    if (index > 0) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name, exact: true })).toBeChecked();
    await expect(page.getByRole('radio', { name, exact: true })).toBeFocused();
    expect(await drawn(page)).toEqual(picture);
    const text = (await caption.textContent()).trim();
    expect(text, 'the choice\'s own caption').toBe(words);
    expect(text.startsWith(name), `"${text}" says what reached the receptor`).toBe(true);
    captions.add(text);
  }
  expect(captions.size).toBe(4);
  await expect(page.locator('.jap-step-title')).toHaveText(steps.en[1].title);
});

test('by pointer and touch: tapping a choice replays the picture from the key arriving', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/#en/explainer/1');
  const choice = (name) => page.locator('.jap-choice', { hasText: oneOf(name) });
  await choice(FULL).tap();
  const arriving = await page.locator('.jap-compare-scene .jap-key-opioid').evaluate((key) =>
    key.getAnimations().map((animation) => animation.animationName),
  );
  expect(arriving).toContain('jap-arrive');
  expect(await drawn(page)).toEqual(EXPECTED[3][1]);
  await page.mouse.click(...(await center(choice(MITRAGYNINE))));
  expect(await drawn(page)).toEqual(EXPECTED[1][1]);
  await context.close();
});

async function center(locator) {
  const box = await locator.boundingBox();
  return [box.x + box.width / 2, box.y + box.height / 2];
}

test('motion runs at most five seconds and never forever; reduced motion shows the end state', async ({ page }) => {
  for (let step = 1; step <= steps.en.length; step++) {
    await page.goto(`/#en/explainer/${step}`);
    const full = page.getByRole('radio', { name: FULL });
    if (await full.count()) await full.check();
    const timings = await page.evaluate(() =>
      document.getAnimations().map((a) => {
        const t = a.effect.getComputedTiming();
        return { name: a.animationName, end: t.endTime, iterations: t.iterations, duration: t.duration };
      }),
    );
    expect(timings.length, `step ${step} moves`).toBeGreaterThan(0);
    for (const timing of timings) {
      expect(timing.iterations, timing.name).not.toBe(Infinity);
      expect(timing.end, `${timing.name} ends within 5 s`).toBeLessThanOrEqual(5000);
      expect(timing.duration / 1, `${timing.name} changes no more than three times a second`).toBeGreaterThanOrEqual(333);
    }
  }

  // The still: what the end of the motion shows is there from the start, with nothing moving.
  for (let step = 1; step <= 7; step++) {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(`/#en/explainer/${step}`);
    const moving = await still(page, stepPicture(page));
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/#en/explainer/${step}`);
    expect(await page.evaluate(() => document.getAnimations().length), `step ${step}: nothing moves`).toBe(0);
    const reduced = await still(page, stepPicture(page));
    expect(await differingShare(page, moving, reduced), `step ${step}: the still is the end state`).toBeLessThan(0.002);
  }
});

for (const language of ['en', 'es']) {
  test(`at 320 px no label overlaps another or leaves the drawing (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const check = async (where) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(320);
      const pictures = await page.locator('.jap-figure svg').evaluateAll((svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('foreignObject p')].map((label) => {
            const range = document.createRange();
            range.selectNodeContents(label);
            const r = range.getBoundingClientRect();
            const frame = label.parentElement.getBoundingClientRect();
            return {
              text: label.textContent,
              rect: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
              fits: label.scrollHeight <= label.clientHeight + 1 && r.right <= frame.right + 1 && r.bottom <= frame.bottom + 1,
              inside: r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
              size: parseFloat(getComputedStyle(label).fontSize) * (box.width / svg.viewBox.baseVal.width),
            };
          });
        }),
      );
      expect(pictures.length, `${where}: a picture is drawn`).toBeGreaterThan(0);
      for (const labels of pictures) {
        expect(labels.length, `${where}: the picture has labels`).toBeGreaterThan(0);
        for (const label of labels) {
          expect(label.text.trim().length, `${where}: a label is empty`).toBeGreaterThan(0);
          expect(label.fits, `${where}: "${label.text}" fits its box`).toBe(true);
          expect(label.inside, `${where}: "${label.text}" lies inside the drawing`).toBe(true);
          expect(label.size, `${where}: "${label.text}" is readable`).toBeGreaterThanOrEqual(12);
        }
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            const [a, b] = [labels[i].rect, labels[j].rect];
            const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
            expect(overlap, `${where}: "${labels[i].text}" and "${labels[j].text}" overlap`).toBe(false);
          }
        }
      }
    };
    for (let step = 1; step <= 7; step++) {
      await page.goto(`/#${language}/explainer/${step}`);
      // Spanish on the English page once its words have come (src/hooks/languages.rs).
      await expect(page.locator('.jap')).toHaveAttribute('lang', language);
      await check(`step ${step}`);
    }
  });
}

test('treatment medication is never on the activation scale', async ({ page }) => {
  for (const language of ['en', 'es']) {
    await page.goto(`/#${language}/explainer/1`);
    await expect(page.locator('.jap')).toHaveAttribute('lang', language);
    const choices = await page.locator('.jap-choice').allTextContents();
    expect(choices).toHaveLength(4);
    for (const choice of choices) expect(choice).not.toMatch(/bupren|methad|metad/i);
  }
  await page.goto('/#en/explainer/7');
  await expect(page.locator('.jap-try')).toHaveCount(0);
  await expect(page.locator('.jap-step-figure .jap-checks g')).toHaveCount(3);
  await expect(page.locator('.jap-step-figure .jap-crosses g')).toHaveCount(3);
});
