import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { answerThrough, choose, click } from '../../stories/self-check-driver.js';
import type { IopSelfCheck } from '../../src/self-check/self-check.js';
import { allElements } from '../fixtures/hostile.js';
import { backgroundOf, lowContrast, parse, ratio } from './measure.js';
import { captureWarnings } from '../helpers.js';

const THEMES = ['light', 'dark', 'high-contrast'] as const;
const ARTICLES = JSON.stringify([
  { title: 'How IOPs help', url: '/a', date: '2025-05-13', tags: ['IOP', 'Family'], author: 'Team', readingTime: 4, excerpt: 'Structured care.' },
  { title: 'Family sessions', url: '/b', tags: ['Family'] },
]);

/** Each widget in the states that show every kind of text it has. */
const STATES: Array<[string, (theme: string) => TemplateResult, ((el: Element) => Promise<void>)?]> = [
  [
    'benefits accordion, all open, with CTA and notice',
    (t) =>
      html`<iop-benefits theme=${t} open="structure evidence-based peer-support skills transitions family individualized" cta-label="Call us" cta-href="/x" layout="nonsense"></iop-benefits>`,
  ],
  ['benefits grid', (t) => html`<iop-benefits theme=${t} layout="grid"></iop-benefits>`],
  ['benefits list', (t) => html`<iop-benefits theme=${t} layout="list"></iop-benefits>`],
  ['crisis help', (t) => html`<iop-crisis-help theme=${t}></iop-crisis-help>`],
  ['crisis help compact', (t) => html`<iop-crisis-help theme=${t} compact></iop-crisis-help>`],
  ['self-check start with quick exit', (t) => html`<iop-self-check theme=${t} quick-exit-url="/x"></iop-self-check>`],
  [
    'self-check question with error',
    (t) => html`<iop-self-check theme=${t}></iop-self-check>`,
    async (el) => {
      await click(el as IopSelfCheck, 'Start');
      await click(el as IopSelfCheck, 'Continue');
    },
  ],
  [
    'self-check interrupt',
    (t) => html`<iop-self-check theme=${t}></iop-self-check>`,
    async (el) => {
      await click(el as IopSelfCheck, 'Start');
      for (const value of ['0', '0', '1']) {
        await choose(el as IopSelfCheck, value);
        await click(el as IopSelfCheck, 'Continue');
      }
    },
  ],
  [
    'self-check result',
    (t) => html`<iop-self-check theme=${t} cta-href="/x" phone="555 0100"></iop-self-check>`,
    async (el) => {
      await click(el as IopSelfCheck, 'Start');
      await answerThrough(el as IopSelfCheck, {
        phq1: '3',
        phq2: '3',
        phq9: '1',
        difficulty: '2',
        care: 'none',
        'safe-home': 'yes',
        attend: 'yes',
        support: 'yes',
      });
    },
  ],
  ['article cards with a topic selected', (t) => html`<iop-article-cards theme=${t} articles=${ARTICLES} tags="Family"></iop-article-cards>`],
  ['article cards error', (t) => html`<iop-article-cards theme=${t} articles="[oops"></iop-article-cards>`],
];

describe('contrast of every text and control, measured from the rendered colors', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  for (const theme of THEMES) {
    for (const [name, template, act] of STATES) {
      it(`${theme}: ${name}`, async () => {
        const el = await fixture(template(theme));
        if (act) await act(el);
        await waitUntil(() => el.shadowRoot!.childElementCount > 0);
        for (const inner of allElements(el.shadowRoot!)) await (inner as Element & { updateComplete?: Promise<unknown> }).updateComplete;
        const failures = lowContrast(el);
        for (const inner of allElements(el.shadowRoot!).filter((node) => node.shadowRoot)) failures.push(...lowContrast(inner));
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }
  }

  it('the measure catches a faint token a clinic might set', async () => {
    const el = await fixture(html`<iop-crisis-help style="--iop-color-text-muted: #bbbbbb"></iop-crisis-help>`);
    expect(lowContrast(el).some((failure) => failure.startsWith('text "Spanish:'))).to.equal(true);
  });

  it('the measure itself: grey #777 on white fails, black passes', async () => {
    const el = await fixture(html`<div><p style="color:#777;background:#fff">x</p><p style="color:#000;background:#fff">y</p></div>`);
    const [grey, black] = [...el.querySelectorAll('p')];
    expect(ratio(parse(getComputedStyle(grey).color), backgroundOf(grey))).to.be.lessThan(4.5);
    expect(ratio(parse(getComputedStyle(black).color), backgroundOf(black))).to.equal(21);
  });
});
