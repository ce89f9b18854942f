// Embedding as a recovery center's web person does it: the README's and the builder's snippets on
// a themed host page of another origin (e2e/host-page.js), at a phone's and a desktop's width.
// Each test is one finding of the embedding review: what used to go wrong, and now does not.
import { test as base, expect } from '@playwright/test';
import { serveHostPage } from './host-page.js';
import { finishRound, pdfPages, ui, steps } from './fixtures.js';

const { en, es } = ui;

/// Each test gets `center(snippet)`, which opens a host page holding the snippet (the widget's
/// address is this test server's), and fails on any error in the page or any request to a third
/// origin.
const test = base.extend({
  center: async ({ page, baseURL }, use) => {
    const errors = [];
    const origins = new Set();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    const opened = [];
    await use(async (options) => {
      const host = await serveHostPage({
        ...options,
        body: options.body.replaceAll('WIDGET/', `${baseURL}/`),
        head: (options.head ?? '').replaceAll('WIDGET/', `${baseURL}/`),
      });
      opened.push(host);
      return host.url;
    });
    for (const host of opened) await host.close();
    expect(errors, 'errors in the page').toEqual([]);
    const allowed = [new URL(baseURL).origin, ...opened.map((host) => new URL(host.url).origin)];
    expect([...origins].filter((origin) => !allowed.includes(origin)), 'third origins').toEqual([]);
  },
});

const SCRIPT = '<script type="module" src="WIDGET/embed.js"></script>';
/// The README's iframe snippet: the frame, with `query` in its address, and the host script.
const FRAME = (query = '') =>
  `<iframe data-just-a-plant-frame src="WIDGET/index.html${query}" title="${en.widget_label}"` +
  ' width="100%" allow="clipboard-write; web-share"></iframe><script src="WIDGET/just-a-plant-frame.js" defer></script>';
const widget = (page) => page.locator('[data-just-a-plant]').locator('.jap');
const title = (page) => widget(page).locator('.jap-step-title');

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('2: the page’s own anchors and WordPress’s #?secret= leave the widget where it is', async ({ page, center }) => {
      const url = await center({ head: SCRIPT, body: '<div data-just-a-plant></div>' });
      for (const arrival of ['#comments', '#content', '#respond', '#?secret=AbC123xyz']) {
        await page.goto(`${url}${arrival}`);
        await expect(title(page)).toHaveText(steps.en[0].title);
        await expect(widget(page).locator('.jap-notice')).toHaveCount(0);
        expect(new URL(page.url()).hash).toBe(arrival);
      }
      for (let step = 1; step < 5; step++) await widget(page).getByRole('button', { name: en.next_step_button }).click();
      await expect(title(page)).toHaveText(steps.en[4].title);
      await expect(page).toHaveURL(/explainer\/5$/);
      await page.getByRole('link', { name: 'Skip to content' }).click();
      await expect(page).toHaveURL(/#content$/);
      await page.getByRole('link', { name: 'Comments' }).click();
      await expect(page).toHaveURL(/#comments$/);
      await page.evaluate(() => (location.hash = '?secret=AbC123xyz'));
      await page.waitForFunction(() => location.hash === '#?secret=AbC123xyz');
      await expect(title(page)).toHaveText(steps.en[4].title);
      await expect(widget(page).locator('.jap-notice')).toHaveCount(0);
      // Back through the page's anchors to the widget's own fragments, which it follows.
      await page.goBack();
      await page.goBack();
      await page.goBack();
      await expect(page).toHaveURL(/explainer\/5$/);
      await expect(title(page)).toHaveText(steps.en[4].title);
      await page.goBack();
      await expect(title(page)).toHaveText(steps.en[3].title);
    });

    test('3: the README’s kiosk snippet is styled and isolated on the host page', async ({ page, center }) => {
      const url = await center({ head: SCRIPT, body: '<div data-just-a-plant data-kiosk="true" data-idle-seconds="120"></div>' });
      await page.goto(url);
      await expect(title(page)).toHaveText(steps.en[0].title);
      expect(await page.locator('[data-just-a-plant]').evaluate((host) => host.shadowRoot !== null)).toBe(true);
      const next = widget(page).getByRole('button', { name: en.next_step_button });
      expect(await next.evaluate((button) => getComputedStyle(button).textTransform)).toBe('none');
      expect(await next.evaluate((button) => getComputedStyle(button).backgroundColor)).not.toBe('rgb(13, 110, 253)');
      const diagram = await widget(page).locator('.jap-step-figure svg').boundingBox();
      expect(diagram.width).toBeGreaterThan(200);
      await expect(widget(page).locator('.jap-share-button')).toHaveCount(0);
    });

    test('4: the frame is exactly as tall as the widget, with no inner scrollbar', async ({ page, center }) => {
      const url = await center({ body: FRAME() });
      await page.goto(url);
      const inside = page.frameLocator('iframe').locator('html');
      await expect(page.frameLocator('iframe').locator('.jap-step-title')).toBeVisible();
      await expect
        .poll(() => inside.evaluate((html) => html.scrollHeight - innerHeight), { message: 'content taller than the frame' })
        .toBe(0);
    });
  });
}

