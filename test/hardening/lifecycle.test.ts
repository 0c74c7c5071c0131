import { expect, waitUntil } from '@open-wc/testing';
import '../fail-loudly.js';
import { sendKeys } from '@web/test-runner-commands';

// No static import of the elements: this file first writes them into the page, then loads the
// library, as happens when the script tag is at the end of the body or loads late.
type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const ready = (el: Element) => (el as Lit).updateComplete;

describe('lifecycle', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));
  afterEach(() => expect(errors, errors.join('\n')).to.deep.equal([]));

  it('elements written before the script loads are upgraded, keeping properties set early', async () => {
    const page = document.createElement('main');
    page.innerHTML = `
      <iop-benefits layout="list"></iop-benefits>
      <iop-self-check></iop-self-check>
      <iop-crisis-help compact></iop-crisis-help>
      <iop-article-cards><a href="/one">One</a></iop-article-cards>`;
    document.body.append(page);
    const early = page.querySelector('iop-benefits') as HTMLElement & { heading?: string };
    early.heading = 'Set before upgrade';
    expect(customElements.get('iop-benefits')).to.equal(undefined);
    await import('../../src/index.js');
    for (const el of page.children) {
      await ready(el);
      expect(el.shadowRoot!.childElementCount, el.localName).to.be.greaterThan(0);
    }
    expect(early.shadowRoot!.querySelector('h2')!.textContent).to.equal('Set before upgrade');
    page.remove();
  });

  // Two copies of the bundle on one page are checked on the built file, under a strict CSP, by
  // scripts/check/demo.mjs (demo/embed-check.html); define() itself is tested in test/core.

  it('elements created after loading, moved, removed and re-added keep working', async () => {
    await import('../../src/index.js');
    const first = document.createElement('section');
    const second = document.createElement('section');
    document.body.append(first, second);
    const check = document.createElement('iop-self-check') as Lit;
    check.setAttribute('quick-exit-url', '/neutral');
    first.append(check);
    await ready(check);
    const start = [...check.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start')!;
    start.click();
    await ready(check);
    second.append(check); // moved mid-flow
    await ready(check);
    expect(check.shadowRoot!.querySelector('input[type=radio]'), 'still on the first question').to.exist;
    check.remove();
    second.append(check);
    await ready(check);
    expect(check.shadowRoot!.querySelector('input[type=radio]')).to.exist;
    first.remove();
    second.remove();
  });

  it('no listener is added twice and all are removed on disconnect', async () => {
    await import('../../src/index.js');
    const added: unknown[] = [];
    const removed: unknown[] = [];
    // Quick exit listens on window, through EventTarget.prototype (a page cannot clobber that).
    const originalAdd = EventTarget.prototype.addEventListener;
    const originalRemove = EventTarget.prototype.removeEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      if (this === window && type === 'keydown') added.push(listener);
      return originalAdd.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      if (this === window && type === 'keydown') removed.push(listener);
      return originalRemove.call(this, type, listener as EventListener, options as EventListenerOptions);
    };
    try {
      const el = document.createElement('iop-self-check') as Lit;
      el.setAttribute('quick-exit-url', '/neutral');
      const holder = document.createElement('section');
      document.body.append(holder);
      for (let i = 0; i < 5; i++) {
        holder.append(el);
        await ready(el);
        el.remove();
      }
      holder.remove();
      expect(added).to.have.length(5);
      expect(removed).to.deep.equal(added);
      // After removal, Shift x3 does nothing (it would navigate the test page away otherwise).
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    } finally {
      EventTarget.prototype.addEventListener = originalAdd;
      EventTarget.prototype.removeEventListener = originalRemove;
    }
  });

  it('the article cards stop observing their children once removed', async () => {
    await import('../../src/index.js');
    const el = document.createElement('iop-article-cards') as Lit;
    el.innerHTML = '<a href="/one">One</a>';
    document.body.append(el);
    await ready(el);
    el.remove();
    el.insertAdjacentHTML('beforeend', '<a href="/two">Two</a>');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(1);
    document.body.append(el); // re-added: it reads its children again and observes again
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.card').length === 2);
    el.remove();
  });

  it('50 instances of every widget render together, quickly and without errors', async () => {
    await import('../../src/index.js');
    const holder = document.createElement('main');
    const articles = JSON.stringify([
      { title: 'One', url: '/1' },
      { title: 'Two', url: '/2' },
    ]);
    const start = performance.now();
    holder.innerHTML = Array.from(
      { length: 50 },
      () =>
        `<iop-benefits></iop-benefits><iop-self-check></iop-self-check><iop-crisis-help></iop-crisis-help><iop-article-cards articles='${articles}'></iop-article-cards>`,
    ).join('');
    document.body.append(holder);
    await Promise.all([...holder.children].map(ready));
    const elapsed = performance.now() - start;
    expect(holder.children).to.have.length(200);
    expect([...holder.children].every((el) => el.shadowRoot!.childElementCount > 0)).to.equal(true);
    expect(elapsed, `${elapsed.toFixed(0)} ms`).to.be.lessThan(3000);
    holder.remove();
  });
});
