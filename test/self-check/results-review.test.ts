import { expect, fixture, html } from '@open-wc/testing';
import '../../src/self-check/define.js';
import type { IopSelfCheck } from '../../src/self-check/self-check.js';
import { deepActiveElement, whilePrinting } from '../helpers.js';
import { answerThrough, button, click, ENGLISH, headingText, questionName, root, SPANISH } from '../../stories/self-check-driver.js';

// The second clinical read of every result screen (adult, youth, parent; English and Spanish):
// none of its points broke a safety rule, each made the check worse for a visitor in distress.

import { CONTEXT_OK as OK, ITEM9_ONLY, LEVEL_PATHS } from './answer-paths.js';
const AUDIENCES = ['adult', 'youth', 'parent'] as const;

async function started(template: ReturnType<typeof html>, start = 'Start') {
  const el = await fixture<IopSelfCheck>(template);
  // Spanish words load on demand: wait for them before looking for the Spanish Start.
  for (let wait = 0; wait < 100 && start !== 'Start' && !root(el).textContent!.includes(start); wait++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
  }
  await click(el, start);
  return el;
}

const result = (el: IopSelfCheck) => root(el).querySelector<HTMLElement>('[part=result]')!;
const resultText = (el: IopSelfCheck) => result(el).textContent!.replace(/\s+/g, ' ');

