// A web-test-runner reporter that prints one line per engine after the run, in the form the CI
// summary and the test floors read (`.ci/run`, scripts/check/test-floors.mjs):
//   Browser tests (Firefox): 452 passed, 0 failed, 5 skipped
// A file that never reported its tests (it failed to load, or timed out) counts as one failed
// test, so tests cannot vanish from the count without turning it red.

/** Adds up a session's mocha results, suites within suites. */
function tally(results, counts) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const suite of results?.suites ?? []) tally(suite, counts);
}

/** `label` names the run beside the engine, e.g. the time zone of the second date pass. */
export function engineCountsReporter({ label = '' } = {}) {
  return {
    stop({ sessions }) {
      const byEngine = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!byEngine.has(name)) byEngine.set(name, { passed: 0, failed: 0, skipped: 0 });
        const counts = byEngine.get(name);
        const before = counts.failed;
        tally(session.testResults, counts);
        const brokeOutsideTests = !session.passed || (session.errors ?? []).length > 0;
        if (brokeOutsideTests && counts.failed === before) counts.failed += 1;
      }
      console.log('');
      for (const [name, { passed, failed, skipped }] of byEngine) {
        console.log(`Browser tests (${[name, label].filter(Boolean).join(', ')}): ${passed} passed, ${failed} failed, ${skipped} skipped`);
      }
    },
  };
}
