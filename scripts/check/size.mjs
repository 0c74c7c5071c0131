// Prints the size of every script-tag bundle and fails when one is over its budget.
// Run after `npm run build`. The budgets and their reasons are data: size-budgets.json beside this file.
import { existsSync, readFileSync } from 'node:fs';
import { measure } from '../lib/measure.mjs';
import { SIZED_FILES as BUNDLES } from '../lib/widgets.mjs';

/**
 * KB min+gzip allowed per bundle, with the reasons for each rise beside it (size-budgets.json).
 * A budget is kept for every bundle of the widget list, and only for those.
 */
const { bundles: BUDGETS } = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'));
const budgetProblems = [
  ...BUNDLES.filter((bundle) => !BUDGETS[bundle]).map((bundle) => `${bundle} has no budget in size-budgets.json`),
  ...Object.keys(BUDGETS)
    .filter((bundle) => !BUNDLES.includes(bundle))
    .map((bundle) => `size-budgets.json budgets ${bundle}, which is not built (scripts/lib/widgets.mjs)`),
  ...Object.entries(BUDGETS).flatMap(([bundle, { budget, target, reasons }]) => [
    ...(typeof budget === 'number' && typeof target === 'number' ? [] : [`${bundle}: budget and target must be numbers of KB`]),
    ...(Array.isArray(reasons) && reasons.length ? [] : [`${bundle}: no reasons for its budget`]),
    ...(reasons ?? [])
      .filter((r) => !/^\d{4}-\d{2}-\d{2}$/.test(r.date) || !(r.issue === null || Number.isInteger(r.issue)) || !r.why)
      .map((r) => `${bundle}: a reason needs a date (YYYY-MM-DD), an issue number (or null) and a why: ${JSON.stringify(r)}`),
  ]),
];
if (budgetProblems.length) {
  for (const problem of budgetProblems) console.error(problem);
  process.exit(1);
}

/** The README's table of bundle sizes: `| \`iop-widgets.js\` | everything | 28.1 |`. */
const README_ROW = /^\| `(iop-[a-z-]+\.js)` \|[^|]*\| ([\d.]+) \|$/gm;

const kb = (bytes) => (bytes / 1000).toFixed(2);
let failed = false;
/** KB min+gzip of each bundle, measured once and used by both checks below. */
const measuredKb = new Map();
for (const bundle of BUNDLES) {
  const file = `dist/${bundle}`;
  const { budget, target } = BUDGETS[bundle];
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const { min, gzip, brotli } = measure(readFileSync(file));
  measuredKb.set(file, gzip / 1000);
  const over = gzip > budget * 1000;
  failed ||= over;
  console.log(
    `${file.padEnd(26)} ${kb(min).padStart(6)} KB min ${kb(gzip).padStart(6)} KB min+gzip ${kb(brotli).padStart(6)} KB brotli` +
      `  (budget ${budget} KB, target ${target} KB)${over ? '  OVER BUDGET' : ''}`,
  );
}
if (failed) {
  console.error('A bundle is over its min+gzip budget (see above).');
  process.exit(1);
}

// The sizes the README tells webmasters must be the measured ones (to 0.1 KB).
const rows = [...readFileSync('README.md', 'utf8').matchAll(README_ROW)];
if (rows.length !== BUNDLES.length) {
  console.error(`README.md's size table has ${rows.length} rows; expected one per bundle (${BUNDLES.length}).`);
  process.exit(1);
}
const stale = rows.filter(([, file, stated]) => {
  const actual = measuredKb.get(`dist/${file}`);
  if (actual === undefined) {
    console.error(`README.md's size table names ${file}, which is not one of the bundles.`);
    return true;
  }
  if (Math.abs(actual - Number(stated)) < 0.1) return false;
  console.error(`README.md says ${file} is ${stated} KB min+gzip; it measures ${actual.toFixed(1)} KB.`);
  return true;
});
if (stale.length) process.exit(1);
