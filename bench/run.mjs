// `npm run bench` (from the project root): builds the library, then in one run in system Chromium
// measures sizes against the peers, time to render the same content at 1x and 4x CPU, 1,000
// cards, and Lighthouse on the demo page. Writes bench/results.md and bench/chart.svg.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { bundle, bundlePage } from './bundle.mjs';
import { CHROME_ARGS, findChrome } from '../scripts/lib/find-browsers.mjs';
import { measure } from '../scripts/lib/measure.mjs';
import { startServer } from '../scripts/lib/serve.mjs';

// At least 7 (issue 7); more, because this 2-core machine is shared and single runs vary by a third.
const RUNS = 15;
const here = new URL('.', import.meta.url).pathname;
const root = new URL('..', import.meta.url).pathname;
mkdirSync(`${here}out`, { recursive: true });

const kb = (bytes) => (bytes / 1000).toFixed(1);

// 1. Sizes: ours as built; each peer's components (*-components.js), bundled with the same esbuild
// settings (CSS included as text) and without the pages' text, which every page shares.
const peers = {
  material: '@material/web: radio, button, card, progress',
  shoelace: 'Shoelace: 6 components + theme CSS',
  typeform: 'Typeform embed loader + CSS (draws nothing itself)',
  survey: 'SurveyJS: survey-core + survey-js-ui + CSS',
};
const bundles = {};
for (const name of Object.keys(peers)) {
  await bundle(`${name}-components`, `${here}out/sizes`);
  bundles[name] = measure(readFileSync(`${here}out/sizes/${name}-components.js`));
}
// The pages timed below (bundle.mjs: ours keeps its Spanish texts in files of their own, as dist/ does).
for (const name of ['ours', 'material', 'shoelace', 'survey']) await bundlePage(name);
const ours = {
  'iop-widgets.js (everything)': measure(readFileSync(`${root}dist/iop-widgets.js`)),
  ...Object.fromEntries(
    ['benefits', 'self-check', 'crisis-help', 'article-cards'].map((w) => [`iop-${w}.js`, measure(readFileSync(`${root}dist/iop-${w}.js`))]),
  ),
};

// 2. Time to the same content painted, at 1x and 4x CPU, median of RUNS: from script start (the
// bundle starts to run: entries/start.js) and from navigation start (adds the page and the fetch).
const server = await startServer({ root, compress: true });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChrome() ?? undefined, args: CHROME_ARGS });
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p + 0.5)];
const median = (values) => percentile(values, 0.5);
// Round-robin: each run measures every page once, so a slow spell of this shared machine falls
// on all pages alike instead of on whichever page was being measured at the time.
const PAGES = ['ours', 'material', 'shoelace', 'survey'];
const samples = Object.fromEntries(PAGES.map((name) => [name, { 1: [], 4: [] }]));
for (let run = 0; run < RUNS; run++) {
  for (const rate of [1, 4]) {
    for (const name of PAGES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`${origin}/bench/page.html?${name}`);
      await page.waitForFunction(() => window.__rendered, null, { timeout: 30000 });
      samples[name][rate].push(await page.evaluate(() => window.__rendered));
      await context.close();
    }
  }
}
const timings = Object.fromEntries(
  PAGES.map((name) => [
    name,
    Object.fromEntries(
      [1, 4].map((rate) => [
        rate,
        {
          script: median(samples[name][rate].map((run) => run.fromScript)),
          // The middle half of the runs, so a reader sees how much this machine varies.
          spread: [0.25, 0.75].map((p) =>
            percentile(
              samples[name][rate].map((run) => run.fromScript),
              p,
            ),
          ),
          navigation: median(samples[name][rate].map((run) => run.fromNavigation)),
        },
      ]),
    ),
  ]),
);
await browser.close();
server.close();

