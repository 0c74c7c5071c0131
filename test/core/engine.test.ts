import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { engine } from '../helpers.js';

// The test setup itself: each engine is the one its name says, and the second date pass
// (`npm run test:western`) really runs in a western time zone rather than quietly in UTC.
describe('test engines', () => {
  it('the page runs in the engine the runner names', () => {
    const ua = navigator.userAgent;
    const seen = ua.includes('Firefox/') ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : ua.includes('AppleWebKit/') ? 'webkit' : ua;
    expect(seen).to.equal(engine);
  });

  it('the browser keeps the time zone the run was started in', async () => {
    const { timeZone } = await executeServerCommand<{ timeZone: string }, undefined>('engine');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(timeZone);
  });
});
