// Tests that run servers of their own: after one visit the widget works with its server
// stopped; a new build replaces the old cache, showing on the next load; and a host page on
// another origin embeds the widget by script. Each test serves its own copy on its own port,
// so it can stop the server.
import { test, expect } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('button', { name: 'Myth', exact: true }).click();
    await expect(page.locator('.jap-verdict')).toBeVisible();
    await page.getByRole('link', { name: 'How it works' }).click();
    await expect(page.locator('.jap-step-title')).toHaveText('A lock in the brain');
    expect(foreign).toEqual([]);
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
      figure.getByRole('link', { name: 'From the source article (read it whole)' }).click(),
    ]);
    await source.waitForURL(/\/source\.html#/);
    await source.waitForLoadState();
    await expect(source.locator('h1')).toHaveText('The source article: kratom and opioid recovery');
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
    writeFileSync(index, readFileSync(index, 'utf8').replace('<h1 class=page-title>Just a Plant?</h1>', '<h1 class=page-title>Just a Plant? New build</h1>'));
    execFileSync('node', ['scripts/post-build.mjs', site.dir]);

    await page.reload();
    await expect(page.locator('.page-title')).toHaveText('Just a Plant? New build');
    await expect
      .poll(() => page.evaluate(() => caches.keys()), { timeout: 10_000 })
      .toEqual([expect.not.stringMatching(before[0])]);

    await site.stop();
    await page.reload();
    await expect(page.locator('.page-title')).toHaveText('Just a Plant? New build');
    expect(foreign).toEqual([]);
  } finally {
    await site.stop();
    site.remove();
  }
});

test('the build step stops with a clear message when the page loads no glue it can check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jap-build-'));
  try {
    cpSync('dist', dir, { recursive: true });
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace(/ integrity="?sha384-[A-Za-z0-9+/=]+"?/g, ''));
    let message = '';
    try {
      execFileSync('node', ['scripts/post-build.mjs', dir], { stdio: 'pipe' });
    } catch (error) {
      message = String(error.stderr);
    }
    expect(message).toContain('loads no JavaScript glue with an integrity hash');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
    await expect(widget.locator('.jap-step-title')).toHaveText('A lock in the brain');
    await widget.getByRole('button', { name: 'Next step' }).click();
    await expect(widget.locator('.jap-step-title')).toHaveText('The main compound');
    expect([...origins].sort()).toEqual([baseURL, host].sort());
  } finally {
    server.kill();
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the standalone page is installable: a manifest with its own icons', async ({ page, request, baseURL }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(`${baseURL}/${href}`)).json();
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
