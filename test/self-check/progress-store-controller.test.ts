import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement } from 'lit';
import { initialState, type FlowState } from '../../src/self-check/flow.js';
import { ProgressStore } from '../../src/self-check/progress-store.js';

class StoreHost extends LitElement {
  store = new ProgressStore(this);
}
customElements.define('store-test-host', StoreHost);

const keyOf = (place: string) => `iop-self-check:${location.pathname}:${place}`;
const onSecondQuestion: FlowState = { ...initialState(), screen: 'steps', index: 1, answers: { phq1: '2' } };

describe('ProgressStore', () => {
  afterEach(() => sessionStorage.clear());

  it('keys by the host id, else by its place among its kind, as it was when put in the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      testHtml`<div><store-test-host></store-test-host><store-test-host id="intake"></store-test-host><store-test-host></store-test-host></div>`,
    );
    const [first, named, third] = wrapper.querySelectorAll<StoreHost>('store-test-host');
    expect([first.store.key, named.store.key, third.store.key]).to.deep.equal([keyOf('0'), keyOf('intake'), keyOf('2')]);
    // Another self-check rendered before them later does not move their progress.
    wrapper.prepend(document.createElement('store-test-host'));
    expect(third.store.key).to.equal(keyOf('2'));
    // Put in the page again, it is in a new place.
    wrapper.append(third);
    expect(third.store.key).to.equal(keyOf('3'));
  });

  it('a page element named "querySelectorAll" does not break the key', async () => {
    const wrapper = await fixture<HTMLDivElement>(testHtml`<div><img name="querySelectorAll" alt="" /><store-test-host></store-test-host></div>`);
    expect(typeof (document as unknown as Record<string, unknown>).querySelectorAll).to.not.equal('function');
    expect(wrapper.querySelector<StoreHost>('store-test-host')!.store.key).to.equal(keyOf('0'));
  });

  it('saves a question screen, loads it back in the same mode only, and drops it at the result', async () => {
    const { store } = await fixture<StoreHost>(testHtml`<store-test-host></store-test-host>`);
    store.save('brief', onSecondQuestion);
    expect(JSON.parse(sessionStorage.getItem(keyOf('0'))!)).to.deep.equal({ mode: 'brief', ...onSecondQuestion });
    expect(store.load('brief')).to.deep.include({ screen: 'steps', index: 1, answers: { phq1: '2' } });
    expect(store.load('full')).to.equal(null);
    store.save('brief', { ...onSecondQuestion, screen: 'result' });
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('clear() removes only its own key', async () => {
    const { store } = await fixture<StoreHost>(testHtml`<store-test-host id="a"></store-test-host>`);
    sessionStorage.setItem(keyOf('b'), 'other');
    store.save('brief', onSecondQuestion);
    store.clear();
    expect(Object.keys(sessionStorage)).to.deep.equal([keyOf('b')]);
  });

  it('junk and blocked storage are no progress, and never throw', async () => {
    const { store } = await fixture<StoreHost>(testHtml`<store-test-host></store-test-host>`);
    sessionStorage.setItem(keyOf('0'), 'not json');
    expect(store.load('brief')).to.equal(null);
    sessionStorage.setItem(keyOf('0'), '{"mode":"brief","screen":"steps","index":0,"answers":{"phq1":"<img>"}}');
    expect(store.load('brief')?.answers).to.deep.equal({});
    const { getItem, setItem, removeItem } = Storage.prototype;
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.assign(Storage.prototype, { getItem: blocked, setItem: blocked, removeItem: blocked });
    try {
      expect(store.load('brief')).to.equal(null);
      expect(() => store.save('brief', onSecondQuestion)).to.not.throw();
      expect(() => store.clear()).to.not.throw();
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem, removeItem });
    }
  });
});
