/**
 * The element classes without registering any tag, for apps that register them under their own
 * names or in a scoped registry. <iop-self-check> renders <iop-crisis-help>: register both.
 */
export { IopBenefits } from './benefits/benefits.js';
export { IopBenefitToggleEvent, type BenefitToggleDetail } from './benefits/events.js';
export { IopCrisisHelp } from './crisis-help/crisis-help.js';
export { IopSelfCheck } from './self-check/self-check.js';
export * from './self-check/events.js';
export { IopArticleCard } from './article-cards/article-card.js';
export { IopArticleCards } from './article-cards/article-cards.js';
export { IopArticleOpenEvent } from './article-cards/events.js';
export { IopEvent } from './core/events.js';
export { define, VERSION } from './core/define.js';
