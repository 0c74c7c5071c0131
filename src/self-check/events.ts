import { IopEvent } from '../core/events.js';
import type { ResultLevel } from './assess.js';
import type { Audience, Mode } from './questions.js';

// Privacy (rule 11): no event detail depends on the answers beyond the result level. Analytics
// tools forward events to third parties; even the level is health information (see the README).

/** The visitor pressed Start. */
export class IopSelfCheckStartEvent extends IopEvent<{ mode: Mode; audience: Audience }> {
  constructor(detail: { mode: Mode; audience: Audience }) {
    super('iop-self-check-start', detail);
  }
}

/**
 * A question screen is shown: `index` is its number (1-based), `total` the most questions any path
 * has (the same for every visitor: the path's own length would tell whether a screen was positive).
 */
export class IopSelfCheckStepEvent extends IopEvent<{ index: number; total: number }> {
  constructor(detail: { index: number; total: number }) {
    super('iop-self-check-step', detail);
  }
}

/** The result is shown: its level, nothing else (a "crisis help shown" flag would reveal the self-harm answer). */
export class IopSelfCheckCompleteEvent extends IopEvent<{ level: ResultLevel }> {
  constructor(detail: { level: ResultLevel }) {
    super('iop-self-check-complete', detail);
  }
}

/** The visitor followed the clinic's call to action. Cancelable, so a clinic can route it itself. */
export class IopCtaClickEvent extends IopEvent<{ level: ResultLevel; href: string }> {
  constructor(detail: { level: ResultLevel; href: string }) {
    super('iop-cta-click', detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iop-self-check-start': IopSelfCheckStartEvent;
    'iop-self-check-step': IopSelfCheckStepEvent;
    'iop-self-check-complete': IopSelfCheckCompleteEvent;
    'iop-cta-click': IopCtaClickEvent;
  }
}
