// The embed builder: works from the built files alone (the bundles, custom-elements.json for the
// options, and the library's own URL check from dist/lib). It gives the smallest file for the
// chosen widget, every file to copy (the Spanish files the bundle itself fetches), the code (with
// the content that shows before the script runs, or if it never does, or the widget prerendered),
// and the colors as a stylesheet rule.
import { LINK_URL, safeUrl, WEB_URL } from '../dist/lib/core/safe-url.js';
import { contrastProblems } from '../dist/lib/core/contrast-check.js';
import { fallbackHtml } from '../dist/builder/fallback.js';

const form = document.getElementById('builder');
const optionsBox = document.getElementById('options');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const contrastBox = document.getElementById('contrast');
const css = document.getElementById('css');
const filesList = document.getElementById('files');
const filesHint = document.getElementById('files-hint');
const outputNote = document.getElementById('output-note');

const manifest = await (await fetch('../custom-elements.json')).json();
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);

/** Attributes set elsewhere in the form, or only meaningful in code. */
const SKIP = new Set(['theme', 'lang']);
/** Each widget's own script-tag file (scripts/build/widgets.mjs): `iop-crisis-help.js` and so on. */
const bundleOf = (tag) => `${tag}.js`;

/**
 * The files a bundle fetches when needed (its Spanish on a Spanish page, the contrast check on a
 * page with its own colors, the article cards' RSS and Atom reader for such a feed), read from the bundle itself (`import("./iop-self-check-es-<hash>.js")`),
 * so the list is always the built one.
 */
