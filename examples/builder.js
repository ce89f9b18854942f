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

function update() {
  const chosen = attributes();
  const list = chosen.map(([name, value]) => ` ${name}="${quote(value)}"`).join('');
  document.getElementById('script-snippet').value =
    `<script type="module" src="${widgetFolder}embed.js"></script>\n<div data-just-a-plant${list}>${fallback(chosen)}</div>`;
  // A frame reads no attributes; its language comes from its address instead.
  const locale = chosen.find(([name]) => name === 'data-locale')?.[1];
  const page = locale ? `index.html#${locale}/explainer` : 'index.html';
  document.getElementById('iframe-snippet').value =
    `<iframe data-just-a-plant-frame src="${widgetFolder}${page}" title="Just a Plant? Kratom and opioid recovery" width="100%" allow="clipboard-write; web-share"></iframe>\n` +
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
