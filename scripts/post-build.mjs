// Trunk post_build hook (also `node scripts/post-build.mjs DIR` on a built folder): finishes a
// build in place, and running it again gives the same result.
// 0. The JavaScript glue, minified (scripts/minify-glue.mjs), with its integrity hash updated,
//    and the page's own script (assets/page.js), the source page's (assets/source.js), the
//    read-aloud script (assets/listen.js) and the iframe host script minified: their comments
//    are for the source.
// 1. One page per language: index.html in the first (English), and <code>/index.html for each
//    other (es/index.html), made from the built index.html with its addresses one folder up,
//    and carrying its language's words (the widget holds English's only, but for the quiz's
//    statements; words-<code>.txt).
//    Every word of a page comes from its content/<lang>/ui.toml: the title, the description,
//    the link preview's words and locale, the heading, and the static summary; each page links
//    the others (hreflang), and a page not in the first language opens the widget in its own.
//    After the summary comes the widget's first screen in the page's language, rendered from
//    the widget's own components by prerender/ (its controls disabled until the widget starts
//    and takes its place; see widget.css for which of the two shows when).
// 2. The strict Content Security Policy: Trunk's loader is an inline module script, so each
//    page's policy allows exactly its loader by its SHA-256 hash, computed from its final HTML.
//    Each policy goes into its page, and one that allows every page's loader into csp.txt, for
//    hosts (and the test server) to send for the whole folder.
//    Stylesheets with an integrity hash are fetched with CORS (crossorigin), so the hash can
//    be checked even in a sandboxed frame, whose origin is opaque.
// 3. The embed script, embed.js: one stable address for host pages, which loads this build's
//    hashed files relative to itself and mounts a widget into every [data-just-a-plant].
// 4. The example host pages' elements (examples/script.html…) hold the page's summary in the
//    first language, from the same content, as a host's own summary would be; the web app
//    manifest's name, short name and description are the first language's too.
// 5. The source page, source.html, beside each language's page (es/source.html): the source
//    article whole, one element per line of
//    content/source/kratom-and-opioid-recovery.txt with the id `p<line>` (counting from 1, as
//    content_check::passage counts), a heading where a line ends without punctuation. Its
//    title comes from its language's `page_article_title`, and the line about the article from
//    every language's `page_article_intro` (content/<lang>/ui.toml).
//    Styled by the widget's stylesheet and its own (assets/source.css), and brought to the
//    passage its address names by its own script (assets/source.js), which its policy allows
//    by address; loaded only when a quote's link opens it.
// 6. The service worker, sw.js: it precaches every file the widget needs, every language's
//    page among them, under a cache name derived from the files' contents, so each new build
//    replaces the old cache.
// 7. The oEmbed provider document, oembed.json (see writeOembed), in the first language's words.
// 8. Last, once every other step has written its files: X.br and X.gz beside every compressible
//    file (scripts/precompress.mjs), for servers that send them as they are. Neither the
//    service worker's list nor anything else counts them as files of the widget.
// Every edit of a page finds what it replaces or stops the build: a changed page would
// otherwise ship half made.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { minifyGlue } from './minify-glue.mjs';
import { isCompressedCopy, precompress, summary } from './precompress.mjs';
import { quizDataBlock } from './structured-data.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: node scripts/post-build.mjs DIR (or run as a Trunk hook)');

/// Files that are not part of the widget itself, so they are not precached.
const NOT_PRECACHED = new Set(['sw.js', 'csp.txt', 'share-card.png', 'embed.js', 'content.json', 'oembed.json']);

