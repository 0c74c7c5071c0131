/**
 * Load before the widgets (`<script type="module" src="iop-hydrate.js">` first): prerendered
 * widgets (iop-widgets/ssr) are then adopted as they are, with no second drawing of the same
 * content and no layout shift. Without it, or for markup another version prerendered, a widget
 * draws itself again from scratch (core/element.ts), which is correct but not free.
 *
 * Lit's own hydration support, limited to markup this version wrote: Lit calls the hook below once
 * per copy of Lit when it loads (each per-widget file carries its own copy).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { CSSResult, LitElement, PropertyValues } from 'lit';
import { render } from 'lit-html';
import { prerenderedByThisVersion } from './prerendered.js';

type Hook = (lit: { LitElement: typeof LitElement }) => void;
type Root = (this: LitElement) => HTMLElement | DocumentFragment;
type Update = (this: LitElement, changed: PropertyValues) => void;
type Hydrating = LitElement & { iopHydrating?: boolean; render(): unknown };

const global = globalThis as { litElementHydrateSupport?: Hook };
const litHydration = global.litElementHydrateSupport!;

global.litElementHydrateSupport = ({ LitElement }) => {
  const prototype = LitElement.prototype as unknown as { createRenderRoot: Root };
  const fresh = prototype.createRenderRoot;
  litHydration({ LitElement });
  const hydrating = prototype.createRenderRoot;
  prototype.createRenderRoot = function () {
    // Another library's Lit elements on the page keep Lit's own behavior.
    if (!this.localName.startsWith('iop-')) return hydrating.call(this);
    if (!this.shadowRoot || !prerenderedByThisVersion(this)) return fresh.call(this);
    // Read by IopElement, which otherwise clears a prerendered root before drawing afresh.
    (this as LitElement & { iopHydrating?: boolean }).iopHydrating = true;
    const root = hydrating.call(this) as ShadowRoot;
    // The prerendered <style> is blocked by a strict style-src: the element's own sheets are adopted
    // too, as when it draws itself (the same rules, so nothing moves where the <style> did apply).
    const styles = (this.constructor as typeof LitElement).elementStyles;
    root.adoptedStyleSheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : (style as CSSResult).styleSheet!));
    return root;
  };

  // Markup that is not what this copy's templates would draw (the same version built otherwise, say
  // an app's own bundle of the npm package, or HTML edited by hand): Lit throws on the mismatch.
  // The widget is drawn again from scratch instead, and the webmaster told why.
  const proto = LitElement.prototype as unknown as { update: Update };
  const update = proto.update;
  proto.update = function (changed) {
    const element = this as Hydrating;
    try {
      update.call(element, changed);
    } catch (error) {
      if (!element.iopHydrating) throw error;
      console.warn(`[iop-widgets] <${element.localName}>: its prerendered HTML does not match this script, so it is drawn again.`, error);
      const root = element.renderRoot as (HTMLElement | DocumentFragment) & { _$litPart$?: unknown };
      root.replaceChildren();
      delete root._$litPart$;
      element.renderOptions.renderBefore = null;
      render(element.render(), root, element.renderOptions);
    } finally {
      element.iopHydrating = false;
    }
  };
};
