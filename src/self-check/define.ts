import { define } from '../core/define.js';
// The self-check shows crisis help on every screen.
import '../crisis-help/define.js';
import { IopSelfCheck } from './self-check.js';

export { IopSelfCheck } from './self-check.js';
export * from './events.js';
export type { ResultLevel } from './assess.js';

define('iop-self-check', IopSelfCheck);

declare global {
  interface HTMLElementTagNameMap {
    'iop-self-check': IopSelfCheck;
  }
}