test('2: the standalone page still says when its own link cannot be opened', async ({ page }) => {
  await page.goto('/#comments');
  await expect(page.locator('.jap-notice')).toBeVisible();
  await expect(page.locator('.jap-step-title')).toHaveText(steps.en[0].title);
});

test('1: a frame takes every option in its address, as the script embed takes attributes', async ({ page, center }) => {
  const options = 'sections=quiz&locale=es&accent=%232e7d32&help-name=Riverside&help-tel=%2B15555550100';
  const url = await center({ body: FRAME(`?${options}`) });
  await page.goto(url);
  const frame = page.frameLocator('iframe').locator('.jap');
  await expect(frame).toHaveAttribute('lang', 'es');
  await expect(frame.locator('.jap-quiz')).toBeVisible();
  await expect(frame.locator('.jap-explainer')).toHaveCount(0);
  const start = frame.getByRole('button', { name: es.start_button });
  expect(await start.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(46, 125, 50)');
  await expect(frame.getByRole('link', { name: '+15555550100' })).toHaveAttribute('href', 'tel:+15555550100');
  await expect(frame.locator('.jap-help')).toContainText('Riverside');
});

test('9: the host styles the element’s outer box, and nothing inside', async ({ page, center }) => {
  const url = await center({
    head: SCRIPT,
    style: '[data-just-a-plant] { margin: 48px auto; max-width: 600px; border: 2px solid #222; text-transform: uppercase; color: #f0f }',
    body: '<div data-just-a-plant></div>',
  });
  await page.goto(url);
  await expect(title(page)).toHaveText(steps.en[0].title);
  const host = page.locator('[data-just-a-plant]');
  const box = await host.boundingBox();
  expect(box.width).toBeLessThanOrEqual(600);
  const outer = await host.evaluate((element) => {
    const style = getComputedStyle(element);
    return [style.marginTop, style.borderTopWidth];
  });
  expect(outer).toEqual(['48px', '2px']);
  // Inside, the host page's text-transform, colour and button theme do not reach.
  const inside = await title(page).evaluate((element) => [getComputedStyle(element).textTransform, getComputedStyle(element).color]);
  expect(inside[0]).toBe('none');
  expect(inside[1]).not.toBe('rgb(255, 0, 255)');
  const next = widget(page).getByRole('button', { name: en.next_step_button });
  expect(await next.evaluate((button) => getComputedStyle(button).backgroundColor)).not.toBe('rgb(13, 110, 253)');
});

test.describe('7: a reader whose device prefers dark', () => {
  test.use({ colorScheme: 'dark' });
  const background = (locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
  const WHITE = 'rgb(255, 255, 255)';
  const DARK = 'rgb(20, 24, 28)';

  test('sees a light widget on a host page unless the host chooses dark or the reader’s own', async ({ page, center }) => {
    const url = await center({
      head: SCRIPT,
      body:
        '<div id="plain" data-just-a-plant></div><div id="dark" data-just-a-plant data-theme="dark"></div>' +
        '<div id="own" data-just-a-plant data-theme="auto" data-accent="#6a1b9a"></div>',
    });
    await page.goto(url);
    const jap = (id) => page.locator(`#${id}`).locator('.jap');
    await expect(jap('plain').locator('.jap-step-title')).toBeVisible();
    expect(await background(jap('plain'))).toBe(WHITE);
    expect(await background(jap('dark'))).toBe(DARK);
    expect(await background(jap('own'))).toBe(DARK);
    // The center's accent stays on the filled buttons in dark colours, whose text it was checked with.
    const next = jap('own').getByRole('button', { name: en.next_step_button });
    expect(await background(next)).toBe('rgb(106, 27, 154)');
    expect(await next.evaluate((button) => getComputedStyle(button).color)).toBe(WHITE);
  });

  test('sees a light frame on a host page unless its address says otherwise', async ({ page, center }) => {
    const url = await center({ body: `${FRAME()}${FRAME('?theme=auto')}` });
    await page.goto(url);
    const [light, own] = [page.frameLocator('iframe').first(), page.frameLocator('iframe').nth(1)];
    await expect(light.locator('.jap-step-title')).toBeVisible();
    await expect(own.locator('.jap-step-title')).toBeVisible();
    expect(await background(light.locator('body'))).toBe(WHITE);
    expect(await background(light.locator('.jap'))).toBe(WHITE);
    expect(await background(own.locator('body'))).toBe(DARK);
  });
});

test('7: the widget’s own page follows the reader’s device', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  await expect(page.locator('.jap-step-title')).toBeVisible();
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe('rgb(20, 24, 28)');
  await context.close();
});


test('6: the widget’s Print button prints the widget alone from a host page; the page’s own printing is untouched', async ({ page, center }) => {
  // The browser's print dialog cannot open in a test: Print records the call, and the test
  // plays the browser's part, firing beforeprint and afterprint around the printout.
  await page.addInitScript(() => {
    window.printed = 0;
    window.print = () => {
      window.printed += 1;
    };
  });
  const url = await center({ head: SCRIPT, body: '<div data-just-a-plant data-sections="quiz"></div>' });
  await page.goto(url);
  const root = widget(page);
  await finishRound(root);
  const hostContent = [page.locator('.site-header'), page.locator('h1'), page.locator('.sidebar'), page.locator('#comments')];

  await root.getByRole('button', { name: en.print_button }).click();
  expect(await page.evaluate(() => window.printed)).toBe(1);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  for (const content of hostContent) await expect(content).toBeHidden();
  await expect(root.getByRole('heading', { name: en.print_title })).toBeVisible();
  await expect(root.locator('.jap-help')).toContainText(en.helpline_phone);
  expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);

  // After printing, the page is as it was; printing it any other way prints it whole.
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.locator('#respond textarea').focus();
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  for (const content of hostContent) await expect(content).toBeVisible();
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
});

