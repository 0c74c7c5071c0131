// The fewest tests each runner may pass, per engine: a ratchet against tests that silently stop
// running (an `it.only`, a file that no longer loads, a skip that spreads). Reads the output of
// `npm test` (from a file, or stdin) and fails when a runner passed fewer tests than its floor in
// .ci/test-floors.json, or is missing from the output. The floors only rise:
//   node scripts/check/test-floors.mjs test.log            check
//   node scripts/check/test-floors.mjs test.log --raise    raise each floor to what passed (never lower)
import { readFileSync, writeFileSync } from 'node:fs';

const FLOORS = new URL('../../.ci/test-floors.json', import.meta.url);
const [source = '/dev/stdin', flag] = process.argv.slice(2);

/** `Browser tests (WebKit): 452 passed, 0 failed, 5 skipped`, `Demo: 14 passed, 0 failed`, `Screenshots: 316 passed, 0 failed` and the other checks. */
const LINE = /^((?:Browser tests \([^)]*\))|Demo|No-JS|Prerender|Stories|Screenshots|Package|Manifest|Start): (\d+) passed, (\d+) failed/;

const passed = new Map();
// The terminal's color codes (ESC [ … m) are removed.
// eslint-disable-next-line no-control-regex
const COLOR_CODE = /\x1b\[[0-9;]*[A-Za-z]/g;
for (const line of readFileSync(source, 'utf8').replace(COLOR_CODE, '').split('\n')) {
  const match = LINE.exec(line.trim());
  if (match) passed.set(match[1], Number(match[2]));
}
const floors = JSON.parse(readFileSync(FLOORS, 'utf8'));

if (flag === '--raise') {
  for (const [runner, count] of passed) floors[runner] = Math.max(floors[runner] ?? 0, count);
  writeFileSync(FLOORS, `${JSON.stringify(floors, null, 2)}\n`);
  console.log(`Test floors raised where more passed: ${new URL(FLOORS).pathname}`);
  process.exit(0);
}

let below = 0;
for (const [runner, floor] of Object.entries(floors)) {
  const count = passed.get(runner);
  if (count === undefined) {
    below += 1;
    console.log(`  FAIL ${runner}: no count in the output (floor ${floor})`);
  } else if (count < floor) {
    below += 1;
    console.log(`  FAIL ${runner}: ${count} passed, below its floor of ${floor}`);
  } else if (count > floor) {
    console.log(`  ok   ${runner}: ${count} passed (floor ${floor}; raise it: node scripts/check/test-floors.mjs <log> --raise)`);
  } else {
    console.log(`  ok   ${runner}: ${count} passed (floor ${floor})`);
  }
}
for (const runner of passed.keys()) if (!(runner in floors)) console.log(`  new  ${runner}: no floor yet (add one with --raise)`);
console.log(below === 0 ? 'Test floors: every runner at or above its floor' : `Test floors: ${below} below`);
process.exit(below === 0 ? 0 : 1);
