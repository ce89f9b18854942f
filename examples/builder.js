// The embed builder: turns the options into a snippet, and mounts a live preview with them.
import { mount } from '../embed.js';

const form = document.getElementById('options');
const preview = document.getElementById('preview');
const widgetFolder = new URL('../', location.href).href;

/// The attributes the chosen options give, in form order; empty options are left out.
function attributes() {
  const chosen = [];
  for (const field of form.elements) {
    if (!field.name) continue;
    const value = field.type === 'checkbox' ? (field.checked ? field.value : '') : field.value.trim();
    if (value) chosen.push([field.name, value]);
  }
  return chosen;
}

const quote = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function update() {
  const chosen = attributes();
  const list = chosen.map(([name, value]) => ` ${name}="${quote(value)}"`).join('');
  document.getElementById('script-snippet').value =
    `<script type="module" src="${widgetFolder}embed.js"></script>\n<div data-just-a-plant${list}></div>`;
  // A frame reads no attributes; its language comes from its address instead.
  const locale = chosen.find(([name]) => name === 'data-locale')?.[1];
  const page = locale ? `index.html#${locale}/explainer` : 'index.html';
  document.getElementById('iframe-snippet').value =
    `<iframe data-just-a-plant-frame src="${widgetFolder}${page}" title="Just a Plant? Kratom and opioid recovery" width="100%"></iframe>\n` +
    `<script src="${widgetFolder}just-a-plant-frame.js" defer></script>`;
  const host = document.createElement('div');
  host.setAttribute('data-just-a-plant', '');
  for (const [name, value] of chosen) host.setAttribute(name, value);
  preview.replaceChildren(host);
  mount(host);
}

for (const [button, snippet] of [
  ['copy-script', 'script-snippet'],
  ['copy-iframe', 'iframe-snippet'],
]) {
  document.getElementById(button).addEventListener('click', async () => {
    const text = document.getElementById(snippet).value;
    const status = document.getElementById('copied');
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Snippet copied.';
    } catch {
      document.getElementById(snippet).select();
      status.textContent = 'Press Ctrl+C (or Cmd+C) to copy the selected snippet.';
    }
  });
}

form.addEventListener('change', update);
update();
