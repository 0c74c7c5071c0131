// Prerendered HTML (issue 17, item 1), in Chromium, from the built files: iop-widgets/ssr renders each
// element with declarative shadow DOM; with iop-hydrate.js loaded first, the bundle adopts it with no
// console error, no layout shift and no second drawing (the very nodes parsed from the HTML stay,
// and the DOM is unchanged), and the widgets then work. Markup from another version, or a page
// without iop-hydrate.js, is drawn again cleanly: one copy, never the old one beside the new.
// The demo's prerendered page has the explainer's text in its HTML source. Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { prerender } from '../../dist/ssr/index.js';
import { checkPage, launch, report } from './page-check.mjs';
import { startServer } from '../lib/serve.mjs';

if (!existsSync('dist/iop-hydrate.js') || !existsSync('demo/prerendered.html')) {
  console.error('dist/iop-hydrate.js or demo/prerendered.html is missing: run `npm run build` first.');
  process.exit(1);
}

// The Node API and the CLI, before any browser: every element, its attributes and language.
{
  const tally0 = [];
  const need = (ok, what) => ok || tally0.push(what);
  const benefits = await prerender('<iop-benefits layout=grid heading="Our <IOP> & you" heading-level="3"></iop-benefits>');
  need(
    /^<iop-benefits[^>]* layout="grid" heading="Our &lt;IOP&gt; &amp; you" heading-level="3" data-iop-prerendered="[\d.]+"><template shadowroot="open" shadowrootmode="open">/.test(
      benefits,
    ),
    `benefits: ${benefits.slice(0, 200)}`,
  );
  need(benefits.includes('<h3 part="heading" id="heading"') && benefits.includes('Our &lt;IOP&gt; &amp; you'), 'the heading at level 3, escaped');
  const crisis = await prerender('<iop-crisis-help></iop-crisis-help>', { lang: 'es-MX' });
  need(
    crisis.includes(' lang="es-MX"') && crisis.includes('Hay ayuda disponible ahora') && crisis.includes('href="tel:988"'),
    'crisis help in Spanish from the page language',
  );
  const own = await prerender('<iop-crisis-help lang="en"></iop-crisis-help>', { lang: 'es' });
  need(own.includes('Help is available now'), "an element's own lang wins over the page's");
  const check = await prerender('<iop-self-check clinic-name="Riverbend"></iop-self-check>');
  need(check.includes('Is an IOP right for me?') && /<iop-crisis-help[^>]* defer-hydration/.test(check), 'the self-check with its crisis help inside');
  for (const markup of [
    '<iop-article-cards src="/feed.json"></iop-article-cards>',
    '<iop-self-check remember></iop-self-check>',
    '<iop-self-check quick-exit-url="https://example.com"></iop-self-check>',
  ]) {
    const out = await prerender(markup);
    need(!out.includes('<template') && !out.includes('data-iop-prerendered'), `${markup} is left to the browser: ${out.slice(0, 120)}`);
  }
  const linked = await prerender('<iop-article-cards><a href="/post">A post</a></iop-article-cards>');
  need(linked === '<iop-article-cards><a href="/post">A post</a></iop-article-cards>', `the article cards keep their links: ${linked}`);
  need((await prerender('<iop-self-check remember></iop-self-check>')).includes('href="tel:988"'), 'a client-only self-check gets its no-JS fallback');
  for (const bad of ['<div></div>', 'iop-benefits', '<iop-benefits><iop-crisis-help></iop-crisis-help></iop-benefits> <p>']) {
    const error = await prerender(bad).then(
      () => null,
      (e) => e.message,
    );
    need(error?.startsWith('expected one element'), `${bad} was not refused: ${error}`);
  }
  const cli = execFileSync('node', ['dist/ssr/cli.js', 'render', '<iop-crisis-help compact></iop-crisis-help>', '--lang', 'es'], { encoding: 'utf8' });
  need(cli.includes('shadowrootmode') && cli.includes('Llamar al 911'), 'CLI render');
  const fallback = execFileSync('node', ['dist/ssr/cli.js', 'fallback', '<iop-crisis-help>'], { encoding: 'utf8' });
  need(fallback.startsWith('<p><strong>Help is available now:</strong> <a href="tel:988">'), `CLI fallback: ${fallback}`);
  const wrong = spawnSync('node', ['dist/ssr/cli.js', 'render', '<div>'], { encoding: 'utf8' });
  need(wrong.status === 1 && wrong.stderr.includes('expected one element'), 'CLI error exit');
  need(spawnSync('node', ['dist/ssr/cli.js'], { encoding: 'utf8' }).status === 2, 'CLI usage exit');
  globalThis.__nodeProblems = tally0;
}

