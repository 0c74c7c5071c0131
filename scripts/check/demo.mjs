// Opens the demo page exactly as a visitor would (built bundle, one script tag) and checks, in
// every layout and theme: it renders with no error, axe finds nothing on the whole page, and the
// explainer works by keyboard alone. Run after `npm run build`.
import { existsSync } from 'node:fs';
import { fallbackHtml } from '../../dist/lib/ssr/fallback.js';
import { selectedEngines } from '../lib/find-browsers.mjs';
import { axeViolations, checkPage, checkPageIn, launch, launchEngine, report, selfCheckToResult, waitForWidgets, widgetsRendered } from './page-check.mjs';
import { startServer } from '../lib/serve.mjs';
import { WIDGETS } from '../lib/widgets.mjs';

if (!existsSync('dist/iop-widgets.js')) {
  console.error('dist/iop-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
/**
 * The strictest policy the widgets need, documented in the README: no inline script or style, no
 * eval, and Trusted Types with Lit's policy ('allow-duplicates' because two copies of the script
 * on one page each create it).
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

const server = await startServer({
  root: '.',
  headers: (path) => (path.startsWith('/demo/embed-check') ? { 'content-security-policy': STRICT_CSP } : {}),
});
const origin = `http://127.0.0.1:${server.address().port}`;
const { browser, context } = await launch();
const tally = { passed: 0, failed: 0 };

/** Focus as seen through shadow roots: "iop-benefits > button#button-structure". */
const focusPath = (page) =>
  page.evaluate(() => {
    const path = [];
    let active = document.activeElement;
    while (active) {
      path.push(active.localName + (active.id ? `#${active.id}` : ''));
      active = active.shadowRoot?.activeElement ?? null;
    }
    return path.join(' > ');
  });

for (const theme of ['light', 'dark']) {
  for (const layout of ['accordion', 'grid', 'list']) {
    await checkPage(context, tally, `demo ${layout} ${theme}`, async (page, problems) => {
      await page.goto(`${origin}/demo/index.html`);
      await waitForWidgets(page);
      // Choose the layout and theme with the keyboard, as a keyboard-only webmaster would.
      for (const [name, value] of [
        ['layout', layout],
        ['theme', theme],
      ]) {
        await page.focus(`input[name=${name}][value=${value}]`);
        await page.keyboard.press('Space');
      }
      // No theme attribute is the light theme: the page's markup leaves it out.
      const attrs = await page.$eval('#explainer', (el) => [el.getAttribute('layout'), el.getAttribute('theme') ?? 'light'].join(' '));
      if (attrs !== `${layout} ${theme}`) problems.push(`controls did not apply: got "${attrs}"`);
      problems.push(...(await axeViolations(page)));
      if (layout === 'accordion') {
        // Tab from the last demo control (the language) lands on the first accordion header.
        await page.focus('input[name=lang]:checked');
        await page.keyboard.press('Tab');
        const focused = await focusPath(page);
        if (!focused.endsWith('button#button-structure')) problems.push(`Tab went to ${focused}`);
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        const expanded = await page.$eval('#explainer', (el) => el.shadowRoot.querySelector('#button-evidence-based').getAttribute('aria-expanded'));
        if (expanded !== 'true') problems.push('ArrowDown + Enter did not open the second benefit');
        problems.push(...(await axeViolations(page)));
      }
    });
  }
}

// Strict CSP, with the bundle loaded twice, and with one file per widget: every widget renders,
// nothing is blocked or thrown.
for (const [page_, files, name] of [
  ['embed-check.html', 2, 'strict CSP, bundle loaded twice'],
  ['embed-check-widgets.html', 4, 'strict CSP, one file per widget'],
]) {
  await checkPage(context, tally, name, async (page, problems) => {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
    });
    await page.goto(`${origin}/demo/${page_}`);
    await waitForWidgets(page);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\/dist\/iop-[a-z-]+\.js/.test(entry.name)).length);
    if (loaded !== files) problems.push(`expected ${files} script files, ${loaded} loaded`);
    await page.$eval('iop-self-check', (el) => [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start').click());
    await page.waitForFunction(() => document.querySelector('iop-self-check').shadowRoot.querySelector('input[type=radio]'));
    // Every feed (JSON Feed, RSS, Atom, content_html) is fetched under connect-src 'self' and
    // read with Trusted Types enforced: each widget shows its cards (data-cards, else 4).
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('iop-article-cards')].every(
            (el) => el.shadowRoot?.querySelectorAll('.cards:not(.skeleton) .card').length === Number(el.dataset.cards ?? 4),
          ),
        null,
        { timeout: 10_000 },
      )
      .catch(async () => {
        const counts = await page.$$eval('iop-article-cards', (els) =>
          els.map((el) => `${el.getAttribute('src') ?? 'articles'}: ${el.shadowRoot?.querySelectorAll('.cards:not(.skeleton) .card').length}`),
        );
        problems.push(`not every feed rendered (${counts.join(', ')})`);
      });
    // The RSS and Atom reader is a file of its own: fetched, under the same CSP, by the page with
    // RSS and Atom feeds; never by the one whose only feed is JSON.
    const rssReader = await page.evaluate(() =>
      performance.getEntriesByType('resource').some((entry) => /\/iop-article-cards-rss-[\w-]+\.js$/.test(entry.name)),
    );
    if (rssReader !== (page_ === 'embed-check.html'))
      problems.push(rssReader ? 'a JSON feed fetched the RSS reader file' : 'the RSS and Atom reader file was not fetched');
    if (page_ === 'embed-check.html') {
      const formats = await page.$$eval('iop-article-cards', (els) => els.map((el) => el.getAttribute('src') ?? 'articles'));
      for (const format of ['feeds/posts.xml', 'feeds/posts.atom', 'feeds/posts-html.json', 'articles']) {
        if (!formats.includes(format)) problems.push(`the strict-CSP page has no ${format}`);
      }
    }
    problems.push(...(await page.evaluate(() => window.__violations)).map((v) => `CSP violation ${v}`));
  });
}

