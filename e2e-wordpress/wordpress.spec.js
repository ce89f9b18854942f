// The plugin on a real WordPress (global-setup.js): what a recovery center's people do with it,
// by role, and what visitors then see. Every page fails its test on a request to another origin
// or an error (fixtures.js).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, logIn, publish, running, steps, ui } from './fixtures.js';

const { en, es } = ui;
const EMBED = /\/wp-content\/plugins\/just-a-plant\/widget\/embed\.js/;
const widgets = (page) => page.locator('[data-just-a-plant]');

/// The plugin's embed script on a page (not Listen's, which the widget adds once it has started).
const EMBED_SCRIPT = 'script[src*="just-a-plant"]:not([data-just-a-plant-listen])';

test('every PHP file of the plugin and the test site passes php -l', () => {
  const files = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.php') ? [path] : [];
    });
  const php = [...files('wordpress'), ...files('e2e-wordpress')];
  expect(php.length).toBeGreaterThan(5);
  for (const file of php) expect(execFileSync('php', ['-l', file], { encoding: 'utf8' })).toContain('No syntax errors');
});

test("the plugin's zip carries the widget's files and none of the build's pre-compressed copies (.br, .gz)", () => {
  const entries = execFileSync('unzip', ['-Z1', 'target/just-a-plant-wordpress.zip'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const widget = entries.filter((name) => name.startsWith('just-a-plant/widget/'));
  expect(widget).toContain('just-a-plant/widget/index.html');
  expect(widget.some((name) => name.endsWith('_bg.wasm'))).toBe(true);
  // The build wrote them beside the same files, so leaving them out is the zip's doing.
  expect(existsSync('dist/index.html.br') && existsSync('dist/index.html.gz')).toBe(true);
  expect(entries.filter((name) => /\.(?:br|gz)$/.test(name))).toEqual([]);
});

test("an administrator's block: the editor's preview is the live widget, the sidebar's options reach it, and the page shows it", async ({ page, visitor }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await logIn(page, 'admin');
  await page.goto('/wp-admin/post-new.php');
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
  await page.evaluate(() => {
    wp.data.dispatch('core/editor').editPost({ title: 'Is kratom just a plant?' });
    wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('just-a-plant/widget'));
  });
  const preview = page.locator('.wp-block-just-a-plant-widget[data-just-a-plant]');
  await expect(preview.locator('.jap-step-title')).toHaveText(steps.en[0].title);

  const sidebar = page.locator('.block-editor-block-inspector');
  await sidebar.getByLabel('Sections', { exact: true }).selectOption('quiz');
  await sidebar.getByLabel('Accent colour', { exact: true }).fill('#6a1b9a');
  await expect(preview).toHaveAttribute('data-accent', '#6a1b9a');
  await expect(preview).toHaveAttribute('data-sections', 'quiz');
  await expect(preview.getByRole('button', { name: en.start_button })).toBeVisible();
  await expect(preview.locator('.jap-step-title')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('editor-block.png') });

  const link = await page.evaluate(async () => {
    wp.data.dispatch('core/editor').editPost({ status: 'publish' });
    await wp.data.dispatch('core/editor').savePost();
    return wp.data.select('core/editor').getPermalink();
  });
  for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
    await visitor.setViewportSize(viewport);
    await visitor.goto(link);
    const widget = widgets(visitor);
    await expect(widget).toHaveAttribute('data-sections', 'quiz');
    await expect(widget).toHaveAttribute('data-accent', '#6a1b9a');
    await expect(widget.getByRole('button', { name: en.start_button })).toBeVisible();
    await widget.scrollIntoViewIfNeeded();
    // The screenshot once the widget's entrance animations (in its shadow root) have ended.
    await widget.evaluate((host) => Promise.all(host.shadowRoot.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished)));
    await visitor.screenshot({ path: testInfo.outputPath(`page-${name}.png`) });
  }
});

test("an author's shortcode shows a working widget: valid attributes reach it, invalid ones are dropped and not echoed", async ({ page, visitor }) => {
  await logIn(page, 'author');
  const post = await publish(
    page,
    'Kratom and recovery',
    '[just_a_plant sections="quiz" locale="es" radius="8px" help_name="Riverside Recovery" help_phone="(555) 555-0100" help_tel="+15555550100" accent="#ffff00" kiosk="maybe" font="<b>bold</b>" help_url="javascript:alert(1)"]',
  );
  const response = await visitor.goto(post.link);
  const html = await response.text();
  const widget = widgets(visitor);
  await expect(widget).toHaveCount(1);
  for (const [name, value] of [['sections', 'quiz'], ['locale', 'es'], ['radius', '8px'], ['help-name', 'Riverside Recovery'], ['help-tel', '+15555550100']]) {
    await expect(widget).toHaveAttribute(`data-${name}`, value);
  }
  for (const name of ['accent', 'kiosk', 'font', 'help-url']) expect(await widget.getAttribute(`data-${name}`)).toBeNull();
  for (const dropped of ['ffff00', '<b>bold', 'javascript:']) expect(html).not.toContain(dropped);
  // Until it starts, the element holds the summary and the helplines in the widget's language.
  const summary = await widget.evaluate((element) => element.textContent);
  expect(summary).toContain(es.page_summary_question);
  expect(summary).toContain('Riverside Recovery: (555) 555-0100');
  // Running: in Spanish, the quiz alone, the center's contact first.
  await expect(running(widget).getByRole('button', { name: es.start_button })).toBeVisible();
  await expect(running(widget).getByText('Riverside Recovery')).toBeVisible();
  await expect(running(widget).locator('.jap-step-title')).toHaveCount(0);
});

