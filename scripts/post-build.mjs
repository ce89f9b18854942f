// Trunk post_build hook (also `node scripts/post-build.mjs DIR` on a built folder): finishes a
// build in place, and running it again gives the same result.
// 0. The JavaScript glue, minified (scripts/minify-glue.mjs), with its integrity hash updated,
//    and the page's own script (assets/page.js) and the iframe host script minified: their
//    comments are for the source.
// 1. The strict Content Security Policy: Trunk's loader is an inline module script, so the
//    policy allows exactly that script by its SHA-256 hash, computed from the final HTML. The
//    policy goes into the page and into csp.txt, for hosts (and the test server) to send.
//    Stylesheets with an integrity hash are fetched with CORS (crossorigin), so the hash can
//    be checked even in a sandboxed frame, whose origin is opaque.
// 2. The embed script, embed.js: one stable address for host pages, which loads this build's
//    hashed files relative to itself and mounts a widget into every [data-just-a-plant].
// 3. The source page, source.html: the source article whole, one element per line of
//    content/source/kratom-and-opioid-recovery.txt with the id `p<line>` (counting from 1, as
//    content_check::passage counts), a heading where a line ends without punctuation. Its
//    words around the article come from the `page_article_*` keys of each content/<lang>/ui.toml.
//    Styled by the widget's stylesheet and its own (assets/source.css); loaded only when a
//    quote's link opens it.
// 4. The service worker, sw.js: it precaches every file the widget needs, under a cache name
//    derived from the files' contents, so each new build replaces the old cache.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { minifyGlue } from './minify-glue.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: node scripts/post-build.mjs DIR (or run as a Trunk hook)');

/// Files that are not part of the widget itself, so they are not precached.
const NOT_PRECACHED = new Set(['sw.js', 'csp.txt', 'share-card.png', 'embed.js', 'content.json']);

