import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import '../../src/index.js';
import { allElements } from '../fixtures/hostile.js';
import { itChromiumOnly, shadow, widgetsRendered } from '../helpers.js';

/** Rules a careless theme or plugin might put on a clinic page. */
const HOSTILE_CSS = `
  * { all: revert; }
  html { font-size: 40px; }
  * { box-sizing: content-box !important; letter-spacing: 4px; text-transform: uppercase; line-height: 0.6; }
  div, section, ul, li, p { display: none !important; }
  button, a { background: white !important; color: white !important; border: 0 !important; font-size: 2px !important; }
  h1, h2, h3, h4 { color: white !important; font-size: 90px !important; }
  [hidden] { display: block !important; }
  input { display: none !important; }
`;

/** The color actually behind a node: its own background, or the nearest ancestor's (across shadow roots). */
function backgroundBehind(node: Element): string {
  for (let current: Element | null = node; current;) {
    const color = getComputedStyle(current).backgroundColor;
    if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
    current = current.parentElement ?? (current.getRootNode() as ShadowRoot).host ?? null;
  }
  return 'rgb(255, 255, 255)';
}

/** Mounts into an <article> on body: the page's own `div { display: none }` would hide any div wrapper. */
async function mount(template: TemplateResult): Promise<HTMLElement> {
  const container = document.createElement('article');
  document.body.append(container);
  render(template, container);
  const el = container.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  await widgetsRendered(container);
  return el;
}