test("the README's shortcode works as printed: each of its attributes reaches the widget, which starts", async ({ page, visitor }) => {
  const [shortcode] = readFileSync('README.md', 'utf8').match(/\[just_a_plant [^\]]*\]/) ?? [];
  expect(shortcode, 'the README prints a shortcode').toBeTruthy();
  const attributes = [...shortcode.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name.replaceAll('_', '-'), value]);
  expect(attributes.length).toBeGreaterThan(1);
  await logIn(page, 'author');
  const post = await publish(page, 'From the README', shortcode);
  await visitor.goto(post.link);
  const widget = widgets(visitor);
  for (const [name, value] of attributes) await expect(widget).toHaveAttribute(`data-${name}`, value);
  const locale = attributes.find(([name]) => name === 'locale')?.[1] ?? 'en';
  const start = attributes.find(([name]) => name === 'sections')?.[1] === 'quiz' ? ui[locale].start_button : ui[locale].next_step_button;
  await expect(running(widget).getByRole('button', { name: start })).toBeVisible();
});

test("an author's pasted <script> is stripped on save, and the plugin's widget on the same page still starts", async ({ page, visitor }) => {
  await logIn(page, 'author');
  const snippet = '<script type="module" src="/wp-content/plugins/just-a-plant/widget/embed.js"></script>\n<div data-just-a-plant></div>';
  const pasted = await publish(page, 'Pasted snippet', snippet);
  expect(pasted.content.raw).not.toContain('<script');
  await visitor.goto(pasted.link);
  await expect(visitor.locator(EMBED_SCRIPT)).toHaveCount(0);

  const both = await publish(page, 'Pasted snippet and shortcode', `${snippet}\n\n[just_a_plant sections="explainer"]`);
  expect(both.content.raw).not.toContain('<script');
  await visitor.goto(both.link);
  await expect(visitor.locator(EMBED_SCRIPT)).toHaveCount(1);
  await expect(running(visitor.locator('[data-sections="explainer"]')).locator('.jap-step-title')).toHaveText(steps.en[0].title);
});

test('two widgets on a page load the embed script once, and both start', async ({ page, visitor }) => {
  await logIn(page, 'author');
  const post = await publish(page, 'Two widgets', '[just_a_plant sections="quiz"]\n\n<p>Between them.</p>\n\n[just_a_plant sections="explainer"]');
  const loads = [];
  visitor.on('request', (request) => EMBED.test(request.url()) && loads.push(request.url()));
  await visitor.goto(post.link);
  await expect(widgets(visitor)).toHaveCount(2);
  await expect(running(visitor.locator('[data-sections="quiz"]')).getByRole('button', { name: en.start_button })).toBeVisible();
  await expect(running(visitor.locator('[data-sections="explainer"]')).locator('.jap-step-title')).toHaveText(steps.en[0].title);
  // The embed script, and Listen's (brought by the widget after its start, one for the page).
  const embed = visitor.locator(EMBED_SCRIPT);
  await expect(embed).toHaveCount(1);
  await expect(embed).toHaveAttribute('type', 'module');
  await expect(embed).toHaveAttribute('data-no-optimize', '1');
  await expect(visitor.locator('script[data-just-a-plant-listen]')).toHaveCount(1);
  expect(loads).toHaveLength(1);
});

