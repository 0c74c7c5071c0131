import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { captureWarnings, describeChromiumOnly, shadow, widgetsRendered } from '../helpers.js';
import { backgroundOf, lowContrast, parse, ratio } from './measure.js';

/** After the widgets' idle-time color check has had its chance to run. */
const idle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(() => resolve(undefined)));
};

/** The rendered contrast of an element's text on what is behind it. */
const seen = (element: Element) => ratio(parse(getComputedStyle(element).color), backgroundOf(element));

const CARDS = JSON.stringify([{ title: 'How IOPs help', url: '/a', tags: ['Family'] }]);

describeChromiumOnly('media emulation over CDP', 'brand colors per scheme, measured from the rendered colors', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('theme="auto" on a dark system: the light brand color stays out of dark mode (the issue: 2.19:1 buttons, 2.34:1 links)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const wrapper = await fixture(html`
      <div style="--iop-color-primary: #135d66">
        <iop-benefits theme="auto" cta-label="Call us" cta-href="/x"></iop-benefits>
        <iop-article-cards theme="auto" articles=${CARDS}></iop-article-cards>
      </div>
    `);
    await widgetsRendered(wrapper);
    const [benefits, cards] = [wrapper.querySelector('iop-benefits')!, wrapper.querySelector('iop-article-cards')!];
    const button = shadow(benefits).querySelector('[part=cta]')!;
    const topic = shadow(cards).querySelector('.tags li')!;
    expect(seen(button), 'button text').to.be.at.least(4.5);
    expect(seen(topic), 'accent-colored text').to.be.at.least(4.5);
    expect([...lowContrast(benefits), ...lowContrast(cards)]).to.deep.equal([]);
  });

  it('--iop-color-primary-dark is the brand color in dark mode; --iop-color-primary in light mode', async () => {
    const wrapper = await fixture(html`
      <div style="--iop-color-primary: #7a1f5c; --iop-color-primary-dark: #f0a8d8; --iop-color-on-primary-dark: #2a0a1f">
        <iop-benefits theme="auto" cta-label="Call us" cta-href="/x"></iop-benefits>
        <iop-benefits theme="dark" cta-label="Call us" cta-href="/x"></iop-benefits>
      </div>
    `);
    await widgetsRendered(wrapper);
    const [auto, dark] = [...wrapper.querySelectorAll('iop-benefits')].map((el) => shadow(el).querySelector('[part=cta]')!);
    const background = (element: Element) => getComputedStyle(element).backgroundColor;
    expect(background(auto), 'auto, light system').to.equal('rgb(122, 31, 92)');
    expect(background(dark), 'dark').to.equal('rgb(240, 168, 216)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(auto), 'auto, dark system').to.equal('rgb(240, 168, 216)');
    expect(seen(auto)).to.be.at.least(4.5);
    expect(lowContrast(wrapper.querySelector('iop-benefits')!)).to.deep.equal([]);
  });

  it('a pair under 4.5:1 is named in the console once, with its colors, tokens and the ratio the page renders', async () => {
    // A webmaster looking in light mode still hears about the dark colors of theme="auto".
    const wrapper = await fixture(html`
      <div style="--iop-color-primary-dark: #1d4ed8">
        <iop-article-cards theme="auto" articles=${CARDS}></iop-article-cards>
        <iop-article-cards theme="auto" articles=${CARDS}></iop-article-cards>
        <iop-crisis-help theme="auto"></iop-crisis-help>
      </div>
    `);
    await widgetsRendered(wrapper);
    await waitUntil(() => warnings.messages.some((message) => message.includes('(--iop-color-primary-dark) on #15191e')), 'no contrast warning', {
      timeout: 3000,
    });
    await idle();
    const links = warnings.messages.filter((message) => message.includes('(--iop-color-primary-dark) on #15191e'));
    expect(links, 'once for the whole page').to.have.length(1);
    expect(links[0]).to.match(/^\[iop-widgets\] <iop-article-cards>: /);
    expect(links[0]).to.equal(
      '[iop-widgets] <iop-article-cards>: too little contrast in dark mode: #1d4ed8 (--iop-color-primary-dark) on #15191e (--iop-color-surface-dark) is 2.63:1, under the 4.5:1 of WCAG AA.',
    );
    // The button text on that color is its own problem, also named once.
    expect(
      warnings.messages.filter((message) => message.includes('#0c2226 (--iop-color-on-primary-dark) on #1d4ed8 (--iop-color-primary-dark) is 2.46:1')),
    ).to.have.length(1);
    // The ratio in the warning is the one the page renders in dark mode.
    await emulateMedia({ colorScheme: 'dark' });
    const topic = shadow(wrapper.querySelector('iop-article-cards')!).querySelector('.tags li')!;
    expect(seen(topic).toFixed(2)).to.equal('2.63');
  });

  it('3:1 for borders and controls: a faint border is flagged against 3:1, not 4.5:1', async () => {
    const el = await fixture(html`<iop-article-cards style="--iop-color-border: #c8c8c8" articles=${CARDS}></iop-article-cards>`);
    await widgetsRendered(el.parentElement!);
    await waitUntil(() => warnings.messages.length > 0, 'no contrast warning', { timeout: 3000 });
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('in light mode: #c8c8c8 (--iop-color-border) on #ffffff (--iop-color-surface) is 1.67:1, under the 3:1 of WCAG AA');
  });

  it('no warning with the presets, in every theme and either system mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme });
      const wrapper = await fixture(html`
        <div>
          ${['light', 'dark', 'auto', 'high-contrast'].map((theme) => html`<iop-benefits theme=${theme}></iop-benefits><iop-crisis-help theme=${theme}></iop-crisis-help>`)}
        </div>
      `);
      await widgetsRendered(wrapper);
      await idle();
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a theme change is checked again', async () => {
    const el = await fixture(html`<iop-crisis-help style="--iop-color-text-dark: #3a3a3a"></iop-crisis-help>`);
    await idle();
    expect(warnings.messages, 'light: the dark token is not used').to.deep.equal([]);
    el.setAttribute('theme', 'dark');
    await waitUntil(() => warnings.messages.length > 0, 'no warning after the theme changed', { timeout: 3000 });
    expect(warnings.messages[0]).to.contain('#3a3a3a (--iop-color-text-dark)');
  });
});