const server = await startServer({ root: '.' });
const origin = `http://127.0.0.1:${server.address().port}`;
const { browser, context } = await launch();
const tally = { passed: 0, failed: 0 };
report(tally, 'Node API and CLI: every element, its attributes and language', globalThis.__nodeProblems);

const HYDRATE = '<script type="module" src="/dist/iop-hydrate.js"></script>';
const BUNDLE = '<script type="module" src="/dist/iop-widgets.js"></script>';

/**
 * Runs in the page as a classic script at the end of the body: before any module script, so it
 * sees the HTML as parsed. It keeps every node of every shadow root, a serialization of them, and
 * the layout shifts from then on.
 */
const RECORD = `<script>
  window.__shifts = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.__shifts += entry.value))).observe({ type: 'layout-shift', buffered: true });
  window.__walk = (root, nodes = []) => {
    for (const node of root.childNodes) {
      nodes.push(node);
      if (node.shadowRoot) __walk(node.shadowRoot, nodes);
      __walk(node, nodes);
    }
    return nodes;
  };
  /** The widgets' shadow trees as text: elements with their attributes (defer-hydration aside), text and comments. */
  window.__serialize = () =>
    [...document.querySelectorAll('[data-iop-prerendered]')].map((host) =>
      __walk(host.shadowRoot).map((node) =>
        node.nodeType === 1
          ? '<' + node.localName + [...node.attributes].filter((a) => a.name !== 'defer-hydration').map((a) => ' ' + a.name + '="' + a.value + '"').join('') + '>'
          : node.nodeType === 3 ? node.data : '<!--' + node.data + '-->').join('')).join('\\n');
  window.__nodes = [...document.querySelectorAll('[data-iop-prerendered]')].flatMap((host) => __walk(host.shadowRoot));
  window.__before = __serialize();
</script>`;

