import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';

const quietLogs = ['Lit is in dev mode', 'lit.dev/msg/dev-mode'];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background page gets no animation frames and no focus, which the
  // fixtures and keyboard tests need. The whole suite still runs in seconds.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome() ?? '/usr/bin/chromium',
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && quietLogs.some((text) => arg.includes(text))),
};
