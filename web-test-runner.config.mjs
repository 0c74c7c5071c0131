import { availableParallelism } from 'node:os';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { engineCountsReporter } from './scripts/lib/engine-counts-reporter.mjs';
import { unfinishedFilesReporter } from './test/unfinished-files-reporter.mjs';
import { CHROME_ARGS, findChrome, findFirefox, selectedEngines } from './scripts/lib/find-browsers.mjs';
import { startWebKitDriver } from './scripts/lib/webkit-driver.mjs';

/**
 * `set-default-font-size`: the browser's default text size, as a visitor sets it in the settings.
 * `emulate-forced-colors`: the built-in emulateMedia command cannot emulate forced colors in
 * Chrome, and puppeteer refuses the feature name, so this goes to the DevTools protocol directly.
 * Both are Chromium only: the tests that use them say so (itChromiumOnly in test/helpers.ts).
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

/**
 * `engine`: which engine the page runs in, as launched below, and the time zone the run was asked
 * for, so test/helpers.ts never guesses from the user agent and the date pass can prove its zone.
 */
const enginePlugin = {
  name: 'engine',
  executeCommand({ command, session }) {
    if (command !== 'engine') return undefined;
    return { engine: session.browser.engine, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  },
};

/**
 * `webkit-viewport`: web-test-runner's set-viewport command has no WebDriver branch. WebDriver can
 * size the window, so the window is sized to the wanted viewport plus MiniBrowser's own frame and
 * toolbar, measured from the page (test/helpers.ts setViewport). MiniBrowser's window is never
 * narrower than its toolbar (447 px here): a narrower viewport gets that width, and the exact
 * height. Returns the viewport reached.
 */
const webkitViewportPlugin = {
  name: 'webkit-viewport',
  async executeCommand({ command, payload, session }) {
    if (command !== 'webkit-viewport') return undefined;
    const driver = session.browser.driver;
    const measure = () => driver.execute(() => [outerWidth, outerHeight, innerWidth, innerHeight]);
    for (let attempt = 0; attempt < 3; attempt++) {
      const [outerWidth, outerHeight, innerWidth, innerHeight] = await measure();
      if (innerWidth === payload.width && innerHeight === payload.height) break;
      await driver.setWindowSize(payload.width + outerWidth - innerWidth, payload.height + outerHeight - innerHeight);
    }
    const [, , width, height] = await measure();
    if (height !== payload.height || width < payload.width) throw new Error(`WebKit's viewport is ${width}x${height}, not ${payload.width}x${payload.height}`);
    return { width, height };
  },
};

/**
 * WebKit through WebKitWebDriver: the driver (under a virtual display when there is none) starts
 * with the run and stops with it. The capabilities carry no browserName, which WebKitWebDriver
 * would refuse.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: {}, hostname: '127.0.0.1', logLevel: 'error' });
  }
  async initialize(config, testFiles) {
    this.webkit = await startWebKitDriver();
    this.options.port = this.webkit.port;
    this.options.capabilities = this.webkit.capabilities;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }
  async stop() {
    await super.stop();
    this.webkit?.stop();
  }
}

/**
 * puppeteer's WebDriver BiDi keyboard has no key named "Space" (its DevTools one does, and
 * WebDriver's too): the same key is " ". Tests keep saying what a person presses.
 */
async function firefoxPage({ context }) {
  const page = await context.newPage();
  const press = page.keyboard.press.bind(page.keyboard);
  page.keyboard.press = (key, options) => press(key === 'Space' ? ' ' : key, options);
  return page;
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: findChrome() ?? '/usr/bin/chromium', headless: true, args: CHROME_ARGS },
    }),
  // puppeteer-core (already here for Chromium) drives Firefox over WebDriver BiDi: nothing to download.
  // Reduced motion is a launch preference there, as no driver command emulates it: Firefox's
  // smooth scrolling ends in one-pixel steps a frame or two apart, which the carousel tests' "kept
  // still for two frames" reads as done a pixel early (it does end on the card, traced).
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      createPage: firefoxPage,
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox() ?? '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: { 'ui.prefersReducedMotion': 1 },
      },
    }),
  webkit: () => new WebKitLauncher(),
};
const names = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

const quietLogs = ['Lit is in dev mode', 'lit.dev/msg/dev-mode'];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time per engine: a background page gets no animation frames and no focus, which
  // the fixtures and keyboard tests need. Engines run side by side, one per core: on two cores a
  // third engine at once made the run no faster and its timing tests fail.
  concurrency: 1,
  concurrentBrowsers: Math.min(3, Math.max(1, availableParallelism())),
  // In CI an `it.only` left in fails the run instead of quietly dropping every other test.
  testFramework: { config: { timeout: 10000, forbidOnly: Boolean(process.env.CI) } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    forcedColorsPlugin,
    a11ySnapshotPlugin(),
    enginePlugin,
    webkitViewportPlugin,
  ],
  browsers: selectedEngines().map((engine) => Object.assign(launchers[engine](), { engine, name: names[engine] })),
  // The second date pass (npm run test:western) names its time zone beside each engine.
  // The unfinished-files reporter names a test file that hung or crashed (its tests would otherwise
  // just vanish from the count).
  reporters: [defaultReporter(), engineCountsReporter({ label: process.env.DATE_PASS ? `TZ=${process.env.TZ}` : '' }), unfinishedFilesReporter()],
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && quietLogs.some((text) => arg.includes(text))),
};
