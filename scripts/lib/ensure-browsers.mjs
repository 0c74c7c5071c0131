// Makes sure the engines the browser tests run in are installed before they start: Chromium,
// Firefox and WebKit (or only those BROWSERS names, e.g. `BROWSERS=firefox`). The tests never
// download a browser of their own: on a Debian/Ubuntu machine run as root we install the
// distribution's packages; elsewhere we stop with the command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINES, selectedEngines } from './find-browsers.mjs';

let wanted;
try {
  wanted = selectedEngines();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
// WebKit has no headless mode: without a display it runs under xvfb-run.
const needsXvfb = () => wanted.includes('webkit') && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !existsSync('/usr/bin/xvfb-run');
const missing = () => wanted.filter((name) => !ENGINES[name].find() || (name === 'webkit' && needsXvfb()));

if (missing().length === 0) process.exit(0);

// A path given by hand that is wrong is a typo to fix, not a package to install.
const wrongPaths = ['CHROME_PATH', 'FIREFOX_PATH', 'WEBKIT_DRIVER_PATH', 'MINIBROWSER_PATH'].filter(
  (name) => process.env[name] && !existsSync(process.env[name]),
);
if (wrongPaths.length > 0) {
  console.error(wrongPaths.map((name) => `${name} is set to ${process.env[name]}, but no file is there.`).join('\n'));
  process.exit(1);
}

const packages = [...new Set(missing().flatMap((name) => ENGINES[name].debian.split(' ')))];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(
    `Not installed: ${missing()
      .map((name) => ENGINES[name].label)
      .join(', ')}; installing Debian's ${packages.join(' ')} with apt-get...`,
  );
  try {
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
  } catch {
    console.error(`apt-get could not install ${packages.join(' ')}.`);
    process.exit(1);
  }
  if (missing().length === 0) process.exit(0);
}

console.error(
  [
    `The browser tests run in ${wanted.map((name) => ENGINES[name].label).join(', ')}; not found: ${missing()
      .map((name) => ENGINES[name].label)
      .join(', ')}.`,
    'Install them, for example:',
    `  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}     (Debian, Ubuntu)`,
    'or point at an installed one:',
    ...missing().map((name) => `  ${ENGINES[name].env} (${ENGINES[name].label})`),
    'or test fewer engines: BROWSERS=chromium npm test',
  ].join('\n'),
);
process.exit(1);
