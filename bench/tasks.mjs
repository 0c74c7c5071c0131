// Lists the main thread's long tasks of a page at 1x: what Lighthouse's TBT is made of (its mobile
// preset multiplies each task by 4; a task over 12.5 ms here counts). `npm run bench:tasks -- demo/index.html [runs]`
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/lib/find-browsers.mjs';
import { startServer } from '../scripts/lib/serve.mjs';
const path = process.argv[2] ?? 'demo/index.html';
const RUNS = Number(process.argv[3] ?? 3);
const root = new URL('..', import.meta.url).pathname;
const server = await startServer({ root, compress: true });
const browser = await chromium.launch({ executablePath: findChrome() ?? undefined, args: CHROME_ARGS });
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'] } });
  await page.goto(`http://127.0.0.1:${server.address().port}/${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const own = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid);
  const tasks = own.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const t0 = Math.min(...own.map((e) => e.ts));
  const long = tasks.filter((e) => e.dur > 5000);
  console.log(
    `run ${run + 1}: ${long.length} tasks over 5 ms; TBT estimate (x4, over 50): ${long.reduce((s, e) => s + Math.max(0, (4 * e.dur) / 1000 - 50), 0).toFixed(0)} ms`,
  );
  for (const task of long) {
    const inside = own.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task && e.dur > 1000);
    const kinds = new Map();
    for (const e of inside)
      if (
        [
          'v8.compile',
          'v8.compileModule',
          'v8.evaluateModule',
          'FunctionCall',
          'EvaluateScript',
          'Layout',
          'UpdateLayoutTree',
          'ParseHTML',
          'Paint',
          'RunMicrotasks',
          'TimerFire',
          'FireAnimationFrame',
        ].includes(e.name)
      )
        kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur / 1000);
    console.log(
      `  at ${((task.ts - t0) / 1000).toFixed(0).padStart(5)} ms: ${(task.dur / 1000).toFixed(1).padStart(5)} ms  ${[...kinds].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`,
    );
  }
  await context.close();
}
await browser.close();
server.close();
