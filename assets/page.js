// The page's script (nothing about the person): keeps the page to the colour scheme the host
// chose, marks the static summary failed if the widget cannot start (see widget.css), registers
// the service worker once the widget has started, and in an <iframe> tells the host how tall the
// widget is and hears where the host page is.
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
  }
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
      navigator.serviceWorker?.register('sw.js').catch(() => {});
    } catch {
      // A sandboxed frame may refuse even to be asked.
    }
  });
  if (root) started.observe(root, { childList: true });
  if (parent !== window) {
    // The host's frame script says where the host page is, so shared links open that page. Only
    // the parent is heard, and only an http(s) address.
    addEventListener('message', (event) => {
      const address = event.source === parent && event.data?.type === 'just-a-plant:host' ? event.data.address : '';
      if (root && typeof address === 'string' && /^https?:\/\//.test(address)) root.dataset.shareAddress = address;
    });
    let reported = -1;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height !== reported) parent.postMessage({ type: 'just-a-plant:height', height: (reported = height) }, '*');
    };
    new ResizeObserver(report).observe(document.body);
    report();
  }
})();
