import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/self-check/define.js';
import type { IopSelfCheck } from '../../src/self-check/self-check.js';
import type { IopSelfCheckCompleteEvent } from '../../src/self-check/events.js';
import { accessibleNodes, captureWarnings, deepActiveElement, itChromiumOnly, widgetsRendered, watchQuickExit, whilePrinting } from '../helpers.js';
import { answerThrough, button, choose, click, headingText, questionName, root } from '../../stories/self-check-driver.js';

import { CONTEXT_OK, LEVEL_PATHS as LEVEL_ANSWERS } from './answer-paths.js';

async function started(template = html`<iop-self-check cta-href="/contact" phone="(555) 555-0100"></iop-self-check>`) {
  const el = await fixture<IopSelfCheck>(template);
  await click(el, 'Start');
  return el;
}

describe('<iop-self-check>', () => {
  describe('start screen', () => {
    it('says what it is, that it is private and not a diagnosis, and offers crisis help', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check></iop-self-check>`);
      expect(headingText(el)).to.equal('Is an IOP right for me?');
      const text = root(el).textContent!;
      expect(text).to.contain('about 3 minutes');
      expect(text).to.contain('stay on this device');
      expect(text).to.contain('not a diagnosis');
      expect(root(el).querySelector('iop-crisis-help')).to.exist;
      expect(root(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Is an IOP right for me?');
      await expect(el).to.be.accessible();
    });

    it('parent wording says the screener items are for the young person', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check audience="parent"></iop-self-check>`);
      expect(root(el).textContent).to.contain('your child answers them');
    });

    it('parent mode says when the young person’s part is over, on the first question about care', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check audience="parent"></iop-self-check>`);
      await click(el, 'Start');
      for (let guard = 0; guard < 20 && questionName(el) !== 'care'; guard++) {
        expect(root(el).textContent).to.not.contain('Parent or caregiver');
        await choose(el, '0');
        await click(el, 'Continue');
      }
      expect(headingText(el)).to.equal('What care is your child getting now?');
      const caption = root(el).querySelector('#caption')!;
      expect(caption.textContent).to.equal('Parent or caregiver: the questions from here on are for you.');
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('caption');
      await expect(el).to.be.accessible();
    });

    it('youth wording names ages 12 to 17', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check audience="youth"></iop-self-check>`);
      expect(root(el).textContent).to.contain('ages 12 to 17');
    });
  });

  describe('question screens', () => {
    it('Start shows the first item verbatim in a fieldset, radios unselected, progress, focus on the heading', async () => {
      const el = await started();
      const legend = root(el).querySelector('fieldset > legend')!;
      expect(legend.textContent).to.contain('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
      expect(headingText(el)).to.equal('Little interest or pleasure in doing things');
      const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
      expect(radios.map((r) => root(el).querySelector(`label[for=${r.id}]`)!.textContent)).to.deep.equal([
        'Not at all',
        'Several days',
        'More than half the days',
        'Nearly every day',
      ]);
      expect(radios.some((r) => r.checked)).to.equal(false);
      expect(root(el).querySelector('.progress p')!.textContent).to.equal('Question 1 of 22');
      expect(deepActiveElement()).to.equal(root(el).querySelector('#screen-heading'));
      expect(root(el).querySelector('[aria-live=polite]')!.textContent).to.equal('Question 1 of 22');
      await expect(el).to.be.accessible();
    });

    it('Continue with no answer shows "There is a problem", focuses it, and links to the first radio', async () => {
      const el = await started();
      await click(el, 'Continue');
      const summary = root(el).querySelector<HTMLElement>('.error-summary')!;
      // Same level as the question's heading after it (h2 by default), so the page outline stays whole.
      expect(summary.querySelector('h2')!.textContent).to.equal('There is a problem');
      expect(deepActiveElement()).to.equal(summary);
      const link = summary.querySelector('a')!;
      const inline = root(el).querySelector('.error-message')!;
      expect(inline.textContent).to.contain(link.textContent!);
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('error');
      await expect(el).to.be.accessible();
      link.click();
      expect(deepActiveElement()).to.equal(root(el).querySelector('#answer-0'));
      await choose(el, '1');
      await click(el, 'Continue');
      expect(root(el).querySelector('.error-summary')).to.equal(null);
      expect(questionName(el)).to.equal('phq2');
    });

    it('Back returns to the previous question with its answer, and from the first to the start', async () => {
      const el = await started();
      await choose(el, '2');
      await click(el, 'Continue');
      await click(el, 'Back');
      expect(questionName(el)).to.equal('phq1');
      expect(root(el).querySelector<HTMLInputElement>('input[value="2"]')!.checked).to.equal(true);
      expect(deepActiveElement()).to.equal(root(el).querySelector('#screen-heading'));
      await click(el, 'Back');
      expect(headingText(el)).to.equal('Is an IOP right for me?');
    });

    it('brief mode follows a positive PHQ-2 with the rest of the PHQ-9', async () => {
      const el = await started();
      const seen = await answerThrough(el, { phq1: '2', phq2: '2', ...CONTEXT_OK });
      expect(seen.slice(0, 9)).to.deep.equal(['phq1', 'phq2', 'phq3', 'phq4', 'phq5', 'phq6', 'phq7', 'phq8', 'phq9']);
    });

    it('full mode asks all 16 screener items', async () => {
      const el = await started(html`<iop-self-check mode="full"></iop-self-check>`);
      const seen = await answerThrough(el, CONTEXT_OK);
      expect(seen.filter((id) => /^(phq|gad)\d$/.test(id))).to.have.length(16);
    });

    itChromiumOnly('accessibility tree', 'works by keyboard alone: Tab to the answers, arrows to choose, Enter to continue', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check></iop-self-check>`);
      button(el, 'Start').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(root(el).querySelector('#screen-heading'));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(root(el).querySelector('#answer-0'));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(root(el).querySelector<HTMLInputElement>('#answer-1')!.checked).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(questionName(el)).to.equal('phq2');
      expect(deepActiveElement()).to.equal(root(el).querySelector('#screen-heading'));
      // Shift+Tab from the heading reaches Back.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActiveElement() === root(el).querySelector('[part=back]')).to.equal(true);
      // The GOV.UK back link, named "Back" for a screen reader: the arrow in front of it is decoration.
      expect((await accessibleNodes('link')).map((node) => node.name)).to.include('Back');
      // Enter on it goes back one question, the page's address unchanged.
      const address = location.href;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(questionName(el)).to.equal('phq1');
      expect(location.href).to.equal(address);
    });

    it('options are at least 44 px tall, and nothing overflows at 320 px', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:320px"><iop-self-check quick-exit-url="https://www.example.com"></iop-self-check></div>`,
      );
      await widgetsRendered(wrapper);
      const el = wrapper.querySelector<IopSelfCheck>('iop-self-check')!;
      await click(el, 'Start');
      for (const label of root(el).querySelectorAll('label')) expect(label.getBoundingClientRect().height).to.be.at.least(44);
      for (const node of root(el).querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    });
  });

  describe('safety', () => {
    it('item 9 above "Not at all" interrupts at once with crisis help first; the visitor may continue', async () => {
      const el = await started();
      for (const [id, value] of [
        ['phq1', '0'],
        ['phq2', '0'],
        ['phq9', '1'],
      ]) {
        expect(questionName(el)).to.equal(id);
        await choose(el, value);
        await click(el, 'Continue');
      }
      expect(headingText(el)).to.equal('Please reach out for support now');
      expect(deepActiveElement()).to.equal(root(el).querySelector('#screen-heading'));
      const crisis = root(el).querySelector('iop-crisis-help')!;
      expect(crisis.hasAttribute('compact')).to.equal(false);
      await (crisis as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const links = [...crisis.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.include.members(['tel:988', 'sms:988', 'tel:911']);
      await expect(el).to.be.accessible();
      await click(el, 'Continue the check');
      // With self-harm thoughts brief mode asks the rest of the PHQ-9 (flow.ts says why).
      expect(questionName(el)).to.equal('phq3');
    });

    it('get-help-now: crisis help first, no IOP call to action, 988 and 911 named', async () => {
      const el = await started();
      setTimeout(() => answerThrough(el, LEVEL_ANSWERS['get-help-now']));
      const done = (await oneEvent(el, 'iop-self-check-complete')) as IopSelfCheckCompleteEvent;
      expect(done.detail).to.deep.equal({ level: 'get-help-now' });
      await el.updateComplete;
      const result = root(el).querySelector('[part=result]')!;
      expect(result.firstElementChild!.localName).to.equal('iop-crisis-help');
      expect(result.querySelector('[part=cta]')).to.equal(null);
      expect(result.querySelector('a.phone')).to.equal(null);
      expect(headingText(el)).to.equal('Please get help now');
      expect(result.textContent).to.contain('988');
      expect(result.textContent).to.contain('911');
    });

    it('crisis help is reachable on every screen, including every result', async () => {
      for (const [level, answers] of Object.entries(LEVEL_ANSWERS)) {
        const el = await started();
        expect(root(el).querySelector('iop-crisis-help'), `question screen (${level})`).to.exist;
        await answerThrough(el, answers);
        const result = root(el).querySelector('[part=result]')!;
        expect(result.getAttribute('data-level')).to.equal(level);
        expect(result.querySelector('iop-crisis-help'), level).to.exist;
        expect(result.textContent).to.contain('not a diagnosis');
        expect(result.textContent).to.contain('Developed by Drs. Robert L. Spitzer');
      }
    });
  });

  describe('results', () => {
    it('the details name item 9 beside the totals when it is above 0 (rule 7: "minimal" never stands alone), and not at 0', async () => {
      const el = await started();
      await answerThrough(el, { phq9: '1', care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' });
      const details = root(el).querySelector('details.scores')!.textContent!;
      expect(details).to.contain('PHQ-9 item 9 (thoughts of death or of self-harm): Several days');
      const calm = await started();
      await answerThrough(calm, { phq9: '0', care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' });
      expect(root(calm).querySelector('details.scores')!.textContent).to.not.contain('item 9');
    });

    for (const [level, answers] of Object.entries(LEVEL_ANSWERS)) {
      it(`${level}: heading focused, reasons, scores, next steps, axe clean`, async () => {
        const el = await started();
        await answerThrough(el, answers);
        const result = root(el).querySelector('[part=result]')!;
        expect(result.getAttribute('data-level')).to.equal(level);
        // Rule 13: where crisis help comes first, focus goes to it; elsewhere to the result's heading.
        // (also after "cannot stay safe at home", the more-support answers here).
        const crisisFirst = level === 'get-help-now' || level === 'more-support-than-iop';
        const focusTarget = crisisFirst ? result.querySelector('iop-crisis-help') : root(el).querySelector('#screen-heading');
        if (crisisFirst) expect(focusTarget!.getAttribute('role')).to.equal('region');
        expect(deepActiveElement() === focusTarget, 'focus').to.equal(true);
        expect(root(el).querySelector('[aria-live=polite]')!.textContent).to.contain('The result is ready.');
        expect(result.querySelector('.next-steps')!.children.length, 'next steps').to.be.greaterThan(0);
        const scores = result.querySelector('details.scores')!;
        expect(scores.querySelector('summary')!.textContent).to.equal('Details for a professional');
        expect(scores.textContent).to.match(/PHQ-(9|2) \(mood\): \d+ of (27|6)/);
        // "Get help now" ends the check at the interrupt: only the tools that were asked are listed.
        if (level !== 'get-help-now') expect(scores.textContent).to.match(/GAD-(7|2) \(anxiety\): \d+ of (21|6)/);
        else expect(scores.textContent).to.not.contain('GAD');
        // Plain words in the main text: instrument names and scores only in the details (presentation rules).
        const mainText = [...result.children]
          .filter((node) => node !== scores && !node.classList.contains('attribution'))
          .map((node) => node.textContent)
          .join(' ');
        expect(mainText).to.not.match(/PHQ|GAD|cut-off/);
        if (level === 'more-support-than-iop') {
          // An urgent evaluation is the next step: no IOP call to action, the clinic's phone for an evaluation.
          expect(result.querySelector('[part=cta]') === null, 'no IOP call to action').to.equal(true);
          expect(result.querySelector<HTMLAnchorElement>('a.phone')!.getAttribute('href')).to.equal('tel:5555550100');
          expect(result.textContent).to.contain('What an urgent evaluation is').and.not.contain('What an IOP is like');
        } else if (level !== 'get-help-now') {
          expect(result.querySelector<HTMLAnchorElement>('[part=cta]')!.getAttribute('href')).to.equal('/contact');
          expect(result.querySelector<HTMLAnchorElement>('a.phone')!.getAttribute('href')).to.equal('tel:5555550100');
          expect(result.textContent).to.contain('What an IOP is like');
        }
        await expect(el).to.be.accessible();
      });
    }

    it('moderate PHQ-9 is shown with its band', async () => {
      const el = await started();
      await answerThrough(el, LEVEL_ANSWERS['iop-may-fit']);
      expect(root(el).querySelector('[part=result]')!.textContent).to.contain('PHQ-9 (mood): 10 of 27, moderate');
    });

    it('Start again clears everything; Back returns to the last question', async () => {
      const el = await started();
      await answerThrough(el, LEVEL_ANSWERS['no-clear-need']);
      await click(el, 'Back');
      expect(questionName(el)).to.equal('support');
      await click(el, 'Continue');
      await click(el, 'Start again');
      expect(headingText(el)).to.equal('Is an IOP right for me?');
      await click(el, 'Start');
      expect(root(el).querySelector<HTMLInputElement>('input:checked')).to.equal(null);
    });

    it('the call to action fires a cancelable iop-cta-click with the level only', async () => {
      const el = await started();
      await answerThrough(el, LEVEL_ANSWERS['iop-may-fit']);
      const cta = root(el).querySelector<HTMLAnchorElement>('[part=cta]')!;
      el.addEventListener('iop-cta-click', (event) => event.preventDefault(), { once: true });
      setTimeout(() => cta.click());
      const event = await oneEvent(el, 'iop-cta-click');
      expect(event.detail).to.deep.equal({ level: 'iop-may-fit', href: '/contact' });
      expect(event.defaultPrevented).to.equal(true);
    });

    it('prints a summary of only the self-check', async () => {
      const el = await started();
      await answerThrough(el, LEVEL_ANSWERS['no-clear-need']);
      let printing = false;
      await whilePrinting(
        () => click(el, 'Print or save the summary'),
        () => (printing = el.hasAttribute('data-iop-printing') && document.adoptedStyleSheets.length > 0),
      );
      expect(printing).to.equal(true);
      expect(el.hasAttribute('data-iop-printing')).to.equal(false);
    });
  });

  describe('privacy', () => {
    it('no request, cookie or storage on the whole path, and events carry no answers', async () => {
      const requests: string[] = [];
      const originalFetch = window.fetch;
      const originalOpen = XMLHttpRequest.prototype.open;
      const originalBeacon = navigator.sendBeacon;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        requests.push(`fetch ${String(args[0])}`);
        return originalFetch(...args);
      };
      XMLHttpRequest.prototype.open = function (...args: unknown[]) {
        requests.push(`xhr ${String(args[1])}`);
        return (originalOpen as (...a: unknown[]) => void).apply(this, args);
      };
      navigator.sendBeacon = (url: string | URL) => {
        requests.push(`beacon ${String(url)}`);
        return true;
      };
      const resourcesBefore = performance.getEntriesByType('resource').length;
      const cookie = document.cookie;
      const storage = [sessionStorage.length, localStorage.length];
      const details: unknown[] = [];
      const record = (event: Event) => details.push((event as CustomEvent).detail);
      const names = ['iop-self-check-start', 'iop-self-check-step', 'iop-self-check-complete'];
      names.forEach((name) => document.addEventListener(name, record));
      try {
        const el = await started();
        await answerThrough(el, { phq1: '3', phq2: '3', phq9: '1', ...CONTEXT_OK });
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        window.fetch = originalFetch;
        XMLHttpRequest.prototype.open = originalOpen;
        navigator.sendBeacon = originalBeacon;
        names.forEach((name) => document.removeEventListener(name, record));
      }
      expect(requests).to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length).to.equal(resourcesBefore);
      expect(document.cookie).to.equal(cookie);
      expect([sessionStorage.length, localStorage.length]).to.deep.equal(storage);
      expect(details.length).to.be.greaterThan(5);
      for (const detail of details) {
        expect(Object.keys(detail as object)).to.satisfy((keys: string[]) =>
          keys.every((key) => ['mode', 'audience', 'index', 'total', 'level'].includes(key)),
        );
      }
    });

    const storedKeys = () => Object.keys(sessionStorage).filter((key) => key.startsWith('iop-self-check:'));

    it('remember keeps progress in sessionStorage only, from the first Continue, and Start again clears it', async () => {
      sessionStorage.clear();
      const el = await started(html`<iop-self-check remember></iop-self-check>`);
      await choose(el, '2');
      // Choosing an answer stores nothing: only a finished screen is kept.
      const key = `iop-self-check:${location.pathname}:0`;
      expect(storedKeys()).to.deep.equal([key]);
      expect(sessionStorage.getItem(key)).to.not.contain('phq1');
      await click(el, 'Continue');
      expect(sessionStorage.getItem(key)).to.contain('"phq1":"2"');
      expect(localStorage.length).to.equal(0);
      // A reload: the same element in the same place picks up where it was.
      el.remove();
      const again = await fixture<IopSelfCheck>(html`<iop-self-check remember></iop-self-check>`);
      expect(questionName(again)).to.equal('phq2');
      await click(again, 'Back');
      await click(again, 'Back');
      await click(again, 'Start');
      await click(again, 'Back');
      expect(storedKeys()).to.deep.equal([]);
      sessionStorage.clear();
    });

    it('stored junk is ignored', async () => {
      const key = `iop-self-check:${location.pathname}:0`;
      sessionStorage.setItem(key, '{"mode":"brief","screen":"result","answers":{"phq1":"<img>"},"index":-5}');
      const el = await fixture<IopSelfCheck>(html`<iop-self-check remember></iop-self-check>`);
      expect(questionName(el)).to.equal('phq1');
      el.remove();
      sessionStorage.setItem(key, 'not json');
      const other = await fixture<IopSelfCheck>(html`<iop-self-check remember></iop-self-check>`);
      expect(headingText(other)).to.equal('Is an IOP right for me?');
      sessionStorage.clear();
    });
  });

  describe('quick exit', () => {
    it('is off unless quick-exit-url is set', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check></iop-self-check>`);
      expect(root(el).querySelector('[part=quick-exit]')).to.equal(null);
    });

    it('the button clears the answers and replaces the page', async () => {
      const el = await started(html`<iop-self-check quick-exit-url="https://www.example.com/weather"></iop-self-check>`);
      const visited = watchQuickExit(el);
      await choose(el, '3');
      await click(el, 'Exit this page');
      expect(visited).to.deep.equal(['https://www.example.com/weather']);
      expect(headingText(el)).to.equal('Is an IOP right for me?');
    });

    it('Shift pressed 3 times exits; other keys in between reset the count', async () => {
      const el = await started(html`<iop-self-check quick-exit-url="/neutral"></iop-self-check>`);
      const visited = watchQuickExit(el);
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'a' });
      await sendKeys({ press: 'Shift' });
      expect(visited).to.deep.equal([]);
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(visited).to.deep.equal(['/neutral']);
    });

    it('stops listening once removed from the page', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check quick-exit-url="/neutral"></iop-self-check>`);
      const visited = watchQuickExit(el);
      el.remove();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(visited).to.deep.equal([]);
    });

    it('with the exit button the start screen is still axe clean', async () => {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check quick-exit-url="/neutral"></iop-self-check>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad attributes', () => {
    let capture: ReturnType<typeof captureWarnings>;
    beforeEach(() => (capture = captureWarnings()));
    afterEach(() => capture.restore());

    const cases: Array<[string, string, RegExp]> = [
      ['mode', 'everything', /<iop-self-check>: mode "everything"/],
      ['audience', 'kids', /<iop-self-check>: audience "kids"/],
      ['cta-href', 'javascript:alert(1)', /<iop-self-check>: cta-href/],
      ['quick-exit-url', 'javascript:alert(1)', /<iop-self-check>: quick-exit-url/],
      ['phone', 'call us', /<iop-self-check>: phone "call us"/],
    ];
    for (const [name, value, warning] of cases) {
      it(`${name}="${value}" warns, shows a note and still works`, async () => {
        const el = document.createElement('iop-self-check');
        el.setAttribute(name, value);
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await el.updateComplete;
        expect(
          capture.messages.some((message) => warning.test(message)),
          capture.messages.join('\n'),
        ).to.equal(true);
        expect(root(el).querySelector('[part=notice]')).to.exist;
        await click(el, 'Start');
        expect(questionName(el)).to.equal('phq1');
        expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
      });
    }
  });
});

describe('<iop-self-check> heading levels', () => {
  it('heading-level="4" puts the error summary and the question both at h4', async () => {
    const el = await fixture<IopSelfCheck>(html`<iop-self-check heading-level="4"></iop-self-check>`);
    await click(el, 'Start');
    await click(el, 'Continue');
    const levels = [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((node) => `${node.localName} ${node.textContent!.trim()}`);
    expect(levels).to.deep.equal(['h4 There is a problem', 'h4 Little interest or pleasure in doing things']);
    // Sized by role: the question's heading stays the largest whatever its level.
    const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
    const [errorTitle, question] = root(el).querySelectorAll('h4');
    expect(size(question)).to.be.greaterThan(size(errorTitle));
    await answerThrough(el, { phq9: '1', ...CONTEXT_OK });
    const subheadings = [...root(el).querySelectorAll('[part=result] h5')];
    expect(subheadings.length).to.be.greaterThan(0);
    for (const subheading of subheadings) expect(size(root(el).querySelector('#screen-heading')!)).to.be.greaterThan(size(subheading));
  });

  it('heading-level="6" keeps every heading at 6 and warns about nothing', async () => {
    const capture = captureWarnings();
    try {
      const el = await fixture<IopSelfCheck>(html`<iop-self-check heading-level="6"></iop-self-check>`);
      await click(el, 'Start');
      await answerThrough(el, { phq9: '1', ...CONTEXT_OK });
      await new Promise((resolve) => setTimeout(resolve));
      expect(root(el).querySelector('#screen-heading')!.localName).to.equal('h6');
      expect(capture.messages).to.deep.equal([]);
    } finally {
      capture.restore();
    }
  });
});