const spanishFiles = new Map();
async function spanishFilesOf(bundle) {
  if (!spanishFiles.has(bundle)) {
    const text = await (await fetch(`../dist/${bundle}`)).text();
    spanishFiles.set(bundle, [...new Set(text.match(/iop-[a-z-]+-(?:es|contrast-check|rss)-[\w-]+\.js/g) ?? [])].sort());
  }
  return spanishFiles.get(bundle);
}
/** Which URLs each attribute accepts, as the widgets themselves check them. */
const URL_RULES = { 'cta-href': LINK_URL, 'quick-exit-url': WEB_URL, src: WEB_URL, href: WEB_URL };

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const choices = (type) => (type?.match(/'[^']+'/g) ?? []).map((choice) => choice.slice(1, -1));

function buildOptions() {
  const tag = form.widget.value;
  const declaration = declarations.find((d) => d.tagName === tag);
  optionsBox.replaceChildren(Object.assign(document.createElement('legend'), { textContent: `Options of <${tag}>` }));
  for (const attribute of declaration.attributes ?? []) {
    if (SKIP.has(attribute.name)) continue;
    const id = `option-${attribute.name}`;
    const field = document.createElement('div');
    field.className = 'field';
    const type = attribute.type?.text ?? '';
    const values = choices(type);
    let control;
    if (type === 'boolean') {
      field.className = 'check';
      control = Object.assign(document.createElement('input'), { type: 'checkbox', id, name: attribute.name });
      field.append(control, Object.assign(document.createElement('label'), { htmlFor: id, textContent: attribute.name }));
    } else {
      field.append(Object.assign(document.createElement('label'), { htmlFor: id, textContent: attribute.name }));
      if (values.length) {
        control = document.createElement('select');
        control.append(new Option('(default)', ''), ...values.map((value) => new Option(value, value)));
      } else {
        control = Object.assign(document.createElement('input'), { autocomplete: 'off' });
      }
      Object.assign(control, { id, name: attribute.name });
      field.append(control);
    }
    const hint = Object.assign(document.createElement('p'), { className: 'hint', id: `${id}-hint` });
    hint.append(...withCode(attribute.description ?? ''));
    const error = Object.assign(document.createElement('p'), { className: 'error', id: `${id}-error`, hidden: true });
    control.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
    field.append(hint, error);
    optionsBox.append(field);
  }
}

/** The manifest's `code` spans as <code> elements (text only, never parsed as markup). */
function withCode(description) {
  return description.split('`').map((text, index) => (index % 2 ? Object.assign(document.createElement('code'), { textContent: text }) : text));
}

/** Shows or clears a field's error; returns whether the value may be used. */
function check(control, message) {
  const error = document.getElementById(`${control.id}-error`);
  control.setAttribute('aria-invalid', message ? 'true' : 'false');
  error.hidden = !message;
  error.textContent = message ?? '';
  return !message;
}

function update() {
  const tag = form.widget.value;
  const attributes = [];
  for (const control of optionsBox.querySelectorAll('input, select')) {
    const name = control.name;
    if (control.type === 'checkbox') {
      if (control.checked) attributes.push([name, '']);
      continue;
    }
    const value = control.value.trim();
    const rule = URL_RULES[name];
    const ok = check(
      control,
      value && rule && !safeUrl(value, rule)
        ? `This is not a link the widget accepts: use ${rule.schemes.join(' ')}${rule.relative ? ' or a path on your site like /contact' : ''}.`
        : null,
    );
    if (value && ok) attributes.push([name, value]);
  }
  if (form.theme.value) attributes.push(['theme', form.theme.value]);
  if (form.lang.value) attributes.push(['lang', form.lang.value]);
  const colors = [];
  for (const control of form.querySelectorAll('input[name^="--iop-"]')) {
    const value = control.value.trim();
    const ok = check(control, value && !CSS.supports('color', value) ? `"${value}" is not a color. Try a code like #135d66 or a name like navy.` : null);
    if (value && ok) colors.push([control.name, value]);
  }

  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // The preview sets the colors through the CSSOM, which a CSP allows; the page gets a rule.
  for (const [name, value] of colors) element.style.setProperty(name, value);
  preview.replaceChildren(element);

  const folder = form.folder.value.trim() || '/js/';
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  const bundle = bundleOf(tag);
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  // Inside the element, what shows without JavaScript: the library's own fallback for these attributes.
  const fallback = fallbackHtml(tag, Object.fromEntries(attributes));
  const script = `<script type="module" src="${escapeAttribute(base + bundle)}"></script>`;
  if (form.output.value === 'prerendered') {
    showPrerendered(tag, `<${tag}${attrs}></${tag}>`, script, base, bundle);
  } else {
    showing++;
    delete snippet.dataset.pending;
    snippet.value = `${script}\n<${tag}${attrs}>${fallback}</${tag}>`;
    outputNote.textContent = '';
    listFiles(bundle, form.lang.value);
  }
  css.value = colors.length ? `${tag} {\n${colors.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}` : '';
  document.getElementById('css-step').hidden = !colors.length;
  for (const status of document.querySelectorAll('.copy + [role=status]')) status.textContent = '';
  showContrast(element);
}

/**
 * The library's own prerender(), the one iop-widgets/ssr runs in Node, run in a module worker
 * (dist/builder/prerender.js, src/ssr/worker.ts says why not in this page), loaded the first time
 * the visitor asks for prerendered HTML.
 */
let worker;
let workerFailed = false;
let requests = 0;
const answers = new Map();
function prerenderInWorker(markup) {
  if (!worker) {
    worker = new Worker(new URL('../dist/builder/prerender.js', import.meta.url), { type: 'module' });
    worker.addEventListener('message', ({ data }) => answers.get(data.id)?.(data));
    // A browser without module workers, or the file missing: every pending and later request fails.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      workerFailed = true;
      for (const answer of answers.values()) answer({ error: 'the prerenderer did not load' });
    });
  }
  if (workerFailed) return Promise.resolve({ error: 'the prerenderer did not load' });
  const id = ++requests;
  return new Promise((resolve) => {
    answers.set(id, (answer) => {
      answers.delete(id);
      resolve(answer);
    });
    worker.postMessage({ id, markup });
  });
}

