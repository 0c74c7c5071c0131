/**
 * The script-tag entry: registers every element. `<script type="module" src="iop-widgets.js">`
 * is all a clinic page needs.
 */
export * from './benefits/define.js';
export * from './crisis-help/define.js';
export * from './self-check/define.js';
export { VERSION } from './core/define.js';
export * from './article-cards/define.js';
