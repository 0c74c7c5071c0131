// Opens every built Storybook story in Chromium and fails when a story logs a console error,
// throws, renders no iop-* element (or an empty one), or has an axe violation (WCAG 2.x A/AA).
// Run after `npm run build-storybook`.
import { existsSync, readFileSync } from 'node:fs';
import { axeViolations, checkPage, launch, waitForWidgets } from './page-check.mjs';
import { startServer } from './serve.mjs';

const DIR = 'storybook-static';
if (!existsSync(`${DIR}/index.json`)) {
  console.error(`${DIR}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const stories = Object.values(JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')).entries).filter(
  (entry) => entry.type === 'story',
);

const server = await startServer({ root: DIR });
const origin = `http://127.0.0.1:${server.address().port}`;
const { browser, context } = await launch();
const tally = { passed: 0, failed: 0 };

// Every story as it is, then a few again with the toolbar's language and theme switches.
const runs = [
  ...stories.map((story) => ({ id: story.id, globals: '' })),
  ...['widgets-iop-benefits--accordion', 'widgets-iop-self-check--first-question', 'widgets-iop-crisis-help--full', 'widgets-iop-article-cards--grid-from-json-feed'].flatMap(
    (id) => [{ id, globals: 'lang:es' }, { id, globals: 'theme:high-contrast' }],
  ),
];

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
      const themed = await page.$$eval('#storybook-root *', (els) => els.filter((el) => el.localName.startsWith('iop-')).every((el) => el.getAttribute('theme') === 'high-contrast' || el.parentElement.closest('[theme]')));
      if (!themed) problems.push('the theme switch did not reach every widget');
    }
    problems.push(...(await axeViolations(page, '#storybook-root')));
  });
}

await browser.close();
server.close();
console.log(`Stories: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
