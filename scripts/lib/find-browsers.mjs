// Where the three engines the tests run in live on this machine. Nothing here downloads a browser:
// they come from the system (on Debian: `chromium`, `firefox-esr`, `webkit2gtk-driver`), and an
// environment variable points at one installed elsewhere.
import { existsSync, readdirSync } from 'node:fs';

/** Where Chrome or Chromium usually lives; CHROME_PATH wins when set. */
const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

const WEBKIT_DRIVER_CANDIDATES = ['/usr/bin/WebKitWebDriver'];

/** The env variable's file when set (null if it is missing), else the first candidate that exists. */
function find(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Returns the path of a Chrome or Chromium binary, or null when none is installed. */
export const findChrome = () => find('CHROME_PATH', CHROME_CANDIDATES);

/** Firefox (Debian's ESR), driven over WebDriver BiDi by puppeteer-core. */
export const findFirefox = () => find('FIREFOX_PATH', FIREFOX_CANDIDATES);

/**
 * WebKitGTK, the engine Safari is built on: its WebDriver server and the MiniBrowser it drives.
 * Debian puts MiniBrowser in the library's directory (`dpkg -L libwebkit2gtk-4.1-0`), whose name
 * has the architecture in it, so every /usr/lib/<arch>/webkit*gtk-* directory is looked at.
 */
export function findWebKit() {
  const driver = find('WEBKIT_DRIVER_PATH', WEBKIT_DRIVER_CANDIDATES);
  const miniBrowsers = [];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const arch of readdirSync(lib)) {
      if (!existsSync(`${lib}/${arch}`) || arch.includes('.')) continue;
      for (const version of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) miniBrowsers.push(`${lib}/${arch}/${version}/MiniBrowser`);
    }
  }
  const miniBrowser = find('MINIBROWSER_PATH', miniBrowsers);
  return driver && miniBrowser ? { driver, miniBrowser } : null;
}

/** The engines, by the names BROWSERS=... takes, with the Debian package that provides each. */
export const ENGINES = {
  chromium: { label: 'Chromium', find: findChrome, debian: 'chromium', env: 'CHROME_PATH' },
  firefox: { label: 'Firefox', find: findFirefox, debian: 'firefox-esr', env: 'FIREFOX_PATH' },
  webkit: { label: 'WebKit', find: findWebKit, debian: 'webkit2gtk-driver xvfb', env: 'WEBKIT_DRIVER_PATH and MINIBROWSER_PATH' },
};

/**
 * The engines this run uses: all three, or the comma-separated list in BROWSERS
 * (`BROWSERS=firefox npm test`). An unknown name stops the run instead of testing less.
 */
export function selectedEngines() {
  const names = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !(name in ENGINES));
  if (unknown.length > 0) throw new Error(`BROWSERS names ${unknown.join(', ')}; the engines are ${Object.keys(ENGINES).join(', ')}.`);
  return [...new Set(names)];
}

/** Launch flags for a headless run that works as root and on a machine with no network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Tests run in several pages at once; a page in the background must still get animation frames.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
