import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { IopBenefits } from '../../src/benefits/benefits.js';
import type { IopSelfCheck } from '../../src/self-check/self-check.js';
import { describeChromiumOnly, shadow } from '../helpers.js';

const forcedColors = (value: 'active' | 'none') => executeServerCommand('emulate-forced-colors', { value });

describeChromiumOnly('media emulation over CDP', 'media features: color scheme, reduced motion, forced colors, print', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen' });
    await forcedColors('none');
  });

  it('theme="auto" follows the visitor\'s color scheme', async () => {
    const el = await fixture<IopBenefits>(html`<iop-benefits theme="auto"></iop-benefits>`);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 25, 30)');
    await expect(el).to.be.accessible();
  });

  it('theme="light" stays light in a dark system theme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<IopBenefits>(html`<iop-benefits theme="light"></iop-benefits>`);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('reduced motion turns off transitions', async () => {
    const el = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`);
    const chevron = shadow(el).querySelector('.chevron')!;
    expect(getComputedStyle(chevron).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
  });

  it('forced colors keep the ladder and the current level visible, and stay axe clean', async () => {
    await forcedColors('active');
    const el = await fixture<IopBenefits>(html`<iop-benefits layout="grid"></iop-benefits>`);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const hostBackground = getComputedStyle(el).backgroundColor;
    for (const bar of shadow(el).querySelectorAll('.bar')) {
      expect(getComputedStyle(bar).backgroundColor).to.not.equal(hostBackground);
    }
    const current = getComputedStyle(shadow(el).querySelector('.level.current')!);
    expect(current.borderTopStyle).to.equal('solid');
    expect(current.borderTopColor).to.not.equal(hostBackground);
    await expect(el).to.be.accessible();
  });

  it("forced colors: the self-check's answers and buttons keep visible borders", async () => {
    await forcedColors('active');
    const el = await fixture<IopSelfCheck>(html`<iop-self-check></iop-self-check>`);
    const start = shadow(el).querySelector<HTMLElement>('.button')!;
    expect(getComputedStyle(start).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(start).borderTopColor).to.not.equal(getComputedStyle(el).backgroundColor);
    await expect(el).to.be.accessible();
  });

  it('print shows every accordion panel', async () => {
    const el = await fixture<IopBenefits>(html`<iop-benefits></iop-benefits>`);
    const panel = shadow(el).querySelector('.panel')!;
    expect(getComputedStyle(panel).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(panel).display).to.equal('block');
  });
});
