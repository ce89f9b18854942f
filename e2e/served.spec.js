// Tests that run servers of their own: after one visit the widget works with its server
// stopped; a new build replaces the old cache, showing on the next load; and a host page on
// another origin embeds the widget by script. Each test serves its own copy on its own port,
// so it can stop the server.
import { test, expect } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ui, steps, sourceLink, pages, content } from './fixtures.js';

const { en } = ui;

let port = 4190;

/// A copy of dist/ served by the project's static server; `stop()` ends the server.
async function serveCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'jap-offline-'));
  cpSync('dist', dir, { recursive: true });
  port += 1;
  const server = spawn('node', ['e2e/serve.mjs', dir, String(port)], { stdio: 'pipe' });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return {
    dir,
    url: `http://127.0.0.1:${port}/`,
    stop: () => {
      server.kill();
      return exited;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/// Loads the page and waits until its service worker controls it.
async function visit(page, url) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('the second visit works with the server stopped', async ({ page }) => {
  const foreign = [];
  const site = await serveCopy();
  page.on('request', (request) => new URL(request.url()).origin !== new URL(site.url).origin && foreign.push(request.url()));
  try {
    await visit(page, site.url);
    await site.stop();
    await page.goto(`${site.url}#quiz`);
    await page.getByRole('button', { name: en.start_button }).click();
    await page.getByRole('button', { name: en.answer_myth, exact: true }).click();
    await expect(page.locator('.jap-verdict')).toBeVisible();
    await page.getByRole('link', { name: en.section_explainer }).click();
    await expect(page.locator('.jap-step-title')).toHaveText(steps.en[0].title);
    expect(foreign).toEqual([]);
  } finally {
    await site.stop();
    site.remove();
  }
});

for (const { path, locale } of pages.slice(1)) {
  test(`the page in ${locale.ui.language_name} works offline on the second visit, in its language, and so does its source page`, async ({ page }) => {
    const { code, ui: words } = locale;
    const site = await serveCopy();
    const address = new URL(path, site.url).href;
    try {
      await visit(page, address);
      await site.stop();
      await page.goto(`${address}#${code}/quiz`);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('.jap')).toHaveAttribute('lang', code);
      await page.getByRole('button', { name: words.start_button }).click();
      await page.getByRole('button', { name: words.answer_myth, exact: true }).click();
      await expect(page.locator('.jap-verdict')).toBeVisible();
      await page.goto(address);
      await expect(page.locator('.jap-step-title')).toHaveText(steps[code][0].title);
      const figure = page.locator('.jap-step .jap-source');
      const [source] = await Promise.all([
        page.context().waitForEvent('page'),
        figure.getByRole('link', { name: sourceLink(words) }).click(),
      ]);
      await source.waitForURL(new RegExp(`${path}source\\.html#`));
      await expect(source.locator('h1')).toHaveText(words.page_article_title);
    } finally {
      await site.stop();
      site.remove();
    }
  });
}

test('offline on the second visit, the first page still speaks every language: their words come from the service worker', async ({ page }) => {
  const [, other] = content.locales;
  const site = await serveCopy();
  try {
    await visit(page, site.url);
    await site.stop();
    await page.goto(`${site.url}#explainer/2`);
    await page.getByRole('button', { name: other.ui.language_name }).click();
    await expect(page.locator('.jap')).toHaveAttribute('lang', other.code);
    await expect(page.locator('.jap-step-title')).toHaveText(steps[other.code][1].title);
  } finally {
    await site.stop();
    site.remove();
  }
});

test('with the server stopped a quote still opens the source page at its passage', async ({ page }) => {
  const site = await serveCopy();
  try {
    await visit(page, site.url);
    await site.stop();
    await page.goto(`${site.url}#explainer/2`);
    const figure = page.locator('.jap-step .jap-source');
    const quote = (await figure.locator('blockquote').textContent()).trim();
    const [source] = await Promise.all([
      page.context().waitForEvent('page'),
      figure.getByRole('link', { name: sourceLink(en) }).click(),
    ]);
    await source.waitForURL(/\/source\.html#/);
    await source.waitForLoadState();
    await expect(source.locator('h1')).toHaveText(en.page_article_title);
    expect(await source.evaluate(() => document.querySelector(':target')?.textContent)).toContain(quote);
  } finally {
    await site.stop();
    site.remove();
  }
});

test('a new build replaces the old cache and shows on the next load', async ({ page }) => {
  const site = await serveCopy();
  const foreign = [];
  page.on('request', (request) => new URL(request.url()).origin !== new URL(site.url).origin && foreign.push(request.url()));
  try {
    await visit(page, site.url);
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);

    // A new build: the page changes, and the post-build step writes a new service worker.
    const index = join(site.dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<main class=page>', '<main class=page><p id=new-build>A new build</p>'));
    execFileSync('node', ['scripts/post-build.mjs', site.dir]);

    await page.reload();
    await expect(page.locator('#new-build')).toHaveText('A new build');
    await expect
      .poll(() => page.evaluate(() => caches.keys()), { timeout: 10_000 })
      .toEqual([expect.not.stringMatching(before[0])]);

    await site.stop();
    await page.reload();
    await expect(page.locator('#new-build')).toHaveText('A new build');
    expect(foreign).toEqual([]);
  } finally {
    await site.stop();
    site.remove();
  }
});

/// Runs the build step again on a copy of dist/ whose index.html `change` has rewritten; gives
/// what it said when it stopped (empty when it did not), and the files of the copy, by path.
function buildAgain(change = (html) => html, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'jap-build-'));
  try {
    cpSync('dist', dir, { recursive: true });
    const index = join(dir, 'index.html');
    writeFileSync(index, change(readFileSync(index, 'utf8')));
    let message = '';
    try {
      execFileSync('node', ['scripts/post-build.mjs', dir], { stdio: 'pipe', env: { ...process.env, ...env } });
    } catch (error) {
      message = String(error.stderr);
    }
    return { message, files: filesIn(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/// Every file below `dir`, as its path there and its contents.
const filesIn = (dir) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .filter((name) => statSync(join(dir, name)).isFile())
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );

test('the build step stops with a clear message when the page loads no glue it can check', () => {
  const { message } = buildAgain((html) => html.replace(/ integrity="?sha384-[A-Za-z0-9+/=]+"?/g, ''));
  expect(message).toContain('loads no JavaScript glue with an integrity hash');
});

test('the build step stops, saying what it looked for, when the page has no place for words it writes', () => {
  const { message } = buildAgain((html) => html.replace(/<meta [^>]*property=og:description>/, ''));
  expect(message).toContain('could not find og:description in index.html');
});

test('the build step run again on a built folder changes nothing', () => {
  const { message, files } = buildAgain();
  expect(message).toBe('');
  const built = filesIn('dist');
  expect(Object.keys(files).sort()).toEqual(Object.keys(built).sort());
  for (const [name, text] of Object.entries(built)) expect(files[name] === text, `${name} is unchanged`).toBe(true);
});

test('told where it is published, the build writes the oEmbed addresses in full, for any consumer', () => {
  const { message, files } = buildAgain(undefined, { JAP_PUBLIC_URL: 'https://example.org/just-a-plant' });
  expect(message).toBe('');
  const { html } = JSON.parse(files['oembed.json']);
  expect(html).toContain('<iframe src="https://example.org/just-a-plant/index.html"');
  expect(html).toContain('<a href="https://example.org/just-a-plant/index.html">');
  for (const name of pages.map(({ path }) => `${path.slice(1)}index.html`)) {
    const discovery = files[name].match(/<link\b[^>]*type="?application\/json\+oembed[^>]*>/)?.[0];
    expect(discovery, name).toMatch(/href="?https:\/\/example\.org\/just-a-plant\/oembed\.json/);
  }
  // Not told, every address stays relative to the page (as dist/ is built here).
  const built = JSON.parse(readFileSync('dist/oembed.json', 'utf8'));
  expect(built.html).toContain('<iframe src="index.html"');
  expect(readFileSync('dist/es/index.html', 'utf8')).toMatch(/href="?\.\.\/oembed\.json/);
  const refused = buildAgain(undefined, { JAP_PUBLIC_URL: 'ftp://example.org/' });
  expect(refused.message).toContain("JAP_PUBLIC_URL must be the bundle's full http(s) address");
});

test('a host page on another origin embeds the widget by script, with CORS', async ({ page, baseURL }) => {
  const dir = mkdtempSync(join(tmpdir(), 'jap-host-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title>` +
      `<script type="module" src="${baseURL}/embed.js"></script></head>` +
      `<body><h1>Another site</h1><div data-just-a-plant><p>Summary</p></div></body></html>`,
  );
  port += 1;
  const host = `http://127.0.0.1:${port}`;
  const server = spawn('node', ['e2e/serve.mjs', dir, String(port)], { stdio: 'pipe' });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  await new Promise((resolve) => server.stdout.once('data', resolve));
  const origins = new Set();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  try {
    await page.goto(`${host}/`);
    const widget = page.locator('[data-just-a-plant]').locator('.jap');
    await expect(widget.locator('.jap-step-title')).toHaveText(steps.en[0].title);
    await widget.getByRole('button', { name: en.next_step_button }).click();
    await expect(widget.locator('.jap-step-title')).toHaveText(steps.en[1].title);
    expect([...origins].sort()).toEqual([baseURL, host].sort());
  } finally {
    server.kill();
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the standalone page is installable: a manifest in the first language\'s words, with its own icons', async ({ page, request, baseURL }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(`${baseURL}/${href}`)).json();
  const [{ locale }] = pages;
  expect([manifest.name, manifest.short_name, manifest.description, manifest.lang]).toEqual([
    locale.ui.widget_label,
    locale.ui.page_heading,
    locale.ui.page_description,
    locale.code,
  ]);
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('./');
  const sizes = [];
  for (const icon of manifest.icons) {
    const response = await request.get(`${baseURL}/${icon.src}`);
    expect(response.status()).toBe(200);
    const png = await response.body();
    sizes.push(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`);
    expect(icon.sizes).toBe(sizes.at(-1));
  }
  expect(sizes).toEqual(['192x192', '512x512']);
});
