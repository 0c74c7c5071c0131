import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { PrintController } from '../../src/self-check/print.js';
import { whilePrinting } from '../helpers.js';

class PrintHost extends LitElement {
  printer = new PrintController(this);
  override render() {
    return html`<details class="folded"><summary>Details</summary><p>Scores</p></details><details class="mine"><summary>Mine</summary></details>`;
  }
}
customElements.define('print-test-host', PrintHost);

const pageSheets = () => Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets')!.get!.call(document) as CSSStyleSheet[];

/** Runs `during` while the print dialog would be open; `close` says whether it closes (afterprint). */
const printing = (host: PrintHost, during: () => void, close = true) => whilePrinting(() => host.printer.print(), during, close);

describe('PrintController', () => {
  let pageSheet: CSSStyleSheet;
  beforeEach(() => {
    pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
  });
  afterEach(() => {
    document.adoptedStyleSheets = [];
  });

  it('while the dialog is open, the page is hidden but the host; after, the page is as it was', async () => {
    const host = await fixture<PrintHost>(testHtml`<print-test-host></print-test-host>`);
    let seen: unknown[] = [];
    await printing(host, () => {
      const sheets = pageSheets();
      seen = [host.hasAttribute('data-iop-printing'), sheets.length, sheets[0] === pageSheet, sheets[1]?.cssRules[0]?.cssText.startsWith('@media print')];
    });
    expect(seen).to.deep.equal([true, 2, true, true]);
    expect(host.hasAttribute('data-iop-printing')).to.equal(false);
    expect(pageSheets()).to.deep.equal([pageSheet]);
  });

  it('printing again never stacks a second sheet', async () => {
    const host = await fixture<PrintHost>(testHtml`<print-test-host></print-test-host>`);
    await printing(host, () => undefined, false);
    let during = 0;
    await printing(host, () => (during = pageSheets().length), false);
    expect(during).to.equal(2);
    window.dispatchEvent(new Event('afterprint'));
    expect(pageSheets()).to.deep.equal([pageSheet]);
  });

  it('a host removed before the dialog closes does not leave the page hidden', async () => {
    const host = await fixture<PrintHost>(testHtml`<print-test-host></print-test-host>`);
    await printing(host, () => undefined, false);
    expect(pageSheets()).to.have.length(2);
    host.remove();
    expect(host.hasAttribute('data-iop-printing')).to.equal(false);
    expect(pageSheets()).to.deep.equal([pageSheet]);
    // A late afterprint changes nothing.
    window.dispatchEvent(new Event('afterprint'));
    expect(pageSheets()).to.deep.equal([pageSheet]);
  });

  describe('folded details print open', () => {
    const details = (host: PrintHost, name: string) => host.shadowRoot!.querySelector<HTMLDetailsElement>(`details.${name}`)!;

    it("the browser's own print (beforeprint / afterprint): closed details open for it, and close after", async () => {
      const host = await fixture<PrintHost>(testHtml`<print-test-host></print-test-host>`);
      details(host, 'mine').open = true;
      window.dispatchEvent(new Event('beforeprint'));
      expect([details(host, 'folded').open, details(host, 'mine').open]).to.deep.equal([true, true]);
      window.dispatchEvent(new Event('afterprint'));
      // Only what printing opened is closed again: the visitor's own choice stays.
      expect([details(host, 'folded').open, details(host, 'mine').open]).to.deep.equal([false, true]);
    });

    it('the print button: open while the dialog is open, closed after', async () => {
      const host = await fixture<PrintHost>(testHtml`<print-test-host></print-test-host>`);
      let during: boolean | undefined;
      await printing(host, () => (during = details(host, 'folded').open));
      expect(during).to.equal(true);
      expect(details(host, 'folded').open).to.equal(false);
    });

    it('a host that left the page no longer listens, and is left as the visitor had it', async () => {
      const host = await fixture<PrintHost>(testHtml`<print-test-host></print-test-host>`);
      window.dispatchEvent(new Event('beforeprint'));
      host.remove();
      expect(details(host, 'folded').open).to.equal(false);
      window.dispatchEvent(new Event('beforeprint'));
      expect(details(host, 'folded').open).to.equal(false);
    });
  });
});
