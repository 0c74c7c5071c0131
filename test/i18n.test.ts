import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { langOf } from '../src/core/i18n.js';
import { shadow } from './helpers.js';

/** Waits until the widget has loaded its Spanish and re-rendered. */
const spanish = (el: Element, text: string) => waitUntil(() => shadow(el).textContent!.includes(text), `no "${text}"`);

describe('languages', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('langOf: the element, then the nearest ancestor, then the page', async () => {
    const wrapper = await fixture(html`<div lang="es-MX"><p><span id="a"></span><span id="b" lang="en"></span></p></div>`);
    expect(langOf(wrapper.querySelector('#a')!)).to.equal('es');
    expect(langOf(wrapper.querySelector('#b')!)).to.equal('en');
    document.documentElement.setAttribute('lang', 'es');
    expect(langOf(document.body)).to.equal('es');
    document.documentElement.removeAttribute('lang');
    expect(langOf(document.body)).to.equal('en');
  });

  describe('<iop-crisis-help>', () => {
    it('speaks Spanish with lang="es": heading, AYUDA keywords, 988 then 2', async () => {
      const el = await fixture(html`<iop-crisis-help lang="es"></iop-crisis-help>`);
      await spanish(el, 'Hay ayuda disponible ahora');
      const links = [...shadow(el).querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
      expect(links).to.deep.include(['Llame al 988 y oprima 2', 'tel:988']);
      expect(links).to.deep.include(['Envíe AYUDA al 988', 'sms:988?body=AYUDA']);
      expect(links).to.deep.include(['Envíe AYUDA al 741741', 'sms:741741?body=AYUDA']);
      expect(links).to.deep.include(['Llame al 911', 'tel:911']);
      await expect(el).to.be.accessible();
    });

    it('switches language at run time, both ways', async () => {
      const wrapper = await fixture(html`<section><iop-crisis-help compact></iop-crisis-help></section>`);
      const el = wrapper.querySelector('iop-crisis-help')!;
      expect(shadow(el).textContent).to.contain('Help is available now');
      wrapper.setAttribute('lang', 'es');
      await spanish(el, 'Hay ayuda disponible ahora');
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => shadow(el).textContent!.includes('Help is available now'));
    });

    it('follows the page language', async () => {
      document.documentElement.setAttribute('lang', 'es');
      const el = await fixture(html`<iop-crisis-help></iop-crisis-help>`);
      await spanish(el, 'Hay ayuda disponible ahora');
    });
  });
});
