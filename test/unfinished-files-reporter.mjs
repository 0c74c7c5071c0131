/**
 * A web-test-runner reporter that names every test file whose page failed as a whole: it hung
 * (a render loop, a promise that never settles with timeouts off) and hit `testsFinishTimeout`,
 * crashed, or could not load. The run already fails then, but the default summary says only
 * "Browser tests did not finish", and the file's tests silently vanish from the count (issue 20:
 * 38 tests gone, and nobody could tell which file). Add to web-test-runner.config.mjs:
 *
 *   import { defaultReporter } from '@web/test-runner';
 *   import { unfinishedFilesReporter } from './test/unfinished-files-reporter.mjs';
 *   reporters: [defaultReporter(), unfinishedFilesReporter()],
 */
import { relative } from 'node:path';

export function unfinishedFilesReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const broken = sessions.filter((session) => session.errors?.length > 0);
      if (broken.length === 0) return;
      const lines = broken.map((session) => {
        const file = relative(process.cwd(), session.testFile);
        return `  ${file} (${session.browser?.name ?? 'browser'}): ${session.errors[0].message.split('\n')[0]}`;
      });
      console.error(`\n${broken.length} test file(s) did not finish; their tests are missing from the count:\n${lines.join('\n')}\n`);
    },
  };
}
