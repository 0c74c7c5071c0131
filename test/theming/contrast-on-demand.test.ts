import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings, widgetsRendered } from '../helpers.js';

/**
 * The contrast check (src/core/contrast-check.ts) is fetched only by pages with clinic colors.
 * This file has a page of its own, as i18n-english-only.test.ts does, so a fetch of the module
 * shows as a resource entry; it must not import contrast-check.ts itself.
 */
const checkRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/contrast-check\.(ts|js)\b/.test(name));

/** Idle time for the queued check, and a little more for its import. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('the contrast check, fetched on demand', () => {
  it('a page with the presets only, in every theme, never fetches it', async () => {
    const page = await fixture(html`<div>
      ${['light', 'dark', 'auto', 'high-contrast'].map((theme) => html`<iop-benefits theme=${theme}></iop-benefits><iop-crisis-help theme=${theme}></iop-crisis-help>`)}
      <iop-self-check></iop-self-check>
    </div>`);
    await widgetsRendered(page);
    await settle();
    expect(checkRequests()).to.deep.equal([]);
  });

  // The check above can only fail if a fetch shows up here: this proves that it does.
  it('a widget under a clinic color fetches it, and the warning names the pair', async () => {
    const warnings = captureWarnings();
    try {
      const page = await fixture(html`<div style="--iop-color-primary: #9ad"><iop-crisis-help></iop-crisis-help><iop-benefits></iop-benefits></div>`);
      await widgetsRendered(page);
      await waitUntil(() => warnings.messages.some((message) => message.includes('#99aadd (--iop-color-primary)')), 'no contrast warning', { timeout: 3000 });
      expect(checkRequests()).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
