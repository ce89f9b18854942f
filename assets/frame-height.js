// Inside an <iframe>, tells the host page how tall the widget is, so the host can size the
// frame to fit. The message carries one number and nothing about the person.
if (window.parent !== window) {
  let reported = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== reported) {
      reported = height;
      window.parent.postMessage({ type: 'just-a-plant:height', height }, '*');
    }
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
