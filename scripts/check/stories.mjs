// Opens every built Storybook story in Chromium and fails when a story logs a console error,
// throws, renders no iop-* element (or an empty one), or has an axe violation (WCAG 2.x A/AA).
// Then every Docs entry (each component's page and the Theming page): no error, no "No Preview",
// every preview on it rendered, the theme toolbar reaching it; and what a designer uses there:
// a control that fits each attribute (text, a select of its values, a checkbox), no private field
// in the API tables, every iop-* event in the Actions panel, and the clinic-like font.
// Run after `npm run build-storybook`.
import { existsSync, readFileSync } from 'node:fs';
import { axeViolations, checkPage, launch, report, waitForWidgets } from './page-check.mjs';
import { startServer } from '../lib/serve.mjs';
import { WIDGETS } from '../lib/widgets.mjs';

const DIR = 'storybook-static';
if (!existsSync(`${DIR}/index.json`)) {
  console.error(`${DIR}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')).entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const FONT = 'system-ui';

const server = await startServer({ root: DIR });
const origin = `http://127.0.0.1:${server.address().port}`;
const { browser, context } = await launch();
const tally = { passed: 0, failed: 0 };

// Every story as it is, then a few again with the toolbar's language and theme switches.
const runs = [
  ...stories.map((story) => ({ id: story.id, globals: '' })),
  ...WIDGETS.flatMap(({ storyId: id }) => [
    { id, globals: 'lang:es' },
    { id, globals: 'theme:high-contrast' },
  ]),
];
// Each widget of the list has the story those runs open.
report(
  tally,
  'every widget of the list has its story (scripts/lib/widgets.mjs)',
  WIDGETS.filter((widget) => !stories.some((story) => story.id === widget.storyId)).map((widget) => `no story ${widget.storyId}`),
);

for (const story of runs) {
  await checkPage(context, tally, `story ${story.id}${story.globals ? ` (${story.globals})` : ''}`, async (page, problems) => {
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story${story.globals ? `&globals=${story.globals}` : ''}`);
    // Wait for Storybook to finish rendering and playing the story (play functions click through the self-check).
    const phase = await page.waitForFunction(
      () => {
        const current = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return ['finished', 'completed', 'errored', 'aborted'].includes(current) && current;
      },
      null,
      { timeout: 15000 },
    );
    const final = await phase.jsonValue();
    if (final !== 'finished' && final !== 'completed') problems.push(`story ended in phase "${final}"`);
    await waitForWidgets(page, '#storybook-root');
    if (story.globals === 'lang:es') {
      // The widgets fetch their Spanish, then re-render in it.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('#storybook-root *')].some((el) => el.shadowRoot && /[áéíóúñ¿]|Temas/.test(el.shadowRoot.textContent)),
      );
    }
    if (story.globals === 'theme:high-contrast') {
      const themed = await page.$$eval('#storybook-root *', (els) =>
        els.filter((el) => el.localName.startsWith('iop-')).every((el) => el.getAttribute('theme') === 'high-contrast' || el.parentElement.closest('[theme]')),
      );
      if (!themed) problems.push('the theme switch did not reach every widget');
    }
    problems.push(...(await axeViolations(page, '#storybook-root')));
  });
}

/** Resolves when the Docs page has rendered and every preview on it shows a rendered widget. */
async function waitForDocs(page, problems) {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('#storybook-docs');
      if (document.body.classList.contains('sb-show-errordisplay') || document.body.classList.contains('sb-show-nopreview')) return true;
      if (!root || !root.textContent.trim()) return false;
      const previews = [...root.querySelectorAll('.docs-story')];
      const widgets = [...root.querySelectorAll('*')].filter(
        (el) => el.localName.startsWith('iop-') && !el.parentElement.closest('[class*=iop-],iop-article-cards'),
      );
      return widgets.length > 0 && widgets.every((el) => el.shadowRoot?.childElementCount) && previews.every((p) => p.querySelector('*'));
    },
    null,
    { timeout: 20000 },
  );
  const state = await page.evaluate(() => ({
    error: document.body.classList.contains('sb-show-errordisplay') && document.querySelector('#error-message')?.textContent,
    noPreview: document.body.classList.contains('sb-show-nopreview'),
    empty: [...document.querySelectorAll('#storybook-docs .docs-story')].filter(
      (p) => ![...p.querySelectorAll('*')].some((el) => el.localName.startsWith('iop-') && el.shadowRoot?.childElementCount),
    ).length,
  }));
  if (state.error !== false) problems.push(`error display: ${state.error}`);
  if (state.noPreview) problems.push('"No Preview"');
  if (state.empty) problems.push(`${state.empty} empty preview(s)`);
}

for (const entry of docs) {
  await checkPage(context, tally, `docs ${entry.id}`, async (page, problems) => {
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=docs&globals=theme:dark`);
    await waitForDocs(page, problems);
    const state = await page.evaluate(() => {
      const widgets = [...document.querySelectorAll('#storybook-docs *')].filter(
        (el) => el.localName.startsWith('iop-') && !el.parentElement.closest('iop-article-cards'),
      );
      const rows = [...document.querySelectorAll('.docblock-argstable tbody tr')].map((row) => row.children[0]?.textContent.trim());
      return {
        unthemed: widgets.filter((el) => !el.hasAttribute('theme')).map((el) => el.localName),
        // A widget given its own --iop-font-family (the Theming page's brand example) is left out.
        fonts: [
          ...new Set(
            widgets
              .filter((el) => !getComputedStyle(el).getPropertyValue('--iop-font-family'))
              .map((el) => getComputedStyle(el).fontFamily.split(',')[0].trim()),
          ),
        ],
        rows,
        jsonEditors: [...document.querySelectorAll('.docblock-argstable button')].filter((b) => /Set object|Set array/.test(b.textContent)).length,
      };
    });
    if (state.unthemed.length) problems.push(`the theme toolbar did not reach ${state.unthemed.join(', ')}`);
    if (state.fonts.some((font) => font !== FONT)) problems.push(`previews in ${state.fonts.join(', ')}, not the system UI font`);
    if (state.jsonEditors) problems.push(`${state.jsonEditors} attribute(s) with a JSON editor instead of a text field`);
    if (entry.id === 'design-theming--docs') {
      // The Theming page lists every token and every part, and covers dark mode.
      const text = await page.$eval('#storybook-docs', (root) => root.textContent);
      const names = elements.flatMap((e) => [...(e.cssProperties ?? []), ...(e.cssParts ?? [])].map((p) => p.name));
      const missing = [...new Set(names)].filter((name) => !text.includes(name));
      if (missing.length) problems.push(`the Theming page does not list ${missing.join(', ')}`);
      if (!/Dark mode[\s\S]*--iop-color-primary-dark/.test(text)) problems.push('no dark-mode guidance with the per-scheme tokens');
    }
    const element = elements.find((e) => entry.id === `widgets-${e.tagName}--docs`);
    if (element) {
      const privates = (element.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name);
      const shown = privates.filter((name) => state.rows.includes(name));
      if (shown.length) problems.push(`private fields in the API table: ${shown.join(', ')}`);
      if (!state.rows.includes('theme')) problems.push('no API table with the attributes');
    }
  });
}

// Controls: from what Storybook prepared for each component's first story.
for (const element of elements) {
  const story = stories.find((s) => s.id.startsWith(`widgets-${element.tagName}--`));
  if (!story) continue;
  await checkPage(context, tally, `controls and actions ${element.tagName}`, async (page, problems) => {
    const actions = [];
    await page.exposeFunction('__recordAction', (name) => actions.push(name));
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
    await waitForWidgets(page, '#storybook-root');
    const argTypes = await page.evaluate(async (id) => {
      const prepared = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId: id });
      return Object.fromEntries(
        Object.entries(prepared.argTypes).map(([key, a]) => [key, { name: a.name, control: a.control, options: a.options, category: a.table?.category }]),
      );
    }, story.id);
    for (const attribute of element.attributes ?? []) {
      const argType = argTypes[attribute.name];
      const type = attribute.type?.text ?? 'string';
      const values = /^'[^']*'( \| '[^']*')+$/.test(type) ? type.split(' | ').map((v) => v.slice(1, -1)) : null;
      const control = argType?.control?.type;
      if (!argType) problems.push(`${attribute.name}: no control`);
      else if (values && (control !== 'select' || JSON.stringify(argType.options) !== JSON.stringify(values)))
        problems.push(`${attribute.name}: ${control} control with ${JSON.stringify(argType.options)}, not a select of ${values.join(', ')}`);
      else if (!values && type === 'boolean' && control !== 'boolean') problems.push(`${attribute.name}: ${control} control, not a checkbox`);
      else if (!values && type !== 'boolean' && control !== 'text') problems.push(`${attribute.name}: ${control} control, not a text field`);
    }
    for (const [key, argType] of Object.entries(argTypes)) {
      if (argType.control?.type === 'object') problems.push(`${key}: JSON editor`);
    }
    const privates = (element.members ?? []).filter((m) => m.privacy !== undefined && m.privacy !== 'public').map((m) => m.name);
    for (const name of privates) if (Object.values(argTypes).some((a) => a.name === name)) problems.push(`private ${name} listed`);
    // Every event the element documents reaches the Actions panel (the channel it listens to).
    await page.evaluate(() => window.__STORYBOOK_ADDONS_CHANNEL__.on('storybook/actions/action-event', (e) => window.__recordAction(e.data.name)));
    const events = (element.events ?? []).map((e) => e.name);
    await page.evaluate(
      ({ tag, events }) => {
        const el = document.querySelector(`#storybook-root ${tag}`);
        for (const name of events) el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: { from: 'check' } }));
      },
      { tag: element.tagName, events },
    );
    await page.waitForTimeout(200);
    const missing = events.filter((name) => !actions.includes(name));
    if (missing.length) problems.push(`not in Actions: ${missing.join(', ')}`);
    const font = await page.$eval(`#storybook-root ${element.tagName}`, (el) => getComputedStyle(el).fontFamily.split(',')[0].trim());
    if (font !== FONT) problems.push(`preview font ${font}`);
  });
}

// A real interaction, not a synthetic event: opening a benefit logs iop-benefit-toggle.
await checkPage(context, tally, 'actions: opening a benefit is logged', async (page, problems) => {
  const actions = [];
  await page.exposeFunction('__recordAction', (name, detail) => actions.push({ name, detail }));
  await page.goto(`${origin}/iframe.html?id=widgets-iop-benefits--accordion&viewMode=story`);
  await waitForWidgets(page, '#storybook-root');
  await page.evaluate(() => window.__STORYBOOK_ADDONS_CHANNEL__.on('storybook/actions/action-event', (e) => window.__recordAction(e.data.name, e.data.args)));
  await page.locator('iop-benefits button[aria-expanded]').first().click();
  await page.waitForTimeout(200);
  if (!actions.some((a) => a.name === 'iop-benefit-toggle' && JSON.stringify(a.detail).includes('"open":true')))
    problems.push(`actions: ${JSON.stringify(actions)}`);
});

await browser.close();
server.close();
console.log(`Stories: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
