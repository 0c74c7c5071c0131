// Mutation testing of the pure logic (issue 20): a mutant that leaves every test green is a bug
// the tests would miss. `npm run mutate`; the HTML report is reports/mutation/mutation.html.
// The DOM-free tests run in Node with mocha (test/node/mocharc.cjs), some 100x faster per
// mutant than a browser run: tsx compiles the TypeScript, and `@open-wc/testing` is chai alone
// there (test/node/tsconfig.json).
process.env.TSX_TSCONFIG_PATH ??= 'test/node/tsconfig.json';
// As in test/node/mocharc.cjs: dates are tested west of UTC.
process.env.TZ = 'America/Los_Angeles';
// Properties stop at their first counterexample (test/node/mutation.ts).
process.env.IOP_MUTATION = '1';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: { config: 'test/node/mocharc.cjs' },
  testRunnerNodeArgs: ['--import', 'tsx'],
  mutate: [
    'src/self-check/assess.ts',
    'src/self-check/flow.ts',
    'src/self-check/questions.ts',
    'src/core/safe-url.ts',
    'src/crisis-help/resources.ts',
    'src/article-cards/articles.ts',
    // The feed reader and HTML-to-text that articles.ts uses since issue 13.
    'src/article-cards/xml.ts',
    // The RSS and Atom entries (rss.ts), a file of its own since issue 16.
    'src/article-cards/rss.ts',
    'src/article-cards/html-text.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables: the questions' labels and values, the crisis resources)
  // need every test run with fresh modules, some 20 s each on the shared 2-core machine: 230 of
  // them would add over an hour. The label table test and the planted bugs cover those tables;
  // \`npm run mutate -- --ignoreStatic false\` runs them too.
  ignoreStatic: true,
  // Only what the tests need is copied into the sandbox.
  ignorePatterns: ['/*', '!/src', '!/test', '!/package.json', '!/tsconfig.json'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  // Incremental: only mutants whose code or tests changed since the last run are tested again.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // break: the measured total, ratcheted (84.95 once rss.ts had its own tests), to be raised toward 90.
  thresholds: { high: 90, low: 80, break: 84 },
};