/// The strict policy, allowing inline scripts by these hashes (`'sha256-…'`) and no others.
function policy(hashes) {
  return [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/// Puts into the page `name` (a path in the bundle) its own policy, which allows its inline
/// scripts (Trunk's loader) by the hashes of their final text; gives those hashes.
function writePolicy(name) {
  const page = join(dir, name);
  const html = readFileSync(page, 'utf8')
    .replace(/<meta http-equiv="?Content-Security-Policy"? content="[^"]*">/i, '')
    .replace(/<link\b(?![^>]*\bcrossorigin)([^>]*\bintegrity=[^>]*\brel="?stylesheet"?[^>]*)>/gi, '<link crossorigin$1>');
  // Data blocks (a `type` that is no script's, like the structured data's) never run: nothing
  // to allow.
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes) && !/\btype=["']?(?!module\b|text\/javascript\b)/i.test(attributes))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const meta = `<meta http-equiv=Content-Security-Policy content="${policy(inline)}">`;
  writeFileSync(page, edit(html, /<meta charset=["']?utf-8["']?>/i, (charset) => charset + meta, `the <meta charset=utf-8> in ${name}, to put the policy after`));
  return inline;
}

/// Writes sw.js, which precaches the bundle's files and `pages` (each language's pages in its
/// folder; each `index.html` also under its folder's own address, as it is opened). The
/// pre-compressed copies an earlier run left are not files of their own: the browser gets them
/// in place of their files, decoded.
function writeServiceWorker(pages) {
  const files = readdirSync(dir)
    .filter((name) => !NOT_PRECACHED.has(name) && !isCompressedCopy(name) && statSync(join(dir, name)).isFile())
    .concat(pages)
    .filter((name, index, all) => all.indexOf(name) === index)
    .sort();
  const digest = createHash('sha256');
  for (const name of files) digest.update(name).update(readFileSync(join(dir, name)));
  const cache = `just-a-plant-${digest.digest('hex').slice(0, 16)}`;
  const folders = pages.filter((page) => page.endsWith('index.html')).map((page) => page.replace(/index\.html$/, '') || './');
  const worker = readFileSync(new URL('service-worker.js', import.meta.url), 'utf8');
  writeFileSync(join(dir, 'sw.js'), fill(worker, { __CACHE__: cache, __FILES__: JSON.stringify([...folders, ...files]) }));
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
/// the tests too), English first; and each language's words as words-<code>.txt, which the
/// widget fetches once it has started (English's for its quiz: the rest it holds).
function exportContent() {
  const file = join(dir, 'content.json');
  runTool('content-check', ['--json', file, '--words', dir]);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/// Runs one of the workspace's own programs (`tool`) with `args`, from the project's folder;
/// gives what it prints (the result, for a program whose output is one). It is built with the
/// project's own toolchain, as the tests build it, not the release WebAssembly's settings this
/// build runs under (scripts/toolchain.sh).
function runTool(tool, args) {
  const env = { ...process.env };
  for (const name of (env.RELEASE_SETTINGS ?? '').split(' ')) delete env[name];
  return execFileSync('cargo', ['run', '--quiet', '-p', tool, '--', ...args], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/// Text for HTML, with its markup characters escaped.
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/// `text` with what `pattern` matches replaced by `replacement` (a string, taken as it is, or a
/// function of the match); stops the build when nothing matches, saying `what` it looked for.
function edit(text, pattern, replacement, what) {
  if (text.search(pattern) === -1) throw new Error(`post-build could not find ${what} (${pattern})`);
  return text.replace(pattern, typeof replacement === 'function' ? replacement : () => replacement);
}

/// Markup written as the rest of the minified page is: attribute values that need no quotes
/// go without (but for one that ends a self-closing tag, whose `/` would join the value).
const unquoted = (markup) => markup.replace(/ ([\w-]+)="([^"\s'=<>`]+)"(?!\/)/g, ' $1=$2');

/// The whole `<name …>` tag whose attribute `attribute` is `value`, quoted or not, wherever the
/// minifier put the attribute.
const tagWith = (name, attribute, value) => new RegExp(`<${name}\\b[^>]*\\s${attribute}=["']?${value}(?=["'\\s>])[^>]*>`, 'i');

/// A `<meta>` tag saying `value` (escaped) as its `key` (`name` or `property`) `name`.
const meta = (key, name, value) => unquoted(`<meta content="${escape(value)}" ${key}="${name}">`);

/// The widget's first screen in `locale`: the widget's own components rendered natively
/// (prerender/), as its page opens it.
function firstScreen({ code }) {
  return runTool('prerender', [code]);
}

/// The short version of the widget in one locale, from its content: the question and its
/// answer, the note that this is not medical advice, the national helpline and the crisis
/// line. Only the classes that style the page stay (a number to call, the note).
function shortVersion({ ui, markup }) {
  const parts = `${markup.note}${markup.help_national}${markup.crisis_line}`.replace(/ class="(?!jap-help-call|jap-note)[^"]*"/g, '');
  return unquoted(`<p><strong>${escape(ui.page_summary_question)}</strong> ${escape(ui.page_summary)}</p>${parts}`);
}

/// The folder of a locale's page in the bundle: none for the first locale, its code for others.
const folderOf = (locales, code) => (code === locales[0].code ? '' : `${code}/`);

/// The address of the page in `to` from a page in `from` (folders as folderOf gives them).
const addressOf = (from, to) => (to === from ? './' : `${from ? '../' : ''}${to}`);

/// A page's addresses of the bundle's files, for the page one folder down: each relative
/// `src` and `href`, the link preview's image, and the addresses Trunk's loader imports each
/// gain a `../` (in place of a `./`).
function oneFolderDown(html) {
  const edits = [
    [/(?<=\s(?:src|href)=["']?)(?:\.\/)?(?![#/]|[a-z][\w+.-]*:)(?=[\w.-])/gi, 'the addresses of files'],
    [/(?<=<meta\b(?=[^>]*\sproperty=["']?og:image["'\s>])[^>]*\scontent=["']?)(?:\.\/)?(?![a-z][\w+.-]*:|\/)(?=[\w.-])/i, 'og:image'],
    [/(?<=<script\b[^>]*>[^<]*['"])\.\/(?=[\w.-]+['"])/gi, "the loader's addresses"],
  ];
  return edits.reduce((page, [pattern, what]) => edit(page, pattern, '../', `${what}, for a page one folder down`), html);
}

/// The page `built` (the built index.html) in `locale`, for its folder: its language, every
/// word from the locale's content (see 1.), the links to every language's page (`hreflang`,
/// each with its language's code as its id, where the widget's Share button finds the page in
/// the language it speaks), and, outside the first language, the widget opening in it (page.js
/// reads `data-page-locale`) and fetching the words files one folder up (`data-words`).
function pageIn(built, locale, locales, firstScreen) {
  const { code, ui, markup } = locale;
  const folder = folderOf(locales, code);
  const alternates = locales.map(({ code: other }) =>
    unquoted(`<link href="${addressOf(folder, folderOf(locales, other))}" hreflang="${other}" id="${other}" rel="alternate">`),
  );
  const previews = locales.map(({ code: other, ui: words }) => meta('property', `og:locale${other === code ? '' : ':alternate'}`, words.page_locale));
  const status = `<p class=jap-loading role=status>${escape(ui.page_loading)}</p><p class=jap-failed role=alert>${escape(ui.page_failed)}</p>`;
  const edits = [
    [/<html\b[^>]*>/i, `<html lang=${code}${ui.text_direction === 'rtl' ? ' dir=rtl' : ''}>`, 'the <html> tag'],
    [/<title>[^<]*<\/title>/i, `<title>${escape(ui.widget_label)}</title>`, 'the <title>'],
    [tagWith('meta', 'name', 'description'), meta('name', 'description', ui.page_description), 'the description'],
    [tagWith('meta', 'property', 'og:title'), meta('property', 'og:title', ui.page_share_title), 'og:title'],
    [tagWith('meta', 'property', 'og:description'), meta('property', 'og:description', ui.page_description), 'og:description'],
    [tagWith('meta', 'property', 'og:image:alt'), meta('property', 'og:image:alt', ui.page_share_title), 'og:image:alt'],
    [new RegExp(`(?:${tagWith('meta', 'property', 'og:locale(?::alternate)?').source})+`, 'i'), previews.join(''), 'og:locale'],
    [new RegExp(`(?:${tagWith('link', 'hreflang', '[\\w-]+').source})+`, 'i'), `${alternates.join('')}<link href=${addressOf(folder, '')} hreflang=x-default rel=alternate>`, 'the hreflang links'],
    [/<script type="?application\/ld\+json"?>[\s\S]*?<\/script>/i, quizDataBlock(locale), 'the structured data\'s <script type=application/ld+json>'],
    [tagWith('link', 'type', 'application/json\\+oembed'), unquoted(`<link href="${publicUrl ?? (folder ? '../' : '')}oembed.json" rel="alternate" type="application/json+oembed">`), 'the oEmbed discovery link'],
    [/<h1 class="?page-title"?>[^<]*<\/h1>/i, `<h1 class=page-title>${escape(ui.page_heading)}</h1>`, 'the page-title heading'],
    [tagWith('div', 'id', 'just-a-plant'), `<div${folder ? ` data-page-locale=${code} data-words=../` : ''} id=just-a-plant>`, 'the widget\'s <div id=just-a-plant>'],
    // The empty slot in the source, or the summary and first screen an earlier run wrote
    // there (up to the end of the widget's element, the page's last), so running again gives
    // the same page.
    [
      /<div class="?jap-fallback"? data-summary(?:="")?>[\s\S]*?(?=<\/div>\s*<\/main>)/i,
      `<div class=jap-fallback data-summary>${status}${shortVersion({ ui, markup })}</div>${unquoted(firstScreen)}`,
      'the summary\'s <div class=jap-fallback data-summary>, the last in <main>',
    ],
    // Outside the first language, the page carries its own language's words, so the widget
    // speaks it from the start, with no request (src/mount.rs reads them).
    ...(folder ? [[/<\/body>/i, `${wordsBlock(code)}</body>`, 'the </body>']] : []),
  ];
  const page = folder ? oneFolderDown(built) : built;
  return edits.reduce((html, [pattern, replacement, what]) => edit(html, pattern, replacement, `${what} in ${folder}index.html`), page);
}

/// The words of the language `code` (words-<code>.txt) as a data block for its page.
function wordsBlock(code) {
  const words = readFileSync(join(dir, `words-${code}.txt`), 'utf8');
  if (/<\/script|<!--/i.test(words)) throw new Error(`words-${code}.txt holds what would end its <script> early`);
  return `<script type=text/plain id=just-a-plant-words>${words}</script>`;
}

/// Writes each locale's page from the built index.html (see 1.); gives their paths, the first
/// locale's (index.html) first.
function writePages({ locales }) {
  const built = readFileSync(join(dir, 'index.html'), 'utf8');
  return locales.map((locale) => {
    const folder = folderOf(locales, locale.code);
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, 'index.html'), pageIn(built, locale, locales, firstScreen(locale)));
    return `${folder}index.html`;
  });
}

/// The web app manifest's words, from the first locale's content (assets/manifest.webmanifest
/// leaves them empty): its name, short name, description and language.
function writeManifest({ locales: [{ code, ui }] }) {
  const file = join(dir, 'manifest.webmanifest');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const words = { name: ui.widget_label, short_name: ui.page_heading, description: ui.page_description, lang: code };
  for (const key of Object.keys(words)) {
    if (!(key in manifest)) throw new Error(`manifest.webmanifest has no "${key}" to fill`);
  }
  writeFileSync(file, `${JSON.stringify({ ...manifest, ...words }, null, 2)}\n`);
}

/// The example host pages whose `<div data-just-a-plant>` holds a host's own summary, which
/// shows until the widget starts (and for good if it cannot).
const HOST_PAGES = ['script.html', 'hostile.html', 'two-widgets.html'];

/// Writes the short version, in the first locale, into each example host page's elements, one
/// paragraph a line, as a host would write it.
function writeHostSummaries({ locales }) {
  const summary = `\n    ${shortVersion(locales[0]).replaceAll('</p><p', '</p>\n    <p')}\n  `;
  for (const name of HOST_PAGES) {
    const file = join(dir, 'examples', name);
    const slot = /(<div data-just-a-plant\b[^>]*>)[\s\S]*?(<\/div>)/g;
    writeFileSync(file, edit(readFileSync(file, 'utf8'), slot, (_, open, close) => open + summary + close, `the <div data-just-a-plant> in examples/${name}`));
  }
}

/// Writes the source page beside each language's page (the widget's quotes link `source.html`
/// beside the page), titled in that language, with every language's line about the article,
/// its own first; gives their paths.
function writeSourcePages(stylesheet, { locales }) {
  const article = readFileSync(new URL('../content/source/kratom-and-opioid-recovery.txt', import.meta.url), 'utf8');
  const intro = ({ code, ui }) => `<p class=jap-note lang=${code}>${escape(ui.page_article_intro)}</p>`;
  const passages = article.split('\n').map((line, index) => {
    if (!line.trim()) return '';
    const tag = /[.!?:”"…)]$/.test(line.trim()) ? 'p' : 'h2';
    return `<${tag} id=p${index + 1}>${escape(line.trim())}</${tag}>`;
  });
  const policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
  return locales.map((locale) => {
    const folder = folderOf(locales, locale.code);
    const up = folder ? '../' : '';
    const title = escape(locale.ui.page_article_title);
    writeFileSync(
      join(dir, folder, 'source.html'),
      `<!doctype html><html lang=${locale.code}><meta charset=utf-8><meta http-equiv=Content-Security-Policy content="${policy}">` +
        '<meta name=viewport content="width=device-width,initial-scale=1"><meta name=color-scheme content="light dark">' +
        `<title>${title}</title><link rel=icon href=data:,><link rel=stylesheet href=${up}${stylesheet}>` +
        `<link rel=stylesheet href=${up}source.css>` +
        `<main class="page jap-article"><h1 class=page-title>${title}</h1>` +
        [locale, ...locales.filter((other) => other !== locale)].map(intro).join('') +
        `<article lang=en>${passages.join('')}</article></main><script src=${up}source.js></script>\n`,
    );
    return `${folder}source.html`;
  });
}

/// Where the bundle is published, when the build is told (`JAP_PUBLIC_URL`, like
/// https://example.org/just-a-plant/): oEmbed consumers other than the WordPress plugin need
/// the oEmbed addresses in full, which a folder that works from any path cannot know by itself.
/// Unset, every address stays relative. Anything but an http(s) address stops the build.
function publicAddress(value) {
  if (!value) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`JAP_PUBLIC_URL must be the bundle's full http(s) address, like https://example.org/just-a-plant/ (got ${value})`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new Error(`JAP_PUBLIC_URL must be the bundle's full http(s) address, like https://example.org/just-a-plant/ (got ${value})`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
const publicUrl = publicAddress(process.env.JAP_PUBLIC_URL);

/// The oEmbed provider document, oembed.json, which every page names in its head: a pasted
/// address of the widget's page embeds that page in a frame as wide as the consumer's column
/// (WordPress sandboxes it and sizes its height by page.js's messages), with a link to it for consumers that show no frames; its words are
/// the first language's. Like every address in the bundle, the frame's and the link's are
/// relative, to the pasted page: a consumer resolves them against it (the WordPress plugin
/// does), so the folder works from any path; a build told where it is published
/// (`JAP_PUBLIC_URL`) writes them in full, for every consumer.
function writeOembed({ locales: [{ ui }] }) {
  const [width, height] = [600, 900];
  const title = escape(ui.widget_label);
  const page = escape(publicUrl ? `${publicUrl}index.html` : 'index.html');
  const html = `<blockquote><a href="${page}">${escape(ui.page_share_title)}</a></blockquote><iframe src="${page}" title="${title}" width="100%" height="${height}"></iframe>`;
  const document = { version: '1.0', type: 'rich', provider_name: ui.widget_label, title: ui.page_share_title, width, height, html };
  writeFileSync(join(dir, 'oembed.json'), `${JSON.stringify(document, null, 2)}\n`);
}

/// The page's own script, the source page's, the read-aloud one and the iframe host script,
/// minified from their source in assets/ (so running again gives the same files: minifying a
/// minified file renames its variables anew): their comments are for the source.
function minifyScripts() {
  for (const name of ['page.js', 'source.js', 'listen.js', 'just-a-plant-frame.js']) {
    const source = readFileSync(new URL(`../assets/${name}`, import.meta.url), 'utf8');
    writeFileSync(join(dir, name), transformSync(source, { minify: true, target: 'es2020' }).code);
  }
}

const content = exportContent();
const glue = minifyGlue(dir);
if (glue.length === 0) throw new Error(`${dir}/index.html loads no JavaScript glue with an integrity hash: nothing to minify or check`);
minifyScripts();
const pages = writePages(content);
const hashes = [...new Set(pages.flatMap(writePolicy))];
writeFileSync(join(dir, 'csp.txt'), `${policy(hashes)}\n`);
writeEmbedScript();
writeHostSummaries(content);
writeManifest(content);
writeOembed(content);
const sources = writeSourcePages(find(/^widget-[0-9a-f]+\.css$/), content);
const { cache, files } = writeServiceWorker([...pages, ...sources]);
console.log(`post-build: ${glue.join(', ')} minified; ${pages.join(', ')} written; CSP with ${hashes.length} inline script hash(es); sw.js precaches ${files} files as ${cache}`);
// Last: the compressed copies must match the files as every step above left them.
console.log(summary(precompress(dir)));
