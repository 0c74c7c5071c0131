import { LitElement, nothing, render, type PropertyValues } from 'lit';
import { checkContrast } from './contrast-check.js';

/**
 * The base of every iop-* element.
 *
 * Lit renders in a microtask, so every widget that upgrades when the script runs would render
 * inside that one task: on a phone, a long task that blocks taps and scrolling while the page
 * loads. A widget placed in the page itself gives its first render a task of its own, so the
 * browser can handle input between widgets. Measured on the demo at 4x CPU (longtask observer,
 * median of 7 loads): Total Blocking Time 147 -> 30 ms, layout shift unchanged (0). Elements inside
 * another widget's shadow root (the crisis help in the self-check) render with their parent,
 * so a screen never appears without its crisis help.
 *
 * @ignore (a base class, not an element: it has no tag)
 */
export abstract class IopElement extends LitElement {
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && this.getRootNode() === document) await yieldToBrowser();
    super.scheduleUpdate();
  }

  /**
   * After the first render and on each theme change, the colors are checked off the render path
   * (in an idle moment, see contrast-check.ts) and any pair under WCAG AA is named in the console.
   * Only widgets placed in the page: those inside another widget, or an article card that only
   * describes an article to its list, share their parent's colors. (In update(), which no element
   * overrides, so no subclass can forget to call it.)
   */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    if (this.getRootNode() !== document || this.parentElement?.localName.startsWith('iop-')) return;
    if (changed.has('theme') || !this.contrastChecked) {
      this.contrastChecked = true;
      checkContrast(this);
    }
  }
  private contrastChecked = false;

  /** What the element shows: subclasses implement this instead of render(). */
  protected abstract renderContent(): unknown;

  /**
   * What the element shows if renderContent() throws. A bug must not leave a visitor, perhaps in
   * distress, with an empty box and the page with an uncaught error: the self-check falls back to
   * crisis help, the article cards to the page's own links, the others to nothing.
   */
  protected renderFallback?(): unknown;

  protected override render(): unknown {
    try {
      return this.renderContent();
    } catch (error) {
      this.reportFailure(error);
      return this.renderFallback?.();
    }
  }

  /**
   * The whole update is guarded, not only render(): an error in willUpdate() or updated() (a host
   * page can clobber what the element reads, e.g. `<img name="baseURI">`) would otherwise reject
   * updateComplete, reach the page as an unhandled rejection and leave the widget blank.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      this.reportFailure(error);
      try {
        render(this.renderFallback?.() ?? nothing, this.renderRoot, this.renderOptions);
      } catch {
        // Nothing more can be drawn; the error is already in the console.
      }
    }
  }

  private reportFailure(error: unknown): void {
    console.error(`[iop-widgets] <${this.localName}>: could not render, so it shows a fallback.`, error);
  }
}

/** scheduler.yield() where the browser has it (the widget continues ahead of other queued work), else a new task. */
const yieldToBrowser = (): Promise<unknown> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
