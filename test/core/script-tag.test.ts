import { expect } from '@open-wc/testing';

// The script-tag file's registration (src/script-tag.ts), in a page of its own as on a clinic's
// site: the widgets are in the markup before the script runs, and nothing else registered them.
describe('the script-tag file (iop-widgets.js)', () => {
  it('upgrades the widgets already in the page one tag per task, and an import of it waits for all of them', async () => {
    document.body.insertAdjacentHTML('beforeend', '<iop-benefits></iop-benefits><iop-self-check></iop-self-check><iop-article-cards></iop-article-cards>');
    expect(customElements.get('iop-benefits'), 'nothing registered before the script').to.equal(undefined);
    // A microtask right after <iop-benefits> is registered: with every tag registered in one task,
    // the self-check would be registered by then too.
    const selfCheckAlongside = customElements.whenDefined('iop-benefits').then(() => Boolean(customElements.get('iop-self-check')));
    const exports = await import('../../src/script-tag.js');
    expect(await selfCheckAlongside, 'the self-check waits for a task of its own').to.equal(false);
    for (const tag of ['iop-benefits', 'iop-crisis-help', 'iop-self-check', 'iop-article-card', 'iop-article-cards']) {
      expect(customElements.get(tag), `${tag} registered once the import resolves`).to.not.equal(undefined);
    }
    expect(exports.IopSelfCheck).to.equal(customElements.get('iop-self-check'));
    const benefits = document.querySelector('iop-benefits') as HTMLElement & { updateComplete: Promise<unknown> };
    await benefits.updateComplete;
    expect(benefits.shadowRoot?.querySelector('h2')?.textContent, 'the upgraded explainer renders').to.match(/Intensive Outpatient/);
  });
});
