// Shared by the built-output checks (stories, demo): a headless Chromium that records what went
// wrong on a page, and an axe run limited to WCAG 2.x A/AA rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../lib/find-browsers.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function launch() {
  const browser = await chromium.launch({ executablePath: findChrome() ?? undefined, args: CHROME_ARGS });
  return { browser, context: await browser.newContext() };
}

/** Fills `problems` with a page's console errors, uncaught errors and failed requests (a Playwright or puppeteer page). */
function recordProblems(page, problems) {
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
  return problems;
}

/** Opens a page whose `problems` array fills with console errors, uncaught errors and failed requests. */
export async function openPage(context) {
  const page = await context.newPage();
  return { page, problems: recordProblems(page, []) };
}

/**
 * Runs in the page: true when every iop-* element under `root` has rendered its shadow root.
 * A widget nested in another (an <iop-article-card> in <iop-article-cards>) only carries data.
 */
export function widgetsRendered(root = 'body') {
  const isWidget = (el) => el?.localName.startsWith('iop-');
  const nested = (el) => {
    for (let parent = el.parentElement; parent; parent = parent.parentElement) if (isWidget(parent)) return true;
    return false;
  };
  const elements = [...document.querySelectorAll(`${root} *`)].filter((el) => isWidget(el) && !nested(el));
  return elements.length > 0 && elements.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
}

/** Resolves when every iop-* element under `selector` has rendered its shadow root. */
export function waitForWidgets(page, selector = 'body') {
  return page.waitForFunction(widgetsRendered, selector, { timeout: 10000 });
}

