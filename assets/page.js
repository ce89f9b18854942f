// The page's script (nothing about the person): keeps the page to the colour scheme the host
// chose, opens the widget in the page's own language unless the address names one, writes each
// language's page address in full for Share, marks the static summary failed if the widget
// cannot start (see widget.css), registers the service worker once the widget has started, and
// in an <iframe> marks the widget as framed, tells the host how tall the widget is (to the
// project's frame script and to WordPress's oEmbed script) and hears where the host page is.
// One function scope, so that the minified file can shorten every name.
(() => {
  const root = document.getElementById('just-a-plant');
  // The scheme: the element's data-theme, else the frame address's theme=, else light in a frame
  // on a host page (a dark box on a light site surprises) and the reader's own on this page. The
  // widget reads it from the element; the page around it keeps to it too.
  if (root) {
    const theme = root.dataset.theme ?? new URLSearchParams(location.search).get('theme') ?? (parent !== window ? 'light' : 'auto');
    root.dataset.theme = theme;
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.scheme = theme;
    // A page in one language (es/index.html, data-page-locale) opens the widget in it, as a
    // host's data-locale would, unless the address names a language (as a shared link or a
    // switch of language writes it) or the host chose one.
    const own = root.dataset.pageLocale;
    if (own && !/^#[a-z]{2,3}\//.test(location.hash)) root.dataset.locale ??= own;
  }
  // The service worker sits beside this script, at the bundle's top, so that it serves the
  // page in every language (es/index.html loads this script from the folder above).
  const worker = new URL('sw.js', document.currentScript.src);
  // Share gives the page in the language the widget speaks (src/components/share.rs): the
  // hreflang link whose id is the language's code, its address written here in full.
  for (const link of document.querySelectorAll('link[hreflang]')) link.href = link.href;
  const failed = () => root?.setAttribute('data-failed', '');
  if (!self.WebAssembly) failed();
  addEventListener('error', failed);
  addEventListener('unhandledrejection', failed);
  // Once the widget is on screen (never competing with its first load), a service worker makes
  // later visits work offline. Where service workers are unavailable or refused (private modes,
  // sandboxed frames), the page simply works online only.
  const started = new MutationObserver(() => {
    if (!root.querySelector('.jap')) return;
    started.disconnect();
    try {
      navigator.serviceWorker?.register(worker).catch(() => {});
    } catch {
      // A sandboxed frame may refuse even to be asked.
    }
  });
  if (root) started.observe(root, { childList: true });
  if (parent !== window) {
    // In a frame, the widget reads only its own fragments from the address, and leaves any
    // other alone (src/mount.rs).
    root?.setAttribute('data-framed', '');
    // WordPress's oEmbed frame has `#?secret=…` in its address (read now: the widget writes its
    // places there later); its host script (wp-embed.js) sizes the frame to
    // {message: 'height', value, secret}. One message says the height to both host scripts.
    const secret = /secret=(\w+)/.exec(location.hash)?.[1];
    let reported = -1;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
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
