// `npm run bench:timing -- [runs] [pages]` (or `node bench/timing.mjs` after a build): only
// the time-to-content part of `npm run bench`, for quick comparisons while optimizing. Prints the
// median from script start at 1x and 4x CPU for each page. The committed numbers come from `npm run bench`.
import { bundlePage } from './bundle.mjs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/lib/find-browsers.mjs';
import { startServer } from '../scripts/lib/serve.mjs';

const RUNS = Number(process.argv[2] ?? 9);
const PAGES = (process.argv[3] ?? 'ours,material,shoelace').split(',');
const root = new URL('..', import.meta.url).pathname;
for (const name of PAGES) await bundlePage(name);
const server = await startServer({ root, compress: true });
const browser = await chromium.launch({ executablePath: findChrome() ?? undefined, args: CHROME_ARGS });
const samples = Object.fromEntries(PAGES.map((name) => [name, { 1: [], 4: [] }]));
for (let run = 0; run < RUNS; run++)
  for (const rate of [1, 4])
    for (const name of PAGES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html?${name}`);
      await page.waitForFunction(() => window.__rendered, null, { timeout: 30000 });
      samples[name][rate].push((await page.evaluate(() => window.__rendered)).fromScript);
      await context.close();
    }
await browser.close();
server.close();
// The median, and the 25th percentile: on a shared machine the slow runs are the ones another
// process got in the way of, so the lower quartile compares two builds more steadily.
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p + 0.5)];
const show = (values) => `${percentile(values, 0.5).toFixed(0).padStart(4)} (p25 ${percentile(values, 0.25).toFixed(0).padStart(4)}) ms`;
for (const name of PAGES) console.log(`${name.padEnd(14)} 1x ${show(samples[name][1])}   4x ${show(samples[name][4])}`);
