import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/self-check/define.js';
import type { IopSelfCheck } from '../../src/self-check/self-check.js';
import { click, questionName, root } from '../../stories/self-check-driver.js';
import { expectWorkingCrisisHelp } from '../helpers.js';

/**
 * The self-check answered as a person answers it: by the words on each radio, found the way a
 * screen reader finds them (the radio's label), never by option value. A value swapped behind a
 * label (issue 20: "Several days" scoring 2, safe-at-home "Yes" and "No" swapped) fails here.
 * Outcomes are checked as behavior (the result's data-level, crisis help first, the call to
 * action hidden), not by the result's sentences, which are written elsewhere.
 */

type Screen = [id: string, label: string] | 'interrupt';

/** The radio whose label reads `label`, on the current question. */
function radioLabelled(el: IopSelfCheck, label: string): HTMLInputElement {
  const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
  const found = radios.filter((radio) => [...(radio.labels ?? [])].some((node) => node.textContent!.trim() === label));
  const shown = radios.map((radio) => [...(radio.labels ?? [])].map((node) => node.textContent!.trim()).join('/'));
  expect(found, `one radio labelled "${label}" among ${JSON.stringify(shown)}`).to.have.length(1);
  return found[0];
}

/** Goes through the screens in order; on every screen, crisis help is there and works. */
async function answer(el: IopSelfCheck, screens: Screen[], continueLabel = 'Continue'): Promise<void> {
  for (const screen of screens) {
    await expectWorkingCrisisHelp(root(el));
    if (screen === 'interrupt') {
      expect(questionName(el), 'the crisis interrupt, not a question').to.equal(null);
      expect(root(el).querySelector('[part=result]')).to.equal(null);
      // The interrupt shows the full crisis help, not only the compact line every question has.
      const full = root(el).querySelector('iop-crisis-help:not([compact])');
      expect(full, 'full crisis help on the interrupt').to.exist;
      await expectWorkingCrisisHelp(full!);
      const go = root(el).querySelector<HTMLButtonElement>('button[part=button]')!;
      go.click();
      await el.updateComplete;
      continue;
    }
    const [id, label] = screen;
    expect(questionName(el), `the question on screen (to answer "${label}")`).to.equal(id);
    const radio = radioLabelled(el, label);
    radio.click();
    await el.updateComplete;
    expect(radio.checked).to.equal(true);
    await click(el, continueLabel);
  }
}

async function result(el: IopSelfCheck): Promise<HTMLElement> {
  const shown = root(el).querySelector<HTMLElement>('[part=result]');
  expect(shown, `a result, not question ${questionName(el)}`).to.exist;
  await expectWorkingCrisisHelp(shown!);
  return shown!;
}

const crisisFirst = (shown: HTMLElement) => shown.firstElementChild?.localName === 'iop-crisis-help';

async function start(template = html`<iop-self-check cta-href="/contact"></iop-self-check>`, startLabel = 'Start'): Promise<IopSelfCheck> {
  const el = await fixture<IopSelfCheck>(template);
  await click(el, startLabel);
  return el;
}

const SAFE: Screen[] = [
  ['care', 'None right now'],
  ['safe-home', 'Yes'],
  ['attend', 'Yes'],
  ['support', 'Yes'],
];
/** After item 9 above "Not at all", brief mode asks the rest of the PHQ-9 once the interrupt is passed. */
const rest = (label: string): Screen[] => (['phq3', 'phq4', 'phq5', 'phq6', 'phq7', 'phq8'] as const).map((id) => [id, label]);