test("the settings page sets the default help contact, refuses a colour that cannot be read, and a widget's own contact wins", async ({ page, visitor }) => {
  await logIn(page, 'author');
  const plain = await publish(page, 'Default contact', '[just_a_plant]');
  const own = await publish(page, 'Own contact', '[just_a_plant help_name="Hillside Clinic" help_url="https://hillside.example/help"]');
  // An author may not change the center's settings.
  const refused = await page.request.get('/wp-admin/options-general.php?page=just-a-plant');
  expect(refused.status()).toBe(403);
  expect(await refused.text()).not.toContain('just-a-plant-help-name');

  await page.context().clearCookies();
  await logIn(page, 'admin');
  await page.goto('/wp-admin/options-general.php?page=just-a-plant');
  await page.locator('#just-a-plant-help-name').fill('Riverside Recovery');
  await page.locator('#just-a-plant-help-phone').fill('(555) 555-0100');
  await page.locator('#just-a-plant-help-tel').fill('+15555550100');
  await page.locator('#just-a-plant-accent').fill('#ffff00');
  await page.locator('#just-a-plant-help-mode').selectOption('replace');
  await page.locator('#submit').click();
  await expect(page.locator('.notice-error, .error')).toContainText('Accent colour');
  await expect(page.locator('#just-a-plant-help-name')).toHaveValue('Riverside Recovery');
  await expect(page.locator('#just-a-plant-accent')).toHaveValue('');

  await visitor.goto(plain.link);
  const widget = widgets(visitor);
  await expect(widget).toHaveAttribute('data-help-name', 'Riverside Recovery');
  await expect(widget).toHaveAttribute('data-help-mode', 'replace');
  expect(await widget.getAttribute('data-accent')).toBeNull();
  await expect(running(widget).getByText('Riverside Recovery')).toBeVisible();
  await expect(running(widget).getByRole('link', { name: en.helpline_phone })).toHaveCount(0);

  await visitor.goto(own.link);
  await expect(widgets(visitor)).toHaveAttribute('data-help-name', 'Hillside Clinic');
  await expect(running(widgets(visitor)).getByText('Hillside Clinic')).toBeVisible();
  await expect(running(widgets(visitor)).getByText('Riverside Recovery')).toHaveCount(0);
});

test("a pasted address of the widget's page embeds it: WordPress's sandboxed frame shows the first screen without a notice, and fits the column and its height", async ({ page, visitor, baseURL }, testInfo) => {
  await logIn(page, 'admin');
  const post = await publish(page, 'Embedded', `<p>Before the widget.</p>\n\n${baseURL}/wp-content/plugins/just-a-plant/widget/\n\n<p>After it.</p>`);
  await visitor.setViewportSize({ width: 390, height: 844 });
  await visitor.goto(post.link);
  const iframe = visitor.locator('iframe.wp-embedded-content');
  await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
  expect(await iframe.getAttribute('src')).toMatch(/\/widget\/index\.html#\?secret=[A-Za-z0-9]+$/);
  const frame = visitor.frameLocator('iframe.wp-embedded-content');
  await expect(frame.locator('.jap-step-title')).toHaveText(steps.en[0].title);
  await expect(frame.locator('.jap-notice')).toHaveCount(0);
  // The fallback link is hidden once the frame has spoken, and the frame is as tall as the
  // widget's page, within the bounds WordPress keeps to (200 to 1000 px).
  await expect(visitor.locator('blockquote.wp-embedded-content')).toBeHidden();
  const inner = visitor.frames().find((candidate) => /\/widget\/index\.html/.test(candidate.url()));
  await expect
    .poll(async () => {
      const height = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      return Number(await iframe.getAttribute('height')) - Math.min(1000, Math.max(200, height));
    })
    .toBe(0);
  const column = await visitor.locator('.entry-content').boundingBox();
  const box = await iframe.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(column.x);
  expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width + 0.5);
  await iframe.scrollIntoViewIfNeeded();
  await visitor.screenshot({ path: testInfo.outputPath('oembed-phone.png') });
});

test("uninstalling the plugin removes its option, and it stores nothing else", () => {
  const site = process.env.JUST_A_PLANT_WORDPRESS;
  const php = `define( 'WP_ADMIN', true ); $_SERVER['HTTP_HOST'] = '127.0.0.1';
    require 'wp-load.php'; require_once ABSPATH . 'wp-admin/includes/plugin.php';
    global $wpdb;
    $before = get_option( 'just_a_plant_defaults', 'none' );
    uninstall_plugin( 'just-a-plant/just-a-plant.php' );
    wp_cache_flush();
    $left = $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE '%just_a_plant%'" )
      + $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key LIKE '%just_a_plant%'" )
      + $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->usermeta} WHERE meta_key LIKE '%just_a_plant%'" );
    echo wp_json_encode( array( 'before' => $before, 'left' => (int) $left ) );`;
  const result = JSON.parse(execFileSync('php', ['-r', php], { cwd: site, encoding: 'utf8' }).trim().split('\n').pop());
  expect(result.before).toMatchObject({ help_name: 'Riverside Recovery' });
  expect(result.left).toBe(0);
});

test('the plugin caused no PHP error, warning or notice in any of these tests', () => {
  const log = join(process.env.JUST_A_PLANT_WORDPRESS, 'debug.log');
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [];
  expect(lines.filter((line) => line.includes('plugins/just-a-plant/'))).toEqual([]);
});