const page = (body, scripts = HYDRATE + BUNDLE, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Prerender check</title>${scripts}</head><body><main>${body}</main>${RECORD}</body></html>`;

/** Serves `html` at a path under the demo folder, so the page's relative links and scripts resolve. */
async function open(pageObject, html) {
  const url = `${origin}/demo/prerender-check-${Math.random().toString(36).slice(2)}.html`;
  await pageObject.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await pageObject.goto(url);
  await pageObject.waitForFunction(() =>
    [...document.querySelectorAll('body *')].filter((el) => el.localName.startsWith('iop-')).every((el) => customElements.get(el.localName) && el.hasUpdated),
  );
  // Two frames: anything the first render schedules has happened.
  await pageObject.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const WIDGETS = [
  '<iop-benefits open="structure" cta-label="Talk to our intake team" cta-href="#contact"></iop-benefits>',
  '<iop-benefits layout="grid" heading-level="3"></iop-benefits>',
  '<iop-self-check clinic-name="Riverbend" phone="(555) 555-0100" cta-href="#contact"></iop-self-check>',
  '<iop-crisis-help></iop-crisis-help>',
  '<iop-crisis-help compact></iop-crisis-help>',
];
const prerendered = (await Promise.all(WIDGETS.map((markup) => prerender(markup)))).join('\n');

/** After loading: the widgets adopted the HTML as it was, and work. */
async function expectHydrated(p, problems, minimum = 100) {
  const { same, kept, total, shifts } = await p.evaluate(() => ({
    same: window.__before === window.__serialize(),
    kept: window.__nodes.filter((node) => node.isConnected).length,
    total: window.__nodes.length,
    shifts: window.__shifts,
  }));
  if (total < minimum) problems.push(`only ${total} prerendered nodes: was anything prerendered?`);
  if (kept !== total) problems.push(`${total - kept} of ${total} prerendered nodes were replaced: drawn a second time`);
  if (!same) problems.push('the shadow DOM changed when the widgets hydrated');
  if (shifts !== 0) problems.push(`layout shift ${shifts}`);
  // Styled without the prerendered <style> too, which a strict style-src blocks.
  const unstyled = await p.evaluate(() =>
    [...document.querySelectorAll('[data-iop-prerendered]')].filter((el) => el.shadowRoot.adoptedStyleSheets.length === 0).map((el) => el.localName),
  );
  if (unstyled.length) problems.push(`no adopted stylesheet in ${unstyled.join(', ')}`);
}

/** The widgets respond: an accordion opens, the self-check starts. */
async function expectWorking(p, problems) {
  const opened = await p.evaluate(async () => {
    const explainer = document.querySelector('iop-benefits');
    const button = explainer.shadowRoot.querySelector('#button-evidence-based');
    button.click();
    await explainer.updateComplete;
    return button.getAttribute('aria-expanded');
  });
  if (opened !== 'true') problems.push('the accordion did not open after hydration');
  const started = await p.evaluate(async () => {
    const check = document.querySelector('iop-self-check');
    if (!check) return true;
    [...check.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start').click();
    await check.updateComplete;
    return Boolean(check.shadowRoot.querySelector('input[type=radio]'));
  });
  if (!started) problems.push('the self-check did not start after hydration');
}

/** Each widget shows one copy of its content: the main heading (or crisis box) exactly once. */
async function expectOneCopy(p, problems) {
  const copies = await p.evaluate(() =>
    [...document.querySelectorAll('[data-iop-prerendered]')].map((el) => [
      el.localName,
      [...el.shadowRoot.children].filter((child) => child.matches('section, aside')).length,
    ]),
  );
  for (const [tag, count] of copies) if (count !== 1) problems.push(`<${tag}> shows ${count} copies of its content`);
  const replaced = await p.evaluate(() => window.__nodes.filter((node) => node.isConnected && node.parentNode?.nodeType !== 11).length);
  if (replaced !== 0) problems.push(`${replaced} prerendered nodes are still in the page beside the new drawing`);
}

await checkPage(context, tally, 'prerendered widgets hydrate: same nodes, same DOM, no shift, no error', async (p, problems) => {
  await open(p, page(prerendered));
  await expectHydrated(p, problems);
  await expectWorking(p, problems);
});

await checkPage(context, tally, 'prerendered in Spanish: hydrates and stays Spanish', async (p, problems) => {
  const spanish = (await Promise.all(WIDGETS.slice(0, 4).map((markup) => prerender(markup, { lang: 'es' })))).join('\n');
  if (!spanish.includes('Hay ayuda disponible ahora')) problems.push('the Spanish prerender is not in Spanish');
  await open(p, page(spanish, HYDRATE + BUNDLE, 'es'));
  await p.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /-es-[\w-]+\.js$/.test(entry.name)));
  await p.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  const kept = await p.evaluate(() => window.__nodes.filter((node) => !node.isConnected).length);
  if (kept !== 0) problems.push(`${kept} prerendered nodes were replaced`);
  const text = await p.evaluate(() => document.querySelector('iop-crisis-help').shadowRoot.textContent);
  if (!text.includes('Hay ayuda disponible ahora')) problems.push('the crisis help is no longer in Spanish');
});

await checkPage(context, tally, 'prerendered by another version: drawn again cleanly', async (p, problems) => {
  await open(p, page(prerendered.replaceAll('data-iop-prerendered="', 'data-iop-prerendered="0.0.0-other-')));
  await expectOneCopy(p, problems);
  await expectWorking(p, problems);
});

await checkPage(context, tally, 'prerendered markup that does not match the templates: drawn again, with a warning', async (p, problems) => {
  const warnings = [];
  p.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  // The same version's stamp, but one template's digest changed (HTML edited by hand, or built otherwise).
  const tampered = (await prerender(WIDGETS[0])).replace(/<!--lit-part [^ ]+?=-->/, '<!--lit-part AAAAAAAAAAA=-->');
  await open(p, page(tampered));
  await expectOneCopy(p, problems);
  if (!warnings.some((text) => text.includes('does not match this script'))) problems.push(`no warning: ${warnings.join(' | ')}`);
});

await checkPage(context, tally, 'prerendered, without iop-hydrate.js: drawn again cleanly', async (p, problems) => {
  await open(p, page(prerendered, BUNDLE));
  await expectOneCopy(p, problems);
  await expectWorking(p, problems);
});

await checkPage(context, tally, "the demo's prerendered page: the explainer's text in its HTML source, hydrated", async (p, problems) => {
  const source = await (await fetch(`${origin}/demo/prerendered.html`)).text();
  for (const text of ['shadowrootmode="open"', 'Where an IOP fits', 'Therapies backed by research', 'iop-hydrate.js']) {
    if (!source.includes(text)) problems.push(`the HTML source has no ${JSON.stringify(text)}`);
  }
  await p.goto(`${origin}/demo/prerendered.html`);
  await p.waitForFunction(() => document.querySelector('iop-benefits').hasUpdated && document.querySelector('iop-self-check').hasUpdated);
  await expectWorking(p, problems);
});

// The embed builder's "prerendered HTML" output (demo/builder.js, run in the browser by
// dist/builder/prerender.js): byte for byte what Node's prerender() gives for the same attributes,
// every element and Spanish; then pasted into a page with the built files, it hydrates.
const BUILDER_CASES = [
  { tag: 'iop-benefits', options: { layout: 'grid', 'heading-level': '3', 'cta-label': 'Talk to "us" & more', 'cta-href': '/contact' } },
  { tag: 'iop-benefits', lang: 'es', options: { 'cta-label': 'Llámenos', 'cta-href': 'tel:+15555550100' } },
  { tag: 'iop-self-check', options: { 'clinic-name': 'Riverbend "North"', phone: '(555) 555-0100', 'cta-href': '/contact' } },
  { tag: 'iop-self-check', lang: 'es', options: { 'clinic-name': 'Riverbend', mode: 'full' } },
  { tag: 'iop-crisis-help', options: { compact: true } },
  { tag: 'iop-crisis-help', lang: 'es', options: {} },
  // Left to the browser by prerender(): their no-JS fallback, and the builder says why.
  { tag: 'iop-article-cards', options: { src: 'feeds/posts.json', limit: '3' }, clientOnly: true },
  { tag: 'iop-self-check', options: { remember: true, phone: '(555) 555-0100' }, clientOnly: true },
  { tag: 'iop-self-check', options: { 'quick-exit-url': 'https://www.example.org/' }, clientOnly: true },
];

/** The builder's snippet, once its prerenderer has answered. */
async function builderSnippet(p) {
  await p.waitForFunction(() => !document.getElementById('snippet').dataset.pending);
  return p.inputValue('#snippet');
}

/** Sets one of the builder's generated option fields (a checkbox, a list or a text field). */
async function setOption(p, name, value) {
  const control = p.locator(`#option-${name}`);
  const kind = await control.evaluate((el) => el.type);
  if (kind === 'checkbox') await control.setChecked(value);
  else if (kind.startsWith('select')) await control.selectOption(value);
  else await control.fill(value);
}

