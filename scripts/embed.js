// Just a Plant? embed script (scripts/post-build.mjs fills in this build's file names).
// A host page adds:
//   <script type="module" src="https://example.org/just-a-plant/embed.js"></script>
//   <div data-just-a-plant></div>
// Each such element gets its own widget, in a shadow root so that styles are isolated both
// ways. Until the widget starts (or if it cannot), the element keeps whatever the host put in
// it, such as a short summary and a helpline number.
import init, { mount_embedded } from './__GLUE__';

const stylesheet = new URL('__CSS__', import.meta.url).href;
const files = new URL('./', import.meta.url).href;
const wasmFile = new URL('__WASM__', import.meta.url).href;
const started = init({ module_or_path: wasmFile });

/// The element each widget on the page was drawn into, inside its host's shadow root.
const containers = [];

// A fault in the widget's WebAssembly (a trap, which is what a panic is in the release build)
// stops every widget on the page for good: each goes back to its host's own summary (through a
// slot, as when it cannot start), never a widget that no longer answers. A fault of some other
// WebAssembly on the host's page is left alone: where the engine's stack names the file that
// faulted (Chromium and Firefox do), it must be this one.
const fault = (error) => {
  if (!(error instanceof WebAssembly.RuntimeError)) return;
  const stack = String(error.stack);
  if (/\.wasm\b/.test(stack) && !stack.includes(wasmFile)) return;
  for (const container of containers.splice(0)) container.replaceWith(document.createElement('slot'));
};
addEventListener('error', (event) => fault(event.error));
addEventListener('unhandledrejection', (event) => fault(event.reason));

/// Mounts a widget into `host` (configured by its data- attributes). Pages that add widgets
/// later, like the embed builder, call this; `followAddress` lets one widget use the URL.
/// Each attribute value the widget does not understand gets one console warning, naming the
/// attribute first: `Just a Plant?: data-accent="…" is not understood; …`.
export async function mount(host, followAddress = false) {
  await started;
  const shadow = host.attachShadow({ mode: 'open' });
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  // Until the widget's styles have arrived, the host's own summary shows (through a slot):
  // never a widget without its styles.
  const summary = document.createElement('slot');
  shadow.append(link, summary);
  const styled = await new Promise((resolve) => {
    link.onload = () => resolve(true);
    link.onerror = () => resolve(false);
  });
  if (!styled) throw new Error(`Just a Plant? could not load its styles from ${stylesheet}; the page keeps its own summary.`);
  const container = document.createElement('div');
  container.className = 'jap-host';
  summary.replaceWith(container);
  containers.push(container);
  mount_embedded(container, host, followAddress, files);
}

/// Printing from a widget's own Print button prints that widget alone: while the browser prints,
/// a style sheet (adopted, so it needs no file and no inline style) hides the rest of the host
/// page, and the widget's print styles do the rest. Printing the page any other way prints it
/// whole, as its host made it.
const PRINTING = 'data-just-a-plant-printing';
const printAlone = new CSSStyleSheet();
printAlone.replaceSync(
  `@media print { body *:not([${PRINTING}], :has([${PRINTING}])) { display: none !important } [${PRINTING}] { margin: 0 !important } }`,
);
/// The widget whose Print button was the last thing clicked, until the printing it started is
/// over. Seen on every click before the widget's own handler calls print (capture).
let printing = null;
addEventListener(
  'click',
  (event) => {
    const target = event.composedPath()[0];
    printing = target instanceof Element && target.closest('.jap-print-controls button') ? target.getRootNode().host : null;
  },
  true,
);
addEventListener('beforeprint', () => {
  if (!printing) return;
  printing.setAttribute(PRINTING, '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printAlone];
});
addEventListener('afterprint', () => {
  printing?.removeAttribute(PRINTING);
  printing = null;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== printAlone);
});

const hosts = [...document.querySelectorAll('[data-just-a-plant]')].filter((host) => !host.shadowRoot);
try {
  for (const host of hosts) await mount(host, hosts.length === 1);
} catch (error) {
  console.error('Just a Plant? could not start; the page keeps its own summary.', error);
}
