// Content before script (issue 17): with JavaScript disabled, the demo page and the embed builder's
// code for each widget still show something useful: crisis numbers as call and text links, the
// self-check's line with the clinic's contact and those numbers, the explainer's heading and first
// paragraph, the article cards' links. With JavaScript on, that fallback is hidden once the widget
// draws itself. Run after `npm run build` (the builder imports dist/lib).
import { existsSync } from 'node:fs';
import { fallbackHtml } from '../../dist/lib/ssr/fallback.js';
import { checkPage, launch, waitForWidgets } from './page-check.mjs';
import { startServer } from '../lib/serve.mjs';

if (!existsSync('dist/lib/ssr/fallback.js')) {
  console.error('dist/lib/ssr/fallback.js is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await startServer({ root: '.' });
const origin = `http://127.0.0.1:${server.address().port}`;
const { browser, context } = await launch();
const noScript = await browser.newContext({ javaScriptEnabled: false });
const tally = { passed: 0, failed: 0 };

/** In the page: each top-level iop-* element's visible links (text and href), headings and paragraphs. */
const shown = (page) =>
  page.evaluate(() => {
    const visible = (node) => node.getClientRects().length > 0;
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.localName.startsWith('iop-') && !el.parentElement.closest('iop-article-cards'))
      .map((el) => ({
        tag: el.localName,
        upgraded: Boolean(el.shadowRoot),
        links: [...el.querySelectorAll('a')].filter(visible).map((a) => [a.textContent.trim(), a.getAttribute('href')]),
        headings: [...el.querySelectorAll('h2, h3, h4, h5, h6')].filter(visible).map((h) => h.textContent.trim()),
        paragraphs: [...el.querySelectorAll('p')].filter(visible).length,
        html: el.innerHTML,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      }));
  });

/** What each element must show without script; the problems found. */
function expectFallback(widget, problems, where) {
  const hrefs = widget.links.map(([, href]) => href);
  const need = (ok, what) => ok || problems.push(`${where} <${widget.tag}>: ${what} (links: ${JSON.stringify(widget.links)})`);
  need(!widget.upgraded, 'was upgraded although scripts are off');
  if (widget.tag === 'iop-crisis-help' || widget.tag === 'iop-self-check') {
    for (const href of ['tel:988', 'sms:988', 'tel:911']) need(hrefs.includes(href), `no visible ${href} link`);
  }
  if (widget.tag === 'iop-self-check' && widget.attributes.phone)
    need(
      hrefs.some((href) => href.startsWith('tel:') && !['tel:988', 'tel:911'].includes(href)),
      "no visible link to the clinic's phone",
    );
  if (widget.tag === 'iop-benefits') {
    need(widget.headings.length === 1 && widget.headings[0].includes('Intensive Outpatient Program'), `heading was ${JSON.stringify(widget.headings)}`);
    need(widget.paragraphs >= 1, 'no visible first paragraph');
  }
  if (widget.tag === 'iop-article-cards') need(hrefs.length > 0 && hrefs.every((href) => href.startsWith('https://')), 'no visible article links');
}

await checkPage(noScript, tally, 'demo with JavaScript off: every widget shows its fallback', async (page, problems) => {
  await page.goto(`${origin}/demo/index.html`);
  const widgets = await shown(page);
  const tags = widgets
    .map((widget) => widget.tag)
    .sort()
    .join(' ');
  if (tags !== 'iop-article-cards iop-article-cards iop-benefits iop-self-check') problems.push(`widgets: ${tags}`);
  for (const widget of widgets) {
    expectFallback(widget, problems, 'demo');
    // The demo's fallback is the generator's, word for word, so it cannot drift from the widgets.
    const generated = fallbackHtml(widget.tag, widget.attributes, 'en');
    const written = widget.html.replace(/<!--[^]*?-->/g, '');
    if (generated && written !== generated) problems.push(`demo <${widget.tag}>'s fallback is not fallbackHtml()'s:\n  ${written}\n  ${generated}`);
  }
});

await checkPage(context, tally, 'demo with JavaScript on: the fallback is hidden once each widget draws', async (page, problems) => {
  await page.goto(`${origin}/demo/index.html`);
  await waitForWidgets(page);
  for (const widget of await shown(page)) {
    if (!widget.upgraded) problems.push(`<${widget.tag}> did not upgrade`);
    if (widget.links.length || widget.headings.length || widget.paragraphs)
      problems.push(`<${widget.tag}> still shows its fallback: ${JSON.stringify(widget.links)}`);
  }
});

// The builder's code, pasted into a page whose scripts never run.
const snippets = {};
await checkPage(context, tally, 'embed builder writes each widget’s fallback inside it', async (page, problems) => {
  await page.goto(`${origin}/demo/builder.html`);
  await page.waitForSelector('body[data-ready]');
  for (const tag of ['iop-crisis-help', 'iop-self-check', 'iop-benefits', 'iop-article-cards']) {
    await page.selectOption('#widget', tag);
    if (tag === 'iop-self-check') {
      await page.fill('#option-phone', '(555) 555-0100');
      await page.fill('#option-cta-href', '/contact');
    }
    snippets[tag] = await page.inputValue('#snippet');
    const inside = snippets[tag]
      .split('\n')[1]
      .replace(/^<[^>]+>/, '')
      .replace(/<\/[a-z-]+>$/, '');
    const expected = tag === 'iop-self-check' ? fallbackHtml(tag, { phone: '(555) 555-0100', 'cta-href': '/contact' }) : fallbackHtml(tag);
    if (inside !== expected) problems.push(`<${tag}>: the builder wrote ${inside}, not ${expected}`);
  }
});
for (const tag of ['iop-crisis-help', 'iop-self-check', 'iop-benefits']) {
  await checkPage(noScript, tally, `builder code for <${tag}> with JavaScript off`, async (page, problems) => {
    await page.goto(`${origin}/demo/builder.html`);
    await page.setContent(`<!doctype html><html lang="en"><body>${snippets[tag].replace('/js/', '/dist/')}</body></html>`);
    const [widget] = await shown(page);
    if (widget?.tag !== tag) problems.push(`no <${tag}> in ${snippets[tag]}`);
    else expectFallback(widget, problems, 'builder');
  });
}

await browser.close();
server.close();
console.log(`No-JS: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
