// The embed builder: turns the options into snippets (script and iframe), and mounts a live
// preview with them. Each value is checked by the widget itself, as it mounts the preview: a
// value it does not understand (the widget's console warning) is shown next to its field, with
// the reason, and left out of the snippets.
import { mount } from '../embed.js';

const form = document.getElementById('options');
const preview = document.getElementById('preview');
const files = form.elements.files;
/// Where this builder's own widget files are: the snippets' address until the center gives its own.
const builderFolder = new URL('../', location.href).href;
files.value = builderFolder;

/// The attributes the chosen options give, in form order; empty options are left out.
function attributes() {
  const chosen = [];
  for (const field of form.elements) {
    if (!field.name?.startsWith('data-')) continue;
    const value = field.type === 'checkbox' ? (field.checked ? field.value : '') : field.value.trim();
    if (value) chosen.push([field.name, value]);
  }
  return chosen;
}

const quote = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/// Every language's checked words, as the build exports them (content.json, beside the widget).
const { locales } = await (await fetch(new URL('../content.json', import.meta.url))).json();

/// Markup from the content export, without its classes (the host page has no use for them), one
/// paragraph a line.
const plain = (markup) => markup.replace(/ class="[^"]*"/g, '').replaceAll('</p><p', '</p>\n    <p');

/// The locale the chosen options (`data-locale`) name, else the first.
const chosenLocale = (chosen) =>
  locales.find(({ code }) => chosen.some(([name, value]) => name === 'data-locale' && value === code)) ?? locales[0];

/// The fallback inside the snippet's element, in the chosen language: what it shows until the
/// widget starts, and for good if it cannot (a blocked script, an old browser). The center's
/// own contact first when one is given (and valid), then the short version, the note, the
/// national helpline (unless the center's contact replaces it, as in the widget) and the
/// crisis line: the words of the static page, from the same content.
function fallback(chosen) {
  const value = (name) => chosen.find(([own]) => own === name)?.[1];
  const { code, ui, markup } = chosenLocale(chosen);
  const name = value('data-help-name');
  const tel = value('data-help-tel');
  const own = name
    ? `\n    <p>${quote(name)}${/^\+\d+$/.test(tel ?? '') ? `: <a href="tel:${tel}">${quote(value('data-help-phone') ?? tel)}</a>` : ''}</p>`
    : '';
  const national = own && value('data-help-mode') === 'replace' ? '' : `\n    ${plain(markup.help_national)}`;
  const summary = `<strong>${quote(ui.page_summary_question)}</strong> ${quote(ui.page_summary)}`;
  return `\n  <div lang="${code}">${own}\n    <p>${summary}</p>\n    ${plain(markup.note)}${national}\n    ${plain(markup.crisis_line)}\n  </div>\n`;
}

/// The folder address the snippets load the widget from, ending in `/`, and what to say about
/// it: a note while it is this builder's own, a problem when it cannot work on a site.
function filesFolder() {
  const note = document.getElementById('files-note');
  let folder;
  try {
    folder = new URL(files.value.trim());
  } catch {
    folder = null;
  }
  const problem =
    !folder || !['https:', 'http:'].includes(folder.protocol)
      ? 'Write the full address of the folder, starting with https://.'
      : folder.protocol === 'http:' && !['localhost', '127.0.0.1'].includes(folder.hostname)
        ? 'Use https://: a site served over https cannot load the widget from http://.'
        : '';
  const href = folder && !problem ? folder.href.replace(/\/?$/, '/') : builderFolder;
  note.className = problem ? 'field-problem' : 'field-note';
  files.setAttribute('aria-invalid', String(Boolean(problem)));
  note.textContent =
    problem ||
    (href === builderFolder
      ? 'Now: this builder’s own address. Change it to where you will upload the widget’s files.'
      : 'The snippets load the widget from here.');
  return href;
}

/// Shows each field's problem (from the widget's warnings) next to it; returns the fields with one.
function showProblems(warnings) {
  const problems = new Map();
  for (const warning of warnings) {
    const name = warning.match(/^Just a Plant\?: (data-[\w-]+)=/)?.[1];
    if (name) problems.set(name, `${warning.replace(/^Just a Plant\?: /, '')} It is left out of the snippets.`);
  }
  for (const field of form.elements) {
    if (!field.name?.startsWith('data-')) continue;
    const id = `problem-${field.name}`;
    let shown = document.getElementById(id);
    if (!shown) {
      shown = Object.assign(document.createElement('p'), { id, className: 'field-problem' });
      (field.closest('label') ?? field).after(shown);
      field.setAttribute('aria-describedby', id);
    }
    shown.textContent = problems.get(field.name) ?? '';
    shown.hidden = !problems.has(field.name);
    field.setAttribute('aria-invalid', String(problems.has(field.name)));
  }
  return problems;
}

/// Previews and snippets are made one at a time, in the order of the changes, so each preview's
/// warnings are its own.
let queue = Promise.resolve();

function update() {
  // A preview that failed (its error is reported) does not stop the next one.
  queue = queue.then(render, render);
}

async function render() {
  const folder = filesFolder();
  const chosen = attributes();
  const host = document.createElement('div');
  host.setAttribute('data-just-a-plant', '');
  for (const [name, value] of chosen) host.setAttribute(name, value);
  preview.replaceChildren(host);
  // The widget warns on the console about each value it does not understand, naming the
  // attribute: the builder collects those warnings while the preview mounts.
  const warnings = [];
  const warn = console.warn;
  console.warn = (message, ...rest) =>
    String(message).startsWith('Just a Plant?:') ? warnings.push(String(message)) : warn(message, ...rest);
  try {
    await mount(host);
  } finally {
    console.warn = warn;
  }
  // What the widget did not understand stays out of the snippets.
  const problems = showProblems(warnings);
  const kept = chosen.filter(([name]) => !problems.has(name));
  const list = kept.map(([name, value]) => ` ${name}="${quote(value)}"`).join('');
  document.getElementById('script-snippet').value =
    `<script type="module" src="${folder}embed.js"></script>\n<div data-just-a-plant${list}>${fallback(kept)}</div>`;
  // A frame reads no attributes: the same options go in its address, named without data-
  // (URLSearchParams encodes every character that could end the attribute).
  const query = new URLSearchParams(kept.map(([name, value]) => [name.slice('data-'.length), value])).toString();
  document.getElementById('iframe-snippet').value =
    `<iframe data-just-a-plant-frame src="${folder}index.html${query ? `?${query}` : ''}" title="${quote(chosenLocale(kept).ui.widget_label)}" width="100%" allow="clipboard-write; web-share"></iframe>\n` +
    `<script src="${folder}just-a-plant-frame.js" defer></script>`;
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
