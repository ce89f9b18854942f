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

/// What the snippet's element shows until the widget starts, and for good if it cannot (a
/// blocked script, an old browser): the short version, the note, and where to find help, in
/// the chosen language. The words follow content/<lang>/ui.toml and the static page.
const SUMMARY = {
  en: {
    summary: '<strong>Is kratom “just a plant”?</strong> No. Kratom’s active compounds act on the same brain receptors (mu-opioid receptors) and the same reward pathway as opioids like heroin or oxycodone. For a person recovering from opioid use disorder, using kratom counts as a relapse by most clinical and recovery standards. It can cause tolerance, withdrawal and cravings, and there are no FDA-approved kratom products.',
    note: 'This is education, not medical advice. If you use kratom now, or have questions about your treatment, talk with a clinician you trust before making changes.',
    national: 'Looking for treatment or support? SAMHSA’s National Helpline: <a href="tel:+18006624357">1-800-662-HELP (4357)</a>, TTY <a href="tel:+18004874889">1-800-487-4889</a>. Free and confidential, 24/7, in English and Spanish.',
    crisis: 'In a crisis, call or text <a href="tel:988">988</a>.',
  },
  es: {
    summary: '<strong>¿Es el kratom “solo una planta”?</strong> No. Los compuestos activos del kratom actúan sobre los mismos receptores del cerebro (los receptores opioides mu) y la misma vía de recompensa que opioides como la heroína o la oxicodona. Para una persona que se recupera del trastorno por consumo de opioides, consumir kratom cuenta como una recaída según la mayoría de las normas clínicas y de recuperación. Puede causar tolerancia, abstinencia y deseos intensos de consumir, y no hay productos de kratom aprobados por la FDA.',
    note: 'Esto es educación, no consejo médico. Si consume kratom ahora, o tiene preguntas sobre su tratamiento, hable con un profesional de la salud de su confianza antes de hacer cambios.',
    national: '¿Busca tratamiento o apoyo? Línea Nacional de Ayuda de SAMHSA: <a href="tel:+18006624357">1-800-662-HELP (4357)</a>, TTY <a href="tel:+18004874889">1-800-487-4889</a>. Gratuita y confidencial, 24/7, en inglés y en español.',
    crisis: 'En una crisis, llame o envíe un texto al <a href="tel:988">988</a>.',
  },
};

/// The fallback inside the snippet's element: the center's own contact first when one is given
/// (and valid), then the summary, the note, the national helpline (unless the center's contact
/// replaces it, as in the widget) and the crisis line.
function fallback(chosen) {
  const value = (name) => chosen.find(([own]) => own === name)?.[1];
  const locale = SUMMARY[value('data-locale')] ? value('data-locale') : 'en';
  const words = SUMMARY[locale];
  const name = value('data-help-name');
  const tel = value('data-help-tel');
  const own = name
    ? `\n    <p>${quote(name)}${/^\+\d+$/.test(tel ?? '') ? `: <a href="tel:${tel}">${quote(value('data-help-phone') ?? tel)}</a>` : ''}</p>`
    : '';
  const national = own && value('data-help-mode') === 'replace' ? '' : `${words.national} `;
  return `\n  <div lang="${locale}">${own}\n    <p>${words.summary}</p>\n    <p>${words.note}</p>\n    <p>${national}${words.crisis}</p>\n  </div>\n`;
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
    `<iframe data-just-a-plant-frame src="${folder}index.html${query ? `?${query}` : ''}" title="Just a Plant? Kratom and opioid recovery" width="100%" allow="clipboard-write; web-share"></iframe>\n` +
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
