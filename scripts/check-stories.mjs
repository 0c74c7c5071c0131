// Opens every built Storybook story in Chromium and fails when a story logs a console error,
// throws, renders no iop-* element (or an empty one), or has an axe violation (WCAG 2.x A/AA).
// Run after `npm run build-storybook`.
import { existsSync, readFileSync } from 'node:fs';
import { axeViolations, launch, openPage, report, waitForWidgets } from './page-check.mjs';
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

for (const story of stories) {
  const { page, problems } = await openPage(context);
  try {
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
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
    problems.push(...(await axeViolations(page, '#storybook-root')));
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  }
  await page.close();
  report(tally, `story ${story.id}`, problems);
}

await browser.close();
server.close();
console.log(`Stories: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
