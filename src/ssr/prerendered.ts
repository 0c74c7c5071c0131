import { VERSION } from '../core/define.js';

/**
 * The attribute a prerender (render.ts) puts on each element, with the library's version: the
 * browser adopts (hydrates) only markup its own version wrote, since another version's may differ
 * in any detail, and draws anything else again from scratch.
 */
export const PRERENDER_ATTRIBUTE = 'data-iop-prerendered';

/** Whether `element` was prerendered by this version; a widget inside another's shadow root was prerendered with it. */
export function prerenderedByThisVersion(element: Element): boolean {
  for (let node: Element | undefined = element; node; node = (node.getRootNode() as ShadowRoot).host) {
    const version = node.getAttribute(PRERENDER_ATTRIBUTE);
    if (version !== null) return version === VERSION;
  }
  return false;
}
