import { expect, fixture, html } from '@open-wc/testing';
import { record } from 'rrweb';
import '../../src/self-check/define.js';
import type { IopSelfCheck } from '../../src/self-check/self-check.js';
import { answerThrough, click } from '../../stories/self-check-driver.js';
import { PHQ9, FREQUENCY } from '../../src/self-check/instruments.js';

// Issue 12 / rule 11: a real session recorder (rrweb, the engine under PostHog, Sentry Replay and
// others) records the page while a visitor completes the check; the recording must hold none of
// the questions or answers.
describe('<iop-self-check> under a session recorder', () => {
  it('the recording holds no question or answer text', async () => {
    const events: unknown[] = [];
    const stop = record({ emit: (event) => events.push(event) });
    try {
      const el = await fixture<IopSelfCheck>(html`<p>Clinic page text</p><iop-self-check></iop-self-check>`).then(
        (node) => (node.nextElementSibling ?? document.querySelector('iop-self-check')) as IopSelfCheck,
      );
      await el.updateComplete;
      await click(el, 'Start');
      await answerThrough(el, { phq1: '3', phq2: '2', phq9: '1', care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' });
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      stop?.();
    }
    const recording = JSON.stringify(events);
    // The recorder did record the page around the check.
    expect(recording).to.contain('Clinic page text');
    for (const text of [...PHQ9, ...FREQUENCY, 'Please talk to someone about these thoughts soon', 'Is an IOP right for me?']) {
      expect(recording, text).to.not.contain(text);
    }
  });
});