function writePolicy() {
  const page = join(dir, 'index.html');
  const html = readFileSync(page, 'utf8')
    .replace(/<meta http-equiv="?Content-Security-Policy"? content="[^"]*">/i, '')
    .replace(/<link\b(?![^>]*\bcrossorigin)([^>]*\bintegrity=[^>]*\brel="?stylesheet"?[^>]*)>/gi, '<link crossorigin$1>');
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const policy = [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${inline.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const charset = /<meta charset=["']?utf-8["']?>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset=utf-8> to put the policy after');
  writeFileSync(page, html.replace(charset, (meta) => `${meta}<meta http-equiv=Content-Security-Policy content="${policy}">`));
  writeFileSync(join(dir, 'csp.txt'), `${policy}\n`);
  return inline.length;
}

function writeServiceWorker() {
  const files = readdirSync(dir)
    .filter((name) => !NOT_PRECACHED.has(name) && statSync(join(dir, name)).isFile())
    .sort();
  const digest = createHash('sha256');
  for (const name of files) digest.update(name).update(readFileSync(join(dir, name)));
  const cache = `just-a-plant-${digest.digest('hex').slice(0, 16)}`;
  const worker = readFileSync(new URL('service-worker.js', import.meta.url), 'utf8');
  writeFileSync(join(dir, 'sw.js'), fill(worker, { __CACHE__: cache, __FILES__: JSON.stringify(['./', ...files]) }));
  return { cache, files: files.length };
}

/// The one built file whose name matches `pattern`.
function find(pattern) {
  const found = readdirSync(dir).filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`expected one file like ${pattern} in ${dir}, found ${found.length}`);
  return found[0];
}

/// A template with each placeholder (a key of `values`) replaced by its value. A placeholder
/// missing from the template stops the build: a renamed one would otherwise ship unfilled.
function fill(template, values) {
  return Object.entries(values).reduce((text, [placeholder, value]) => {
    if (!text.includes(placeholder)) throw new Error(`the template has no ${placeholder} to fill`);
    return text.replaceAll(placeholder, value);
  }, template);
}

function writeEmbedScript() {
  const script = fill(readFileSync(new URL('embed.js', import.meta.url), 'utf8'), {
    __GLUE__: find(/^just-a-plant-[0-9a-f]+\.js$/),
    __WASM__: find(/^just-a-plant-[0-9a-f]+_bg\.wasm$/),
    __CSS__: find(/^widget-[0-9a-f]+\.css$/),
  });
  writeFileSync(join(dir, 'embed.js'), script);
}

/// The checked content, exported by the content checker as content.json (for the builder and
/// the tests too), English first.
function exportContent() {
  const file = join(dir, 'content.json');
  execFileSync('cargo', ['run', '--quiet', '-p', 'content-check', '--', '--json', file], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return JSON.parse(readFileSync(file, 'utf8'));
}

/// Text for HTML, with its markup characters escaped.
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/// The static summary in index.html, in every language, each marked with its `lang`: a line
/// saying the interactive version is loading (or, when it cannot run, that it could not), the
/// short version, the note that this is not medical advice, the national helpline and the
/// crisis line. It shows until the widget starts, and comes back if it cannot.
function writeStaticSummary({ locales }) {
  const page = join(dir, 'index.html');
  const html = readFileSync(page, 'utf8');
  // The empty slot in the source, or the summary an earlier run wrote there (its parts hold no
  // <div>), so running again gives the same page.
  const slot = /<div class="?jap-fallback"? data-summary(?:="")?>(?:<div lang=[\w-]+>[\s\S]*?<\/div>)*<\/div>/;
  if (!slot.test(html)) throw new Error('index.html has no <div class="jap-fallback" data-summary> for the summary');
  const summary = locales.map(({ code, ui, markup }) =>
    `<div lang=${code}><p class=jap-loading role=status>${escape(ui.page_loading)}</p>` +
      `<p class=jap-failed role=alert>${escape(ui.page_failed)}</p>` +
      `<p><strong>${escape(ui.page_summary_question)}</strong> ${escape(ui.page_summary)}</p>` +
      `${markup.note}${markup.help_national}${markup.crisis_line}</div>`,
  );
  // Written as the rest of the minified page is: attribute values that need no quotes go
  // without, and only the classes that style the page stay (a number to call, the note).
  const markup = summary
    .join('')
    .replace(/ class="(?!jap-help-call|jap-note)[^"]*"/g, '')
    .replace(/ ([\w-]+)="([^"\s'=<>`]+)"/g, ' $1=$2');
  writeFileSync(page, html.replace(slot, `<div class=jap-fallback data-summary>${markup}</div>`));
}

function writeSourcePage(stylesheet, { locales }) {
  const article = readFileSync(new URL('../content/source/kratom-and-opioid-recovery.txt', import.meta.url), 'utf8');
  const intros = locales.map(({ code, ui }) => `<p class=jap-note lang=${code}>${escape(ui.page_article_intro)}</p>`);
  const title = escape(locales[0].ui.page_article_title);
  const passages = article.split('\n').map((line, index) => {
    if (!line.trim()) return '';
    const tag = /[.!?:”"…)]$/.test(line.trim()) ? 'p' : 'h2';
    return `<${tag} id=p${index + 1}>${escape(line.trim())}</${tag}>`;
  });
  const policy = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
  writeFileSync(
    join(dir, 'source.html'),
    `<!doctype html><html lang=en><meta charset=utf-8><meta http-equiv=Content-Security-Policy content="${policy}">` +
      '<meta name=viewport content="width=device-width,initial-scale=1"><meta name=color-scheme content="light dark">' +
      `<title>${title}</title><link rel=icon href=data:,><link rel=stylesheet href=${stylesheet}>` +
      '<link rel=stylesheet href=source.css>' +
      `<main class="page jap-article"><h1 class=page-title>${title}</h1>${intros.join('')}` +
      `<article>${passages.join('')}</article></main>\n`,
  );
}

/// The page's own script and the iframe host script, minified in place (minifying again changes
/// nothing): their comments are for the source.
function minifyScripts() {
  for (const name of ['page.js', 'just-a-plant-frame.js']) {
    const file = join(dir, name);
    writeFileSync(file, transformSync(readFileSync(file, 'utf8'), { minify: true, target: 'es2020' }).code);
  }
}

const content = exportContent();
const glue = minifyGlue(dir);
if (glue.length === 0) throw new Error(`${dir}/index.html loads no JavaScript glue with an integrity hash: nothing to minify or check`);
minifyScripts();
writeStaticSummary(content);
const hashes = writePolicy();
writeEmbedScript();
writeSourcePage(find(/^widget-[0-9a-f]+\.css$/), content);
const { cache, files } = writeServiceWorker();
console.log(`post-build: ${glue.join(', ')} minified; CSP with ${hashes} inline script hash(es); sw.js precaches ${files} files as ${cache}`);
