// Just a Plant? iframe host script: sizes every <iframe data-just-a-plant-frame> to the
// widget's height. It accepts a message only from that frame's own window, from the frame's
// origin (or the opaque "null" origin of a frame sandboxed without allow-same-origin), and
// only in the expected shape: { type: "just-a-plant:height", height: <number> }. To each such
// frame, once, it says where this page is (its address without the fragment), so the widget
// shares links to this page rather than to its own; and a shared link that opens this page (its
// fragment is the widget's: explainer, quiz, s or r, after a language or not) is passed on to
// the page's only frame, which opens at that place.
// One function scope: nothing leaks into the host page's globals, and every name minifies.
(() => {
  const frames = document.querySelectorAll('iframe[data-just-a-plant-frame]');
  if (frames.length === 1 && /^#(?:[a-z]{2,3}\/)?(?:explainer|quiz|s|r)(?:\/|$)/.test(location.hash)) {
    const src = new URL(frames[0].getAttribute('src'), location.href);
    src.hash = location.hash;
    frames[0].src = src.href;
  }
  const told = new WeakSet();
  addEventListener('message', (event) => {
    const data = event.data;
    const height = data && data.type === 'just-a-plant:height' ? data.height : NaN;
    if (!Number.isFinite(height) || height < 0 || height > 100000) return;
    for (const frame of document.querySelectorAll('iframe[data-just-a-plant-frame]')) {
      if (frame.contentWindow !== event.source) continue;
      const opaque = frame.sandbox.length > 0 && !frame.sandbox.contains('allow-same-origin');
      const origin = opaque ? 'null' : new URL(frame.src, location.href).origin;
      if (event.origin !== origin) continue;
      // With a border-box reset (most themes), the height set includes the frame's border and
      // padding: add them, so the widget fits exactly, with no inner scrollbar.
      const style = getComputedStyle(frame);
      const edges = style.boxSizing === 'border-box'
        ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((sum, edge) => sum + parseFloat(style[edge]), 0)
        : 0;
      frame.style.height = `${Math.ceil(height + edges)}px`;
      if (!told.has(frame)) {
        told.add(frame);
        event.source.postMessage({ type: 'just-a-plant:host', address: location.href.split('#')[0] }, opaque ? '*' : origin);
      }
    }
  });
})();
