import { IopEvent } from '../core/events.js';

export interface BenefitToggleDetail {
  /** The benefit's id, as used in the `benefits` and `open` attributes. */
  id: string;
  /** Whether the benefit is open after the toggle. */
  open: boolean;
}

/** Fired when a visitor opens or closes a benefit in the accordion layout. */
export class IopBenefitToggleEvent extends IopEvent<BenefitToggleDetail> {
  static readonly eventName = 'iop-benefit-toggle';
  constructor(detail: BenefitToggleDetail) {
    super(IopBenefitToggleEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iop-benefit-toggle': IopBenefitToggleEvent;
  }
}
