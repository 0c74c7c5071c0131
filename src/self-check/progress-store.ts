import type { Mode } from './questions.js';
import { restoreState, type FlowState } from './flow.js';

/**
 * Progress kept only when the clinic turns on `remember`: in this tab's sessionStorage, under a
 * key of this page and this element (two self-checks on a page keep their own), saved when a
 * screen changes, and removed when the result is shown, on Start again and on quick exit, so the
 * answers stay no longer than needed to survive a reload (the start screen says so).
 */
export class ProgressStore {
  constructor(private readonly key: () => string) {}

  /** The key for one element: the page's path and the element's id, or its place among its kind. */
  static keyFor(element: Element): string {
    const place = element.id || String([...Document.prototype.querySelectorAll.call(document, element.localName)].indexOf(element));
    return `iop-self-check:${location.pathname}:${place}`;
  }

  load(mode: Mode): FlowState | null {
    try {
      const data = JSON.parse(sessionStorage.getItem(this.key()) ?? 'null');
      return data?.mode === mode ? restoreState(mode, data) : null;
    } catch {
      return null;
    }
  }

  save(mode: Mode, state: FlowState): void {
    try {
      if (state.screen === 'steps') sessionStorage.setItem(this.key(), JSON.stringify({ mode, ...state }));
      else this.clear();
    } catch {
      // Storage can be blocked by the browser; the check still works without it.
    }
  }

  clear(): void {
    try {
      sessionStorage.removeItem(this.key());
    } catch {
      // Nothing was stored.
    }
  }
}
