// The benchmark: `bash scripts/bench.sh` builds both pages, then runs this. It prints
// - bytes of the first load, per asset and in total: raw, gzip (-9) and brotli (q 11);
// - cold load to interactive in headless Chromium with 4x CPU throttling and a slow-4G network
//   (DevTools protocol), as the page sees it (its first control in place and the frame that shows
//   it painted): median, min and max of RUNS runs, for the widget and for a minimal Yew
//   reference page built the same way, and the ratio of the two; beside them, over the same
//   loads, the Largest Contentful Paint (median) and the cumulative layout shift (the largest
//   of the runs), as the browser reports them;
// - answer click to feedback painted, over QUIZZES full quiz runs (default 6, each on a fresh
//   page; same throttling), and to the start of the frame after it, with the main thread's work
//   over that span as the browser counts it (all, script, layout, style: steadier than the
//   clock); beside it, the reference's click to its change painted, the floor of any Yew page
//   on the machine;
// - memory after a full quiz run and a full explainer run: JS heap and WebAssembly memory; and
//   the same of the reference page once started and clicked, the floor of any Yew page.
// Timings vary from machine to machine: compare the ratios. Only bytes are enforced in CI.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const RUNS = Number(process.env.RUNS ?? 7);
const QUIZZES = Number(process.env.QUIZZES ?? 6);
// Pages are measured once settled, not while their load's background work still runs.
const SETTLE_MS = 1000;
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const PAGES = {
  // The widget is interactive once it has taken its static first screen's place (the first
  // child of its element; the static copy comes after the summary).
  widget: { dir: 'dist', port: 4301, ready: '#just-a-plant > .jap:first-child .jap-step-title' },
  reference: { dir: 'bench/reference/dist', port: 4302, ready: 'button' },
};

function serve({ dir, port }) {
  const server = spawn('node', ['e2e/serve.mjs', dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => server.stdout.once('data', () => resolve(server)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => value.toFixed(0);

/// A fresh, throttled page with a note of when the page first became usable.
async function throttledPage(browser, network) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (event) => {
      window.wasmMemoryBytes = () => event.detail.wasm.memory.buffer.byteLength;
    });
    // The load as a person sees it: when the largest piece of content was painted, and how far
    // content moved under them (shifts right after an input do not count).
    window.loadMetrics = { largestPaint: NaN, layoutShift: 0 };
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) window.loadMetrics.largestPaint = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) if (!entry.hadRecentInput) window.loadMetrics.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

/// Bytes of everything the page loads on its first visit.
async function firstLoadBytes(browser, { port, ready }) {
  const { context, page } = await throttledPage(browser, false);
  const assets = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => null);
    if (body) assets.push({ name: new URL(response.url()).pathname.slice(1) || 'index.html', body });
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  // What was asked for only after the WebAssembly had arrived (the other languages' words,
  // fetched once the widget has started) is not part of the first load.
  const afterStart = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const wasm = Math.max(...entries.filter((e) => e.name.endsWith('.wasm')).map((e) => e.responseEnd));
    return entries.filter((e) => e.startTime > wasm).map((e) => new URL(e.name).pathname.slice(1));
  });
  await context.close();
  return assets.map(({ name, body }) => ({
    name,
    afterStart: afterStart.includes(name),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }));
}

/// A cold, throttled load: milliseconds from navigation to the first usable control, and to
/// the Largest Contentful Paint; and the cumulative layout shift over the load (read once the
/// page is usable and a second has passed for anything still to move).
async function coldLoad(browser, { port, ready }) {
  const { context, page } = await throttledPage(browser, true);
  // Usable: the first control is in the page and the frame that shows it has been painted (an
  // animation frame, then a task), as the page itself sees it happen; waiting for it from
  // outside would add the harness's polling, the more of it the later the page gets there.
  await page.addInitScript((ready) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector(ready)) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.usableAt = performance.now())));
    }).observe(document, { childList: true, subtree: true });
  }, ready);
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.usableAt > 0);
  const interactive = await page.evaluate(() => window.usableAt);
  await page.waitForTimeout(1000);
  const { largestPaint, layoutShift } = await page.evaluate(() => window.loadMetrics);
  await context.close();
  return { interactive, largestPaint, layoutShift };
}

