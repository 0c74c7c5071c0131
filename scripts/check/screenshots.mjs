// Screenshot tests: every built Storybook story at 375 and 1280 px, in the light, dark and
// high-contrast themes, compared with the reference images in test/visual/screenshots/.
//
//   npm run test:visual                 compare (after `npm run build-storybook`)
//   npm run test:visual -- --update     write the references again, deliberately
//   npm run test:visual -- --only=ID    only the stories whose id contains ID (either mode)
//   npm run test:visual -- --out=DIR    write every screenshot to DIR, compare nothing (docs images)
//   npm run test:visual -- --storybook=DIR   shoot another Storybook build (main's, for a before/after)
//
// A failure writes the reference, the new screenshot and a diff (changed pixels in red) to
// test-results/screenshots/ (git-ignored) and prints the path. The fonts are pinned: the widgets
// are shown in DejaVu Sans (Debian's fonts-dejavu-core), set through --iop-font-family, so the
// text renders the same on every Debian machine and in CI; the check stops at once when that font
// is missing rather than comparing text drawn in another one.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../lib/find-browsers.mjs';
import { startServer } from '../lib/serve.mjs';

const DIR = process.argv.find((arg) => arg.startsWith('--storybook='))?.slice(12) ?? 'storybook-static';
const REFERENCES = 'test/visual/screenshots';
const FAILURES = 'test-results/screenshots';
const FONT = 'DejaVu Sans';
const WIDTHS = [375, 1280];
const THEMES = ['light', 'dark', 'high-contrast'];
/** Per-pixel color distance pixelmatch ignores (0-1; antialiasing is ignored apart), and how many differing pixels pass. */
const THRESHOLD = 0.1;
const MAX_DIFF_PIXELS = 30;

const args = process.argv.slice(2);
const update = args.includes('--update');
const only = args.find((arg) => arg.startsWith('--only='))?.slice(7);
const out = args.find((arg) => arg.startsWith('--out='))?.slice(6);

function fail(message) {
  console.error(message);
  console.log('Screenshots: 0 passed, 1 failed');
  process.exit(1);
}

if (!existsSync(`${DIR}/index.json`)) fail(`${DIR}/index.json is missing: run \`npm run build-storybook\` first.`);
let fonts = '';
try {
  fonts = execFileSync('fc-list', [FONT, 'family'], { encoding: 'utf8' });
} catch {
  // No fontconfig: the font cannot be there either.
}
if (!fonts.includes(FONT))
  fail(`The screenshot tests draw text in ${FONT}, which is not installed: on Debian or Ubuntu run \`apt-get install fonts-dejavu-core\`.`);

const stories = Object.values(JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')).entries)
  .filter((entry) => entry.type === 'story' && (!only || entry.id.includes(only)))
  .map((entry) => entry.id);

const server = await startServer({ root: DIR });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: findChrome() ?? undefined,
  args: [...CHROME_ARGS, '--font-render-hinting=none', '--disable-lcd-text'],
});
const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce', colorScheme: 'light' });
const page = await context.newPage();
const tally = { passed: 0, failed: 0 };
const written = new Set();
const target = out ?? REFERENCES;
if (update || out) mkdirSync(target, { recursive: true });
rmSync(FAILURES, { recursive: true, force: true });

/** Every image in the widgets loaded now (they are lazy), and the page still. */
async function settle() {
  await page.evaluate(async () => {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    await Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
    const images = all.filter((el) => el.localName === 'img');
    for (const img of images) img.loading = 'eager';
    const loaded = (img) =>
      new Promise((resolve) => {
        img.addEventListener('load', resolve, { once: true });
        img.addEventListener('error', resolve, { once: true });
        setTimeout(resolve, 3000);
      });
    await Promise.all(images.filter((img) => !img.complete).map(loaded));
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * Shows a story in the theme. Each theme is one page load; the stories in it are switched the way
 * Storybook's own sidebar does, over its channel, which is much faster than reloading Storybook
 * for each of the 180 story-theme pairs.
 */
let loadedTheme = null;
async function open(id, theme) {
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
  if (loadedTheme !== theme) {
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`);
    await page.addStyleTag({ content: `#storybook-root { --iop-font-family: '${FONT}'; font-family: '${FONT}'; }` });
    loadedTheme = theme;
  } else {
    await page.evaluate((storyId) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }), id);
  }
  await page.waitForFunction(
    (storyId) => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === storyId && ['finished', 'completed', 'errored', 'aborted'].includes(render.phase);
    },
    id,
    { timeout: 15000 },
  );
  // The toolbar's theme reaches the widgets a frame after the story renders.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await settle();
  // A story that sets its own theme looks the same under every toolbar theme: shot once, as 'light'.
  return theme === 'light' || (await page.$$eval('#storybook-root [data-toolbar-theme]', (els) => els.length > 0));
}

