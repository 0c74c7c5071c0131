/**
 * What `@open-wc/testing` resolves to when the DOM-free tests run in Node (see register.ts):
 * chai's `expect` from its ES module build, the same chai the browser tests use, without the
 * DOM plugins that cannot load outside a browser.
 */
export { expect } from '@esm-bundle/chai/esm/chai.js';
