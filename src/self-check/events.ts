import { IopEvent } from '../core/events.js';
import type { ResultLevel } from './assess.js';
import type { Audience, Mode } from './questions.js';

// Privacy: no event carries an answer or a score. Only where the visitor is and the result level.

/** The visitor pressed Start. */
export class IopSelfCheckStartEvent extends IopEvent<{ mode: Mode; audience: Audience }> {
  constructor(detail: { mode: Mode; audience: Audience }) {
    super('iop-self-check-start', detail);
  }
}

/** A question screen is shown: `index` is its number (1-based), `total` the questions on the path now. */
export class IopSelfCheckStepEvent extends IopEvent<{ index: number; total: number }> {
  constructor(detail: { index: number; total: number }) {
    super('iop-self-check-step', detail);
  }
}

/** The result is shown. `crisisHelpShown`: crisis help was put first (self-harm answer or get-help-now). */
export class IopSelfCheckCompleteEvent extends IopEvent<{ level: ResultLevel; crisisHelpShown: boolean }> {
  constructor(detail: { level: ResultLevel; crisisHelpShown: boolean }) {
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
