// Shared by the built-output checks (stories, demo): a headless Chromium that records what went
// wrong on a page, and an axe run limited to WCAG 2.x A/AA rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function launch() {
  const browser = await chromium.launch({ executablePath: findChrome() ?? undefined, args: CHROME_ARGS });
  return { browser, context: await browser.newContext() };
}

/** Opens a page whose `problems` array fills with console errors, uncaught errors and failed requests. */
export async function openPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    // A failed request is reported below with its URL instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== '/favicon.ico') problems.push(`HTTP ${response.status()} for ${url.pathname}`);
  });
  return { page, problems };
}

/** Resolves when every iop-* element under `selector` has rendered its shadow root. */
export function waitForWidgets(page, selector = 'body') {
  return page.waitForFunction(
    (root) => {
      // An iop-* element inside another (an <iop-article-card> in <iop-article-cards>) only carries data.
      const isWidget = (el) => el?.localName.startsWith('iop-');
      const nested = (el) => {
        for (let parent = el.parentElement; parent; parent = parent.parentElement) if (isWidget(parent)) return true;
        return false;
      };
      const elements = [...document.querySelectorAll(`${root} *`)].filter((el) => isWidget(el) && !nested(el));
      return elements.length > 0 && elements.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
    },
    selector,
    { timeout: 10000 },
  );
}

/** axe violations under `selector`, one line each. */
export async function axeViolations(page, selector = 'body') {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (root) => {
    const result = await window.axe.run(root, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `axe ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
  }, selector);
}

/** Opens a page, runs the check's steps, turns a thrown error into a problem, and reports. */
export async function checkPage(context, tally, name, steps) {
  const { page, problems } = await openPage(context);
  try {
    await steps(page, problems);
  } catch (error) {
    problems.push(`failed: ${error.message.split('\n')[0]}`);
  }
  await page.close();
  report(tally, name, problems);
}

/** Prints one result line and keeps the tally. */
export function report(tally, name, problems) {
  if (problems.length === 0) {
    tally.passed += 1;
    console.log(`  ok   ${name}`);
  } else {
    tally.failed += 1;
    console.log(`  FAIL ${name}\n       ${problems.join('\n       ')}`);
  }
}
