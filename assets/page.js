// The page's script (nothing about the person): marks the static summary failed if the widget
// cannot start (see widget.css), and in an <iframe> tells the host how tall the widget is.
const failed = () => document.getElementById('just-a-plant')?.setAttribute('data-failed', '');
if (!self.WebAssembly) failed();
addEventListener('error', failed);
addEventListener('unhandledrejection', failed);
if (parent !== window) {
  let reported = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== reported) parent.postMessage({ type: 'just-a-plant:height', height: (reported = height) }, '*');
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