/// Milliseconds from a click on `click` to the change it makes in `watch` painted (a message
/// posted in the frame that first shows the change arrives once that frame is painted, the
/// "after frame" measure), and to the start of the frame after that one (two animation frames,
/// an upper bound that adds up to a frame of waiting). As with a real click or key press, the
/// button has the focus first (a frame earlier): where the click takes it off the page, the
/// browser's moving the focus is part of the answer's cost.
async function clickToPainted(page, click, watch) {
  await page.evaluate(
    (click) =>
      new Promise((resolve) => {
        document.querySelector(click).focus();
        requestAnimationFrame(() => setTimeout(resolve, 0));
      }),
    click,
  );
  return page.evaluate(
    ({ click, watch }) =>
      new Promise((resolve) => {
        const before = document.querySelector(watch).textContent;
        const start = performance.now();
        document.querySelector(click).click();
        const frame = () => {
          if (document.querySelector(watch).textContent === before) return requestAnimationFrame(frame);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const painted = performance.now() - start;
            requestAnimationFrame(() => resolve({ painted, nextFrame: performance.now() - start }));
          };
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(frame);
      }),
    { click, watch },
  );
}

/// The browser's running totals of its main thread's work on `cdp`'s page, in milliseconds.
async function mainThreadWork(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const total = (name) => metrics.find((metric) => metric.name === name).value * 1000;
  return { task: total('TaskDuration'), script: total('ScriptDuration'), layout: total('LayoutDuration'), style: total('RecalcStyleDuration') };
}

/// Each answer of a full quiz on a fresh page (4x CPU): click to painted, and the main thread's
/// work from the click to the start of the frame after the paint (all of it, then its script,
/// layout and style), added to `times`; returns the page, the quiz done.
async function answerQuiz(browser, times) {
  const { context, page, cdp } = await throttledPage(browser, false);
  await cdp.send('Performance.enable');
  await page.goto(`http://127.0.0.1:${PAGES.widget.port}/#quiz`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.waitForTimeout(SETTLE_MS);
  const answer = '.jap-quiz [data-answer="myth"]';
  while ((await page.locator(answer).count()) > 0) {
    const before = await mainThreadWork(cdp);
    const { painted, nextFrame } = await clickToPainted(page, answer, '.jap-quiz');
    const after = await mainThreadWork(cdp);
    times.painted.push(painted);
    times.nextFrame.push(nextFrame);
    for (const part of Object.keys(times.work)) times.work[part].push(after[part] - before[part]);
    await page.locator('.jap-quiz .jap-primary').click();
    await page.locator('.jap-quiz:is([data-screen="question"], [data-screen="results"])').waitFor();
  }
  return { context, page };
}

/// Click to painted, and the main thread's work, for each answer of QUIZZES full quizzes, each
/// on a fresh page (4x CPU): one quiz's dozen answers cannot tell a millisecond apart. The first
/// quiz's page stays open for the memory measure.
async function answerToFeedback(browser) {
  const times = { painted: [], nextFrame: [], work: { task: [], script: [], layout: [], style: [] } };
  const { context, page } = await answerQuiz(browser, times);
  for (let quiz = 1; quiz < QUIZZES; quiz++) await (await answerQuiz(browser, times)).context.close();
  return { page, context, times };
}

/// The reference page, started (4x CPU) and settled: its clicks are the floor of any Yew page
/// on this machine.
async function settledReference(browser) {
  const reference = await throttledPage(browser, false);
  await reference.page.goto(`http://127.0.0.1:${PAGES.reference.port}/`);
  await reference.page.waitForSelector(PAGES.reference.ready);
  await reference.page.waitForTimeout(SETTLE_MS);
  return reference;
}

/// JS heap and WebAssembly memory, in bytes, of a page that has been used.
async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
  const wasm = await page.evaluate(() => window.wasmMemoryBytes?.() ?? NaN);
  return { heap, wasm };
}