/** Why prerender() gives an element its no-JS fallback instead of a drawing (src/ssr/render.ts). */
const CLIENT_ONLY = {
  'iop-article-cards': 'Article cards are drawn in the browser, from your feed or your links, so prerendering gives their no-JS content.',
  'iop-self-check':
    'With remember or quick-exit-url the self-check is drawn in the browser (saved answers, a keyboard hint), so prerendering gives its no-JS content.',
};

/** Counts the snippets asked for: an answer for an older one (the visitor typed on) is dropped. */
let showing = 0;
async function showPrerendered(tag, markup, script, base, bundle) {
  const call = ++showing;
  snippet.dataset.pending = 'true';
  const { html, error } = await prerenderInWorker(markup);
  if (call !== showing) return;
  delete snippet.dataset.pending;
  if (error) {
    snippet.value = '';
    outputNote.textContent = `Prerendering failed (${error}): pick "Script and element" instead.`;
    return;
  }
  // Prerendered: iop-hydrate.js first, so the widget adopts this HTML instead of drawing it again.
  const drawn = html.includes(' data-iop-prerendered="');
  const hydrate = drawn ? `<script type="module" src="${escapeAttribute(`${base}iop-hydrate.js`)}"></script>\n` : '';
  snippet.value = `${hydrate}${script}\n${html}`;
  outputNote.textContent = drawn
    ? form.lang.value
      ? ''
      : 'Prerendered in English: pick Español above for a Spanish page.'
    : `${CLIENT_ONLY[tag]} No iop-hydrate.js needed.`;
  listFiles(bundle, form.lang.value, drawn);
}

/**
 * Flags any pair of colors under WCAG AA, measured on the preview as rendered with the colors and
 * theme chosen: the same check (and words) the widgets print in the console. Only a change in the
 * result is announced, so typing does not make a screen reader repeat it.
 */
async function showContrast(element) {
  await element.updateComplete;
  if (!element.isConnected) return;
  const problems = contrastProblems(element).map((problem) => problem.replace(/^too little contrast in /, 'In '));
  const text = problems.join('\n');
  if (contrastBox.dataset.text === text) return;
  contrastBox.dataset.text = text;
  const items = problems.map((problem) => Object.assign(document.createElement('li'), { textContent: problem }));
  contrastBox.replaceChildren(
    ...(problems.length
      ? [
          Object.assign(document.createElement('p'), {
            textContent: 'Too little contrast for some visitors to read (WCAG AA asks 4.5:1 for text, 3:1 for borders):',
          }),
          Object.assign(document.createElement('ul'), { className: 'problems' }),
        ]
      : []),
  );
  contrastBox.querySelector('ul')?.append(...items);
}

/**
 * The files to copy: iop-hydrate.js for prerendered HTML, the widget's bundle, and its Spanish
 * files unless the widget is set to English.
 */
let listing = 0;
async function listFiles(bundle, lang, hydrate = false) {
  const call = ++listing;
  const spanish = lang === 'en' ? [] : await spanishFilesOf(bundle);
  if (call !== listing) return;
  filesList.replaceChildren(
    ...[...(hydrate ? ['iop-hydrate.js'] : []), bundle, ...spanish].map((file) => {
      const link = Object.assign(document.createElement('a'), { href: `../dist/${file}`, textContent: file, download: file });
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  filesHint.textContent =
    lang === 'es'
      ? "The -es- files are the widget's Spanish: without them it shows English."
      : lang === ''
        ? "The -es- files are the widget's Spanish, fetched only on a Spanish page: without them such a page shows English."
        : 'Set to English: no Spanish files needed.';
  filesHint.textContent += ' The contrast-check file is fetched only on a page that sets its own colors.';
  if (spanish.some((file) => file.includes('-rss-'))) filesHint.textContent += ' The -rss- file is fetched only for an RSS or Atom feed.';
}

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(source.value);
    } catch {
      source.select();
      document.execCommand('copy');
    }
    button.nextElementSibling.textContent = 'Copied.';
  });
}

form.widget.addEventListener('change', () => {
  buildOptions();
  update();
});
form.addEventListener('input', update);
form.addEventListener('change', update);
buildOptions();
update();
document.body.dataset.ready = 'true';
