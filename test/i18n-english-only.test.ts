import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { IopSelfCheck } from '../src/self-check/self-check.js';
import { answerThrough, click } from '../stories/self-check-driver.js';
import { shadow, widgetsRendered } from './helpers.js';

/**
 * English pages never load the Spanish files. This file has a page of its own (web-test-runner
 * gives each test file one) in which no Spanish module has been imported yet, so a request for
 * one shows as a resource entry: in a page that already has them, import() answers from the
 * module cache and no request is seen, which is why this is not in i18n.test.ts. It must not
 * import any es.ts itself.
 */
const spanishRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/es\.(ts|js)\b/.test(name));

/** Long enough for a dynamic import started by a render to be requested and finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('English pages and the Spanish files', () => {
  it('every widget, rendered in English through the self-check result, requests no Spanish file', async () => {
    const articles = JSON.stringify([{ title: 'How IOPs help', url: '/a', date: '2025-05-13', tags: ['IOP'] }]);
    const page = await fixture(html`<div lang="en">
      <iop-benefits></iop-benefits>
      <iop-crisis-help></iop-crisis-help>
      <iop-article-cards articles=${articles}></iop-article-cards>
      <iop-self-check></iop-self-check>
    </div>`);
    await widgetsRendered(page);
    const check = page.querySelector<IopSelfCheck>('iop-self-check')!;
    await click(check, 'Start');
    await answerThrough(check, { phq9: '1', care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' });
    expect(shadow(check).querySelector('[part=result]')).to.exist;
    await settle();
    expect(spanishRequests()).to.deep.equal([]);
  });

  // The check above can only fail if a Spanish load shows up here: this proves that it does.
  it('a Spanish widget on the same page does request its Spanish file (the check above can fail)', async () => {
    const el = await fixture(html`<iop-crisis-help lang="es"></iop-crisis-help>`);
    await waitUntil(() => shadow(el).textContent!.includes('Hay ayuda disponible ahora'), 'no Spanish');
    expect(spanishRequests().some((name) => name.includes('/crisis-help/es.'))).to.equal(true);
  });
});