function compare(name, actual) {
  const file = join(REFERENCES, `${name}.png`);
  if (!existsSync(file)) return `no reference image ${file}: run \`npm run test:visual -- --update\``;
  const reference = readFileSync(file);
  // The same bytes: the same picture, no need to decode (most shots, and it halves the run).
  if (reference.equals(actual)) return null;
  const expected = PNG.sync.read(reference);
  const shot = PNG.sync.read(actual);
  mkdirSync(FAILURES, { recursive: true });
  if (expected.width !== shot.width || expected.height !== shot.height) {
    writeFileSync(join(FAILURES, `${name}.actual.png`), actual);
    return `size ${shot.width}x${shot.height}, reference ${expected.width}x${expected.height}: see ${join(FAILURES, `${name}.actual.png`)}`;
  }
  const diff = new PNG({ width: shot.width, height: shot.height });
  const pixels = pixelmatch(expected.data, shot.data, diff.data, shot.width, shot.height, { threshold: THRESHOLD });
  if (pixels <= MAX_DIFF_PIXELS) return null;
  writeFileSync(join(FAILURES, `${name}.actual.png`), actual);
  writeFileSync(join(FAILURES, `${name}.expected.png`), reference);
  writeFileSync(join(FAILURES, `${name}.diff.png`), PNG.sync.write(diff));
  return `${pixels} pixels differ: see ${join(FAILURES, `${name}.diff.png`)}`;
}

const started = Date.now();
for (const theme of THEMES) {
  for (const id of stories) {
    let shoot;
    try {
      shoot = await open(id, theme);
    } catch (error) {
      tally.failed += 1;
      console.log(`  FAIL ${id} (${theme}): ${error.message.split('\n')[0]}`);
      continue;
    }
    if (!shoot) continue;
    for (const width of WIDTHS) {
      const name = `${id}--${width}-${theme}`;
      try {
        await page.setViewportSize({ width, height: 900 });
        await settle();
        // Only the widgets: the box around every top-level iop-* element, not Storybook's empty canvas.
        const clip = await page.evaluate(() => {
          const widgets = [...document.querySelectorAll('#storybook-root *')].filter(
            (el) => el.localName.startsWith('iop-') && !el.parentElement.closest('[class*=iop-], iop-article-cards'),
          );
          const boxes = (widgets.length ? widgets : [document.querySelector('#storybook-root')]).map((el) => el.getBoundingClientRect());
          const x = Math.floor(Math.min(...boxes.map((b) => b.left + scrollX)));
          const y = Math.floor(Math.min(...boxes.map((b) => b.top + scrollY)));
          const right = Math.ceil(Math.max(...boxes.map((b) => b.right + scrollX)));
          const bottom = Math.ceil(Math.max(...boxes.map((b) => b.bottom + scrollY)));
          return { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) };
        });
        const png = await page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' });
        written.add(`${name}.png`);
        if (update || out) {
          writeFileSync(join(target, `${name}.png`), png);
          tally.passed += 1;
          continue;
        }
        const problem = compare(name, png);
        if (problem) {
          tally.failed += 1;
          console.log(`  FAIL ${name}: ${problem}`);
        } else tally.passed += 1;
      } catch (error) {
        tally.failed += 1;
        console.log(`  FAIL ${name}: ${error.message.split('\n')[0]}`);
      }
    }
  }
}

await browser.close();
server.close();

if (update && !only) {
  // References no story produces any more go, so the folder holds exactly the suite.
  for (const file of readdirSync(REFERENCES)) if (file.endsWith('.png') && !written.has(file)) rmSync(join(REFERENCES, file));
}
if (update || out) {
  const bytes = readdirSync(target).reduce((sum, file) => sum + statSync(join(target, file)).size, 0);
  console.log(`Wrote ${written.size} screenshots to ${target} (${(bytes / 1e6).toFixed(1)} MB in all) in ${Math.round((Date.now() - started) / 1000)} s`);
} else if (tally.failed > 0) {
  console.log(`Diff images of the failures are in ${FAILURES}/ (reference, actual and diff). If the change is intended: npm run test:visual -- --update`);
}
console.log(`Screenshots: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
