import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { clearFeedCache } from '../../src/article-cards/load.js';
import type { IopSelfCheck } from '../../src/self-check/self-check.js';
import { answerThrough, button, choose, click, headingText, questionName, root } from '../../stories/self-check-driver.js';
import { captureWarnings, shadow, widgetsRendered } from '../helpers.js';

const MEGABYTE = 'x'.repeat(1_000_000);
const BAD_VALUES = ['', '   ', 'nonsense', '-1', '1e9', 'NaN', '{', '[1,2', 'null', 'true', '{"a":1}', '[]', MEGABYTE];

/** Every attribute of every element, with the values it takes. */
const ATTRIBUTES: Record<string, string[]> = {
  'iop-benefits': ['layout', 'heading', 'heading-level', 'benefits', 'open', 'cta-label', 'cta-href', 'content', 'theme'],
  'iop-self-check': [
    'mode',
    'audience',
    'clinic-name',
    'phone',
    'cta-href',
    'cta-label',
    'quick-exit-url',
    'remember',
    'crisis-resources',
    'heading-level',
    'theme',
  ],
  'iop-crisis-help': ['compact', 'heading', 'heading-level', 'resources', 'theme'],
  'iop-article-cards': ['articles', 'src', 'layout', 'limit', 'sort', 'tags', 'show-more', 'timeout', 'heading-level', 'theme'],
  'iop-article-card': ['heading', 'href', 'excerpt', 'image', 'image-alt', 'date', 'author', 'tags', 'reading-time', 'heading-level', 'theme'],
};

describe('bad configuration of every attribute', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const originalFetch = window.fetch;
  before(() => {
    window.addEventListener('error', onError);
    // src values here must not reach the network: every request fails like a refused CORS fetch.
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.fetch = originalFetch;
  });
  beforeEach(() => {
    warnings = captureWarnings();
    clearFeedCache();
  });
  afterEach(() => warnings.restore());

  for (const [tag, attributes] of Object.entries(ATTRIBUTES)) {
    it(`<${tag}>: every attribute with ${BAD_VALUES.length} bad values renders, never throws, stays responsive`, async () => {
      const holder = await fixture<HTMLElement>(html`<section></section>`);
      const started = performance.now();
      for (const attribute of attributes) {
        for (const value of BAD_VALUES) {
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          el.setAttribute(attribute, value);
          holder.append(el);
          await el.updateComplete;
          expect(el.shadowRoot, `${attribute}="${value.slice(0, 20)}"`).to.exist;
          el.remove();
        }
      }
      const elapsed = performance.now() - started;
      expect(errors, errors.join('\n')).to.deep.equal([]);
      // About 130 renders, some of them with a megabyte attribute.
      expect(elapsed, `${elapsed.toFixed(0)} ms`).to.be.lessThan(5000);
    });
  }

  it('a megabyte heading is cut, with a warning naming the attribute', async () => {
    const el = await fixture(html`<iop-benefits heading=${MEGABYTE}></iop-benefits>`);
    expect(shadow(el).querySelector('h2')!.textContent!.length).to.equal(200);
    expect(warnings.messages.join('\n')).to.contain('<iop-benefits>: heading is 1000000 characters long; only the first 200 are shown');
  });

  it('a megabyte of JSON content is refused before parsing, with a warning', async () => {
    const el = await fixture(html`<iop-benefits content=${`{"heading":"${MEGABYTE}"}`}></iop-benefits>`);
    expect(shadow(el).querySelector('[part=notice]')).to.exist;
    expect(warnings.messages.join('\n')).to.contain('content is 1000014 characters long; the limit is 200000');
  });

  it('a CORS refusal is a friendly error with Try again, and other widgets keep working', async () => {
    const wrapper = await fixture(html`<div>
      <iop-article-cards src="https://elsewhere.example/feed.xml"></iop-article-cards>
      <iop-benefits></iop-benefits>
    </div>`);
    await widgetsRendered(wrapper);
    const [cards, benefits] = wrapper.children;
    await waitUntil(() => shadow(cards).querySelector('[role=alert]'));
    expect(shadow(cards).querySelector('[role=alert] button')!.textContent).to.equal('Try again');
    expect(warnings.messages.join('\n')).to.contain('could not be loaded (Failed to fetch)');
    expect(shadow(benefits).querySelectorAll('.accordion button')).to.have.length(7);
  });
});

