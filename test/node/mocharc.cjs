// The DOM-free tests (test/unit) in Node: `npm run test:node`, and the runner Stryker drives for
// mutation testing (stryker.config.mjs). tsx compiles the TypeScript; its tsconfig maps
// `@open-wc/testing` to chai alone (test/node/chai.ts), so the same files run in the browser too.
process.env.TSX_TSCONFIG_PATH ??= 'test/node/tsconfig.json';
// West of UTC, where a "2025-05-13" read as UTC midnight is the 12th: CI runs in UTC, where that
// bug cannot show (issue 20). Set here, the Node run and every Stryker mutant run catch it.
process.env.TZ = 'America/Los_Angeles';

module.exports = {
  // Beside the DOM-free tests, the build scripts' own tests (test/node/*.test.mjs), except under
  // Stryker, whose sandbox copies only src/ and test/ and mutates only src/.
  spec: ['test/unit/*.test.ts', ...(process.env.IOP_MUTATION ? [] : ['test/node/*.test.mjs'])],
  'node-option': ['import=tsx'],
  require: ['test/node/mutation.ts'],
  reporter: 'dot',
  forbidOnly: true,
  // As in web-test-runner.config.mjs: the property tests take seconds on a busy machine.
  timeout: 10000,
};
