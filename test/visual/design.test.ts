import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { IopSelfCheck } from '../../src/self-check/self-check.js';
import { renderLadder } from '../../src/benefits/ladder.js';
import { DEFAULT_CONTENT } from '../../src/benefits/content.js';
import { answerThrough, button, choose, click, root } from '../../stories/self-check-driver.js';
import { allElements } from '../fixtures/hostile.js';
import { backgroundOf, over, parse, ratio, type Rgba } from '../theming/measure.js';
import { captureWarnings, itChromiumOnly, setViewport, shadow } from '../helpers.js';

/**
 * Issue 19's must-fix items, each measured on the rendered widgets: sizes, positions and colors as
 * a visitor gets them. The screenshot suite (scripts/check/screenshots.mjs) guards the rest by eye.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Renders a widget and waits for it and every widget inside it. */
async function mount<T extends Widget = Widget>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await el.updateComplete;
  for (const inner of allElements(shadow(el))) await (inner as Partial<Widget>).updateComplete;
  return el;
}

const box = (node: Element) => node.getBoundingClientRect();
/** Settles nested widgets (crisis help inside the self-check) after a screen change. */
async function settled(el: Widget): Promise<void> {
  await el.updateComplete;
  for (const inner of allElements(shadow(el))) await (inner as Partial<Widget>).updateComplete;
}

const TAGS = [
  'IntensiveOutpatientProgram',
  'IOP',
  'LongTermRecovery',
  'MentalHealthSupport',
  'OutpatientCare',
  'Family',
  'RecoveryJourney',
  'LifeTransitions',
  'Skills',
  'DBT',
];
const ARTICLES = JSON.stringify([
  {
    title: 'How Intensive Outpatient Programs support recovery',
    url: '/a',
    date: '2025-05-13',
    tags: TAGS.slice(0, 5),
    excerpt: 'Structured care while you live at home.',
  },
  { title: 'Family sessions', url: '/b', date: '2025-04-22', tags: TAGS.slice(5, 8) },
  { title: 'Skills you keep', url: '/c', date: '2025-03-02', tags: TAGS.slice(8) },
]);

/** A border every side, of at least `min` px, solid, standing out from what is behind the box. */
function borders(node: Element, min: number): string[] {
  const style = getComputedStyle(node);
  const problems: string[] = [];
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    if (width < min || kind !== 'solid') problems.push(`${node.localName}.${node.className} ${side} border ${width}px ${kind}`);
  }
  return problems;
}

/** The fill a control paints over what is around it, or null when it has none of its own. */
function fillOf(node: Element): Rgba | null {
  const own = parse(getComputedStyle(node).backgroundColor);
  if (own[3] === 0) return null;
  const around = backgroundOf(node.parentElement ?? (node.getRootNode() as ShadowRoot).host);
  const painted = over(own, around);
  return ratio(painted, around) < 1.2 ? null : painted;
}

