import { define } from '../core/define.js';
import { IopBenefits } from './benefits.js';

export { IopBenefits } from './benefits.js';
export { IopBenefitToggleEvent, type BenefitToggleDetail } from './events.js';

define('iop-benefits', IopBenefits);

declare global {
  interface HTMLElementTagNameMap {
    'iop-benefits': IopBenefits;
  }
}