test('6: in a frame, the widget’s Print button prints the frame’s own page, not the host page', async ({ page, center }) => {
  const url = await center({ body: FRAME('?sections=quiz') });
  await page.goto(url);
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => (window.printed += 1);
  });
  const frame = page.frames().find((candidate) => candidate.url().includes('index.html'));
  await frame.evaluate(() => {
    window.printed = 0;
    window.print = () => (window.printed += 1);
  });
  await finishRound(page.frameLocator('iframe').locator('.jap'));
  await page.frameLocator('iframe').getByRole('button', { name: en.print_button }).click();
  expect(await frame.evaluate(() => window.printed)).toBe(1);
  expect(await page.evaluate(() => window.printed)).toBe(0);
});

test('10: in a frame, Share gives a link to the host page, which opens the frame at that place', async ({ page, center }) => {
  // Every frame records what it was asked to share instead of opening a share sheet.
  await page.addInitScript(() => {
    navigator.share = async (data) => {
      window.shared = data;
    };
  });
  const url = await center({ body: FRAME() });
  await page.goto(url);
  const frame = page.frameLocator('iframe').locator('.jap');
  await frame.getByRole('button', { name: en.next_step_button }).click();
  await frame.getByRole('button', { name: en.next_step_button }).click();
  await expect(frame.locator('.jap-step-title')).toHaveText(steps.en[2].title);
  const widgetFrame = page.frames().find((candidate) => candidate.url().includes('index.html'));
  await expect.poll(() => widgetFrame.evaluate(() => document.getElementById('just-a-plant').dataset.shareAddress)).toBe(url);
  await frame.getByRole('button', { name: en.share_step }).click();
  const shared = await widgetFrame.evaluate(() => window.shared.url);
  expect(shared).toBe(`${url}#en/explainer/3`);

  // Opened on the host page, the link opens the frame at that step; the host's own anchors do not.
  await page.goto(shared);
  await expect(frame.locator('.jap-step-title')).toHaveText(steps.en[2].title);
  await page.goto(`${url}#comments`);
  await expect(frame.locator('.jap-step-title')).toHaveText(steps.en[2].title);
  await page.reload();
  await expect(frame.locator('.jap-step-title')).toHaveText(steps.en[0].title);
  await expect(frame.locator('.jap-notice')).toHaveCount(0);
});

test('the widget never shows without its styles: the host’s summary stays until they arrive', async ({ page, center }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/widget-[0-9a-f]+\.css$/, async (route) => {
    await held;
    await route.continue();
  });
  const url = await center({ head: SCRIPT, body: '<div data-just-a-plant><p>Our short summary and helpline.</p></div>' });
  await page.goto(url);
  const host = page.locator('[data-just-a-plant]');
  await expect(host.getByText('Our short summary and helpline.')).toBeVisible();
  await page.waitForTimeout(500);
  await expect(host.locator('.jap')).toHaveCount(0);
  release();
  await expect(title(page)).toHaveText(steps.en[0].title);
  expect(await title(page).evaluate((element) => getComputedStyle(element).fontFamily)).not.toContain('Georgia');
  await expect(host.getByText('Our short summary and helpline.')).toBeHidden();
});

test.describe('6: printed from a dark screen', () => {
  test.use({ colorScheme: 'dark' });
  const colour = (locator) => locator.evaluate((element) => getComputedStyle(element).color);

  test('the printout is black on white, on the widget’s page and from a widget kept dark', async ({ page, center, baseURL }) => {
    await page.goto(`${baseURL}/#explainer/2`);
    await page.emulateMedia({ media: 'print' });
    expect(await colour(page.locator('.jap-step-title'))).toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ media: 'screen' });
    const url = await center({ head: SCRIPT, body: '<div data-just-a-plant data-theme="dark"></div>' });
    await page.goto(url);
    await expect(title(page)).toBeVisible();
    expect(await colour(title(page))).not.toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ media: 'print' });
    expect(await colour(title(page))).toBe('rgb(0, 0, 0)');
  });
});
