// `node bench/profile.mjs [runs]` (after `npm run build` and `npm --prefix bench ci`): where our bench
// page's time goes, from script start to painted, at 1x CPU. Records a Chromium trace of
// bench/page.html?ours and sums the main thread's work by kind; a layout inside a script call is a
// forced (synchronous) layout, listed with the function that forced it. Profile before optimizing.
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/lib/find-browsers.mjs';
import { startServer } from '../scripts/lib/serve.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const here = new URL('.', import.meta.url).pathname;
const root = new URL('..', import.meta.url).pathname;
mkdirSync(`${here}out`, { recursive: true });
await build({
  entryPoints: [`${here}entries/ours.js`],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  splitting: true,
  outdir: `${here}out/ours`,
  logLevel: 'error',
});

const server = await startServer({ root });
const browser = await chromium.launch({ executablePath: findChrome() ?? undefined, args: CHROME_ARGS });
const totals = new Map();
const forced = new Map();
let rendered = 0;
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'blink.user_timing'] },
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html?ours`);
  await page.waitForFunction(() => window.__rendered);
  rendered += (await page.evaluate(() => window.__rendered.fromScript)) / RUNS;
  await cdp.send('Tracing.end');
  await done;
  // Complete events on the renderer's main thread, from the first script evaluation on.
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const own = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid);
  for (const e of own) {
    if (
      ![
        'Layout',
        'UpdateLayoutTree',
        'Paint',
        'PrePaint',
        'Layerize',
        'ParseHTML',
        'FunctionCall',
        'EvaluateScript',
        'v8.compile',
        'v8.evaluateModule',
        'RunMicrotasks',
        'HitTest',
      ].includes(e.name)
    )
      continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000 / RUNS);
    // A layout or style update that carries a script stack was forced by that script.
    const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
    if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && stack?.length) {
      const where = stack
        .slice(0, 3)
        .map((frame) => `${frame.functionName || '(anonymous)'}`)
        .join(' < ');
      const key = `${e.name} forced by ${where}`;
      forced.set(key, (forced.get(key) ?? 0) + e.dur / 1000 / RUNS);
    }
  }
  await context.close();
}
await browser.close();
server.close();
console.log(`bench/page.html?ours at 1x CPU, mean of ${RUNS} runs: ${rendered.toFixed(0)} ms from script start to painted.`);
console.log('Main-thread work (ms, nested events overlap their parents):');
for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(18)} ${ms.toFixed(1)}`);
console.log('Forced style and layout (inside a script call):');
for (const [name, ms] of [...forced].sort((a, b) => b[1] - a[1])) console.log(`  ${ms.toFixed(1).padStart(6)}  ${name}`);