// 3. 1,000 cards, and 4. Lighthouse (mobile preset) on the demo page as it is, prerendered
// (npm run build writes demo/prerendered.html), and with JavaScript off (only the no-JS fallback).
const cards = execFileSync('node', ['bench/cards.mjs'], { cwd: root, encoding: 'utf8' });
const demo = await startServer({ root, compress: true });
// Lighthouse varies from run to run on a shared machine; its docs advise the median of several.
const LIGHTHOUSE_RUNS = 5;
const LIGHTHOUSE_PAGES = {
  demo: { label: 'demo/index.html', path: 'demo/index.html', flags: [] },
  prerendered: { label: 'demo/prerendered.html (prerendered, iop-hydrate.js)', path: 'demo/prerendered.html', flags: [] },
  noScript: { label: 'demo/index.html with no script (fallback only)', path: 'bench/out/no-js.html', flags: [] },
};
// Lighthouse cannot run with JavaScript off (it needs the page's debugger), so the no-JS page is the
// demo page without its script tags, its links resolved from demo/ as before.
writeFileSync(
  `${here}out/no-js.html`,
  readFileSync(`${root}demo/index.html`, 'utf8')
    .replace(/<script\b[^>]*>[^]*?<\/script>/g, '')
    .replace('<head>', '<head>\n    <base href="/demo/" />'),
);
const lighthouseRuns = Object.fromEntries(Object.keys(LIGHTHOUSE_PAGES).map((name) => [name, []]));
try {
  // Round-robin, as above: a slow spell falls on every page alike.
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    for (const [name, { path, flags }] of Object.entries(LIGHTHOUSE_PAGES)) {
      // Asynchronous, so this process's event loop keeps serving the demo page to Lighthouse.
      await promisify(execFile)(
        `${here}node_modules/.bin/lighthouse`,
        [
          `http://127.0.0.1:${demo.address().port}/${path}`,
          '--quiet',
          '--only-categories=performance,accessibility',
          '--output=json',
          `--output-path=${here}out/lighthouse.json`,
          `--chrome-flags=--headless ${[...CHROME_ARGS, ...flags].join(' ')}`,
        ],
        { env: { ...process.env, CHROME_PATH: findChrome() ?? '' } },
      );
      const report = JSON.parse(readFileSync(`${here}out/lighthouse.json`, 'utf8'));
      lighthouseRuns[name].push({
        performance: Math.round(report.categories.performance.score * 100),
        accessibility: Math.round(report.categories.accessibility.score * 100),
        tbt: report.audits['total-blocking-time'].numericValue,
        cls: report.audits['cumulative-layout-shift'].numericValue,
        fcp: report.audits['first-contentful-paint'].numericValue,
        lcp: report.audits['largest-contentful-paint'].numericValue,
      });
    }
  }
} finally {
  demo.close();
}
const lighthouseOf = (name) => {
  const runs = lighthouseRuns[name];
  const of = (key) => median(runs.map((run) => run[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    tbtMs: Math.round(of('tbt')),
    tbt: `${Math.round(of('tbt'))} ms`,
    cls: String(Number(of('cls').toFixed(3))),
    fcp: `${(of('fcp') / 1000).toFixed(1)} s`,
    lcp: `${(of('lcp') / 1000).toFixed(1)} s`,
    all: runs.map((run) => `${run.performance}/${run.accessibility}, TBT ${Math.round(run.tbt)} ms, LCP ${(run.lcp / 1000).toFixed(1)} s`).join('; '),
  };
};
const lighthousePages = Object.fromEntries(Object.keys(LIGHTHOUSE_PAGES).map((name) => [name, lighthouseOf(name)]));

// Results, measured above and nowhere typed in.
const versions = JSON.parse(readFileSync(`${here}package.json`, 'utf8')).dependencies;
const cpu = execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 || uname -m"], { encoding: 'utf8' }).trim();
const sizeRow = (name, s) => `| ${name} | ${kb(s.min)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
const ratio = (name, rate) => (timings[name][rate].script / timings.ours[rate].script).toFixed(1);
const ms = (value) => value.toFixed(0);
// Each goal beside what was measured above. Sizes: the budgets scripts/check/size-budgets.json holds (issue 17 settled
// that the measured sizes are the budgets, raised only with a reason written beside them), read from it.
const budgets = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(`${root}scripts/check/size-budgets.json`, 'utf8')).bundles).map(([file, { budget }]) => [file, budget]),
);
const sizeOf = (file) => measure(readFileSync(`${root}dist/${file}`)).gzip / 1000;
const overBudget = Object.entries(budgets).filter(([file, budget]) => sizeOf(file) > budget);
const whole = ours['iop-widgets.js (everything)'].gzip / 1000;
const smallestPeer = Math.min(...Object.keys(peers).map((name) => bundles[name].gzip / 1000));
const fastestPeer = (rate) => Math.min(...['material', 'shoelace', 'survey'].map((name) => timings[name][rate].script));
const cardsCreate = Number(/auto\s+create (\d+) ms/.exec(cards)?.[1]);
const materialRatio = (rate) => timings.ours[rate].script / timings.material[rate].script;
const perfect = (page) => page.performance === 100 && page.accessibility === 100 && Number(page.cls) === 0;
// The speed budgets (issue 17 settled its aims as the sizes were settled: measured, then a ratchet).
const timeBudget = JSON.parse(readFileSync(`${here}time-budget.json`, 'utf8'));
const goals = [
  [
    `every file within its budget in scripts/check/size-budgets.json (${Object.entries(budgets)
      .map(([file, kb]) => `${file} ${kb}`)
      .join(', ')} KB)`,
    Object.keys(budgets)
      .map((file) => `${file.replace(/^iop-|\.js$/g, '')} ${sizeOf(file).toFixed(1)}`)
      .join(', '),
    overBudget.length === 0,
    'budget',
  ],
  [
    'smaller than every peer (kept for comparison; no feature is cut for it)',
    `whole library ${whole.toFixed(1)} KB, smallest peer ${smallestPeer.toFixed(1)} KB`,
    whole < smallestPeer,
  ],
  [
    `ours / Material from script start within its budget in bench/time-budget.json (${timeBudget.oursToMaterial['1x'].budget} at 1x, ${timeBudget.oursToMaterial['4x'].budget} at 4x)`,
    `${materialRatio(1).toFixed(2)} / ${materialRatio(4).toFixed(2)}`,
    materialRatio(1) <= timeBudget.oursToMaterial['1x'].budget && materialRatio(4) <= timeBudget.oursToMaterial['4x'].budget,
    'budget',
  ],
  [
    `ours / Material at most ${timeBudget.oursToMaterial['1x'].aim} (issue 17's aim, kept for comparison; no feature is cut for it)`,
    `${materialRatio(1).toFixed(2)} / ${materialRatio(4).toFixed(2)}`,
    materialRatio(1) <= timeBudget.oursToMaterial['1x'].aim && materialRatio(4) <= timeBudget.oursToMaterial['4x'].aim,
  ],
  [
    'ours the fastest page at 1x and 4x (kept for comparison)',
    `ours ${ms(timings.ours[1].script)} / ${ms(timings.ours[4].script)} ms, fastest peer ${ms(fastestPeer(1))} / ${ms(fastestPeer(4))} ms`,
    timings.ours[1].script < fastestPeer(1) && timings.ours[4].script < fastestPeer(4),
  ],
  ['1,000 cards created within 110 ms', `${cardsCreate} ms`, cardsCreate <= 110],
  [
    'Lighthouse 100 / 100 and CLS 0 (demo, and prerendered)',
    ['demo', 'prerendered']
      .map((name) => `${lighthousePages[name].performance} / ${lighthousePages[name].accessibility}, CLS ${lighthousePages[name].cls}`)
      .join('; '),
    ['demo', 'prerendered'].every((name) => perfect(lighthousePages[name])),
  ],
  [
    `Lighthouse TBT (median) within its budget in bench/time-budget.json (${timeBudget.lighthouseTbtMs.budget} ms; aim ${timeBudget.lighthouseTbtMs.aim})`,
    `demo ${lighthousePages.demo.tbt}, prerendered ${lighthousePages.prerendered.tbt}`,
    ['demo', 'prerendered'].every((name) => lighthousePages[name].tbtMs <= timeBudget.lighthouseTbtMs.budget),
    'budget',
  ],
];

const md = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${cpu} (${process.arch}), ${execFileSync(findChrome(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}, Node ${process.version}.`,
  `Peers: ${Object.entries(versions)
    .filter(([n]) => !['esbuild', 'lighthouse', 'lit', 'playwright-core'].includes(n))
    .map(([n, v]) => `${n} ${v}`)
    .join(', ')}; esbuild ${versions.esbuild}, Lighthouse ${versions.lighthouse}.`,
  '',
  '## Size (KB, one module script)',
  '',
  '| what | min | min+gzip | brotli |',
  '|---|---|---|---|',
  ...Object.entries(ours).map(([name, s]) => sizeRow(`iop-widgets ${name}`, s)),
  ...Object.entries(peers).map(([name, label]) => sizeRow(label, bundles[name])),
  '',
  `## Time to the same content painted (ms, median of ${RUNS})`,
  '',
  "The same content in the same words on every page: the explainer (two paragraphs, the ladder of care levels, three benefits), one question with progress, Back and the line of crisis help, and three cards (ours renders the self-check's start screen, then presses Start).",
  '"From script start" begins when the bundle starts to run, before Lit or the peer library; "from',
  'navigation" adds loading the HTML page and fetching the bundle. The ratios compare the time from script start.',
  '',
  'In brackets, the middle half of the runs (25th to 75th percentile): differences inside it are noise.',
  '',
  '| page | from script start, 1x CPU | 4x CPU | from navigation, 1x CPU | 4x CPU | vs ours (1x / 4x) |',
  '|---|---|---|---|---|---|',
  ...['ours', 'material', 'shoelace', 'survey'].map((name) => {
    const script = (rate) => `${ms(timings[name][rate].script)} [${timings[name][rate].spread.map(ms).join('-')}]`;
    return `| ${name === 'ours' ? 'iop-widgets' : peers[name]} | ${script(1)} | ${script(4)} | ${ms(timings[name][1].navigation)} | ${ms(timings[name][4].navigation)} | ${name === 'ours' ? '1.0 / 1.0' : `${ratio(name, 1)} / ${ratio(name, 4)}`} |`;
  }),
  '',
  '## 1,000 article cards',
  '',
  '```',
  cards.trim(),
  '```',
  '',
  '## Against the goals (issues 7 and 17)',
  '',
  '| goal | measured | met |',
  '|---|---|---|',
  ...goals.map(([goal, measured, met]) => `| ${goal} | ${measured} | ${met ? 'yes' : '**no**'} |`),
  '',
  `## Lighthouse (mobile preset), median of ${LIGHTHOUSE_RUNS} runs`,
  '',
  'The demo page as a webmaster pastes it; the same page prerendered by `iop-widgets/ssr`, with `iop-hydrate.js` loaded first; and the demo page without its script tags, where only the no-JS fallback inside each element shows (Lighthouse itself cannot run with JavaScript off).',
  '',
  '| page | performance | accessibility | TBT | CLS | FCP | LCP |',
  '|---|---|---|---|---|---|---|',
  ...Object.entries(LIGHTHOUSE_PAGES).map(([name, { label }]) => {
    const page = lighthousePages[name];
    return `| ${label} | ${page.performance} | ${page.accessibility} | ${page.tbt} | ${page.cls} | ${page.fcp} | ${page.lcp} |`;
  }),
  '',
  ...Object.entries(LIGHTHOUSE_PAGES).map(([name, { label }]) => `Each run on ${label} (performance/accessibility, TBT, LCP): ${lighthousePages[name].all}.`),
  '',
  '![Sizes and render times](chart.svg)',
  '',
];
writeFileSync(`${here}results.md`, md.join('\n'));

// A plain SVG bar chart: min+gzip size and 4x render time for each page.
const rows = [
  ['iop-widgets (all)', ours['iop-widgets.js (everything)'].gzip / 1000, timings.ours[4].script],
  ['Material', bundles.material.gzip / 1000, timings.material[4].script],
  ['Shoelace', bundles.shoelace.gzip / 1000, timings.shoelace[4].script],
  ['SurveyJS', bundles.survey.gzip / 1000, timings.survey[4].script],
];
const maxSize = Math.max(...rows.map((r) => r[1]));
const maxTime = Math.max(...rows.map((r) => r[2]));
const bar = (y, value, max, label, color) =>
  `<rect x="160" y="${y}" width="${(value / max) * 360}" height="14" fill="${color}"/><text x="${166 + (value / max) * 360}" y="${y + 11}" font-size="11">${label}</text>`;
const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${40 + rows.length * 44}" font-family="sans-serif" role="img" aria-label="Size and render time of iop-widgets and peers">`,
  '<text x="10" y="18" font-size="13" font-weight="bold">KB min+gzip (teal) and ms from script start to painted at 4x CPU (grey)</text>',
  ...rows.flatMap(([name, size, time], i) => {
    const y = 34 + i * 44;
    return [
      `<text x="10" y="${y + 18}" font-size="12">${name}</text>`,
      bar(y, size, maxSize, `${size.toFixed(1)} KB`, '#135d66'),
      bar(y + 18, time, maxTime, `${time.toFixed(0)} ms`, '#6b7580'),
    ];
  }),
  '</svg>',
];
writeFileSync(`${here}chart.svg`, svg.join('\n'));
console.log(md.join('\n'));
// A budget is a ratchet: a run over one fails (after writing the results, so they can be read).
const overBudgets = goals.filter(([, , met, kind]) => kind === 'budget' && !met);
for (const [goal, measured] of overBudgets) console.error(`Over budget: ${goal}: measured ${measured}`);
if (overBudgets.length > 0) process.exitCode = 1;
