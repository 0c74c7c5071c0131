import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { NO_RECORDING_ATTRIBUTES, NO_RECORDING_CLASSES, PRIVATE_EVENTS, PrivacyController } from '../../src/self-check/privacy.js';

class PrivateHost extends LitElement {
  privacy = new PrivacyController(this);

  override render() {
    return html`<input type="radio" id="answer" /><label for="answer">An answer</label>`;
  }
}
customElements.define('privacy-test-host', PrivateHost);

/** The private events a bubbling listener on the document heard, for each type sent from inside the host. */
function heardFrom(host: PrivateHost): string[] {
  const heard: string[] = [];
  const record = (event: Event) => heard.push(event.type);
  const radio = host.renderRoot.querySelector('input')!;
  for (const type of PRIVATE_EVENTS) document.addEventListener(type, record);
  try {
    for (const type of PRIVATE_EVENTS) radio.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  } finally {
    for (const type of PRIVATE_EVENTS) document.removeEventListener(type, record);
  }
  return heard;
}

describe('PrivacyController', () => {
  it('marks the host for every listed recorder, keeping a value the site set itself', async () => {
    const host = await fixture<PrivateHost>(testHtml`<privacy-test-host data-clarity-mask="True" class="site"></privacy-test-host>`);
    for (const [name, value] of Object.entries(NO_RECORDING_ATTRIBUTES)) {
      expect(host.getAttribute(name), name).to.equal(name === 'data-clarity-mask' ? 'True' : value);
    }
    expect([...host.classList]).to.deep.equal(['site', ...NO_RECORDING_CLASSES]);
  });

  it('stops the private events at the shadow root, and only while the host is in the page', async () => {
    const host = await fixture<PrivateHost>(testHtml`<privacy-test-host></privacy-test-host>`);
    expect(heardFrom(host)).to.deep.equal([]);
    // Events of the host itself (not from inside) still reach the page.
    let heard = 0;
    const count = () => heard++;
    document.addEventListener('click', count);
    host.click();
    document.removeEventListener('click', count);
    expect(heard).to.equal(1);
    const parent = host.parentElement!;
    host.remove();
    parent.append(host);
    expect(heardFrom(host)).to.deep.equal([]);
  });

  it('removed from the page, it stops nothing: no listener is left behind', async () => {
    const wrapper = await fixture<HTMLDivElement>(testHtml`<div><privacy-test-host></privacy-test-host></div>`);
    const host = wrapper.querySelector<PrivateHost>('privacy-test-host')!;
    host.remove();
    // Detached, its events cannot reach the document; listen on the host itself, outside the shadow root.
    const heard: string[] = [];
    const radio = host.renderRoot.querySelector('input')!;
    host.addEventListener('click', (event) => heard.push(event.type));
    radio.dispatchEvent(new Event('click', { bubbles: true, composed: true }));
    expect(heard).to.deep.equal(['click']);
  });
});