// Spanish: the language control switches every widget, which then loads its Spanish file.
await checkPage(context, tally, 'demo in Spanish', async (page, problems) => {
  await page.goto(`${origin}/demo/index.html`);
  await waitForWidgets(page);
  await page.focus('input[name=lang][value=es]');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('iop-self-check').shadowRoot.textContent.includes('¿Es un IOP adecuado para mí?'));
  await page.waitForFunction(() => document.querySelector('iop-benefits').shadowRoot.textContent.includes('Lo que ofrece un IOP'));
  const spanishFiles = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /-es-[\w-]+\.js$/.test(entry.name)).length);
  if (spanishFiles < 3) problems.push(`expected the Spanish files to load, ${spanishFiles} did`);
  problems.push(...(await axeViolations(page)));
});

// The embed builder: validation of links and colors, live preview, and the snippet.
await checkPage(context, tally, 'embed builder', async (page, problems) => {
  await page.goto(`${origin}/demo/builder.html`);
  await page.waitForSelector('body[data-ready]');
  // Hints read as prose: the manifest's `code` marks become <code>, not stray backticks.
  const hint = await page.$eval('#option-layout-hint', (p) => ({ text: p.textContent, code: p.querySelectorAll('code').length }));
  if (hint.text.includes('`') || hint.code !== 3) problems.push(`layout hint was "${hint.text}" with ${hint.code} code marks`);
  // The builder offers every widget of the list (scripts/lib/widgets.mjs), in its order.
  const offered = await page.$$eval('#widget option', (options) => options.map((option) => option.value));
  if (offered.join() !== WIDGETS.map((widget) => widget.tag).join()) problems.push(`the widget menu offers ${offered.join(', ')}`);
  await page.selectOption('#widget', 'iop-self-check');
  await page.fill('#option-cta-href', 'javascript:alert(1)');
  if ((await page.getAttribute('#option-cta-href', 'aria-invalid')) !== 'true') problems.push('a javascript: link was not flagged');
  if (!(await page.textContent('#option-cta-href-error')).includes('not a link')) problems.push('no message for the bad link');
  if ((await page.inputValue('#snippet')).includes('javascript')) problems.push('the bad link reached the snippet');
  await page.fill('#option-cta-href', '/contact');
  await page.fill('#option-clinic-name', 'Riverbend "North"');
  await page.selectOption('#option-mode', 'full');
  await page.fill('#color-primary', 'not-a-color');
  if (!(await page.textContent('#color-primary-error')).includes('is not a color')) problems.push('no message for the bad color');
  await page.fill('#color-primary', '#7a1f5c');
  await page.selectOption('#lang', 'es');
  // The smallest file for the widget, always a module script; colors as a stylesheet rule, since
  // the strict CSP above blocks style="…".
  const code = await page.inputValue('#snippet');
  // Inside the element, its no-JS fallback in the chosen language (scripts/check/no-js.mjs checks it shows).
  const fallback = fallbackHtml('iop-self-check', { 'clinic-name': 'Riverbend "North"', 'cta-href': '/contact', lang: 'es' });
  const expected = `<script type="module" src="/js/iop-self-check.js"></script>\n<iop-self-check mode="full" clinic-name="Riverbend &quot;North&quot;" cta-href="/contact" lang="es">${fallback}</iop-self-check>`;
  if (code !== expected) problems.push(`snippet was: ${code}`);
  const rule = await page.inputValue('#css');
  if (rule !== 'iop-self-check {\n  --iop-color-primary: #7a1f5c;\n}') problems.push(`CSS was: ${rule}`);
  // Every file to copy: the bundle, the Spanish files it fetches (its own and the crisis help's)
  // and the contrast check a page with its own colors fetches.
  const files = async () => page.$$eval('#files a', (links) => links.map((a) => a.textContent));
  await page.waitForFunction(() => document.querySelectorAll('#files a').length === 4);
  const listed = await files();
  const lists = (pattern) => listed.some((f) => pattern.test(f));
  if (
    listed[0] !== 'iop-self-check.js' ||
    !lists(/^iop-self-check-es-[\w-]+\.js$/) ||
    !lists(/^iop-crisis-help-es-[\w-]+\.js$/) ||
    !lists(/^iop-core-contrast-check-[\w-]+\.js$/)
  ) {
    problems.push(`files: ${listed.join(', ')}`);
  }
  for (const file of listed) if ((await page.request.get(`${origin}/dist/${file}`)).status() !== 200) problems.push(`${file} is listed but not built`);
  await page.waitForFunction(() => document.querySelector('#preview iop-self-check')?.shadowRoot?.textContent.includes('¿Es un IOP adecuado para mí?'));
  // A light brand color as the dark one, with theme="auto": flagged with the ratios the widget renders (issue 14).
  await page.selectOption('#theme', 'auto');
  await page.fill('#color-primary-dark', '#135d66');
  await page
    .waitForFunction(
      () =>
        /dark mode: #135d66 \(--iop-color-primary-dark\) on #15191e \(--iop-color-surface-dark\) is 2\.34:1/.test(
          document.getElementById('contrast').textContent,
        ),
      null,
      { timeout: 5000 },
    )
    .catch(() => problems.push('a dark brand color at 2.34:1 was not flagged'));
  if (!(await page.textContent('#contrast')).includes('#0c2226 (--iop-color-on-primary-dark) on #135d66 (--iop-color-primary-dark) is 2.19:1'))
    problems.push('the 2.19:1 button text was not flagged');
  await page.fill('#color-primary-dark', '#8fd3dc');
  await page
    .waitForFunction(() => document.getElementById('contrast').textContent === '', null, { timeout: 5000 })
    .catch(() => problems.push('a readable dark color stayed flagged'));
  problems.push(...(await axeViolations(page)));
  // Set to English, only the bundle; for crisis help alone, its 10 KB file.
  await page.selectOption('#lang', 'en');
  await page.waitForFunction(() => document.querySelectorAll('#files a').length === 1);
  await page.selectOption('#widget', 'iop-crisis-help');
  await page.fill('#folder', 'https://www.example.org/assets');
  await page.waitForFunction(() => document.querySelector('#files a')?.textContent === 'iop-crisis-help.js');
  const crisis = await page.inputValue('#snippet');
  if (!crisis.startsWith('<script type="module" src="https://www.example.org/assets/iop-crisis-help.js"></script>'))
    problems.push(`crisis help snippet was: ${crisis}`);
  // Fixed values are chosen from a list, not typed.
  await page.selectOption('#widget', 'iop-article-cards');
  // The article cards' RSS and Atom reader is a file of its own, listed with the widget's others.
  await page.selectOption('#lang', '');
  await page
    .waitForFunction(() => [...document.querySelectorAll('#files a')].some((a) => /^iop-article-cards-rss-[\w-]+\.js$/.test(a.textContent)), null, {
      timeout: 5000,
    })
    .catch(() => problems.push('the builder does not list the RSS reader file'));
  for (const name of ['layout', 'sort', 'heading-level']) {
    if ((await page.$eval(`#option-${name}`, (el) => el.localName)) !== 'select') problems.push(`${name} is not a select`);
  }
});

