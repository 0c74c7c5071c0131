import { expect, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/index.js';
import { shadow } from '../helpers.js';

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
  for (let current: Element | null = node; current; ) {
    const color = getComputedStyle(current).backgroundColor;
    if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
    current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host ?? null);
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
    ['iop-article-cards', html`<iop-article-cards articles='[{"title":"One","url":"/1","tags":["a"]},{"title":"Two","url":"/2","tags":["b"]}]'></iop-article-cards>`],
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
