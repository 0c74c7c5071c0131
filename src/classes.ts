/**
 * The element classes without registering any tag, for apps that register them under their own
 * names or in a scoped registry.
 */
export { IopBenefits } from './benefits/benefits.js';
export { IopBenefitToggleEvent, type BenefitToggleDetail } from './benefits/events.js';
export { IopEvent } from './core/events.js';
export { define, VERSION } from './core/define.js';