describe('<iop-self-check> answered by label', () => {
  describe('item 9 (thoughts of being better off dead or of self-harm)', () => {
    it('"Not at all": no interrupt, the check goes on to anxiety, and nothing points to a need', async () => {
      const el = await start();
      await answer(el, [
        ['phq1', 'Not at all'],
        ['phq2', 'Not at all'],
        ['phq9', 'Not at all'],
      ]);
      expect(questionName(el), 'no interrupt after "Not at all"').to.equal('gad1');
      await answer(el, [['gad1', 'Not at all'], ['gad2', 'Not at all'], ...SAFE]);
      const shown = await result(el);
      expect(shown.dataset.level).to.equal('no-clear-need');
      expect(crisisFirst(shown)).to.equal(false);
      expect(shown.querySelector('[part=cta]')).to.exist;
    });

    it('"Several days": the crisis interrupt at once; after it, crisis help comes first on the result', async () => {
      const el = await start();
      await answer(el, [
        ['phq1', 'Not at all'],
        ['phq2', 'Not at all'],
        ['phq9', 'Several days'],
      ]);
      expect(questionName(el), 'the interrupt right after item 9').to.equal(null);
      await answer(el, ['interrupt', ...rest('Not at all'), ['gad1', 'Not at all'], ['gad2', 'Not at all'], ['difficulty', 'Not difficult at all'], ...SAFE]);
      const shown = await result(el);
      expect(shown.dataset.level).to.not.equal('get-help-now');
      expect(crisisFirst(shown), 'crisis help first').to.equal(true);
    });

    for (const label of ['More than half the days', 'Nearly every day']) {
      it(`"${label}": the interrupt, then "get help now" with crisis help first and no call to action`, async () => {
        const el = await start();
        await answer(el, [['phq1', 'Not at all'], ['phq2', 'Not at all'], ['phq9', label], 'interrupt']);
        // Rule 4: nothing asked after could change "get help now", so the interrupt leads to the result.
        const shown = await result(el);
        expect(shown.dataset.level).to.equal('get-help-now');
        expect(crisisFirst(shown), 'crisis help first').to.equal(true);
        expect(shown.querySelector('[part=cta]'), 'the IOP call to action is hidden').to.equal(null);
      });
    }
  });

  describe('the screener answers score what they say', () => {
    // Rule 9: a negative 2-item screen is no finding on its own; daily life made harder is one.
    it('"Several days" on item 1 and "Not difficult at all": nothing points to a need', async () => {
      const el = await start();
      await answer(el, [
        ['phq1', 'Several days'],
        ['phq2', 'Not at all'],
        ['phq9', 'Not at all'],
        ['gad1', 'Not at all'],
        ['gad2', 'Not at all'],
        ['difficulty', 'Not difficult at all'],
        ...SAFE,
      ]);
      expect((await result(el)).dataset.level).to.equal('no-clear-need');
    });

    it('"Several days" on item 1 and "Somewhat difficult": weekly therapy may fit', async () => {
      const el = await start();
      await answer(el, [
        ['phq1', 'Several days'],
        ['phq2', 'Not at all'],
        ['phq9', 'Not at all'],
        ['gad1', 'Not at all'],
        ['gad2', 'Not at all'],
        ['difficulty', 'Somewhat difficult'],
        ...SAFE,
      ]);
      expect((await result(el)).dataset.level).to.equal('weekly-therapy-may-fit');
    });

    it('"Several days" and "More than half the days" on PHQ-2 (1 + 2 = 3) is a positive screen: the rest of the PHQ-9 follows', async () => {
      const el = await start();
      await answer(el, [
        ['phq1', 'Several days'],
        ['phq2', 'More than half the days'],
      ]);
      expect(questionName(el)).to.equal('phq3');
    });

    it('"Several days" twice (1 + 1 = 2) is below the threshold: item 9 follows', async () => {
      const el = await start();
      await answer(el, [
        ['phq1', 'Several days'],
        ['phq2', 'Several days'],
      ]);
      expect(questionName(el)).to.equal('phq9');
    });

    it('"Nearly every day" and "Not at all" on GAD-2 (3 + 0) is positive: the rest of the GAD-7 follows', async () => {
      const el = await start();
      await answer(el, [
        ['phq1', 'Not at all'],
        ['phq2', 'Not at all'],
        ['phq9', 'Not at all'],
        ['gad1', 'Nearly every day'],
        ['gad2', 'Not at all'],
      ]);
      expect(questionName(el)).to.equal('gad3');
    });
  });

  describe('the context questions', () => {
    it('safe at home "No": more support than an IOP', async () => {
      const el = await start();
      await answer(el, [
        ['phq1', 'Not at all'],
        ['phq2', 'Not at all'],
        ['phq9', 'Not at all'],
        ['gad1', 'Not at all'],
        ['gad2', 'Not at all'],
        ['care', 'None right now'],
        ['safe-home', 'No'],
        ['attend', 'Yes'],
        ['support', 'Yes'],
      ]);
      expect((await result(el)).dataset.level).to.equal('more-support-than-iop');
    });

    it('safe at home "Yes" with no symptoms: nothing points to a need', async () => {
      const el = await start();
      await answer(el, [['phq1', 'Not at all'], ['phq2', 'Not at all'], ['phq9', 'Not at all'], ['gad1', 'Not at all'], ['gad2', 'Not at all'], ...SAFE]);
      expect((await result(el)).dataset.level).to.equal('no-clear-need');
    });

    it('weekly therapy "No, I need more support" and daily life "Very difficult": an IOP may fit', async () => {
      const el = await start();
      await answer(el, [
        ['phq1', 'Several days'],
        ['phq2', 'Not at all'],
        ['phq9', 'Not at all'],
        ['gad1', 'Not at all'],
        ['gad2', 'Not at all'],
        ['difficulty', 'Very difficult'],
        ['care', 'Weekly therapy or counseling'],
        ['weekly-enough', 'No, I need more support'],
        ['safe-home', 'Yes'],
        ['attend', 'Yes'],
        ['support', 'Yes'],
      ]);
      expect((await result(el)).dataset.level).to.equal('iop-may-fit');
    });

    it('weekly therapy "Yes, it has been enough" with the same symptoms: not an IOP', async () => {
      const el = await start();
      await answer(el, [
        ['phq1', 'Several days'],
        ['phq2', 'Not at all'],
        ['phq9', 'Not at all'],
        ['gad1', 'Not at all'],
        ['gad2', 'Not at all'],
        ['difficulty', 'Somewhat difficult'],
        ['care', 'Weekly therapy or counseling'],
        ['weekly-enough', 'Yes, it has been enough'],
        ['safe-home', 'Yes'],
        ['attend', 'Yes'],
        ['support', 'Yes'],
      ]);
      expect((await result(el)).dataset.level).to.equal('weekly-therapy-may-fit');
    });

    it('just left a hospital stay, with no symptoms: not routed to an IOP on that alone', async () => {
      const el = await start();
      await answer(el, [
        ['phq1', 'Not at all'],
        ['phq2', 'Not at all'],
        ['phq9', 'Not at all'],
        ['gad1', 'Not at all'],
        ['gad2', 'Not at all'],
        ['care', 'I recently left a hospital stay or a partial hospitalization program'],
        ['safe-home', 'Yes'],
        ['attend', 'Yes'],
        ['support', 'Yes'],
      ]);
      expect((await result(el)).dataset.level).to.not.equal('iop-may-fit');
    });

    it('parent: "My child recently left a hospital stay…" with symptoms and daily life "Extremely difficult": an IOP may fit', async () => {
      const el = await start(html`<iop-self-check audience="parent" cta-href="/contact"></iop-self-check>`);
      await answer(el, [
        ['phq1', 'Several days'],
        ['phq2', 'Not at all'],
        ['phq9', 'Not at all'],
        ['gad1', 'Not at all'],
        ['gad2', 'Not at all'],
        ['difficulty', 'Extremely difficult'],
        ['care', 'My child recently left a hospital stay or a partial hospitalization program'],
        ['safe-home', 'Yes'],
        ['attend', 'Yes'],
        ['support', 'Yes'],
      ]);
      expect((await result(el)).dataset.level).to.equal('iop-may-fit');
    });

    it('parent: safe at home "No": more support than an IOP', async () => {
      const el = await start(html`<iop-self-check audience="parent"></iop-self-check>`);
      await answer(el, [
        ['phq1', 'Not at all'],
        ['phq2', 'Not at all'],
        ['phq9', 'Not at all'],
        ['gad1', 'Not at all'],
        ['gad2', 'Not at all'],
        ['care', 'None right now'],
        ['safe-home', 'No'],
        ['attend', 'Yes'],
        ['support', 'Yes'],
      ]);
      expect((await result(el)).dataset.level).to.equal('more-support-than-iop');
    });
  });

  describe('in Spanish', () => {
    const spanish = async (audience = 'adult') => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check lang="es" audience=${audience} cta-href="/contacto"></iop-self-check>`);
      await waitUntil(() => root(el).textContent!.includes('Empezar'), 'the Spanish texts did not load');
      await click(el, 'Empezar');
      return el;
    };
    const SEGURO: Screen[] = [
      ['care', 'Ninguna por ahora'],
      ['safe-home', 'Sí'],
      ['attend', 'Sí'],
      ['support', 'Sí'],
    ];

    it('item 9 "Varios días": the interrupt at once, crisis help first on the result', async () => {
      const el = await spanish();
      await answer(
        el,
        [
          ['phq1', 'Ningún día'],
          ['phq2', 'Ningún día'],
          ['phq9', 'Varios días'],
        ],
        'Continuar',
      );
      expect(questionName(el), 'the interrupt right after item 9').to.equal(null);
      await answer(
        el,
        ['interrupt', ...rest('Ningún día'), ['gad1', 'Ningún día'], ['gad2', 'Ningún día'], ['difficulty', 'No ha sido difícil'], ...SEGURO],
        'Continuar',
      );
      const shown = await result(el);
      expect(shown.dataset.level).to.not.equal('get-help-now');
      expect(crisisFirst(shown)).to.equal(true);
    });

    it('item 9 "Casi todos los días": get help now, no call to action', async () => {
      const el = await spanish('youth');
      await answer(el, [['phq1', 'Ningún día'], ['phq2', 'Ningún día'], ['phq9', 'Casi todos los días'], 'interrupt'], 'Continuar');
      const shown = await result(el);
      expect(shown.dataset.level).to.equal('get-help-now');
      expect(shown.querySelector('[part=cta]')).to.equal(null);
    });

    it('item 9 "Ningún día" and safe at home "No": no interrupt, more support than an IOP', async () => {
      const el = await spanish('parent');
      await answer(
        el,
        [
          ['phq1', 'Ningún día'],
          ['phq2', 'Ningún día'],
          ['phq9', 'Ningún día'],
        ],
        'Continuar',
      );
      expect(questionName(el)).to.equal('gad1');
      await answer(
        el,
        [
          ['gad1', 'Ningún día'],
          ['gad2', 'Ningún día'],
          ['care', 'Ninguna por ahora'],
          ['safe-home', 'No'],
          ['attend', 'Sí'],
          ['support', 'Sí'],
        ],
        'Continuar',
      );
      expect((await result(el)).dataset.level).to.equal('more-support-than-iop');
    });
  });
});