// The self-check on the demo page, by keyboard alone, from Start to a result.
await checkPage(context, tally, 'demo self-check by keyboard', async (page, problems) => {
  await page.goto(`${origin}/demo/index.html`);
  await waitForWidgets(page);
  const shadowText = (selector) => page.$eval('iop-self-check', (el, s) => el.shadowRoot.querySelector(s)?.textContent ?? null, selector);
  await page.$eval('iop-self-check', (el) => [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start').focus());
  await page.keyboard.press('Enter');
  for (let step = 0; step < 20 && !(await shadowText('[part=result]')); step++) {
    const focused = await focusPath(page);
    if (!focused.endsWith('#screen-heading')) problems.push(`step ${step}: focus was on ${focused}, not the heading`);
    if (await shadowText('.interrupt')) {
      problems.push('unexpected crisis interrupt');
      break;
    }
    await page.keyboard.press('Tab'); // first answer
    await page.keyboard.press('Space'); // choose it
    await page.keyboard.press('Enter'); // continue
  }
  const level = await page.$eval('iop-self-check', (el) => el.shadowRoot.querySelector('[part=result]')?.dataset.level);
  if (level !== 'no-clear-need') problems.push(`result was ${level}`);
  // The blog cards load from the demo's JSON Feed, 3 at first, then the rest with Show more.
  await page.waitForFunction(() => document.querySelector('#articles iop-article-cards').shadowRoot.querySelectorAll('.card').length === 3);
  problems.push(...(await axeViolations(page)));
});

await browser.close();

// The same visitor in Firefox and WebKit (BROWSERS picks the engines, as for the browser tests):
// the demo and both strict-CSP pages render and the self-check reaches a result, answered by
// role and label with real clicks. One engine at a time: the machine has two cores.
for (const engine of selectedEngines().filter((name) => name !== 'chromium')) {
  let launched;
  try {
    launched = await launchEngine(engine);
  } catch (error) {
    report(tally, `launch ${engine}`, [error.message.split('\n')[0]]);
    continue;
  }
  await checkPageIn(launched, tally, 'demo self-check by role and label', async (page, problems) => {
    await page.goto(`${origin}/demo/index.html`);
    await page.waitFor(widgetsRendered, 'body');
    const level = await selfCheckToResult(page, problems);
    if (level !== 'no-clear-need') problems.push(`result was ${level}`);
    await page.waitFor(() => document.querySelector('#articles iop-article-cards').shadowRoot.querySelectorAll('.card').length === 3);
  });
  for (const [file, files, name] of [
    ['embed-check.html', 2, 'strict CSP, bundle loaded twice'],
    ['embed-check-widgets.html', 4, 'strict CSP, one file per widget'],
  ]) {
    await checkPageIn(launched, tally, name, async (page, problems) => {
      const watchViolations = () => {
        window.__violations ??= [];
        document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
      };
      if (page.beforeScripts) await page.beforeScripts(watchViolations);
      await page.goto(`${origin}/demo/${file}`);
      if (!page.beforeScripts) await page.evaluate(watchViolations);
      await page.waitFor(widgetsRendered, 'body');
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\/dist\/iop-[a-z-]+\.js/.test(entry.name)).length);
      if (loaded !== files) problems.push(`expected ${files} script files, ${loaded} loaded`);
      // Styles come as constructable stylesheets, which style-src 'self' allows; a <style> fallback would be blocked.
      const unstyled = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.localName.startsWith('iop-') && el.shadowRoot && el.shadowRoot.adoptedStyleSheets.length === 0)
          .map((el) => el.localName),
      );
      if (unstyled.length > 0) problems.push(`no stylesheet in ${unstyled.join(', ')}`);
      const level = await selfCheckToResult(page, problems);
      if (level !== 'no-clear-need') problems.push(`result was ${level}`);
      await page.waitFor(() => document.querySelector('iop-article-cards').shadowRoot.querySelectorAll('.card').length === 4);
      problems.push(...(await page.evaluate(() => window.__violations ?? [])).map((v) => `CSP violation ${v}`));
    });
  }
  await launched.close();
}

server.close();
console.log(`Demo: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