const builderSnippets = [];
await checkPage(
  context,
  tally,
  "embed builder's prerendered HTML: Node's prerender() byte for byte, each element and Spanish; chosen by keyboard",
  async (p, problems) => {
    await p.goto(`${origin}/demo/builder.html`);
    await p.waitForSelector('body[data-ready]');
    await p.fill('#folder', '/dist/');
    // A labelled group of radio buttons, used with the arrow keys.
    const group = p.getByRole('group', { name: 'Paste as' });
    if (!(await group.getByRole('radio', { name: 'Prerendered HTML' }).count())) problems.push('no "Prerendered HTML" radio in a group named "Paste as"');
    await group.getByRole('radio', { name: 'Script and element (default)' }).focus();
    await p.keyboard.press('ArrowDown');
    if (!(await p.isChecked('#output-prerendered'))) problems.push('ArrowDown from the default did not pick prerendered HTML');
    if (!(await builderSnippet(p)).includes('shadowrootmode="open"')) problems.push('picking prerendered HTML did not change the snippet');
    for (const { tag, lang = '', options, clientOnly } of BUILDER_CASES) {
      const name = `<${tag}> ${JSON.stringify({ lang, ...options })}`;
      await p.check('#output-script');
      await p.selectOption('#widget', tag);
      await p.selectOption('#lang', lang);
      for (const [option, value] of Object.entries(options)) await setOption(p, option, value);
      // The same attributes: the element as the default output writes it, without its fallback inside.
      const [script, element] = (await builderSnippet(p)).split('\n');
      const open = element.match(/^<[^>]+>/)[0];
      for (const option of Object.keys(options)) if (!open.includes(` ${option}`)) problems.push(`${name}: ${option} is not in ${open}`);
      const expected = await prerender(`${open}</${tag}>`);
      await p.check('#output-prerendered');
      const code = await builderSnippet(p);
      const hydrate = clientOnly ? '' : '<script type="module" src="/dist/iop-hydrate.js"></script>\n';
      if (code !== `${hydrate}${script}\n${expected}`) {
        const at = [...code].findIndex((char, i) => char !== `${hydrate}${script}\n${expected}`[i]);
        problems.push(
          `${name}: the builder wrote ${JSON.stringify(code.slice(Math.max(0, at - 60), at + 60))} where Node wrote ${JSON.stringify(`${hydrate}${script}\n${expected}`.slice(Math.max(0, at - 60), at + 60))}`,
        );
      }
      if (Boolean(clientOnly) === expected.includes('data-iop-prerendered')) problems.push(`${name}: prerendered ${!clientOnly ? 'not ' : ''}as expected`);
      const note = await p.textContent('#output-note');
      if (clientOnly ? !note.includes('drawn in the browser') : note !== (lang ? '' : 'Prerendered in English: pick Español above for a Spanish page.'))
        problems.push(`${name}: the note says "${note}"`);
      const files = await p.$$eval('#files a', (links) => links.map((a) => a.textContent));
      if ((files[0] === 'iop-hydrate.js') === Boolean(clientOnly)) problems.push(`${name}: files ${files.join(', ')}`);
      if (!clientOnly) builderSnippets.push({ name, lang, code });
    }
    await p.check('#output-script');
    if ((await builderSnippet(p)).includes('iop-hydrate.js')) problems.push('back to the default output, the snippet still loads iop-hydrate.js');
  },
);

for (const { name, lang, code } of builderSnippets) {
  await checkPage(context, tally, `embed builder's prerendered ${name}, pasted into a page: hydrated, not drawn again`, async (p, problems) => {
    await open(p, page(code, '', lang || 'en'));
    // Crisis help alone is a small tree (about 50 nodes).
    if (!lang) return expectHydrated(p, problems, 30);
    // In Spanish as in the prerender check above: the widget's Spanish file loads, and the nodes stay.
    await p.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /-es-[\w-]+\.js$/.test(entry.name)));
    await p.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const replaced = await p.evaluate(() => window.__nodes.filter((node) => !node.isConnected).length);
    if (replaced !== 0) problems.push(`${replaced} prerendered nodes were replaced`);
    if (!(await p.evaluate(() => window.__before === window.__serialize()))) problems.push('the shadow DOM is not the prerendered one');
  });
}

await browser.close();
server.close();
console.log(`Prerender: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
