import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { langOf, pickLanguage, Texts } from '../src/core/i18n.js';
import { captureWarnings, expectWorkingCrisisHelp, shadow, widgetsRendered } from './helpers.js';
import { answerThrough, click, headingText, SPANISH } from '../stories/self-check-driver.js';
import type { IopSelfCheck } from '../src/self-check/self-check.js';
import { SELF_CHECK_EN } from '../src/self-check/texts.js';
import { SELF_CHECK_ES } from '../src/self-check/es.js';
import { CRISIS_EN } from '../src/crisis-help/resources.js';
import { CRISIS_ES } from '../src/crisis-help/es.js';
import { BENEFITS_EN } from '../src/benefits/content.js';
import { BENEFITS_ES } from '../src/benefits/es.js';
import { CARDS_EN } from '../src/article-cards/texts.js';
import { CARDS_ES } from '../src/article-cards/es.js';

/** Every path in `a` that `b` lacks (or has with another shape), so no message exists in one language only. */
function missing(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'function') return typeof b === 'function' ? [] : [path];
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return [path];
    // Lists of texts (paragraphs) may differ in length between languages only where noted.
    return a.length !== b.length ? [`${path} (length ${a.length} vs ${b.length})`] : a.flatMap((item, i) => missing(item, b[i], `${path}[${i}]`));
  }
  if (a && typeof a === 'object') {
    if (!b || typeof b !== 'object') return [path];
    // Wording for youth and parents is optional in every language: it falls back to the adult one.
    if ('adult' in a) return missing((a as { adult: unknown }).adult, (b as { adult?: unknown }).adult, `${path}.adult`);
    return Object.keys(a).flatMap((key) => missing((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`));
  }
  return typeof a === typeof b && (typeof a !== 'string' || (b as string).trim() !== '') ? [] : [path];
}
const parity = (en: unknown, es: unknown) => [...missing(en, es), ...missing(es, en).map((path) => `${path} (only in Spanish)`)];

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

  it('Spanish that cannot load: English stays, a retry on the next render, one warning naming the files', async () => {
    const host = Object.assign(document.createElement('iop-test-host'), { addController() {}, requestUpdate() {} });
    host.setAttribute('lang', 'es');
    let attempts = 0;
    const texts = new Texts(host as never, {
      en: 'english',
      es: () => {
        attempts++;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      },
    });
    const capture = captureWarnings();
    try {
      for (let render = 0; render < 3; render++) {
        texts.resolve();
        expect(texts.t).to.equal('english');
        await new Promise((resolve) => setTimeout(resolve));
      }
      expect(attempts).to.equal(3);
      expect(capture.messages).to.have.length(1);
      expect(capture.messages[0]).to.contain('<iop-test-host>').and.contain('Spanish').and.contain('iop-*-es-*.js');
    } finally {
      capture.restore();
    }
  });

  it('the language chain: the whole tag, then its language, then English', () => {
    const available = ['en', 'es', 'pt-br'];
    expect(pickLanguage('es-MX', available)).to.equal('es');
    expect(pickLanguage('ES', available)).to.equal('es');
    expect(pickLanguage('pt-BR', available)).to.equal('pt-br');
    expect(pickLanguage('pt-PT', available)).to.equal('en');
    expect(pickLanguage('fr', available)).to.equal('en');
    expect(pickLanguage(undefined, available)).to.equal('en');
    expect(pickLanguage('  ', available)).to.equal('en');
  });

  it('any number of languages, as data: a third one loads, and dates follow the same tag', async () => {
    const host = Object.assign(document.createElement('iop-test-host'), { addController() {}, requestUpdate() {} });
    const texts = new Texts(host as never, { en: 'english', es: 'spanish', fr: () => Promise.resolve('french') });
    host.setAttribute('lang', 'fr-CA');
    texts.resolve();
    expect([texts.t, texts.lang, texts.locale], 'English while French loads').to.deep.equal(['english', 'en', 'en']);
    await new Promise((resolve) => setTimeout(resolve));
    texts.resolve();
    expect([texts.t, texts.lang, texts.locale]).to.deep.equal(['french', 'fr', 'fr-CA']);
    host.setAttribute('lang', 'es');
    texts.resolve();
    expect([texts.t, texts.lang, texts.locale]).to.deep.equal(['spanish', 'es', 'es']);
    // A page in a language no widget speaks: English words, and English dates to match them.
    host.setAttribute('lang', 'de-DE');
    texts.resolve();
    expect([texts.t, texts.lang, texts.locale]).to.deep.equal(['english', 'en', 'en']);
  });

  it('every message exists in both languages', () => {
    expect(parity(SELF_CHECK_EN, SELF_CHECK_ES), 'self-check').to.deep.equal([]);
    expect(parity(CRISIS_EN, CRISIS_ES), 'crisis help').to.deep.equal([]);
    expect(parity(BENEFITS_EN, BENEFITS_ES), 'benefits').to.deep.equal([]);
    expect(parity(CARDS_EN, CARDS_ES), 'article cards').to.deep.equal([]);
    // Same benefit ids and levels in the same order, so `benefits`, `open` and `content` work in both.
    expect(BENEFITS_ES.content.benefits.map((b) => b.id)).to.deep.equal(BENEFITS_EN.content.benefits.map((b) => b.id));
    expect(BENEFITS_ES.content.levels.map((l) => l.id)).to.deep.equal(BENEFITS_EN.content.levels.map((l) => l.id));
  });

  it('the parity check notices a missing message', () => {
    expect(parity({ a: 'x', b: ['y'] }, { a: 'x', b: [] })).to.deep.equal(['.b (length 1 vs 0)', '.b (length 0 vs 1) (only in Spanish)']);
    expect(parity({ a: 'x' }, { a: '' })).to.deep.equal(['.a']);
  });

  describe('<iop-self-check>', () => {
    it('in Spanish: start, the screener items verbatim, the error summary, and a result', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check lang="es" cta-href="/x" clinic-name="Riverbend"></iop-self-check>`);
      await spanish(el, '¿Es un IOP adecuado para mí?');
      // The crisis line under the start screen and the questions: drawn while the self-check's
      // Spanish was still loading, it must follow when the self-check passes it lang="es" (rule 3).
      await spanish(shadow(el).querySelector('.screen > iop-crisis-help')!, 'Hay ayuda disponible ahora');
      await click(el, 'Empezar');
      await spanish(shadow(el).querySelector('.screen > iop-crisis-help')!, 'Enviar AYUDA por mensaje de texto al 741741');
      expect(shadow(el).querySelector('legend')!.textContent).to.contain(
        'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
      );
      expect(headingText(el)).to.equal('Poco interés o placer en hacer cosas');
      expect([...shadow(el).querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal([
        'Ningún día',
        'Varios días',
        'Más de la mitad de los días',
        'Casi todos los días',
      ]);
      expect(shadow(el).querySelector('.progress p')!.textContent).to.equal('Pregunta 1 de 22');
      await click(el, 'Continuar');
      expect(shadow(el).querySelector('.error-summary h2')!.textContent).to.equal('Hay un problema');
      await expect(el).to.be.accessible();
      await answerThrough(el, { phq9: '0', care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' }, SPANISH);
      const result = shadow(el).querySelector('[part=result]')!;
      expect(result.textContent).to.contain('Elaborado por los doctores Robert L. Spitzer');
      expect(result.querySelector('[part=cta]')!.textContent).to.equal('Comunicarse con Riverbend');
      const crisis = result.querySelector('iop-crisis-help')!;
      await spanish(crisis, 'Hay ayuda disponible ahora');
      await expectWorkingCrisisHelp(result);
      await expect(el).to.be.accessible();
    });

    // English pages never loading the Spanish files is tested in i18n-english-only.test.ts: this
    // page has loaded them already, so a new load would come from the module cache, unseen.
  });

  describe('<iop-benefits> and <iop-article-cards>', () => {
    it('the explainer in Spanish keeps its attributes working, and switches back', async () => {
      const wrapper = await fixture(html`<div lang="es"><iop-benefits benefits="family structure" open="family" layout="accordion"></iop-benefits></div>`);
      await widgetsRendered(wrapper);
      const el = wrapper.querySelector('iop-benefits')!;
      await spanish(el, 'Cómo le puede ayudar un programa ambulatorio intensivo (IOP, por sus siglas en inglés)');
      const buttons = [...shadow(el).querySelectorAll('.accordion button')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Participación y educación de la familia', 'Una estructura que se adapta a su vida']);
      expect(buttons[0].getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => shadow(el).textContent!.includes('How an Intensive Outpatient Program'));
      expect(shadow(el).querySelector('#button-family')!.getAttribute('aria-expanded'), 'open state kept').to.equal('true');
    });

    it('the article cards speak Spanish; the articles stay as written; dates in Spanish', async () => {
      const articles = JSON.stringify([
        { title: 'How IOPs help', url: '/a', date: '2025-05-13', tags: ['IOP', 'Family'], readingTime: 4 },
        { title: 'Family sessions', url: '/b', tags: ['Family'] },
      ]);
      const el = await fixture(html`<iop-article-cards lang="es-US" articles=${articles} tags="Family" limit="1" show-more></iop-article-cards>`);
      await spanish(el, 'Temas');
      const root = shadow(el);
      expect(root.querySelector('.count')!.textContent).to.equal('Se muestran 2 de 2 artículos');
      expect(root.querySelector('.more')!.textContent).to.equal('Mostrar 1 artículo más');
      expect(root.querySelector('[part=meta]')!.textContent).to.contain('4 min de lectura');
      // The long form, as Spanish readers write it (and as Intl writes it for es-US).
      expect(root.querySelector('time')!.textContent).to.equal('13 de mayo de 2025');
      expect(root.querySelector('time')!.textContent).to.equal(new Intl.DateTimeFormat('es-US', { dateStyle: 'long' }).format(new Date(2025, 4, 13)));
      expect(root.querySelector('[part=title]')!.textContent!.trim()).to.equal('How IOPs help');
      await expect(el).to.be.accessible();
    });
  });

  describe('<iop-crisis-help>', () => {
    it('speaks Spanish with lang="es": heading, AYUDA keywords, 988 then 2', async () => {
      const el = await fixture(html`<iop-crisis-help lang="es"></iop-crisis-help>`);
      await spanish(el, 'Hay ayuda disponible ahora');
      const links = [...shadow(el).querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
      expect(links).to.deep.include(['Llamar al 988 y oprimir 2 para español', 'tel:988']);
      expect(links).to.deep.include(['Enviar AYUDA por mensaje de texto al 988', 'sms:988?body=AYUDA']);
      expect(links).to.deep.include(['Enviar AYUDA por mensaje de texto al 741741', 'sms:741741?body=AYUDA']);
      expect(links).to.deep.include(['Llamar al 911', 'tel:911']);
      expect(shadow(el).textContent).to.contain('WhatsApp: 442-AYUDAME').and.contain('llamar al 988 y oprimir 1');
      await expectWorkingCrisisHelp(el);
      await expect(el).to.be.accessible();
    });

    it('switches language at run time, both ways', async () => {
      const wrapper = await fixture(html`<section><iop-crisis-help compact></iop-crisis-help></section>`);
      await widgetsRendered(wrapper);
      const el = wrapper.querySelector('iop-crisis-help')!;
      expect(shadow(el).textContent).to.contain('Help is available now');
      wrapper.setAttribute('lang', 'es');
      await spanish(el, 'Hay ayuda disponible ahora');
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => shadow(el).textContent!.includes('Help is available now'));
    });

    it('inside another shadow root, follows its own lang attribute', async () => {
      const host = await fixture(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<iop-crisis-help compact lang="en"></iop-crisis-help>';
      const el = root.querySelector('iop-crisis-help')!;
      await widgetsRendered(root);
      expect(shadow(el).textContent).to.contain('Help is available now');
      el.setAttribute('lang', 'es');
      await spanish(el, 'Hay ayuda disponible ahora');
      el.setAttribute('lang', 'en');
      await waitUntil(() => shadow(el).textContent!.includes('Help is available now'), 'back in English');
    });

    it('follows the page language', async () => {
      document.documentElement.setAttribute('lang', 'es');
      const el = await fixture(html`<iop-crisis-help></iop-crisis-help>`);
      await spanish(el, 'Hay ayuda disponible ahora');
    });
  });
});
