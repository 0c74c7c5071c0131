import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { fallbackHtml, type Attributes } from '../../src/ssr/fallback.js';
import { accessibleNodes, itChromiumOnly, shadow, widgetsRendered } from '../helpers.js';

/** The embed builder's markup for one element: its attributes and the fallback inside. */
function markup(tag: string, attributes: Attributes): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${tag}${attrs}>${fallbackHtml(tag, attributes)}</${tag}>`;
}

const CASES: Array<[string, Attributes, string]> = [
  ['iop-crisis-help', {}, 'Call 988'],
  ['iop-self-check', { 'clinic-name': 'Riverbend', phone: '(555) 555-0100', 'cta-href': '/contact' }, 'Call (555) 555-0100'],
  ['iop-benefits', { 'cta-label': 'Talk to our intake team', 'cta-href': '#contact' }, 'Talk to our intake team'],
];

const visible = (node: Element) => node.getClientRects().length > 0;

describe('no-JS fallback content', () => {
  for (const [tag, attributes, linkText] of CASES) {
    it(`<${tag}> shows its fallback where script never runs (a sandbox without scripts)`, async () => {
      // The page as pasted, script tag included; the sandbox lets nothing run, as with JavaScript off.
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin');
      frame.srcdoc = `<!doctype html><html lang="en"><script type="module" src="/src/index.ts"></script>${markup(tag, attributes)}</html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      try {
        const el = frame.contentDocument!.querySelector(tag)!;
        expect(el.shadowRoot, 'never upgraded').to.equal(null);
        const links = [...el.querySelectorAll('a')].filter(visible);
        expect(links.map((a) => a.textContent)).to.include(linkText);
        if (tag !== 'iop-benefits') expect(links.map((a) => a.getAttribute('href'))).to.include('tel:988');
        else expect([...el.querySelectorAll('h2, p')].filter(visible)).to.have.length(3);
      } finally {
        frame.remove();
      }
    });

    it(`<${tag}>: once upgraded, the fallback is not drawn and its own content is`, async () => {
      const wrapper = await fixture<HTMLElement>(`<div>${markup(tag, attributes)}</div>`);
      await widgetsRendered(wrapper);
      const el = wrapper.querySelector(tag)!;
      const fallback = [...el.querySelectorAll('*')];
      expect(fallback, 'the fallback is there in the light DOM').to.not.be.empty;
      expect(fallback.filter(visible), 'no fallback node is drawn').to.be.empty;
      const own = { 'iop-benefits': 'How an Intensive Outpatient Program', 'iop-self-check': 'Is an IOP right for me?' }[tag] ?? 'Help is available now';
      expect(shadow(el).textContent).to.contain(own);
    });

    itChromiumOnly('accessibility tree', `<${tag}>: once upgraded, a screen reader meets each link once`, async () => {
      const wrapper = await fixture<HTMLElement>(`<div>${markup(tag, attributes)}</div>`);
      await widgetsRendered(wrapper);
      const names = (await accessibleNodes('link')).map((node) => node.name);
      const drawn = [...shadow(wrapper.querySelector(tag)!).querySelectorAll('a')].filter((a) => a.textContent!.trim() === linkText);
      // The self-check's Start screen shows no clinic link: the fallback's must not be read either.
      expect(names.filter((name) => name === linkText)).to.have.length(drawn.length);
      const headings = (await accessibleNodes('heading')).map((node) => node.name);
      expect(headings.filter((name) => name.startsWith('How an Intensive Outpatient Program'))).to.have.length(tag === 'iop-benefits' ? 1 : 0);
    });
  }
});
