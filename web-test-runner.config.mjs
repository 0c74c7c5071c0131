import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';

/**
 * `set-default-font-size`: the browser's default text size, as a visitor sets it in the settings.
 * `emulate-forced-colors`: the built-in emulateMedia command cannot emulate forced colors in
 * Chrome, and puppeteer refuses the feature name, so this goes to the DevTools protocol directly.
 */
const cdpSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors' && command !== 'set-default-font-size') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    if (command === 'set-default-font-size') {
      // The visitor's "Font size" browser setting (Chrome's default 16px), to test that widgets follow it.
      await cdpSessions.get(page).send('Page.setFontSizes', { fontSizes: { standard: payload.size, fixed: 13 } });
      return true;
    }
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload.value }],
    });
    return true;
  },
};

const quietLogs = ['Lit is in dev mode', 'lit.dev/msg/dev-mode'];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background page gets no animation frames and no focus, which the
  // fixtures and keyboard tests need. The whole suite still runs in seconds.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), forcedColorsPlugin, a11ySnapshotPlugin()],
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
