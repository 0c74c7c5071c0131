import { expect, fixture, html } from '@open-wc/testing';
import '../../src/self-check/define.js';
import '../../src/crisis-help/define.js';
import type { IopElement } from '../../src/core/element.js';

/** Resolves once every microtask queued so far (and those they queue, a few deep) has run. */
const flushMicrotasks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('IopElement: first render timing', () => {
  it('a widget placed in the page renders in a task of its own, not in the task that added it', async () => {
    const el = document.createElement('iop-crisis-help') as IopElement;
    document.body.append(el);
    try {
      await flushMicrotasks();
      expect(el.hasUpdated, 'rendered inside the task that added it').to.equal(false);
      await el.updateComplete;
      expect(el.hasUpdated).to.equal(true);
      expect(el.shadowRoot!.textContent).to.contain('988');
    } finally {
      el.remove();
    }
  });

  it('the crisis help inside the self-check renders with it, with no task in between', async () => {
    const selfCheck = await fixture<IopElement>(html`<iop-self-check></iop-self-check>`);
    const crisis = selfCheck.shadowRoot!.querySelector('iop-crisis-help') as IopElement;
    let taskBoundary = false;
    setTimeout(() => (taskBoundary = true));
    await flushMicrotasks();
    expect(crisis.hasUpdated && !taskBoundary, 'crisis help rendered before any other task').to.equal(true);
  });

  it('later updates stay in the same task (Lit’s usual microtask)', async () => {
    const el = await fixture<IopElement & { compact: boolean }>(html`<iop-crisis-help></iop-crisis-help>`);
    let taskBoundary = false;
    setTimeout(() => (taskBoundary = true));
    el.compact = true;
    await el.updateComplete;
    expect(taskBoundary).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~=container]')).to.exist;
  });
});
