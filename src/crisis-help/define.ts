import { define } from '../core/define.js';
import { IopCrisisHelp } from './crisis-help.js';

export { IopCrisisHelp } from './crisis-help.js';

define('iop-crisis-help', IopCrisisHelp);

declare global {
  interface HTMLElementTagNameMap {
    'iop-crisis-help': IopCrisisHelp;
  }
}
