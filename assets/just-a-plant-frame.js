// Just a Plant? iframe host script: sizes every <iframe data-just-a-plant-frame> to the
// widget's height. It accepts a message only from that frame's own window, from the frame's
// origin (or the opaque "null" origin of a frame sandboxed without allow-same-origin), and
// only in the expected shape: { type: "just-a-plant:height", height: <number> }.
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
  }
});
