import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/self-check/define.js';
import type { IopSelfCheck } from '../../src/self-check/self-check.js';
import { captureWarnings, deepActiveElement, itChromiumOnly, setViewport, widgetsRendered, watchQuickExit } from '../helpers.js';
import { answerThrough, button, click, ENGLISH, headingText, questionName, root, SPANISH } from '../../stories/self-check-driver.js';

// Issue 12, finding by finding, as a visitor on a phone (375x740) meets them: by role, label and
// what is on screen, never by the element's internals.

import { CONTEXT_OK as OK, ITEM9_ONLY, SEVERE } from './answer-paths.js';

async function started(template: ReturnType<typeof html>) {
  const el = await fixture<IopSelfCheck>(template);
  await click(el, 'Start');
  return el;
}

const resultText = (el: IopSelfCheck) => root(el).querySelector('[part=result]')!.textContent!.replace(/\s+/g, ' ');
const crisisLinks = (el: Element) => [...(el.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
const area = (node: Element) => {
  const box = node.getBoundingClientRect();
  return box.width * box.height;
};
/** Painted in a color of its own, not the light theme's white surface or nothing. */
const filled = (node: Element) => !['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'].includes(getComputedStyle(node).backgroundColor);

describe('<iop-self-check> safety (issue 12)', () => {
  before(() => setViewport({ width: 375, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));

  describe('rule 7: a self-harm answer is never played down', () => {
    for (const mode of ['brief', 'full'] as const) {
      it(`${mode}: item 9 "Several days", all else "Not at all", speaks to those thoughts`, async () => {
        const el = await started(html`<iop-self-check mode=${mode}></iop-self-check>`);
        await answerThrough(el, ITEM9_ONLY);
        const text = resultText(el);
        expect(headingText(el)).to.equal('Please talk to someone about these thoughts soon');
        expect(text).to.contain('Several days, you had thoughts that you would be better off dead or of hurting yourself.');
        for (const playedDown of ['few or no symptoms', 'do not point to a need', 'You reported few symptoms', 'no clear need']) {
          expect(text).to.not.contain(playedDown);
        }
        expect(root(el).querySelector('[part=result]')!.getAttribute('data-level')).to.not.equal('no-clear-need');
        await expect(el).to.be.accessible();
      });
    }

    it('"Nearly every day" is reported as such, not as "more than half the days"', async () => {
      const el = await started(html`<iop-self-check></iop-self-check>`);
      await answerThrough(el, { ...ITEM9_ONLY, phq9: '3' });
      expect(headingText(el)).to.equal('Please get help now');
      expect(resultText(el)).to.contain('Nearly every day, you had thoughts');
      expect(resultText(el)).to.not.contain('more than half the days');
    });
  });

  describe('rule 8: severe symptoms are never "weekly therapy may be enough"', () => {
    const cases: Array<[string, Record<string, string>]> = [
      ['PHQ-9 24 / GAD-7 21, daily life somewhat difficult', SEVERE],
      [
        'PHQ-9 19 / GAD-7 0, not difficult at all',
        { phq1: '3', phq2: '3', phq3: '3', phq4: '3', phq5: '3', phq6: '3', phq7: '1', phq8: '0', phq9: '0', difficulty: '0' },
      ],
    ];
    for (const [name, answers] of cases) {
      it(`full mode, ${name}`, async () => {
        const el = await started(html`<iop-self-check mode="full"></iop-self-check>`);
        await answerThrough(el, { ...answers, ...OK });
        const text = resultText(el);
        expect(root(el).querySelector('[part=result]')!.getAttribute('data-level')).to.equal('iop-may-fit');
        expect(text).to.not.contain('Weekly therapy may be enough');
        expect(text).to.contain('severe symptoms. A professional should see you soon.');
      });
    }
  });

  describe('rule 9: a 2-item screen is not a band', () => {
    it('brief PHQ-2 = 1 is not "mild", and gets the same result as full mode with the other items at 0', async () => {
      const brief = await started(html`<iop-self-check></iop-self-check>`);
      await answerThrough(brief, { phq1: '1', phq2: '0', phq9: '0', gad1: '0', gad2: '0', difficulty: '0', ...OK });
      const full = await started(html`<iop-self-check mode="full"></iop-self-check>`);
      await answerThrough(full, { phq1: '1', difficulty: '0', ...OK });
      const level = (el: IopSelfCheck) => root(el).querySelector('[part=result]')!.getAttribute('data-level');
      expect(level(brief)).to.equal(level(full));
      expect(resultText(brief)).to.not.contain('mild');
      expect(resultText(brief)).to.contain('below the level that needs a closer look');
      expect(resultText(brief)).to.not.contain('cut-off');
    });
  });

  describe('rule 10: the result speaks to whoever reads it', () => {
    it('parent mode: the start screen asks about the child; the young person is told, before they answer, that the adult will see the answers', async () => {
      const start = await fixture<IopSelfCheck>(html`<iop-self-check audience="parent"></iop-self-check>`);
      expect(headingText(start)).to.equal('Is an IOP right for my child?');
      const el = await started(html`<iop-self-check audience="parent"></iop-self-check>`);
      const handover = root(el).querySelector('#handover')!;
      expect(handover.textContent).to.contain('The adult who gave you this device will see your answers');
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('handover');
    });

    it('parent danger result addresses the caregiver and lists their steps, never "you may be in danger"', async () => {
      const el = await started(html`<iop-self-check audience="parent" cta-href="/contact"></iop-self-check>`);
      const seen = await answerThrough(el, { ...ITEM9_ONLY, phq9: '2' });
      // Rule 4: nothing asked after the interrupt could change "get help now": its steps come next.
      expect(seen).to.deep.equal(['phq1', 'phq2', 'phq9', 'interrupt']);
      expect(headingText(el)).to.equal('Your child needs help now');
      const steps = [...root(el).querySelectorAll('.next-steps li')].map((li) => li.textContent);
      expect(steps).to.deep.equal([
        'Stay with your child. Do not leave them alone right now.',
        'Remove or lock away firearms, medicines and anything else they could use to hurt themselves.',
        'Call or text 988 together now. It is free and open day and night.',
        'Call 911 if there is immediate danger.',
      ]);
      const text = resultText(el);
      for (const wrongReader of ['You may be in danger', 'An IOP may fit you', 'You had thoughts', 'you had thoughts']) {
        expect(text).to.not.contain(wrongReader);
      }
      expect(text).to.contain('your child had thoughts that they would be better off dead');
      expect(root(el).querySelector('[part=cta]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('parent IOP result is about the child', async () => {
      const el = await started(html`<iop-self-check audience="parent"></iop-self-check>`);
      await answerThrough(el, { phq1: '3', phq2: '3', phq3: '2', phq4: '2', phq9: '0', difficulty: '2', ...OK });
      expect(headingText(el)).to.equal('An IOP may fit your child');
      expect(resultText(el)).to.not.match(/An IOP may fit you\b/);
    });

    it('youth: the interrupt says to tell a trusted adult; the hours are 6 to 19 a week (rule 10), after school', async () => {
      const el = await started(html`<iop-self-check audience="youth"></iop-self-check>`);
      for (const [id, value] of [
        ['phq1', '0'],
        ['phq2', '0'],
        ['phq9', '1'],
      ]) {
        expect(questionName(el)).to.equal(id);
        root(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
        await el.updateComplete;
        await click(el, 'Continue');
      }
      expect(root(el).querySelector('.interrupt')!.textContent).to.contain('tell an adult you trust');
      await click(el, 'Continue the check');
      await answerThrough(el, { care: 'none', 'safe-home': 'yes', support: 'yes' }).catch(() => undefined);
      const back = async () => click(el, 'Back');
      // Walk back to the attendance question and read it.
      for (let guard = 0; guard < 5 && questionName(el) !== 'attend'; guard++) await back();
      expect(headingText(el)).to.equal('Could you take part about 6 to 19 hours a week, for example after school?');
    });
  });

  describe('the interrupt (rules 2, 12, 13)', () => {
    async function interrupt(template = html`<iop-self-check quick-exit-url="https://www.example.com/"></iop-self-check>`) {
      const el = await started(template);
      for (const [id, value] of [
        ['phq1', '0'],
        ['phq2', '0'],
        ['phq9', '1'],
      ]) {
        expect(questionName(el)).to.equal(id);
        root(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
        await el.updateComplete;
        await click(el, 'Continue');
      }
      const crisis = root(el).querySelector('.interrupt iop-crisis-help')!;
      await (crisis as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      return { el, crisis };
    }

    it('never implies anyone was told', async () => {
      const { el } = await interrupt();
      const text = root(el).querySelector('.interrupt')!.textContent!;
      expect(text).to.not.contain('Thank you for telling us');
      expect(text).to.contain('Nobody has been told: your answers stay on this device.');
    });

    it('call and text 988 are its most prominent controls: larger and filled, Continue and Exit are not', async () => {
      const { el, crisis } = await interrupt();
      const [call, text] = crisisLinks(crisis).filter((a) => /^(tel|sms):988$/.test(a.getAttribute('href')!));
      expect(call.textContent).to.equal('Call 988');
      expect(text.textContent).to.equal('Text 988');
      const cont = button(el, 'Continue the check');
      const exit = button(el, 'Exit this page');
      for (const action of [call, text]) {
        expect(filled(action), `${action.textContent} is filled`).to.equal(true);
        expect(area(action)).to.be.greaterThan(area(cont));
        expect(area(action)).to.be.greaterThan(area(exit));
        // Full width of the crisis box on a phone.
        expect(action.getBoundingClientRect().width).to.be.greaterThan(crisis.getBoundingClientRect().width * 0.8);
      }
      expect(filled(cont), 'Continue is not filled').to.equal(false);
    });

    itChromiumOnly('default font size over CDP', 'at 200% text size the first call link is on screen when the interrupt appears', async () => {
      // The visitor's own browser text size at 200% (the widgets follow it, not the page's CSS).
      await executeServerCommand('set-default-font-size', { size: 32 });
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><div style="height:900px"></div><iop-self-check quick-exit-url="https://www.example.com/"></iop-self-check></div>`,
        );
        await widgetsRendered(wrapper);
        const el = wrapper.querySelector<IopSelfCheck>('iop-self-check')!;
        await click(el, 'Start');
        for (const value of ['0', '0', '1']) {
          root(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
          await el.updateComplete;
          await click(el, 'Continue');
        }
        const crisis = root(el).querySelector('.interrupt iop-crisis-help')!;
        await (crisis as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await new Promise(requestAnimationFrame);
        // Focus went to the heading, which the browser scrolled into view; the call link follows it.
        const call = crisisLinks(crisis).find((a) => a.getAttribute('href') === 'tel:988')!;
        expect(call.getBoundingClientRect().bottom).to.be.at.most(740);
        expect(call.getBoundingClientRect().top).to.be.at.least(0);
        expect(parseFloat(getComputedStyle(call).fontSize)).to.be.at.least(32);
      } finally {
        await executeServerCommand('set-default-font-size', { size: 16 });
      }
    });

    it('the first call link comes before any explanation', async () => {
      const { crisis } = await interrupt();
      const first = crisisLinks(crisis)[0];
      const description = crisis.shadowRoot!.querySelector('li span:not(.actions)')!;
      expect(first.getBoundingClientRect().top).to.be.lessThan(description.getBoundingClientRect().top);
    });
  });

  describe('rule 13: crisis-first results put focus on the crisis help', () => {
    it('the next Tab reaches a 988 link', async () => {
      const el = await started(html`<iop-self-check quick-exit-url="https://www.example.com/"></iop-self-check>`);
      await answerThrough(el, ITEM9_ONLY);
      const crisis = root(el).querySelector('[part=result] > iop-crisis-help')!;
      expect(deepActiveElement()).to.equal(crisis);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()!.getAttribute('href')).to.equal('tel:988');
      // On screen on a phone, not pushed below the fold.
      expect(crisis.getBoundingClientRect().top).to.be.lessThan(740);
    });
  });

  describe('quick exit (presentation rules)', () => {
    it('stays visible on every screen while the page is scrolled', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><div style="height:300px"></div><iop-self-check quick-exit-url="https://www.example.com/"></iop-self-check><div style="height:2000px"></div></div>`,
      );
      await widgetsRendered(wrapper);
      const el = wrapper.querySelector<IopSelfCheck>('iop-self-check')!;
      const visibleWhenScrolled = async (screen: string) => {
        const box = el.getBoundingClientRect();
        window.scrollTo(0, window.scrollY + box.top + Math.min(400, box.height - 100));
        await new Promise(requestAnimationFrame);
        const exit = button(el, 'Exit this page').getBoundingClientRect();
        expect(exit.top, screen).to.be.at.least(0);
        expect(exit.bottom, screen).to.be.at.most(740);
        window.scrollTo(0, 0);
      };
      await visibleWhenScrolled('start');
      await click(el, 'Start');
      await visibleWhenScrolled('question');
      for (const value of ['0', '0', '1']) {
        root(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
        await el.updateComplete;
        await click(el, 'Continue');
      }
      await visibleWhenScrolled('interrupt');
      await click(el, 'Continue the check');
      await answerThrough(el, ITEM9_ONLY);
      await visibleWhenScrolled('result');
    });

    it('touch screens are not told to press Shift; a mouse-and-keyboard device is', async () => {
      const original = window.matchMedia;
      const pointer = (fine: boolean) =>
        (window.matchMedia = ((query: string) => ({
          ...original.call(window, query),
          matches: query.includes('pointer: fine') ? fine : original.call(window, query).matches,
        })) as typeof window.matchMedia);
      try {
        pointer(false);
        const touch = await fixture<IopSelfCheck>(html`<iop-self-check quick-exit-url="https://www.example.com/"></iop-self-check>`);
        expect(root(touch).textContent).to.not.contain('Shift');
        pointer(true);
        const desktop = await fixture<IopSelfCheck>(html`<iop-self-check quick-exit-url="https://www.example.com/"></iop-self-check>`);
        expect(root(desktop).textContent).to.contain('Shift key 3 times');
      } finally {
        window.matchMedia = original;
      }
    });

    it("Shift x3 while typing in the host page's own field does nothing, even before the check starts", async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><input id="host-field" /><iop-self-check quick-exit-url="https://www.example.com/"></iop-self-check></div>`,
      );
      await widgetsRendered(wrapper);
      const el = wrapper.querySelector<IopSelfCheck>('iop-self-check')!;
      const visited = watchQuickExit(el);
      wrapper.querySelector<HTMLInputElement>('#host-field')!.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(visited).to.deep.equal([]);
      // Outside a text field, it still works.
      wrapper.querySelector<HTMLInputElement>('#host-field')!.blur();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(visited).to.deep.equal(['https://www.example.com/']);
    });

    it('covers the page at once, asks for no referrer and replaces the page', async () => {
      const el = await started(html`<iop-self-check quick-exit-url="https://www.example.com/news"></iop-self-check>`);
      const visited = watchQuickExit(el);
      await click(el, 'Exit this page');
      expect(visited).to.deep.equal(['https://www.example.com/news']);
      const cover = root(el).querySelector<HTMLDialogElement>('dialog.leaving')!;
      expect(cover.open).to.equal(true);
      const box = cover.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([window.innerWidth, window.innerHeight]);
      expect(document.head.querySelector('meta[name=referrer]')!.getAttribute('content')).to.equal('no-referrer');
      cover.close();
      document.head.querySelector('meta[name=referrer]')!.remove();
    });

    for (const url of ['#top', '?x=1', location.pathname]) {
      it(`quick-exit-url="${url}" (this same page) is refused with a warning`, async () => {
        const capture = captureWarnings();
        try {
          const el = await fixture<IopSelfCheck>(html`<iop-self-check quick-exit-url=${url}></iop-self-check>`);
          expect(root(el).querySelector('[part=quick-exit]')).to.equal(null);
          expect(capture.messages.some((m) => m.includes('quick-exit-url') && m.includes('back to this page'))).to.equal(true);
        } finally {
          capture.restore();
        }
      });
    }
  });

  describe('rule 11: nothing a page script can see reveals an answer', () => {
    async function visit(answers: Record<string, string>) {
      const details: string[] = [];
      const record = (event: Event) => details.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`);
      const names = ['iop-self-check-start', 'iop-self-check-step', 'iop-self-check-complete'] as const;
      names.forEach((name) => document.addEventListener(name, record));
      const el = await started(html`<iop-self-check></iop-self-check>`);
      try {
        await answerThrough(el, answers);
      } finally {
        names.forEach((name) => document.removeEventListener(name, record));
      }
      return { el, details };
    }

    it('step events are identical for two visitors who answer differently, up to the same question', async () => {
      const calm = await visit({ phq1: '0', phq2: '0', phq9: '0', gad1: '0', gad2: '0', ...OK });
      const hurting = await visit({ phq1: '3', phq2: '3', phq3: '3', phq9: '1', gad1: '3', gad2: '3', ...OK });
      const steps = (list: string[]) => list.filter((line) => line.startsWith('iop-self-check-step'));
      const shared = Math.min(steps(calm.details).length, steps(hurting.details).length);
      expect(steps(calm.details).slice(0, shared)).to.deep.equal(steps(hurting.details).slice(0, shared));
      for (const line of [...calm.details, ...hurting.details]) expect(line).to.not.contain('crisis');
      for (const { details } of [calm, hurting]) expect(details.at(-1)).to.match(/^iop-self-check-complete \{"level":"[a-z-]+"\}$/);
    });

    it('no property of the element holds an answer', async () => {
      const { el } = await visit({ phq1: '3', phq2: '3', phq9: '1', ...OK });
      const seen = new Set<unknown>();
      const holdsAnswers = (value: unknown, depth: number): boolean => {
        if (depth > 4 || value === null || typeof value !== 'object' || seen.has(value) || value instanceof Node) return false;
        seen.add(value);
        // An answer looks like { phq9: "1" }: a question id holding one of the values "0"-"3".
        if (Object.entries(value).some(([key, answer]) => /^(phq|gad)\d$/.test(key) && /^[0-3]$/.test(String(answer)))) return true;
        return Object.values(value).some((child) => holdsAnswers(child, depth + 1));
      };
      const props: Record<string, unknown> = {};
      for (let proto: object | null = el; proto && proto !== HTMLElement.prototype; proto = Object.getPrototypeOf(proto)) {
        for (const key of Object.getOwnPropertyNames(proto)) {
          try {
            props[key] = (el as unknown as Record<string, unknown>)[key];
          } catch {
            // A getter that throws reveals nothing.
          }
        }
      }
      const leaks = Object.keys(props).filter((key) => holdsAnswers({ [key]: props[key] }, 0));
      expect(leaks).to.deep.equal([]);
      expect((el as unknown as { flow?: unknown }).flow).to.equal(undefined);
    });

    it("a page's click, input and key listeners never see an answer being chosen", async () => {
      const el = await started(html`<iop-self-check></iop-self-check>`);
      const seen: string[] = [];
      const spy = (event: Event) => {
        for (const node of event.composedPath()) {
          if (node instanceof HTMLInputElement || node instanceof HTMLLabelElement)
            seen.push(`${event.type}: ${node instanceof HTMLInputElement ? node.value : node.textContent}`);
        }
      };
      const types = ['click', 'input', 'change', 'keydown', 'keyup', 'focusin', 'pointerdown'];
      types.forEach((type) => document.addEventListener(type, spy));
      try {
        root(el).querySelector<HTMLLabelElement>('label[for="answer-2"]')!.click();
        root(el).querySelector<HTMLInputElement>('#answer-2')!.focus();
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
      } finally {
        types.forEach((type) => document.removeEventListener(type, spy));
      }
      expect(root(el).querySelector<HTMLInputElement>('#answer-3')!.checked).to.equal(true);
      expect(seen).to.deep.equal([]);
    });

    it('the host tells common session-replay tools not to record it', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check></iop-self-check>`);
      for (const name of ['data-hj-suppress', 'data-clarity-mask', 'data-private', 'data-dd-privacy', 'data-sentry-block']) {
        expect(el.hasAttribute(name), name).to.equal(true);
      }
      for (const name of ['rr-block', 'ph-no-capture', 'fs-exclude', 'sentry-block']) expect(el.classList.contains(name), name).to.equal(true);
    });
  });

  describe('remember (rule 11)', () => {
    it('the start screen says what is kept, where and until when', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check remember></iop-self-check>`);
      expect(root(el).textContent).to.contain('this browser tab keeps them until you see your result, press Start again or close the tab');
      expect(root(el).textContent).to.not.contain('nothing is saved');
    });

    it('what is stored is removed when the result is shown', async () => {
      sessionStorage.clear();
      const el = await started(html`<iop-self-check remember></iop-self-check>`);
      await answerThrough(el, ITEM9_ONLY);
      expect(Object.keys(sessionStorage)).to.deep.equal([]);
    });

    it('two self-checks on one page keep their own progress', async () => {
      sessionStorage.clear();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><iop-self-check id="a" remember></iop-self-check><iop-self-check id="b" remember></iop-self-check></div>`,
      );
      await widgetsRendered(wrapper);
      const [a, b] = wrapper.querySelectorAll<IopSelfCheck>('iop-self-check');
      await click(a, 'Start');
      root(a).querySelector<HTMLInputElement>('input[value="3"]')!.click();
      await click(a, 'Continue');
      await click(b, 'Start');
      expect(Object.keys(sessionStorage).sort()).to.deep.equal([`iop-self-check:${location.pathname}:a`, `iop-self-check:${location.pathname}:b`]);
      expect(sessionStorage.getItem(`iop-self-check:${location.pathname}:b`)).to.not.contain('phq1');
      sessionStorage.clear();
    });
  });

  describe('Spanish', () => {
    it('the printed date follows the widget language, in the long form', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check lang="es"></iop-self-check>`);
      for (let wait = 0; wait < 50 && headingText(el) === 'Is an IOP right for me?'; wait++) await new Promise((resolve) => setTimeout(resolve, 50));
      await click(el, 'Empezar');
      await answerThrough(el, ITEM9_ONLY, { continue: 'Continuar', continueCheck: 'Seguir con el cuestionario' });
      const printed = root(el).querySelector('.print-only')!.textContent!;
      const month = new Date().toLocaleDateString('es', { month: 'long' });
      expect(printed).to.contain(` de ${month} de ${new Date().getFullYear()}`);
    });

    it('the printed date is written without Intl for the common tags, through Intl for others', async () => {
      const { toLocaleDateString } = Date.prototype;
      // Intl's dates are counted as they are written: with toLocaleDateString or a (cached) Intl.DateTimeFormat.
      const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
      let intlCalls = 0;
      Date.prototype.toLocaleDateString = function (this: Date, ...args: Parameters<Date['toLocaleDateString']>) {
        intlCalls++;
        return toLocaleDateString.apply(this, args);
      };
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        ...format,
        get(this: Intl.DateTimeFormat) {
          intlCalls++;
          return format.get!.call(this);
        },
      });
      const printedIn = async (lang: string, start: string, texts: { continue: string; continueCheck: string }) => {
        const el = await fixture<IopSelfCheck>(html`<iop-self-check lang=${lang}></iop-self-check>`);
        for (let wait = 0; wait < 50 && start !== 'Start' && headingText(el) === 'Is an IOP right for me?'; wait++)
          await new Promise((resolve) => setTimeout(resolve, 50));
        await click(el, start);
        await answerThrough(el, ITEM9_ONLY, texts);
        return root(el).querySelector('.print-only')!.textContent!;
      };
      try {
        const [en, esMx] = [await printedIn('en-US', 'Start', ENGLISH), await printedIn('es-MX', 'Empezar', SPANISH)];
        expect(intlCalls).to.equal(0);
        const today = new Date();
        expect(en).to.contain(toLocaleDateString.call(today, 'en-US', { dateStyle: 'long' }));
        expect(esMx).to.contain(toLocaleDateString.call(today, 'es-MX', { dateStyle: 'long' }));
        // Peru writes its own month names: Intl still writes its date.
        expect(await printedIn('es-PE', 'Empezar', SPANISH)).to.contain(toLocaleDateString.call(today, 'es-PE', { dateStyle: 'long' }));
        expect(intlCalls).to.equal(1);
      } finally {
        Date.prototype.toLocaleDateString = toLocaleDateString;
        Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', format);
      }
    });
  });
});
