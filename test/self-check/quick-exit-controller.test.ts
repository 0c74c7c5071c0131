import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { QuickExitController } from '../../src/self-check/quick-exit.js';

/** A host with what quick exit needs and nothing else: a cover to show, and a log of what happened. */
class QuickExitHost extends LitElement {
  url: string | null = '/neutral';
  log: string[] = [];
  exit = new QuickExitController(this, {
    url: () => this.url,
    clear: () => this.log.push(`clear (cover open: ${this.cover?.open})`),
    navigate: (url) => this.log.push(`navigate ${url}`),
  });

  get cover() {
    return this.renderRoot.querySelector('dialog');
  }

  override render() {
    return html`<dialog class="leaving">Leaving</dialog><input type="text" /><input type="radio" />`;
  }
}
customElements.define('quick-exit-test-host', QuickExitHost);

const referrerMeta = () => Document.prototype.querySelector.call(document, 'head meta[name=referrer]');

/** A key event as the page would deliver it from `target` (inside the host's shadow root or not). */
function press(target: EventTarget, key = 'Shift', repeat = false): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, repeat, bubbles: true, composed: true }));
}

describe('QuickExitController', () => {
  let host: QuickExitHost;
  beforeEach(async () => {
    host = await fixture<QuickExitHost>(testHtml`<quick-exit-test-host></quick-exit-test-host>`);
  });
  afterEach(() => referrerMeta()?.remove());

  it('exit(): covers the page first, then clears, sends no referrer, and replaces the page', () => {
    host.exit.exit();
    expect(host.log).to.deep.equal(['clear (cover open: true)', 'navigate /neutral']);
    expect(referrerMeta()?.getAttribute('content')).to.equal('no-referrer');
  });

  it('does nothing while the host has no exit address', () => {
    host.url = null;
    host.exit.exit();
    for (let i = 0; i < 3; i++) press(document.body);
    expect(host.log).to.deep.equal([]);
    expect(referrerMeta()).to.equal(null);
  });

  it('Shift 3 times anywhere exits; another key in between starts over', () => {
    press(document.body);
    press(document.body);
    press(document.body, 'a');
    press(document.body);
    press(document.body);
    expect(host.log).to.deep.equal([]);
    press(document.body);
    expect(host.log).to.deep.equal(['clear (cover open: true)', 'navigate /neutral']);
  });

  it('a held Shift (key repeat) counts once; Shift in a text field is typing, a radio is not', () => {
    const [text, radio] = host.renderRoot.querySelectorAll('input');
    press(document.body);
    press(document.body, 'Shift', true);
    press(document.body, 'Shift', true);
    press(text);
    press(radio);
    press(radio);
    expect(host.log).to.deep.equal([]);
    press(radio);
    expect(host.log).to.deep.equal(['clear (cover open: true)', 'navigate /neutral']);
  });

  it('listens only while the host is in the page', () => {
    const parent = host.parentElement!;
    host.remove();
    for (let i = 0; i < 3; i++) press(document.body);
    expect(host.log).to.deep.equal([]);
    parent.append(host);
    for (let i = 0; i < 3; i++) press(document.body);
    expect(host.log).to.deep.equal(['clear (cover open: true)', 'navigate /neutral']);
  });

  it('hears Shift even when the page stops it from bubbling (a capture listener on window)', () => {
    const stop = (event: Event) => event.stopPropagation();
    document.body.addEventListener('keydown', stop);
    try {
      for (let i = 0; i < 3; i++) press(document.body);
    } finally {
      document.body.removeEventListener('keydown', stop);
    }
    expect(host.log).to.have.length(2);
  });
});