describe('visual design (issue 19): the measured must-fix items', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    await setViewport({ width: 800, height: 600 });
  });

  it('1. every widget leaves the page its own background by default; a token paints one', async () => {
    for (const template of [
      html`<iop-benefits></iop-benefits>`,
      html`<iop-self-check></iop-self-check>`,
      html`<iop-crisis-help></iop-crisis-help>`,
      html`<iop-article-cards articles=${ARTICLES}></iop-article-cards>`,
    ]) {
      const el = await mount(template);
      expect(getComputedStyle(el).backgroundColor, el.localName).to.equal('rgba(0, 0, 0, 0)');
    }
    const painted = await mount(html`<iop-benefits style="--iop-background: rgb(250, 244, 232); --iop-padding: 1.5em"></iop-benefits>`);
    expect(getComputedStyle(painted).backgroundColor).to.equal('rgb(250, 244, 232)');
    expect(getComputedStyle(painted).paddingLeft).to.equal('24px');
    // A dark theme paints its own surface (its light text needs it), with room so text is not flush to the edge.
    const dark = await mount(html`<iop-benefits theme="dark"></iop-benefits>`);
    expect(parseFloat(getComputedStyle(dark).paddingLeft)).to.be.at.least(12);
  });

  it('2. the self-check keeps one column width on every screen at 1280 px', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mount<IopSelfCheck>(
      html`<iop-self-check quick-exit-url="https://www.example.com/" cta-href="/contact" phone="555 0100"></iop-self-check>`,
    );
    const widths: Record<string, number[]> = {};
    const measure = async (name: string) => {
      await settled(el);
      const screen = root(el).querySelector('[part=screen]')!;
      const parts = [screen, ...root(el).querySelectorAll('.progress, .error-summary, iop-crisis-help')];
      widths[name] = parts.map((node) => Math.round(box(node).width));
    };
    await measure('start');
    await click(el, 'Start');
    await measure('question');
    await click(el, 'Continue');
    await measure('error');
    for (const value of ['0', '0', '1']) {
      await choose(el, value);
      await click(el, 'Continue');
    }
    await measure('interrupt');
    await click(el, 'Continue the check');
    await answerThrough(el, { care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' });
    await measure('result');
    const all = Object.values(widths).flat();
    expect(new Set(all).size, JSON.stringify(widths)).to.equal(1);
    expect(all[0], 'a readable column, not the whole page').to.be.within(560, 760);
  });

  it('3. the error marks the whole question, its caption included', async () => {
    const el = await mount<IopSelfCheck>(html`<iop-self-check></iop-self-check>`);
    await click(el, 'Start');
    await click(el, 'Continue');
    await settled(el);
    const caption = root(el).querySelector('.caption')!;
    const message = root(el).querySelector('.error-message')!;
    expect(caption, 'the first question has a caption').to.exist;
    // The group is the element drawing the thick danger bar beside the question.
    let group: Element | null = message.parentElement;
    while (group && parseFloat(getComputedStyle(group).borderInlineStartWidth) < 3) group = group.parentElement;
    expect(group, 'an error bar around the message').to.exist;
    const bar = box(group!);
    const barStart = bar.left + parseFloat(getComputedStyle(group!).borderLeftWidth);
    const captionBox = box(caption);
    // Where the bar is painted: a rendered <legend> makes a fieldset's border start at the middle
    // of the legend, so the border box is not the bar. Such a group must not have one.
    const legend = group!.localName === 'fieldset' ? group!.querySelector(':scope > legend') : null;
    const barTop = legend && getComputedStyle(legend).float === 'none' ? box(legend).top + box(legend).height / 2 : bar.top;
    expect(barTop, 'the bar starts above the caption').to.be.at.most(captionBox.top + 1);
    expect(captionBox.left, 'the caption is right of the bar').to.be.at.least(barStart);
    for (const inside of [root(el).querySelector('#screen-heading')!, message, root(el).querySelector('.options')!]) {
      expect(box(inside).top).to.be.at.least(barTop);
      expect(box(inside).bottom).to.be.at.most(bar.bottom + 1);
    }
  });

  const panels = async (theme?: string) => {
    const benefits = await mount(html`<iop-benefits layout="grid" theme=${theme ?? 'light'}></iop-benefits>`);
    const crisis = await mount(html`<iop-crisis-help theme=${theme ?? 'light'}></iop-crisis-help>`);
    return [
      shadow(benefits).querySelector('[part=ladder]')!,
      ...shadow(benefits).querySelectorAll('[part=benefit]'),
      shadow(crisis).querySelector('[part=container]')!,
    ];
  };

  it('4. high contrast: the ladder panel, benefit cards and crisis panel have 2 px borders that stand out', async () => {
    const problems: string[] = [];
    for (const node of await panels('high-contrast')) {
      problems.push(...borders(node, 2));
      const style = getComputedStyle(node);
      const around = backgroundOf((node.getRootNode() as ShadowRoot).host);
      const contrast = ratio(over(parse(style.borderTopColor), around), around);
      if (contrast < 3) problems.push(`${node.localName} border ${contrast.toFixed(2)}:1`);
      // A box, not a bracket: the same border all round.
      if (style.borderLeftWidth !== style.borderTopWidth) problems.push(`${node.localName}: left ${style.borderLeftWidth}, top ${style.borderTopWidth}`);
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  itChromiumOnly('forced colors over CDP', '4. forced colors: the same panels keep 2 px borders all round', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const problems: string[] = [];
      for (const node of await panels()) problems.push(...borders(node, 2));
      expect(problems, problems.join('\n')).to.deep.equal([]);
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });

  it('5. on a 375 px phone the topic filter is one scrollable row of readable labels', async () => {
    await setViewport({ width: 375, height: 740 });
    const el = await mount(html`<iop-article-cards articles=${ARTICLES}></iop-article-cards>`);
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=filters] button')];
    expect(buttons).to.have.length(TAGS.length);
    const tops = new Set(buttons.map((b) => Math.round(box(b).top)));
    expect(tops.size, 'rows of topic buttons').to.equal(1);
    const row = buttons[0].parentElement!;
    expect(row.scrollWidth, 'the row scrolls sideways').to.be.greaterThan(row.clientWidth);
    expect(['auto', 'scroll']).to.include(getComputedStyle(row).overflowX);
    const labels = buttons.map((b) => b.textContent!.trim());
    expect(labels).to.include('Intensive Outpatient Program');
    expect(labels).to.include('IOP');
    expect(labels).to.include('DBT');
    // Topics take little room before the first card.
    const firstCard = shadow(el).querySelector('[part~=card], .card')!;
    expect(box(firstCard).top - box(shadow(el).querySelector('[part=filters]')!).top).to.be.at.most(110);
  });

  for (const width of [375, 1280]) {
    it(`6. at ${width} px the levels of care read as steps, the IOP step marked as this program`, async () => {
      await setViewport({ width, height: 900 });
      const el = await mount(html`<iop-benefits></iop-benefits>`);
      const bars = [...shadow(el).querySelectorAll('[part=ladder] .bar')].map(box);
      expect(bars).to.have.length(4);
      const horizontal = bars[0].width !== bars[3].width;
      // Each step a clear size up, on one baseline (left edges for bars, bottoms for columns).
      for (let i = 1; i < 4; i++) {
        const [previous, current] = horizontal ? [bars[i - 1].width, bars[i].width] : [bars[i - 1].height, bars[i].height];
        expect(current, `step ${i + 1} against step ${i}`).to.be.at.least(previous * 1.2);
      }
      // A bar, not a square (the phone layout of old): the longest rung is well longer than it is thick.
      if (horizontal) expect(bars[3].width, 'the largest step is well longer than it is thick').to.be.at.least(bars[3].height * 3);
      if (horizontal) expect(new Set(bars.map((b) => Math.round(b.left))).size, 'bars start on one edge').to.equal(1);
      else expect(new Set(bars.map((b) => Math.round(b.bottom))).size, 'columns stand on one baseline').to.equal(1);
      if (width === 375) expect(horizontal, 'on a phone the steps grow across the screen').to.equal(true);
      const current = shadow(el).querySelector('[part~=level-current]')!;
      const marker = [...current.querySelectorAll('*')].find((node) => node.textContent!.trim() === 'This program');
      expect(marker, 'the IOP step says it is this program').to.exist;
      expect(box(marker!).width).to.be.greaterThan(0);
    });
  }

  it('7. one type scale (about 1.25), the section heading above its items, lines near 65 characters', async () => {
    await setViewport({ width: 1280, height: 900 });
    const sizes = new Set<number>();
    const long: string[] = [];
    const canvas = document.createElement('canvas').getContext('2d')!;
    const collect = (el: Element) => {
      for (const node of allElements(shadow(el))) {
        const style = getComputedStyle(node);
        if (node.closest('.visually-hidden') || (node as HTMLElement).offsetParent === null) continue;
        const ownText = [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim());
        if (!ownText) continue;
        sizes.add(Math.round(parseFloat(style.fontSize) * 10) / 10);
        if (['p', 'li'].includes(node.localName) && style.display !== 'inline') {
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const characters = box(node).width / canvas.measureText('0').width;
          if (characters > 72) long.push(`${node.localName} "${node.textContent!.trim().slice(0, 30)}" ${Math.round(characters)}ch`);
        }
      }
    };
    const benefits = await mount(html`<iop-benefits open="structure"></iop-benefits>`);
    collect(benefits);
    collect(await mount(html`<iop-benefits layout="grid"></iop-benefits>`));
    collect(await mount(html`<iop-crisis-help></iop-crisis-help>`));
    collect(await mount(html`<iop-article-cards articles=${ARTICLES}></iop-article-cards>`));
    const check = await mount<IopSelfCheck>(html`<iop-self-check cta-href="/contact" phone="555 0100"></iop-self-check>`);
    collect(check);
    await click(check, 'Start');
    await settled(check);
    collect(check);
    await answerThrough(check, { phq1: '3', phq2: '3', phq9: '0', difficulty: '2', care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' });
    await settled(check);
    check.shadowRoot!.querySelector('details')?.setAttribute('open', '');
    collect(check);

    const sorted = [...sizes].sort((a, b) => a - b);
    expect(sorted.length, `sizes ${sorted.join(', ')}`).to.be.at.most(5);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i] / sorted[i - 1], `${sorted[i]}px after ${sorted[i - 1]}px`).to.be.within(1.18, 1.32);
    }
    const offers = getComputedStyle(shadow(benefits).querySelector('[part~=benefits-heading]')!).fontSize;
    const item = getComputedStyle(shadow(benefits).querySelector('[part=benefit-button]')!).fontSize;
    expect(parseFloat(offers), '"What an IOP offers" above its items').to.be.greaterThan(parseFloat(item));
    expect(long, long.join('\n')).to.deep.equal([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`8. ${theme}: a calm crisis bar on questions, strong red kept for the interrupt; one filled button per view`, async () => {
      await setViewport({ width: 375, height: 740 });
      const el = await mount<IopSelfCheck>(
        html`<iop-self-check theme=${theme} quick-exit-url="https://www.example.com/" cta-href="/contact"></iop-self-check>`,
      );
      const filledButtons = () => [...root(el).querySelectorAll('button, a')].filter((node) => (node as HTMLElement).offsetParent !== null && fillOf(node));
      expect(
        filledButtons().map((node) => node.textContent!.trim()),
        'start screen',
      ).to.have.length(1);
      await click(el, 'Start');
      await settled(el);
      expect(
        filledButtons().map((node) => node.textContent!.trim()),
        'question screen',
      ).to.have.length(1);

      const bar = shadow(root(el).querySelector('iop-crisis-help')!).querySelector('aside')!;
      const [r, g, b] = backgroundOf(bar);
      expect(r - Math.max(g, b), `the crisis bar's background rgb(${r}, ${g}, ${b}) is not red`).to.be.at.most(8);
      expect(parseFloat(getComputedStyle(bar).borderInlineStartWidth), 'a thin accent').to.be.at.most(4);

      // Exit and Continue: one filled, the other not; told apart without color.
      const exit = button(el, 'Exit this page');
      const next = button(el, 'Continue');
      expect(fillOf(next), 'Continue is the filled button').to.not.equal(null);
      expect(fillOf(exit), 'Exit is not filled').to.equal(null);

      for (const value of ['0', '0', '1']) {
        await choose(el, value);
        await click(el, 'Continue');
      }
      await settled(el);
      const urgent = shadow(root(el).querySelector('.interrupt iop-crisis-help')!);
      const call = urgent.querySelector<HTMLAnchorElement>('a[href="tel:988"]')!;
      const [cr, cg, cb] = fillOf(call) ?? [0, 0, 0];
      expect(cr - Math.max(cg, cb), 'the interrupt keeps its strong red call button').to.be.at.least(60);
      const urgentBox = urgent.querySelector('aside')!;
      expect(parseFloat(getComputedStyle(urgentBox).borderInlineStartWidth), 'and its strong accent').to.be.at.least(4);
    });
  }

  describe('polish', () => {
    it('the ladder stands alone: another widget can mark another rung', () => {
      const host = document.createElement('div');
      render(renderLadder({ ...DEFAULT_CONTENT, ladderCurrent: 'Suggested' }, 3, 'php'), host);
      const current = host.querySelectorAll('[part~=level-current]');
      expect(current).to.have.length(1);
      expect(current[0].textContent).to.contain('Partial hospitalization');
      expect(current[0].querySelector('.here')!.textContent).to.equal('Suggested');
      expect(host.querySelector('h3')!.textContent).to.equal(DEFAULT_CONTENT.ladderHeading);
    });

    it("focus moves to each screen's heading without drawing a box there", async () => {
      const el = await mount<IopSelfCheck>(html`<iop-self-check></iop-self-check>`);
      await click(el, 'Start');
      await settled(el);
      const heading = root(el).querySelector('#screen-heading')!;
      expect(root(el).activeElement).to.equal(heading);
      expect(getComputedStyle(heading).outlineStyle).to.equal('none');
    });

    it('crisis links carry a decorative icon; a card shows at most three topics', async () => {
      const crisis = await mount(html`<iop-crisis-help></iop-crisis-help>`);
      for (const link of shadow(crisis).querySelectorAll('[part~=action]')) {
        const icon = link.querySelector('svg.icon');
        expect(icon?.getAttribute('aria-hidden'), link.textContent!).to.equal('true');
        expect(box(icon!).width).to.be.within(16, 26);
      }
      const cards = await mount(html`<iop-article-cards articles=${ARTICLES}></iop-article-cards>`);
      const first = shadow(cards).querySelector('[part=tags]')!;
      const shown = [...first.querySelectorAll('li')].filter((li) => li.getClientRects().length > 0);
      expect(shown).to.have.length(3);
    });
  });
});
