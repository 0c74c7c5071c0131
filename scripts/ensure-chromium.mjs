// Makes sure a Chrome or Chromium exists before the browser tests start. The tests never
// download a browser of their own: on a Debian/Ubuntu machine run as root we install the
// distribution's `chromium` package; elsewhere we stop with the command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const found = findChrome();
if (found) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chrome or Chromium found; installing Debian\'s chromium package with apt-get...');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    console.error('apt-get could not install chromium.');
    process.exit(1);
  }
  if (findChrome()) process.exit(0);
}

console.error(
  [
    'The browser tests need Chrome or Chromium, and none was found.',
    'Install one, for example:',
    '  sudo apt-get update && sudo apt-get install -y chromium     (Debian, Ubuntu)',
    'or point CHROME_PATH at an existing Chrome/Chromium binary:',
    '  CHROME_PATH=/path/to/chrome npm test',
  ].join('\n'),
);
process.exit(1);
