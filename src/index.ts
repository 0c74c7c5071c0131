/**
 * The npm entry, `import 'iop-widgets'`: registers every element as it is imported. The
 * script-tag file, dist/iop-widgets.js, is built from script-tag.ts, which registers the same
 * elements a task at a time on a page that already has them.
 */
export * from './benefits/define.js';
export * from './crisis-help/define.js';
export * from './self-check/define.js';
export { VERSION } from './core/define.js';
export * from './article-cards/define.js';