/** Answers up to the interrupt: PHQ-2 at 0, then item 9. */
async function toInterrupt(el: IopSelfCheck, item9: string, words = ENGLISH) {
  for (const value of ['0', '0', item9]) {
    root(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
    await el.updateComplete;
    await click(el, words.continue);
  }
  expect(root(el).querySelector('.interrupt'), 'the interrupt').to.exist;
}

const interruptButton = (el: IopSelfCheck) => root(el).querySelector<HTMLButtonElement>('.interrupt ~ button')!.textContent!.trim();

describe('<iop-self-check> results, second clinical read', () => {
  describe('1. parent mode, item 9 at 2 or more: the interrupt hands the device to the adult', () => {
    for (const item9 of ['2', '3']) {
      it(`item 9 at ${item9}: "Show this to the adult with you" leads to the caregiver's danger result`, async () => {
        const el = await started(html`<iop-self-check audience="parent"></iop-self-check>`);
        await toInterrupt(el, item9);
        expect(interruptButton(el)).to.equal('Show this to the adult with you');
        // Rules 10 and 12: the words to the young person are unchanged.
        const text = root(el).querySelector('.interrupt')!.textContent!;
        expect(text).to.contain('Your answers have not been sent anywhere: they stay on this device, where the adult with you will see them.');
        expect(text).to.contain('Please also tell an adult you trust');
        await click(el, 'Show this to the adult with you');
        expect(result(el).dataset.level).to.equal('get-help-now');
        expect(resultText(el)).to.contain('Your child needs help now');
      });
    }

    it('in Spanish, in tú, and the check goes on to the result', async () => {
      const el = await started(html`<iop-self-check audience="parent" lang="es"></iop-self-check>`, 'Empezar');
      await toInterrupt(el, '2', SPANISH);
      expect(interruptButton(el)).to.equal('Mostrarle esto a la persona adulta que está contigo');
      await click(el, 'Mostrarle esto a la persona adulta que está contigo');
      expect(headingText(el)).to.equal('Su hijo(a) necesita ayuda ahora');
    });

    it('where the young person goes on answering, the button still says "Continue the check"', async () => {
      const parent = await started(html`<iop-self-check audience="parent"></iop-self-check>`);
      await toInterrupt(parent, '1');
      expect(interruptButton(parent)).to.equal('Continue the check');
      await click(parent, 'Continue the check');
      expect(questionName(parent)).to.not.equal(null);
      for (const audience of ['adult', 'youth'] as const) {
        const el = await started(html`<iop-self-check audience=${audience}></iop-self-check>`);
        await toInterrupt(el, '3');
        expect(interruptButton(el), audience).to.equal('Continue the check');
      }
    });
  });

  describe('2. after item 9 above 0, never "weekly therapy may be enough"', () => {
    for (const audience of AUDIENCES) {
      it(`${audience}: item 9 "Several days", all else none: the next step is a professional, soon`, async () => {
        const el = await started(html`<iop-self-check audience=${audience}></iop-self-check>`);
        await answerThrough(el, ITEM9_ONLY);
        expect(result(el).dataset.level).to.equal('weekly-therapy-may-fit');
        const text = resultText(el);
        expect(text).to.not.match(/weekly therapy may be enough/i);
        expect(text).to.match(/Start by (talking with|having your child see) a professional soon/);
        await expect(el).to.be.accessible();
      });
    }

    it('in Spanish, for every audience', async () => {
      for (const audience of AUDIENCES) {
        const el = await started(html`<iop-self-check audience=${audience} lang="es"></iop-self-check>`, 'Empezar');
        await answerThrough(el, ITEM9_ONLY, SPANISH);
        const text = resultText(el);
        expect(text, audience).to.not.match(/terapia semanal podría ser suficiente/i);
        expect(text, audience).to.match(/Para empezar, (hable|habla|lleve) pronto/);
      }
    });

    it('without self-harm thoughts, mild answers still read "Weekly therapy may be enough for now"', async () => {
      const el = await started(html`<iop-self-check></iop-self-check>`);
      await answerThrough(el, LEVEL_PATHS['weekly-therapy-may-fit']);
      expect(headingText(el)).to.equal('Weekly therapy may be enough for now');
    });
  });

  describe('3. crisis help comes before the details for a clinician', () => {
    for (const level of ['iop-may-fit', 'weekly-therapy-may-fit', 'no-clear-need'] as const) {
      const answers = LEVEL_PATHS[level];
      it(`${level}: one crisis box, above the folded details and the attribution`, async () => {
        const el = await started(html`<iop-self-check></iop-self-check>`);
        await answerThrough(el, answers);
        expect(result(el).dataset.level).to.equal(level);
        const boxes = result(el).querySelectorAll('iop-crisis-help');
        expect(boxes).to.have.length(1);
        const details = result(el).querySelector('details.scores')!;
        expect(boxes[0].compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING, 'details after the crisis help').to.not.equal(0);
        expect(boxes[0].getBoundingClientRect().bottom).to.be.at.most(details.getBoundingClientRect().top);
      });
    }
  });

  describe('4. a printed summary includes the details for a clinician', () => {
    it("the browser's print (beforeprint) opens them; afterprint folds them again", async () => {
      const el = await started(html`<iop-self-check></iop-self-check>`);
      await answerThrough(el, ITEM9_ONLY);
      const details = result(el).querySelector<HTMLDetailsElement>('details.scores')!;
      expect(details.open).to.equal(false);
      window.dispatchEvent(new Event('beforeprint'));
      expect(details.open).to.equal(true);
      // What is printed is what is rendered: the scores are laid out, not just in the DOM.
      expect(details.querySelector('li')!.getBoundingClientRect().height).to.be.greaterThan(0);
      window.dispatchEvent(new Event('afterprint'));
      expect(details.open).to.equal(false);
    });

    it('the "Print or save the summary" button prints them open', async () => {
      const el = await started(html`<iop-self-check></iop-self-check>`);
      await answerThrough(el, ITEM9_ONLY);
      const details = result(el).querySelector<HTMLDetailsElement>('details.scores')!;
      let during: boolean | undefined;
      await whilePrinting(
        () => click(el, 'Print or save the summary'),
        () => (during = details.open),
      );
      expect(during).to.equal(true);
      expect(details.open).to.equal(false);
    });
  });

  describe('5. "more support than an IOP": an urgent evaluation, not an IOP', () => {
    const unsafe = { phq9: '0', ...OK, 'safe-home': 'no' };
    const severeUnsure = { phq1: '3', phq2: '3', phq3: '3', phq4: '3', phq5: '3', phq9: '0', difficulty: '1', ...OK, 'safe-home': 'unsure' };
    for (const [name, answers] of [
      ['cannot stay safe at home', unsafe],
      ['severe symptoms, unsure about safety', severeUnsure],
    ] as const) {
      it(`${name}: no IOP call to action, no "What an IOP is like"; crisis help first; the clinic's phone asks about an evaluation`, async () => {
        const el = await started(html`<iop-self-check clinic-name="Riverbend" cta-href="/contact" phone="(555) 555-0100"></iop-self-check>`);
        await answerThrough(el, answers);
        expect(result(el).dataset.level).to.equal('more-support-than-iop');
        expect(result(el).querySelector('[part=cta]') === null, 'the IOP call to action').to.equal(true);
        const text = resultText(el);
        expect(text).to.not.contain('What an IOP is like');
        expect(text).to.contain('What an urgent evaluation is');
        const phone = result(el).querySelector<HTMLAnchorElement>('a.phone')!;
        expect(phone.textContent).to.equal('Call (555) 555-0100 to ask about an evaluation');
        expect(phone.getAttribute('href')).to.equal('tel:5555550100');
        const crisis = result(el).firstElementChild!;
        expect(crisis.localName).to.equal('iop-crisis-help');
        expect(deepActiveElement() === crisis, 'focus on the crisis help').to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('without a phone, no clinic link; with only a call to action, it stays hidden', async () => {
      const el = await started(html`<iop-self-check cta-href="/contact"></iop-self-check>`);
      await answerThrough(el, unsafe);
      expect(result(el).querySelector('p.actions:not(.no-print)') === null, 'no clinic link').to.equal(true);
    });

    it('in Spanish, for a parent: the evaluation and the call, no IOP call to action', async () => {
      const el = await started(html`<iop-self-check audience="parent" lang="es" cta-href="/contact" phone="(555) 555-0100"></iop-self-check>`, 'Empezar');
      await answerThrough(el, unsafe, SPANISH);
      expect(result(el).querySelector('[part=cta]') === null).to.equal(true);
      expect(resultText(el)).to.contain('Qué es una evaluación urgente').and.not.contain('Cómo es un IOP');
      expect(result(el).querySelector('a.phone')!.textContent).to.equal('Llamar al (555) 555-0100 para pedir una evaluación');
    });
  });

  describe('7. Spanish parent start screen: each pronoun says whose', () => {
    it('"su" is always the parent\'s child, the young person is named, and nothing reads "lo que conteste"', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check audience="parent" lang="es"></iop-self-check>`);
      for (let wait = 0; wait < 100 && !root(el).textContent!.includes('Empezar'); wait++) await new Promise((resolve) => setTimeout(resolve, 50));
      // The start screen's own three paragraphs (privacy and "not a diagnosis" follow them).
      const paragraphs = [...root(el).querySelectorAll('.screen > p')].slice(0, 3).map((p) => p.textContent!.replace('por sus siglas', ''));
      expect(paragraphs[0]).to.match(/^Averigüe/);
      for (const text of paragraphs) {
        // "su"/"sus" only as "su hijo o hija": never a possessive that could be the parent's or the child's.
        expect(text.match(/(?<!\p{L})sus?(?!\p{L})(?! hijo o hija)/giu), text).to.equal(null);
        expect(text).to.not.contain('lo que conteste');
        expect(text).to.not.match(/entréguele el dispositivo(?! al o a la joven)/);
      }
      expect(paragraphs.join(' ')).to.contain('el o la joven');
    });
  });

  describe('8. "cannot stay safe at home" with any self-harm thoughts is "get help now"', () => {
    for (const audience of AUDIENCES) {
      for (const mode of ['brief', 'full'] as const) {
        it(`${audience}, ${mode}: crisis help first and focused, no IOP call to action`, async () => {
          const el = await started(html`<iop-self-check audience=${audience} mode=${mode} cta-href="/contact"></iop-self-check>`);
          await answerThrough(el, { ...ITEM9_ONLY, 'safe-home': 'no' });
          expect(result(el).dataset.level).to.equal('get-help-now');
          expect(headingText(el)).to.equal(audience === 'parent' ? 'Your child needs help now' : 'Please get help now');
          expect(result(el).querySelector('[part=cta]') === null).to.equal(true);
          expect(deepActiveElement() === result(el).firstElementChild, 'focus on the crisis help').to.equal(true);
          expect(resultText(el)).to.match(/cannot stay safe/);
          expect(button(el, 'Start again')).to.exist;
        });
      }
    }
  });
});
