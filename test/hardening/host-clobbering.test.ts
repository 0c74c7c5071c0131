import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { clearFeedCache } from '../../src/article-cards/load.js';
import type { IopElement } from '../../src/core/element.js';
import { captureWarnings, shadow } from '../helpers.js';
import { feed, stubFetch } from './feed-stub.js';

/** Uncaught errors and unhandled rejections that reach the host page while `run` runs. */
async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    errors.push(String(event.reason));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

describe('a host page that clobbers or pollutes globals', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const consoleError = console.error;
  beforeEach(() => {
    clearFeedCache();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    console.error = consoleError;
  });

  it('<img name="baseURI"> does not stop the article cards loading their feed', async () => {
    const img = document.createElement('img');
    img.name = 'baseURI';
    document.body.append(img);
    const stub = stubFetch(feed('[{"title":"From the feed","url":"/a"}]', 'application/json'));
    try {
      let el!: IopElement;
      const errors = await pageErrors(async () => {
        el = await fixture<IopElement>(html`<iop-article-cards src="/feed.json"><a href="/x">Page link</a></iop-article-cards>`);
        await waitUntil(() => shadow(el).querySelector('.card'), 'no card rendered', { timeout: 3000 });
      });
      expect(errors).to.deep.equal([]);
      expect(shadow(el).querySelector('.card [part=title]')!.textContent!.trim()).to.equal('From the feed');
      expect(stub.calls[0]).to.equal(new URL('/feed.json', location.href).href);
    } finally {
      stub.restore();
      img.remove();
    }
  });

  it('<img name="documentElement"> does not stop widgets following the page language', async () => {
    const img = document.createElement('img');
    img.name = 'documentElement';
    document.body.append(img);
    const lang = document.querySelector('html')!.getAttribute('lang');
    try {
      let el!: IopElement;
      const errors = await pageErrors(async () => {
        el = await fixture<IopElement>(html`<iop-crisis-help></iop-crisis-help>`);
      });
      expect(errors).to.deep.equal([]);
      expect(shadow(el).textContent).to.contain('988');
      // The page switches language on <html>: the widget must see it.
      document.querySelector('html')!.lang = 'es';
      await waitUntil(() => shadow(el).textContent!.includes('Hay ayuda disponible'), 'the widget did not follow <html lang>', { timeout: 2000 });
    } finally {
      img.remove();
      if (lang === null) document.querySelector('html')!.removeAttribute('lang');
      else document.querySelector('html')!.lang = lang;
    }
  });

  it('an error thrown before rendering (willUpdate) shows the fallback and stays out of the page', async () => {
    const logged: unknown[][] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    const el = await fixture<IopElement>(html`<iop-article-cards><a href="/blog/family">Family sessions</a></iop-article-cards>`);
    const errors = await pageErrors(async () => {
      (el as unknown as { willUpdate: () => void }).willUpdate = () => {
        throw new TypeError('a bug before render');
      };
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(String(logged[0]?.[0])).to.contain('<iop-article-cards>: could not render');
    const slot = shadow(el).querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Family sessions']);
  });

  describe('with an enumerable key on Object.prototype', () => {
    before(() => Object.defineProperty(Object.prototype, 'polluted', { value: 'yes', enumerable: true, configurable: true, writable: true }));
    after(() => delete (Object.prototype as Record<string, unknown>).polluted);

    it('<iop-crisis-help resources> shows the clinic’s resources', async () => {
      const resources = JSON.stringify([{ name: 'Clinic line', actions: [{ label: 'Call us', href: 'tel:+15555550100' }] }]);
      let el!: IopElement;
      const errors = await pageErrors(async () => {
        el = await fixture<IopElement>(html`<iop-crisis-help resources=${resources}></iop-crisis-help>`);
      });
      expect(errors).to.deep.equal([]);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
      expect(shadow(el).textContent).to.contain('Clinic line');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('<iop-benefits content> shows the clinic’s text', async () => {
      let el!: IopElement;
      const errors = await pageErrors(async () => {
        el = await fixture<IopElement>(html`<iop-benefits content='{"heading":"Our program"}'></iop-benefits>`);
      });
      expect(errors).to.deep.equal([]);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
      expect(shadow(el).querySelector('h2')!.textContent).to.contain('Our program');
      expect(warnings.messages).to.deep.equal([]);
    });
  });
});
