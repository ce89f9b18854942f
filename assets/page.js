// The page's script (nothing about the person): keeps the page to the colour scheme the host
// chose, opens the widget in the page's own language unless the address names one, lets the
// summary stand in for the page's static first screen where the widget will open elsewhere,
// writes each language's page address in full for Share, marks the static summary failed if the
// widget cannot start, and puts it back if the widget stops (see widget.css), carries the first
// screen's animations over to the widget and registers the service worker once it has started,
// and in an <iframe> marks the widget as framed, tells the host how tall the widget is (to the
// project's frame script and to WordPress's oEmbed script) and hears where the host page is.
// One function scope, so that the minified file can shorten every name.
(() => {
  const root = document.getElementById('just-a-plant');
  const html = document.documentElement;
  const framed = parent !== window;
  // The scheme: the element's data-theme, else the frame address's theme=, else light in a frame
  // on a host page (a dark box on a light site surprises) and the reader's own on this page. The
  // widget reads it from the element; the page around it keeps to it too.
  if (root) {
    const query = new URLSearchParams(location.search);
    const theme = root.dataset.theme ?? query.get('theme') ?? (framed ? 'light' : 'auto');
    root.dataset.theme = theme;
    if (theme === 'light' || theme === 'dark') html.dataset.scheme = theme;
    // A page in one language (es/index.html, data-page-locale) opens the widget in it, as a
    // host's data-locale would, unless the address names a language (as a shared link or a
    // switch of language writes it) or the host chose one.
    const own = root.dataset.pageLocale;
    if (own && !/^#[a-z]{2,3}\//.test(location.hash)) root.dataset.locale ??= own;
    // The page's static first screen (scripts/post-build.mjs) is the widget as it opens with
    // nothing else to go by: at the explainer's first step, in the page's language. Where it
    // will open otherwise, the summary stands in its place until it starts (widget.css): options
    // in a frame's address, remembered progress, an address naming another place or language
    // (in a frame, only the widget's own fragments count), or, on a page that sets no language,
    // a browser preferring another language the widget speaks (each page's hreflang link has
    // its language's code as its id).
    const [, named, place] = /^#?(?:([a-z]{2,3})\/)?(.*)/.exec(location.hash);
    const start = /^(explainer(\/1)?)?$/.test(place) || (framed && !/^(explainer|quiz|s|r)(\/|$)/.test(place));
    const spoken = navigator.languages.map((tag) => tag.split(/[-_]/)[0].toLowerCase()).find((code) => document.getElementById(code)?.hreflang === code);
    const language = named ?? own ?? spoken ?? html.lang;
    let remembered = false;
    try {
      remembered = localStorage['just-a-plant:remember'] === '1';
    } catch {
      // Storage refused: nothing remembered.
    }
    const options = [...query.keys()].some((key) => key !== 'theme');
    if (options || remembered || !start || language !== html.lang) root.dataset.opensElsewhere = '';
  }
  // The service worker sits beside this script, at the bundle's top, so that it serves the
  // page in every language (es/index.html loads this script from the folder above).
  const worker = new URL('sw.js', document.currentScript.src);
  // Share gives the page in the language the widget speaks (src/components/share.rs): the
  // hreflang link whose id is the language's code, its address written here in full.
  for (const link of document.querySelectorAll('link[hreflang]')) link.href = link.href;
  // The element as the page came, with its static summary (see `failed`).
  const summary = root?.cloneNode(true);
  // Marks the summary failed. A fault in the widget's WebAssembly (`error` a trap, which is
  // what a panic is in the release build) stops it for good: a fresh copy of the element, with
  // the page's static summary, also takes its place, saying the interactive version could not
  // run (never a widget that no longer answers, nor an empty box). A fresh element, so that
  // nothing the stopped widget still holds can draw into it.
  const failed = (error) => {
    root?.setAttribute('data-failed', '');
    if (!summary || !self.WebAssembly || !(error instanceof WebAssembly.RuntimeError)) return;
    summary.dataset.failed = '';
    document.getElementById('just-a-plant')?.replaceWith(summary);
  };
  if (!self.WebAssembly) failed();
  // Errors in scripts, and (heard as they pass the window on their way down) a file that
  // could not load, such as the widget's JavaScript.
  addEventListener('error', (event) => failed(event.error), true);
  addEventListener('unhandledrejection', (event) => failed(event.reason));
  // Once the widget is on screen (never competing with its first load), a service worker makes
  // later visits work offline. Where service workers are unavailable or refused (private modes,
  // sandboxed frames), the page simply works online only.
  // A person may move the focus through the first screen's links before the widget starts: the
  // widget's same link (by its place among the links, but the hidden ones) takes the focus
  // when it takes the first screen's place, rather than the page.
  const links = () => [...root.querySelector('.jap').querySelectorAll('a:not([hidden] *), summary')];
  let focused = -1;
  const follow = (event) => (focused = links().indexOf(event.target));
  root?.addEventListener('focusin', follow);
  const started = new MutationObserver(() => {
    if (!root.firstElementChild?.matches('.jap')) return;
    started.disconnect();
    root.removeEventListener('focusin', follow);
    if (focused >= 0 && document.activeElement === document.body) links()[focused]?.focus();
    // The widget has taken the first screen's place: its pictures' entrance animations go on
    // from where the first screen's had got to (they began as the page was first drawn),
    // rather than start again.
    if (!('opensElsewhere' in root.dataset) && root.getAnimations) {
      const drawn = performance.getEntriesByType('paint')[0]?.startTime ?? 0;
      for (const animation of root.getAnimations({ subtree: true })) animation.currentTime = document.timeline.currentTime - drawn;
    }
    try {
      navigator.serviceWorker?.register(worker).catch(() => {});
    } catch {
      // A sandboxed frame may refuse even to be asked.
    }
  });
  if (root) started.observe(root, { childList: true });
  if (framed) {
    // In a frame, the widget reads only its own fragments from the address, and leaves any
    // other alone (src/mount.rs).
    root?.setAttribute('data-framed', '');
    // WordPress's oEmbed frame has `#?secret=…` in its address (read now: the widget writes its
    // places there later); its host script (wp-embed.js) sizes the frame to
    // {message: 'height', value, secret}. One message says the height to both host scripts.
    const secret = /secret=(\w+)/.exec(location.hash)?.[1];
    let reported = -1;
    const report = () => {
      const height = Math.ceil(html.getBoundingClientRect().height);
      if (height !== reported) {
        parent.postMessage({ type: 'just-a-plant:height', height: (reported = height), message: 'height', value: height, secret }, '*');
      }
    };
    // The host's frame script says where the host page is, so shared links open that page. Only
    // the parent is heard, and only an http(s) address.
    addEventListener('message', (event) => {
      const data = event.source === parent ? event.data : null;
      const address = data?.type === 'just-a-plant:host' ? data.address : '';
      if (root && typeof address === 'string' && /^https?:\/\//.test(address)) root.dataset.shareAddress = address;
      // The parent speaks once it listens (wp-embed.js says 'ready'): the height again.
      if (data) {
        reported = -1;
        report();
      }
    });
    new ResizeObserver(report).observe(document.body);
    report();
  }
})();
