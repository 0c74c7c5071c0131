import { define } from '../core/define.js';
import { IopSelfCheck } from './self-check.js';

// Registering it registers <iop-crisis-help> too, which it shows on every screen (IopSelfCheck.dependencies).
export { IopSelfCheck } from './self-check.js';
export * from './events.js';
export type { ResultLevel } from './assess.js';

define('iop-self-check', IopSelfCheck);

declare global {
  interface HTMLElementTagNameMap {
    'iop-self-check': IopSelfCheck;
  }
}
