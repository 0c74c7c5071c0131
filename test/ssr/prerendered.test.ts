import { expect, waitUntil } from '@open-wc/testing';
import { shadow } from '../helpers.js';

/**
 * Prerendered markup the widgets do not hydrate (no iop-hydrate.js on the page, which these tests
 * do not load, or another version's markup): drawn again, one copy, never beside the old one.
 * Hydration itself, with the built files and the real server render, is in scripts/check/prerender.mjs.
 */
describe('prerendered HTML without hydration', () => {
  for (const tag of ['iop-crisis-help', 'iop-benefits', 'iop-self-check']) {
    it(`<${tag}> with an old declarative shadow root is drawn again cleanly`, async () => {
      // A page as the server sent it: the parser attaches the declarative shadow root, then the
      // script (without iop-hydrate.js) upgrades the element.
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><body><${tag} data-iop-prerendered="0.0.1"><template shadowrootmode="open"><section><p class="stale">Old markup</p></section></template></${tag}><script type="module" src="/src/index.ts"></script></body></html>`;
      document.body.append(frame);
      try {
        await waitUntil(() => (frame.contentDocument?.querySelector(tag) as (Element & { hasUpdated?: boolean }) | null)?.hasUpdated, 'the widget rendered', {
          timeout: 10000,
        });
        const el = frame.contentDocument!.querySelector(tag)!;
        expect(shadow(el).querySelector('.stale'), 'the old markup is gone').to.equal(null);
        const tops = [...shadow(el).children].filter((child) => child.matches('section, aside'));
        expect(tops, 'one copy of the content').to.have.length(1);
        expect(shadow(el).textContent).to.contain(
          tag === 'iop-benefits' ? 'How an Intensive Outpatient Program' : tag === 'iop-self-check' ? 'Is an IOP right for me?' : 'Help is available now',
        );
        expect(shadow(el).adoptedStyleSheets.length, 'styled').to.be.greaterThan(0);
      } finally {
        frame.remove();
      }
    });
  }
});