const servers = await Promise.all(Object.values(PAGES).map(serve));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  console.log('\nFirst load, bytes (KB = 1024 bytes)');
  console.log('page       asset                                      raw KB   gzip KB  brotli KB');
  const totals = {};
  for (const [name, page] of Object.entries(PAGES)) {
    const loaded = await firstLoadBytes(browser, page);
    const row = (label, { raw, gzip, brotli }) =>
      console.log(`${name.padEnd(10)} ${label.padEnd(40)} ${kb(raw).padStart(8)} ${kb(gzip).padStart(9)} ${kb(brotli).padStart(10)}`);
    // What the page asks for once it is usable (the other languages' words) is not first load.
    for (const asset of loaded.filter(({ afterStart }) => afterStart)) row(`(after start) ${asset.name}`, asset);
    const assets = loaded.filter(({ afterStart }) => !afterStart);
    for (const asset of assets) row(asset.name, asset);
    const sum = (key) => assets.reduce((total, asset) => total + asset[key], 0);
    totals[name] = { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
    row('total', totals[name]);
  }
  console.log(`widget adds ${kb(totals.widget.gzip - totals.reference.gzip)} KB gzip to the minimal Yew app`);

  console.log(`\nCold load, 4x CPU, slow 4G, ${RUNS} runs: to interactive and Largest Contentful Paint (ms), layout shift`);
  console.log('           interactive               LCP');
  console.log('page        median     min     max    median   layout shift (largest)');
  const loads = {};
  for (const [name, page] of Object.entries(PAGES)) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await coldLoad(browser, page));
    loads[name] = runs.map((run) => run.interactive);
    const largestPaint = median(runs.map((run) => run.largestPaint));
    const layoutShift = Math.max(...runs.map((run) => run.layoutShift));
    console.log(
      `${name.padEnd(10)} ${ms(median(loads[name])).padStart(7)} ${ms(Math.min(...loads[name])).padStart(7)} ${ms(Math.max(...loads[name])).padStart(7)}` +
        ` ${ms(largestPaint).padStart(9)}   ${layoutShift.toFixed(4)}`,
    );
  }
  console.log(`ratio widget / reference (interactive medians): ${(median(loads.widget) / median(loads.reference)).toFixed(2)}`);

  const { page, context, times } = await answerToFeedback(browser);
  const spread = (list) => `median ${ms(median(list))}, min ${ms(Math.min(...list))}, max ${ms(Math.max(...list))}`;
  console.log(`\nAnswer click, 4x CPU, ${times.painted.length} answers in ${QUIZZES} quizzes (ms):`);
  console.log(`  to the feedback painted (after the frame that draws it): ${spread(times.painted)}`);
  console.log(`  to the start of the next frame (two animation frames):   ${spread(times.nextFrame)}`);
  const work = Object.entries(times.work).map(([part, list]) => `${part} ${median(list).toFixed(2)}`).join(', ');
  console.log(`  main thread's work, click to the next frame (medians):   ${work}`);
  const reference = await settledReference(browser);
  const floorClicks = [];
  for (let i = 0; i < 12; i++) floorClicks.push((await clickToPainted(reference.page, 'button', 'main')).painted);
  await reference.context.close();
  console.log(`  the reference's click to its count painted (the floor):  ${spread(floorClicks)}`);

  await page.goto(`http://127.0.0.1:${PAGES.widget.port}/#explainer/1`);
  // Every compare picture (beside the first four steps), then every step's scene.
  for (const choice of ['Mitragynine', '7-hydroxymitragynine', 'Heroin or oxycodone', 'Nothing']) {
    await page.getByRole('radio', { name: choice, exact: true }).check();
  }
  for (let step = 1; step < 7; step++) await page.getByRole('button', { name: 'Next step' }).click();
  const used = await memory(page);
  const total = used.heap + used.wasm;
  console.log(`\nMemory after a full quiz run and a full explainer run: JS heap ${kb(used.heap)} KB, WebAssembly ${kb(used.wasm)} KB, total ${(total / 1024 / 1024).toFixed(2)} MB`);
  await context.close();
  // The same measure of the reference, started and clicked once: the floor any Yew page has.
  // A fresh page: the timed clicks' scripts would add half a megabyte of JS heap.
  const started = await throttledPage(browser, false);
  await started.page.goto(`http://127.0.0.1:${PAGES.reference.port}/`);
  await started.page.locator(PAGES.reference.ready).click();
  const floor = await memory(started.page);
  console.log(`Memory of the reference, started and clicked: JS heap ${kb(floor.heap)} KB, WebAssembly ${kb(floor.wasm)} KB, total ${((floor.heap + floor.wasm) / 1024 / 1024).toFixed(2)} MB`);
  await started.context.close();
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}