/** axe violations under `selector`, one line each. */
export async function axeViolations(page, selector = 'body') {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (root) => {
    const result = await window.axe.run(root, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `axe ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
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

/**
 * The same checks in Firefox and WebKit, which Playwright cannot drive from Debian's packages:
 * Firefox ESR over WebDriver BiDi with puppeteer-core, WebKitGTK's MiniBrowser through
 * WebKitWebDriver with webdriverio. `openIn(engine)` gives a small page of the same shape for
 * both: goto, evaluate, waitFor, and a real click on an element found by role and name.
 * WebDriver (WebKit) reports no console messages: there a broken page shows as a widget that
 * does not render or a step that does not happen.
 */
export async function launchEngine(engine) {
  if (engine === 'firefox') {
    const { default: puppeteer } = await import('puppeteer-core');
    const { findFirefox } = await import('../lib/find-browsers.mjs');
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox() ?? 'firefox-esr', headless: true });
    return {
      label: 'Firefox',
      async open() {
        const page = await browser.newPage();
        const problems = recordProblems(page, []);
        return {
          problems,
          goto: (url) => page.goto(url),
          // Runs before the page's own scripts (a WebDriver BiDi preload script).
          beforeScripts: (fn) => page.evaluateOnNewDocument(fn),
          evaluate: (fn, ...args) => page.evaluate(fn, ...args),
          waitFor: (fn, ...args) => page.waitForFunction(fn, { timeout: 10000 }, ...args),
          async click(role, name, within) {
            const element = (await page.evaluateHandle(findByRole, role, name, within)).asElement();
            if (!element) throw new Error(`no ${role} named "${name}"`);
            await element.click();
          },
          close: () => page.close(),
        };
      },
      close: () => browser.close(),
    };
  }
  if (engine === 'webkit') {
    const { remote } = await import('webdriverio');
    const { startWebKitDriver } = await import('../lib/webkit-driver.mjs');
    const webkit = await startWebKitDriver();
    const driver = await remote({ hostname: '127.0.0.1', port: webkit.port, capabilities: webkit.capabilities, logLevel: 'error' });
    return {
      label: 'WebKit',
      // One MiniBrowser window, one page at a time: each check starts with a fresh navigation.
      async open() {
        return {
          problems: [],
          goto: (url) => driver.url(url),
          // Classic WebDriver cannot run a script before the page's: this one runs after load.
          beforeScripts: null,
          evaluate: (fn, ...args) => driver.execute(fn, ...args),
          waitFor: (fn, ...args) => driver.waitUntil(async () => Boolean(await driver.execute(fn, ...args)), { timeout: 10000, interval: 100 }),
          async click(role, name, within) {
            const found = await driver.execute(findByRole, role, name, within);
            if (!found) throw new Error(`no ${role} named "${name}"`);
            await (await driver.$(found)).click();
          },
          close: async () => {},
        };
      },
      close: async () => {
        await driver.deleteSession().catch(() => {});
        webkit.stop();
      },
    };
  }
  throw new Error(`no driver for ${engine}`);
}

/** Opens a page in a launched engine, runs the steps, and reports like checkPage(). */
export async function checkPageIn(launched, tally, name, steps) {
  const page = await launched.open();
  try {
    await steps(page, page.problems);
  } catch (error) {
    page.problems.push(`failed: ${error.message.split('\n')[0]}`);
  }
  await page.close();
  report(tally, `${name} (${launched.label})`, page.problems);
}

/**
 * Runs in the page: the first visible element with this role and accessible name, looking into
 * open shadow roots. The name is worked out as a screen reader would for the widgets' controls:
 * aria-label, aria-labelledby, the <label>, else the text, leaving out aria-hidden decoration.
 * With no name given, returns the names of every such element instead (the answers on screen).
 * `within`: a selector for the element (a widget) to look inside, else the whole page.
 */
export function findByRole(role, name, within) {
  const implicit = (el) => {
    if (el.localName === 'button') return 'button';
    if (el.localName === 'a' && el.hasAttribute('href')) return 'link';
    if (/^h[1-6]$/.test(el.localName)) return 'heading';
    if (el.localName === 'input') return { radio: 'radio', checkbox: 'checkbox', button: 'button', submit: 'button' }[el.type] ?? 'textbox';
    return null;
  };
  const text = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE || node.getAttribute('aria-hidden') === 'true') return '';
    return [...node.childNodes].map(text).join('');
  };
  const clean = (value) => value.replace(/\s+/g, ' ').trim();
  const nameOf = (el) => {
    if (el.hasAttribute('aria-label')) return clean(el.getAttribute('aria-label'));
    const ids = el.getAttribute('aria-labelledby');
    if (ids)
      return clean(
        ids
          .split(/\s+/)
          .map((id) => text(el.getRootNode().getElementById(id) ?? document.createElement('span')))
          .join(' '),
      );
    if (el.labels?.length) return clean([...el.labels].map(text).join(' '));
    return clean(text(el));
  };
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if ((el.getAttribute('role') ?? implicit(el)) === role && el.checkVisibility()) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const host = within ? document.querySelector(within) : null;
  walk(host ? (host.shadowRoot ?? host) : document);
  if (name === undefined || name === null) return found.map(nameOf);
  return found.find((el) => nameOf(el) === name) ?? null;
}

/**
 * Takes the self-check on the page from Start to a result as a visitor would: each question's
 * first answer chosen by its label, then Continue, one action at a time (a driver that clicks
 * an answer and Continue in one task sees the old answer stay checked). Returns the result level.
 */
export async function selfCheckToResult(page, problems) {
  const inSelfCheck = (selector) => document.querySelector('iop-self-check')?.shadowRoot?.querySelector(selector)?.dataset.level ?? null;
  await page.click('button', 'Start', 'iop-self-check');
  for (let step = 0; step < 25; step++) {
    const level = await page.evaluate(inSelfCheck, '[part=result]');
    if (level) return level;
    if (await page.evaluate(() => Boolean(document.querySelector('iop-self-check').shadowRoot.querySelector('.interrupt')))) {
      problems.push('unexpected crisis interrupt');
      return null;
    }
    const answers = await page.evaluate(findByRole, 'radio', null, 'iop-self-check');
    if (answers.length === 0) throw new Error(`step ${step}: no answers and no result`);
    await page.click('radio', answers[0], 'iop-self-check');
    await page.click('button', 'Continue', 'iop-self-check');
    // The next screen: a result, or a question with nothing chosen yet.
    await page.waitFor(() => {
      const root = document.querySelector('iop-self-check').shadowRoot;
      return Boolean(root.querySelector('[part=result], .interrupt')) || !root.querySelector('input[type=radio]:checked');
    });
  }
  problems.push('no result after 25 steps');
  return null;
}