describe('a hostile host page', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  after(() => style.remove());
  afterEach(() => document.querySelectorAll('body > article').forEach((node) => node.remove()));

  const widgets = [
    ['iop-benefits', html`<iop-benefits open="structure" cta-label="Call us" cta-href="/x"></iop-benefits>`],
    ['iop-self-check', html`<iop-self-check></iop-self-check>`],
    ['iop-crisis-help', html`<iop-crisis-help></iop-crisis-help>`],
    [
      'iop-article-cards',
      html`<iop-article-cards articles='[{"title":"One","url":"/1","tags":["a"]},{"title":"Two","url":"/2","tags":["b"]}]'></iop-article-cards>`,
    ],
  ] as const;

  for (const [name, template] of widgets) {
    it(`${name} stays visible, readable and usable`, async () => {
      const el = await mount(template);
      const box = el.getBoundingClientRect();
      expect(box.height, 'rendered height').to.be.greaterThan(50);
      for (const node of shadow(el).querySelectorAll<HTMLElement>('button, a, h2, p')) {
        const css = getComputedStyle(node);
        if (node.closest('[hidden]') || node.offsetParent === null) continue;
        expect(css.color, `${node.localName} "${node.textContent?.trim().slice(0, 20)}" color on its background`).to.not.equal(backgroundBehind(node));
        expect(parseFloat(css.fontSize), `${node.localName} font size`).to.be.at.least(12);
        expect(css.textTransform).to.equal('none');
        expect(css.display).to.not.equal('none');
      }
      for (const target of shadow(el).querySelectorAll<HTMLElement>('button, a')) {
        if (target.offsetParent === null) continue;
        const rect = target.getBoundingClientRect();
        expect(Math.max(rect.height, rect.width), `${target.textContent} target`).to.be.at.least(24);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('the accordion still hides closed panels', async () => {
    const el = await mount(html`<iop-benefits></iop-benefits>`);
    expect(getComputedStyle(shadow(el).querySelector('.panel')!).display).to.equal('none');
  });
});

/**
 * A WordPress-like theme: `html { font-size: 62.5% }` (so the theme's 1rem is 10px), body text
 * set back up in rem, and a box-sizing reset that a careless theme applies to everything.
 */
const WORDPRESS_CSS = `
  html { font-size: 62.5%; }
  body { font-size: 1.6rem; }
  * { box-sizing: content-box; }
  .entry-content * { font-size: 1.2rem; }
`;

const setDefaultFontSize = (size: number) => executeServerCommand('set-default-font-size', { size });

/** Every element inside a widget, its own and nested widgets' shadow roots included. */
const inside = (el: Element) => allElements(shadow(el));
const px = (node: Element, property: 'fontSize' | 'paddingTop') => parseFloat(getComputedStyle(node)[property]);
/** Elements whose own text a visitor reads (not hidden, not the visually hidden helpers). */
const readable = (el: Element) =>
  inside(el).filter(
    (node) =>
      (node as HTMLElement).offsetParent !== null &&
      !node.closest('.visually-hidden') &&
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()),
  );

/** The visitor's default text size, as the browser resolves `medium`, measured in this page. */
function defaultSize(): number {
  const probe = document.createElement('span');
  probe.style.fontSize = 'medium';
  document.body.append(probe);
  const size = px(probe, 'fontSize');
  probe.remove();
  return size;
}

/*
 * Thresholds, and why: body text at the visitor's default size (16px unless they changed it),
 * which is what WCAG's resize and reflow rules and the common 16px body minimum assume; secondary
 * text (card meta, notes, small print) at 0.875-0.95 of it, so never below 14px by default, the
 * smallest size the US Web Design System and GOV.UK use for secondary text. Before the fix, this
 * page made the widgets' text 10px and the article meta 9px.
 */
describe('a WordPress-like page: html { font-size: 62.5% } and * { box-sizing: content-box }', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = WORDPRESS_CSS;
    document.head.append(style);
  });
  after(() => style.remove());
  afterEach(() => document.querySelectorAll('body > article').forEach((node) => node.remove()));

  /** Each widget, and where its running text (its body text) is. */
  const widgets = [
    [
      'iop-benefits',
      html`<iop-benefits class="entry-content" open="structure" cta-label="Call us" cta-href="/x"></iop-benefits>`,
      '[part=intro] p, [part=benefit-body] p',
    ],
    ['iop-self-check', html`<iop-self-check></iop-self-check>`, 'p:not(.visually-hidden)'],
    ['iop-crisis-help', html`<iop-crisis-help></iop-crisis-help>`, 'li > span:not(.actions, .note)'],
    [
      'iop-article-cards',
      html`<iop-article-cards articles='[{"title":"One","url":"/1","date":"2025-05-06","author":"Team","tags":["a"],"excerpt":"Structured care."}]'></iop-article-cards>`,
      '[part=excerpt]',
    ],
  ] as const;

  it("the page really is a 62.5% page (the theme's 1rem is 10px)", () => {
    expect(parseFloat(getComputedStyle(document.documentElement).fontSize)).to.equal(10);
    expect(defaultSize()).to.equal(16);
  });

  for (const [name, template, bodyText] of widgets) {
    it(`${name}: text at the visitor's default size, secondary text not below 14px`, async () => {
      const el = await mount(template);
      expect(px(el, 'fontSize'), 'the widget base').to.equal(16);
      const sizes = readable(el).map((node) => [node, px(node, 'fontSize')] as const);
      expect(sizes.length).to.be.greaterThan(0);
      const small = sizes
        .filter(([, size]) => size < 14)
        .map(([node, size]) => `${node.localName}.${node.className} "${node.textContent!.trim().slice(0, 20)}" ${size}px`);
      expect(small, 'text below 14px').to.deep.equal([]);
      const body = [...shadow(el).querySelectorAll(bodyText)];
      expect(body.length, 'body text found').to.be.greaterThan(0);
      for (const node of body) expect(px(node, 'fontSize'), `body text "${node.textContent!.trim().slice(0, 20)}"`).to.be.at.least(16);
    });

    it(`${name}: boxes are border-box inside and on the host, whatever the page says`, async () => {
      const el = await mount(template);
      expect(getComputedStyle(el).boxSizing, 'host').to.equal('border-box');
      const leaked = inside(el).filter((node) => getComputedStyle(node).boxSizing !== 'border-box');
      expect(leaked.map((node) => node.localName)).to.deep.equal([]);
      // What content-box would break: padded, bordered, full-width boxes sticking out of the widget.
      const right = el.getBoundingClientRect().right;
      const outside = inside(el).filter((node) => (node as HTMLElement).offsetParent !== null && node.getBoundingClientRect().right > right + 0.5);
      expect(
        outside.map((node) => `${node.localName}.${node.className}`),
        'boxes wider than the widget',
      ).to.deep.equal([]);
    });
  }

  it("inner sizes follow the widget's base, not the page root: a button's padding, the card grid", async () => {
    const el = await mount(html`<iop-benefits cta-label="Call us" cta-href="/x"></iop-benefits>`);
    // 0.625em of 16px; the page's rem would make it 6.25px.
    expect(px(shadow(el).querySelector('[part=cta]')!, 'paddingTop')).to.equal(10);
    const cards = await mount(html`<iop-article-cards style="inline-size: 600px" articles='[{"title":"A"},{"title":"B"},{"title":"C"}]'></iop-article-cards>`);
    // Cards at least 16em wide: two columns in 600px (16rem of this page would fit three).
    const widths = [...shadow(cards).querySelectorAll('.card')].map((card) => card.getBoundingClientRect().width);
    expect(Math.min(...widths)).to.be.at.least(256);
  });

  itChromiumOnly('default font size over CDP', "follows the visitor's own text-size setting (24px), still ignoring the page root", async () => {
    await setDefaultFontSize(24);
    try {
      const el = await mount(html`<iop-article-cards articles='[{"title":"One","url":"/1","date":"2025-05-06","author":"Team"}]'></iop-article-cards>`);
      expect(px(el, 'fontSize')).to.equal(24);
      // Secondary text is body size in the muted color (one type scale, issue 19): it follows the base.
      expect(px(shadow(el).querySelector('[part=meta]')!, 'fontSize')).to.equal(24);
      const crisis = await mount(html`<iop-crisis-help></iop-crisis-help>`);
      expect(px(shadow(crisis).querySelector('li > span')!, 'fontSize')).to.equal(24);
    } finally {
      await setDefaultFontSize(16);
    }
  });

  it('--iop-font-size sets the base, and everything inside follows it', async () => {
    const el = await mount(
      html`<iop-article-cards style="--iop-font-size: 20px" articles='[{"title":"One","url":"/1","date":"2025-05-06"}]'></iop-article-cards>`,
    );
    expect(px(el, 'fontSize')).to.equal(20);
    expect(px(shadow(el).querySelector('[part=meta]')!, 'fontSize')).to.equal(20);
    expect(px(shadow(el).querySelector('[part=title]')!, 'fontSize')).to.equal(25);
  });
});
