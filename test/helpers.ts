import { a11ySnapshot, emulateMedia, executeServerCommand, setViewport as setPageViewport } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import './fail-loudly.js';

export { allowRenderErrors } from './fail-loudly.js';

/** The three engines every browser test runs in (web-test-runner.config.mjs). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/**
 * The engine this page runs in, as the test runner launched it: asked of the runner rather than
 * guessed from the user agent, which WebKitGTK's MiniBrowser and others word freely.
 */
export const engine = (await executeServerCommand<{ engine: Engine }, undefined>('engine')).engine;

/**
 * A test that needs what only Chromium's runner gives (its accessibility tree, media emulation
 * over the DevTools protocol): the title says so and names the facility, and in Firefox and WebKit
 * it is reported as skipped, so the count shows it. Anything else runs in every engine; a
 * difference in behavior is fixed in the product, not skipped here.
 */
export function itChromiumOnly(facility: string, title: string, fn: Mocha.AsyncFunc | Mocha.Func): Mocha.Test {
  return (engine === 'chromium' ? it : it.skip)(`${title} [Chromium only: ${facility}]`, fn);
}

/** describe() for a block whose every test (and hook) needs a Chromium-only facility. */
export function describeChromiumOnly(facility: string, title: string, fn: (this: Mocha.Suite) => void): Mocha.Suite | void {
  return (engine === 'chromium' ? describe : describe.skip)(`${title} [Chromium only: ${facility}]`, fn);
}

/**
 * Sizes the page's viewport in every engine. The runner's set-viewport command does not reach
 * WebDriver, so in WebKit the window is sized around the wanted viewport instead
 * (web-test-runner.config.mjs); its window is never narrower than MiniBrowser's toolbar (447 px),
 * so a phone's 375 px is 447 px there, still a phone's width, and the height is exact.
 */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  if (engine === 'webkit') await executeServerCommand('webkit-viewport', viewport);
  else await setPageViewport(viewport);
}

/**
 * Asks for reduced motion (or, with false, for none again) where the runner can emulate it
 * (Chromium, over the DevTools protocol). Firefox over WebDriver BiDi and WebKit over WebDriver
 * have no media emulation: Firefox always prefers reduced motion (a launch preference in
 * web-test-runner.config.mjs), WebKit never, so a test calling this must also pass with smooth
 * scrolling (it waits, it does not assume).
 */
export async function preferReducedMotion(reduce = true): Promise<void> {
  if (engine === 'chromium') await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
}

/** Records console.warn calls while a test runs, so a test can assert what a webmaster would see. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/**
 * Runs `act` with window.print stubbed: `during` runs while the print dialog would be open, then
 * the dialog closes (afterprint) unless `close` is false. window.print is restored after.
 */
export async function whilePrinting(act: () => unknown, during: () => void, close = true): Promise<void> {
  const original = window.print;
  window.print = () => {
    during();
    if (close) window.dispatchEvent(new Event('afterprint'));
  };
  try {
    await act();
  } finally {
    window.print = original;
  }
}

/** The element's shadow root, typed, for querying rendered parts. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** The element focused inside a shadow root, following nested roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Waits until every iop-* element inside `root` has rendered. A widget placed in the page renders
 * in a task of its own (core/element.ts), so markup that wraps widgets needs this after fixture().
 */
export async function widgetsRendered(root: ParentNode): Promise<void> {
  const widgets = [...root.querySelectorAll('*')].filter((node) => node.localName.startsWith('iop-'));
  await Promise.all(widgets.map((node) => (node as Element & { updateComplete: Promise<unknown> }).updateComplete));
}

/** A node of Chromium's accessibility tree: what a screen reader is given. */
export interface AxNode {
  role: string;
  name: string;
  pressed?: boolean | 'mixed';
  children?: AxNode[];
}

/** The nodes with this role in the page's accessibility tree (shadow roots included), in order. */
export async function accessibleNodes(role: string): Promise<AxNode[]> {
  const found: AxNode[] = [];
  const walk = (node: AxNode) => {
    if (node.role === role) found.push(node);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return found;
}

/**
 * Asserts that crisis help is there and can be used: every `<iop-crisis-help>` in `root` (or
 * `root` itself) has rendered, and each shows at least one visible call link (`tel:` and a
 * number) with words on it, under a heading or label. A crisis box that is empty, unnamed, or whose
 * links do nothing, must fail.
 * Returns the crisis help elements found.
 */
export async function expectWorkingCrisisHelp(root: Element | ShadowRoot): Promise<Element[]> {
  const found = root instanceof Element && root.localName === 'iop-crisis-help' ? [root] : [...root.querySelectorAll('iop-crisis-help')];
  expect(found, 'crisis help on this screen').to.not.be.empty;
  for (const help of found) {
    await (help as Element & { updateComplete: Promise<unknown> }).updateComplete;
    const calls = [...shadow(help).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].filter(
      (link) => link.getAttribute('href')!.replace(/\D/g, '').length >= 3 && link.textContent!.trim() !== '' && link.getClientRects().length > 0,
    );
    expect(
      calls.map((link) => link.getAttribute('href')),
      `a visible call link in ${help.outerHTML.slice(0, 120)}`,
    ).to.not.be.empty;
    // Its name (the heading, or the label of the compact line) says what the box is.
    const box = shadow(help).querySelector('aside');
    const labelledBy = box?.getAttribute('aria-labelledby');
    const name = labelledBy ? shadow(help).getElementById(labelledBy)?.textContent : box?.getAttribute('aria-label');
    expect(name?.trim(), 'the crisis help has a name').to.not.be.empty;
  }
  return found;
}

/**
 * Records where a self-check's quick exit would go instead of leaving the test page: the element
 * replaces the page through its protected navigate(), which a test may take over.
 */
export function watchQuickExit(el: HTMLElement): string[] {
  const visited: string[] = [];
  (el as unknown as { navigate: (url: string) => void }).navigate = (url) => visited.push(url);
  return visited;
}
