import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { documentQueryAll } from '../core/dom.js';
import type { Mode } from './questions.js';
import { restoreState, type FlowState } from './flow.js';

/**
 * Progress kept only when the clinic turns on `remember`: in this tab's sessionStorage, under a
 * key of this page and this element (two self-checks on a page keep their own), saved when a
 * screen changes, and removed when the result is shown, on Start again and on quick exit, so the
 * answers stay no longer than needed to survive a reload (the start screen says so).
 *
 * The key is fixed when the element is put in the page: a self-check added before it later
 * (a page that renders more widgets as it loads) does not move its progress under another key.
 */
export class ProgressStore implements ReactiveController {
  /** The key for the host: the page's path and its id, or its place among its kind. */
  key = '';

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    const { id, localName } = this.host;
    this.key = `iop-self-check:${location.pathname}:${id || documentQueryAll(localName).indexOf(this.host)}`;
  }

  load(mode: Mode): FlowState | null {
    try {
      const data = JSON.parse(sessionStorage.getItem(this.key) ?? 'null');
      return data?.mode === mode ? restoreState(mode, data) : null;
    } catch {
      return null;
    }
  }

  save(mode: Mode, state: FlowState): void {
    try {
      if (state.screen === 'steps') sessionStorage.setItem(this.key, JSON.stringify({ mode, ...state }));
      else this.clear();
    } catch {
      // Storage can be blocked by the browser; the check still works without it.
    }
  }

  clear(): void {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // Nothing was stored.
    }
  }
}