describe('the self-check under random use (fast-check, in the browser)', () => {
  const ACTIONS = ['answer', 'continue', 'back', 'restart', 'exit', 'start'] as const;

  it('any sequence of answers, Back, Continue, Start again and quick exit keeps a consistent screen and the safety rules', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...ACTIONS), fc.nat(3)), { minLength: 5, maxLength: 45 }), async (plan) => {
        const el = await fixture<IopSelfCheck>(html`<iop-self-check quick-exit-url="/neutral"></iop-self-check>`);
        const exits: string[] = [];
        (el as unknown as { navigate: (url: string) => void }).navigate = (url) => exits.push(url);
        // The latest self-harm answer, as the element holds it (Start again and quick exit clear it).
        let selfHarm = 0;
        for (const [action, choice] of plan) {
          const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
          const on = (text: string) => [...root(el).querySelectorAll('button')].some((b) => b.textContent!.trim() === text);
          if (action === 'answer' && radios.length) {
            const name = questionName(el);
            await choose(el, radios[choice % radios.length].value);
            if (name === 'phq9') selfHarm = choice % radios.length;
          } else if (action === 'continue' && on('Continue')) await click(el, 'Continue');
          else if (action === 'continue' && on('Continue the check')) await click(el, 'Continue the check');
          else if (action === 'back' && on('Back')) await click(el, 'Back');
          else if (action === 'restart' && on('Start again')) {
            await click(el, 'Start again');
            selfHarm = 0;
          } else if (action === 'start' && on('Start')) await click(el, 'Start');
          else if (action === 'exit') {
            button(el, 'Exit this page').click();
            await el.updateComplete;
            expect(headingText(el)).to.equal('Is an IOP right for me?');
            expect(exits.at(-1)).to.equal('/neutral');
            selfHarm = 0;
          }
          // Invariants on every screen: one focus target heading, crisis help present, no error without a question.
          expect(root(el).querySelectorAll('#screen-heading')).to.have.length(1);
          expect(root(el).querySelector('iop-crisis-help'), `crisis help on "${headingText(el)}"`).to.exist;
          if (root(el).querySelector('.error-summary')) expect(questionName(el)).to.not.equal(null);
          const result = root(el).querySelector('[part=result]');
          if (result && selfHarm > 0) {
            expect(result.firstElementChild!.localName, 'crisis help first after a self-harm answer').to.equal('iop-crisis-help');
          }
        }
        // Finishing from wherever it stopped always reaches a valid result.
        if (!root(el).querySelector('[part=result]')) {
          if (headingText(el) === 'Is an IOP right for me?') await click(el, 'Start');
          await answerThrough(el, { care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' });
        }
        expect(root(el).querySelector('[part=result]')!.getAttribute('data-level')).to.be.a('string');
        el.remove();
      }),
      { numRuns: 40 },
    );
  });
});

describe('warnings stay short', () => {
  it('a megabyte value is quoted in at most 80 characters', async () => {
    const warnings = captureWarnings();
    try {
      const holder = await fixture<HTMLElement>(html`<section></section>`);
      for (const [tag, attribute] of [
        ['iop-benefits', 'layout'],
        ['iop-benefits', 'benefits'],
        ['iop-benefits', 'cta-href'],
        ['iop-self-check', 'phone'],
        ['iop-article-cards', 'limit'],
        ['iop-crisis-help', 'heading-level'],
      ]) {
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        el.setAttribute(attribute, MEGABYTE);
        holder.append(el);
        await el.updateComplete;
      }
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(6);
    for (const message of warnings.messages) expect(message.length, message.slice(0, 60)).to.be.below(300);
  });
});
