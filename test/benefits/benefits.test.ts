import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/benefits/define.js';
import type { IopBenefits } from '../../src/benefits/benefits.js';
import { BENEFIT_IDS } from '../../src/benefits/content.js';
import type { IopBenefitToggleEvent } from '../../src/benefits/events.js';
import { captureWarnings, deepActiveElement, shadow, widgetsRendered } from '../helpers.js';

const buttons = (el: IopBenefits) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.accordion button')];
const panel = (el: IopBenefits, id: string) => shadow(el).getElementById(`panel-${id}`)!;

describe('<iop-benefits>', () => {
  describe('rendering', () => {
    it('is a region named by its heading, with the ladder and seven benefits', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`);
      const section = shadow(el).querySelector('section')!;
      const h2 = shadow(el).querySelector('h2')!;
      expect(section.getAttribute('aria-labelledby')).to.equal(h2.id);
      expect(h2.textContent).to.contain('Intensive Outpatient Program');
      const levels = shadow(el).querySelectorAll('.ladder li');
      expect(levels).to.have.length(4);
      expect(shadow(el).querySelector('.ladder li.current')!.textContent).to.contain('9 to 19 hours');
      expect(buttons(el)).to.have.length(7);
      expect(shadow(el).querySelectorAll('h4')).to.have.length(7);
    });

    it('renders grid and list layouts as lists of cards with headings', async () => {
      for (const layout of ['grid', 'list']) {
        const el = await fixture<IopBenefits>(html`<iop-benefits layout=${layout}></iop-benefits>`);
        const list = shadow(el).querySelector('ul.cards')!;
        expect(list.classList.contains(layout)).to.equal(true);
        expect(list.querySelectorAll('li')).to.have.length(7);
        expect(list.querySelectorAll('h4')).to.have.length(7);
        expect(shadow(el).querySelector('.accordion')).to.equal(null);
      }
    });

    it('switches layout at run time', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`);
      el.layout = 'grid';
      await el.updateComplete;
      expect(shadow(el).querySelector('ul.grid')).to.exist;
      expect(el.getAttribute('layout')).to.equal('grid');
    });

    it('uses heading, heading-level and the benefits order', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits heading="Our program" heading-level="3" benefits="family structure"></iop-benefits>`);
      expect(shadow(el).querySelector('h3#heading')!.textContent).to.equal('Our program');
      expect(buttons(el).map((b) => b.dataset.id)).to.deep.equal(['family', 'structure']);
      expect(shadow(el).querySelectorAll('h5')).to.have.length(2);
      // The main heading stays the largest whatever its level.
      const size = (selector: string) => parseFloat(getComputedStyle(shadow(el).querySelector(selector)!).fontSize);
      expect(size('#heading')).to.be.greaterThan(size('[part=benefits-heading]'));
    });

    it('shows a safe call to action', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits cta-label="Call our intake team" cta-href="tel:+15555550100"></iop-benefits>`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[part=cta]')!;
      expect(link.textContent).to.equal('Call our intake team');
      expect(link.getAttribute('href')).to.equal('tel:+15555550100');
    });

    it('lets slotted intro and call to action replace the defaults', async () => {
      const el = await fixture<IopBenefits>(html`
        <iop-benefits cta-label="Ignored" cta-href="/x">
          <p slot="intro">Our own words.</p>
          <a slot="cta" href="/book">Book a call</a>
        </iop-benefits>
      `);
      const introSlot = shadow(el).querySelector<HTMLSlotElement>('slot[name=intro]')!;
      expect(introSlot.assignedElements()[0].textContent).to.equal('Our own words.');
      const ctaSlot = shadow(el).querySelector<HTMLSlotElement>('slot[name=cta]')!;
      expect(ctaSlot.assignedElements()[0].textContent).to.equal('Book a call');
    });

    it('applies content JSON', async () => {
      const content = JSON.stringify({ benefits: [{ id: 'family', title: 'Families welcome' }] });
      const el = await fixture<IopBenefits>(html`<iop-benefits content=${content} benefits="family"></iop-benefits>`);
      expect(buttons(el)[0].textContent).to.contain('Families welcome');
    });

    it('renders markup in content as text, never as elements', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const content = JSON.stringify({ heading: payload, benefits: [{ id: 'family', title: payload, body: payload }] });
      const el = await fixture<IopBenefits>(html`<iop-benefits content=${content} open="family"></iop-benefits>`);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal(payload);
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('takes the host page font family but not its other text styles', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="font-family: Georgia, serif; text-transform: uppercase; letter-spacing: 5px; line-height: 4">
          <iop-benefits></iop-benefits>
        </div>
      `);
      await widgetsRendered(wrapper);
      const el = wrapper.querySelector('iop-benefits')!;
      const style = getComputedStyle(shadow(el).querySelector('p')!);
      expect(style.fontFamily).to.contain('Georgia');
      expect(style.textTransform).to.equal('none');
      expect(style.letterSpacing).to.equal('normal');
    });

    it('uses --iop-font-family when a clinic sets it', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits style="--iop-font-family: monospace"></iop-benefits>`);
      expect(getComputedStyle(shadow(el).querySelector('p')!).fontFamily).to.equal('monospace');
    });

    it('applies the dark preset and lets a clinic token win over it', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits theme="dark"></iop-benefits>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 25, 30)');
      // The dark scheme has its own tokens: a light-scheme color stays out of it.
      el.style.setProperty('--iop-color-surface', 'rgb(250, 250, 250)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 25, 30)');
      el.style.setProperty('--iop-color-surface-dark', 'rgb(1, 2, 3)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('accordion behavior', () => {
    it('starts closed, with aria-expanded and aria-controls wired to the panels', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`);
      for (const button of buttons(el)) {
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const controlled = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
        expect(controlled.hidden).to.equal(true);
      }
    });

    it('opens the ids in `open` at start', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits open="skills family"></iop-benefits>`);
      expect(panel(el, 'skills').hidden).to.equal(false);
      expect(panel(el, 'family').hidden).to.equal(false);
      expect(panel(el, 'structure').hidden).to.equal(true);
    });

    it('toggles on click and fires iop-benefit-toggle with id and open', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`);
      const [first] = buttons(el);
      setTimeout(() => first.click());
      const opened = (await oneEvent(el, 'iop-benefit-toggle')) as IopBenefitToggleEvent;
      expect(opened.detail).to.deep.equal({ id: 'structure', open: true });
      expect(opened.bubbles && opened.composed).to.equal(true);
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(panel(el, 'structure').hidden).to.equal(false);

      setTimeout(() => first.click());
      const closed = (await oneEvent(el, 'iop-benefit-toggle')) as IopBenefitToggleEvent;
      expect(closed.detail).to.deep.equal({ id: 'structure', open: false });
    });

    it('the event reaches document listeners', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`);
      const seen: string[] = [];
      const listener = (event: IopBenefitToggleEvent) => seen.push(event.detail.id);
      document.addEventListener('iop-benefit-toggle', listener);
      buttons(el)[2].click();
      document.removeEventListener('iop-benefit-toggle', listener);
      expect(seen).to.deep.equal([BENEFIT_IDS[2]]);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the first header; Enter and Space toggle it', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`);
      buttons(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(buttons(el)[0].getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(buttons(el)[0].getAttribute('aria-expanded')).to.equal('false');
    });

    it('Tab moves from the page into the accordion', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><iop-benefits></iop-benefits></div>`);
      await widgetsRendered(wrapper);
      const el = wrapper.querySelector<IopBenefits>('iop-benefits')!;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(buttons(el)[0]);
    });

    it('ArrowDown/ArrowUp move between headers and wrap; Home/End jump', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`);
      const all = buttons(el);
      all[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(all[1]);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(deepActiveElement()).to.equal(all[6]);
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(all[0]);
      await sendKeys({ press: 'End' });
      expect(deepActiveElement()).to.equal(all[6]);
      await sendKeys({ press: 'Home' });
      expect(deepActiveElement()).to.equal(all[0]);
    });

    it('arrow keys do not move focus out of the accordion or scroll the page', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`);
      buttons(el)[0].focus();
      const event = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true, composed: true });
      buttons(el)[0].dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(true);
    });
  });

  describe('accessibility (axe)', () => {
    it('accordion closed', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`);
      await expect(el).to.be.accessible();
    });
    it('accordion all open, with CTA', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits open=${BENEFIT_IDS.join(' ')} cta-label="Talk to us" cta-href="/contact"></iop-benefits>`);
      await expect(el).to.be.accessible();
    });
    for (const layout of ['grid', 'list']) {
      it(`${layout} layout`, async () => {
        const el = await fixture<IopBenefits>(html`<iop-benefits layout=${layout} cta-label="Talk to us" cta-href="/contact"></iop-benefits>`);
        await expect(el).to.be.accessible();
      });
    }
    for (const layout of ['accordion', 'grid', 'list']) {
      it(`dark theme, ${layout}`, async () => {
        const el = await fixture<IopBenefits>(
          html`<iop-benefits theme="dark" layout=${layout} open="structure" cta-label="Talk to us" cta-href="/contact"></iop-benefits>`,
        );
        await expect(el).to.be.accessible();
      });
    }
    it('with the configuration notice', async () => {
      const capture = captureWarnings();
      const el = await fixture<IopBenefits>(html`<iop-benefits layout="bad"></iop-benefits>`);
      capture.restore();
      await expect(el).to.be.accessible();
    });
    it('at 320 px wide nothing overflows', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><iop-benefits open="structure" cta-label="Talk to us" cta-href="/contact"></iop-benefits></div>`,
      );
      await widgetsRendered(wrapper);
      const el = wrapper.querySelector('iop-benefits')!;
      expect(el.scrollWidth).to.be.at.most(320);
      for (const node of shadow(el).querySelectorAll('*')) {
        expect((node as HTMLElement).getBoundingClientRect().right, node.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
      await expect(el).to.be.accessible();
    });
    it('header buttons are at least 24 px (44 px here) tall', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`);
      for (const button of buttons(el)) expect(button.getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  describe('bad attributes', () => {
    let capture: ReturnType<typeof captureWarnings>;
    beforeEach(() => (capture = captureWarnings()));
    afterEach(() => capture.restore());

    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['an unknown layout', { layout: 'carousel' }, /<iop-benefits>: layout "carousel"/],
      ['invalid content JSON', { content: '{not json' }, /<iop-benefits>: content is not valid JSON/],
      ['a javascript: cta-href', { 'cta-label': 'Go', 'cta-href': 'javascript:alert(1)' }, /<iop-benefits>: cta-href/],
      ['an unknown benefit id', { benefits: 'structure, nope' }, /<iop-benefits>: benefits: unknown id\(s\) "nope"/],
      ['a heading-level of 1', { 'heading-level': '1' }, /<iop-benefits>: heading-level "1"/],
    ];
    for (const [name, attrs, warning] of cases) {
      it(`${name}: renders, shows a note, warns naming the attribute`, async () => {
        const el = document.createElement('iop-benefits');
        for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
        const parent = await fixture<HTMLDivElement>(html`<div></div>`);
        parent.append(el);
        await el.updateComplete;
        expect(shadow(el).querySelector('h2')).to.exist;
        expect(shadow(el).querySelector('[part=notice]')!.textContent).to.contain('could not be used');
        expect(
          capture.messages.some((message) => warning.test(message)),
          capture.messages.join('\n'),
        ).to.equal(true);
        expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
      });
    }

    it('warns once per problem, not on every render', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits layout="bad"></iop-benefits>`);
      buttons(el)[0].click();
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(capture.messages).to.have.length(1);
    });

    it('the note goes away once the attribute is fixed', async () => {
      const el = await fixture<IopBenefits>(html`<iop-benefits layout="bad"></iop-benefits>`);
      el.setAttribute('layout', 'grid');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=notice]')).to.equal(null);
    });
  });
});
