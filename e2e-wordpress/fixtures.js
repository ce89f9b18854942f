// What every WordPress test shares: the widget's words (from the build's content export, as the
// plugin ships it), and pages that fail their test on any request to another origin or any
// error. `page` is for the site's users (logged in with logIn), `visitor` a fresh browser that
// only reads the site.
import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';

/// The widget's words, by locale code, as the plugin carries them.
const content = JSON.parse(readFileSync('target/wordpress/just-a-plant/widget/content.json', 'utf8'));
export const ui = Object.fromEntries(content.locales.map((locale) => [locale.code, locale.ui]));
export const steps = Object.fromEntries(content.locales.map((locale) => [locale.code, locale.steps]));

/// Records, for `page`, every request to another origin than `origin` and every error.
function watch(page, origin, foreign, errors) {
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
}

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const foreign = [];
    const errors = [];
    watch(page, new URL(baseURL).origin, foreign, errors);
    await use(page);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'errors in the page').toEqual([]);
  },
  visitor: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const foreign = [];
    const errors = [];
    watch(page, new URL(baseURL).origin, foreign, errors);
    await use(page);
    await context.close();
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'errors in the page').toEqual([]);
  },
});

export { expect };

/// The test site's users: its administrator and an author (e2e-wordpress/install.php).
const PASSWORDS = { admin: 'admin-password', author: 'author-password' };

/// Logs `page` in as `user` through WordPress's login form.
export async function logIn(page, user) {
  await page.goto('/wp-login.php');
  // WordPress moves focus to the user name a moment after the form loads (wp_attempt_focus):
  // wait for that first, or on a slow machine it lands mid-way and the password goes there.
  await expect(page.locator('#user_login')).toBeFocused();
  await page.locator('#user_login').fill(user);
  await page.locator('#user_pass').fill(PASSWORDS[user]);
  await page.locator('#wp-submit').click();
  await page.waitForURL(/\/wp-admin\//);
}

/// Publishes a post as the user `page` is logged in as, through the REST API as the editor
/// saves (so WordPress filters it for that user's role); gives the saved post (`link`, and
/// `content.raw`: what WordPress kept).
export async function publish(page, title, content) {
  const nonce = await (await page.request.get('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
  const response = await page.request.post('/?rest_route=/wp/v2/posts', {
    headers: { 'X-WP-Nonce': nonce },
    data: { title, content, status: 'publish' },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

/// The widget (running: its shadow root holds the widget's root) in the element `host`.
export const running = (host) => host.locator('.jap');
