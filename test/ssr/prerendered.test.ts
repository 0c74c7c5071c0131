import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { shadow, widgetsRendered } from '../helpers.js';

/**
 * Prerendered markup the widgets do not hydrate (no iop-hydrate.js on the page, which these tests
 * do not load, or another version's markup): drawn again, one copy, never beside the old one.
 * Hydration itself, with the built files and the real server render, is in scripts/check/prerender.mjs.
 */
describe('prerendered HTML without hydration', () => {
  for (const tag of ['iop-crisis-help', 'iop-benefits', 'iop-self-check']) {
    it(`<${tag}> with an old declarative shadow root is drawn again cleanly`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      // The parser attaches the declarative shadow root, then the element upgrades (it is defined).
      (wrapper as HTMLDivElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
        `<${tag} data-iop-prerendered="0.0.1"><template shadowrootmode="open"><section><p class="stale">Old markup</p></section></template></${tag}>`,
      );
      const el = wrapper.querySelector(tag)!;
      expect(shadow(el).querySelector('.stale'), 'the prerendered root is there before the first render').to.exist;
      await widgetsRendered(wrapper);
      expect(shadow(el).querySelector('.stale'), 'the old markup is gone').to.equal(null);
      const tops = [...shadow(el).children].filter((child) => child.matches('section, aside'));
      expect(tops, 'one copy of the content').to.have.length(1);
      expect(shadow(el).textContent).to.contain(tag === 'iop-benefits' ? 'How an Intensive Outpatient Program' : tag === 'iop-self-check' ? 'Is an IOP right for me?' : 'Help is available now');
      expect(shadow(el).adoptedStyleSheets.length, 'styled').to.be.greaterThan(0);
    });
  }
});
