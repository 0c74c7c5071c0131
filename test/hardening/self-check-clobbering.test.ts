import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/self-check/define.js';
import type { IopSelfCheck } from '../../src/self-check/self-check.js';
import { answerThrough, click } from '../../stories/self-check-driver.js';
import { watchQuickExit, widgetsRendered } from '../helpers.js';

// Issue 13, finding 5, the self-check's part: a page element named like a document property
// replaces that property (named access), which broke quick exit and printing.
describe('<iop-self-check> on a page with clobbering element names', () => {
  it('<img name="addEventListener"> and <form name="head"> do not stop Shift x3 quick exit', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><img name="addEventListener" alt="" /><form name="head"></form><iop-self-check quick-exit-url="https://www.example.com/"></iop-self-check></div>`,
    );
    await widgetsRendered(wrapper);
    expect(typeof (document as unknown as Record<string, unknown>).addEventListener).to.not.equal('function');
    const el = wrapper.querySelector<IopSelfCheck>('iop-self-check')!;
    const visited = watchQuickExit(el);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(visited).to.deep.equal(['https://www.example.com/']);
    expect(Document.prototype.querySelector.call(document, 'head meta[name=referrer]')!.getAttribute('content')).to.equal('no-referrer');
    Document.prototype.querySelector.call(document, 'head meta[name=referrer]')!.remove();
  });

  it('<img name="adoptedStyleSheets"> does not break Print', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><img name="adoptedStyleSheets" alt="" /><iop-self-check></iop-self-check></div>`);
    await widgetsRendered(wrapper);
    const el = wrapper.querySelector<IopSelfCheck>('iop-self-check')!;
    await click(el, 'Start');
    await answerThrough(el, { care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' });
    const sheets = () => Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets')!.get!.call(document) as CSSStyleSheet[];
    const original = window.print;
    let printing = false;
    window.print = () => {
      printing = el.hasAttribute('data-iop-printing') && sheets().length > 0;
      window.dispatchEvent(new Event('afterprint'));
    };
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await click(el, 'Print or save the summary');
    } finally {
      window.print = original;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(printing).to.equal(true);
    expect(sheets()).to.deep.equal([]);
  });
});
