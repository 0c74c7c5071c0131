import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';
import type { IopSelfCheck } from '../../src/self-check/self-check.js';
import { answerThrough, click, root } from '../../stories/self-check-driver.js';

// Issue 12, finding 11: another script on the page registered its own <iop-crisis-help> before
// ours loaded. The self-check must still show real crisis help on every screen.
customElements.define('iop-crisis-help', class extends HTMLElement {});
const capture = captureWarnings();
await import('../../src/self-check/define.js');

describe('<iop-self-check> when another script owns <iop-crisis-help>', () => {
  after(() => capture.restore());

  it('shows its own crisis help, with call links, on the start screen, the interrupt and the result', async () => {
    const el = await fixture<IopSelfCheck>(html`<iop-self-check></iop-self-check>`);
    const links = async () => {
      const crisis = root(el).querySelector('iop-self-check-crisis-help') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
      expect(crisis, 'crisis help').to.exist;
      await crisis!.updateComplete;
      return [...crisis!.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    };
    expect(await links()).to.include('tel:988');
    await click(el, 'Start');
    await answerThrough(el, { phq9: '1', care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' });
    expect(await links()).to.include.members(['tel:988', 'sms:988', 'tel:911']);
    expect(root(el).querySelector('iop-crisis-help')).to.equal(null);
    expect(capture.messages.some((m) => m.includes('another script registered <iop-crisis-help>'))).to.equal(true);
  });
});
