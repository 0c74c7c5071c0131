/**
 * `iop-widgets/ssr`, for Node: prerender an element to HTML with declarative shadow DOM
 * (`prerender`), or write the no-JS fallback to put inside one (`fallbackHtml`).
 */
export { prerender, parseElement, type PrerenderOptions } from './render.js';
export { fallbackHtml, type Attributes } from './fallback.js';
export { PRERENDER_ATTRIBUTE } from './prerendered.js';
