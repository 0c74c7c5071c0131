import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/crisis-help/define.js';
import type { IopCrisisHelp } from '../src/crisis-help/crisis-help.js';
import { captureWarnings, expectWorkingCrisisHelp, shadow, widgetsRendered } from './helpers.js';

const hrefs = (el: Element) => [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('<iop-crisis-help>', () => {
  it('lists 988 call/text/chat, Crisis Text Line and 911 as working links', async () => {
    const el = await fixture<IopCrisisHelp>(html`<iop-crisis-help></iop-crisis-help>`);
    expect(hrefs(el)).to.deep.equal(['tel:988', 'sms:988', 'https://988lifeline.org/chat/', 'sms:741741?body=HOME', 'tel:911']);
    const text = shadow(el).textContent!;
    expect(text).to.contain('call 988 and press 2, or text AYUDA to 988');
    expect(text).to.contain('text AYUDA to 741741');
    expect(text).to.contain('call 988 and press 1');
    expect(shadow(el).querySelector('aside')!.getAttribute('aria-labelledby')).to.equal('crisis-heading');
    const chat = shadow(el).querySelector('a[href^="https"]')!;
    expect(chat.getAttribute('rel')).to.equal('noopener noreferrer');
    await expectWorkingCrisisHelp(el);
    await expect(el).to.be.accessible();
  });

  it('a link that opens a new tab says so to a screen reader; call and text links do not', async () => {
    for (const [lang, said] of [
      ['en', 'Chat at 988lifeline.org (opens in a new tab)'],
      ['es', '(se abre en otra pestaña)'],
    ]) {
      const el = await fixture<IopCrisisHelp>(html`<iop-crisis-help lang=${lang}></iop-crisis-help>`);
      const chatText = () => shadow(el).querySelector('a[href^="https"]')?.textContent!.trim().replace(/\s+/g, ' ') ?? '';
      // Spanish arrives with its own file.
      await waitUntil(() => chatText().includes(said), `the chat link says: ${said}`);
      const chat = shadow(el).querySelector('a[href^="https"]')!;
      expect(chat.getAttribute('target')).to.equal('_blank');
      // Seen by a screen reader, not on screen: the visible label stays as written (and is the
      // start of the link's name, WCAG 2.5.3).
      const hint = chat.querySelector('.visually-hidden')!;
      expect(hint.getBoundingClientRect().width).to.be.at.most(1);
      for (const link of shadow(el).querySelectorAll('a[href^="tel:"], a[href^="sms:"]')) {
        expect(link.querySelector('.visually-hidden'), link.getAttribute('href')!).to.equal(null);
      }
    }
  });

  it('compact shows one line with the main links and a name', async () => {
    const el = await fixture<IopCrisisHelp>(html`<iop-crisis-help compact></iop-crisis-help>`);
    expect(hrefs(el)).to.deep.equal(['tel:988', 'sms:741741?body=HOME', 'tel:911']);
    expect(shadow(el).querySelector('aside')!.getAttribute('aria-label')).to.equal('Help is available now');
    await expectWorkingCrisisHelp(el);
    await expect(el).to.be.accessible();
  });

  // A blank heading (a CMS field left empty, a template variable with no value) must never give
  // a crisis box with no name: the default heading stays.
  for (const blank of ['', '   ', '\n\t ']) {
    it(`a blank heading (${JSON.stringify(blank)}) keeps the default heading, full and compact`, async () => {
      const full = await fixture<IopCrisisHelp>(html`<iop-crisis-help heading=${blank}></iop-crisis-help>`);
      expect(shadow(full).querySelector('#crisis-heading')!.textContent!.trim()).to.equal('Help is available now');
      await expectWorkingCrisisHelp(full);
      const compact = await fixture<IopCrisisHelp>(html`<iop-crisis-help compact heading=${blank}></iop-crisis-help>`);
      expect(shadow(compact).querySelector('aside')!.getAttribute('aria-label')).to.equal('Help is available now');
      expect(shadow(compact).querySelector('strong')!.textContent).to.equal('Help is available now:');
      await expectWorkingCrisisHelp(compact);
    });
  }

  it('a heading set, then blanked at run time, goes back to the default', async () => {
    const el = await fixture<IopCrisisHelp>(html`<iop-crisis-help heading="Need to talk?"></iop-crisis-help>`);
    expect(shadow(el).querySelector('#crisis-heading')!.textContent).to.equal('Need to talk?');
    el.setAttribute('heading', ' ');
    await el.updateComplete;
    expect(shadow(el).querySelector('#crisis-heading')!.textContent!.trim()).to.equal('Help is available now');
    await expectWorkingCrisisHelp(el);
  });

  it('dark theme is axe clean', async () => {
    const el = await fixture<IopCrisisHelp>(html`<iop-crisis-help theme="dark"></iop-crisis-help>`);
    await expect(el).to.be.accessible();
  });

  it('a clinic replaces the resources; only tel:, sms: and https: links are accepted', async () => {
    const resources = JSON.stringify([
      { name: 'Samaritans', description: 'UK and Ireland, any time.', actions: [{ label: 'Call 116 123', href: 'tel:116123' }] },
    ]);
    const el = await fixture<IopCrisisHelp>(html`<iop-crisis-help resources=${resources} heading="Need to talk?"></iop-crisis-help>`);
    expect(hrefs(el)).to.deep.equal(['tel:116123']);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Need to talk?');
    await expectWorkingCrisisHelp(el);
  });

  it('invalid resources keep the defaults, warn naming the problem, and show a note', async () => {
    const capture = captureWarnings();
    const bad = JSON.stringify([{ name: 'Bad', actions: [{ label: 'Click', href: 'javascript:alert(1)' }] }]);
    const el = await fixture<IopCrisisHelp>(html`<iop-crisis-help resources=${bad}></iop-crisis-help>`);
    capture.restore();
    expect(hrefs(el)).to.include('tel:988');
    expect(hrefs(el)).to.not.include('javascript:alert(1)');
    expect(capture.messages[0]).to.contain('<iop-crisis-help>: resources[0].actions[0].href "javascript:alert(1)" is not a tel:, sms: or https: link');
    expect(capture.messages.at(-1)).to.contain('showing the default (US) resources');
    expect(shadow(el).querySelector('[part=notice]')).to.exist;
  });

  it('one bad link is left out on its own: a clinic abroad never gets the US numbers for a typo', async () => {
    const capture = captureWarnings();
    const resources = JSON.stringify([
      {
        name: 'Samaritans',
        actions: [
          { label: 'Call 116 123', href: 'tel:116123' },
          { label: 'Email', href: 'mailto:jo@samaritans.org' },
        ],
      },
      { name: 'Shout', actions: [{ label: 'Text SHOUT to 85258', href: ' sms:85258 ' }] },
      { name: 'Old site', actions: [{ label: 'Visit', href: 'http://insecure.example' }] },
    ]);
    const el = await fixture<IopCrisisHelp>(html`<iop-crisis-help resources=${resources}></iop-crisis-help>`);
    capture.restore();
    expect(hrefs(el)).to.deep.equal(['tel:116123', 'sms:85258']);
    expect([...shadow(el).querySelectorAll('.name')].map((node) => node.textContent)).to.deep.equal(['Samaritans', 'Shout']);
    expect(capture.messages).to.have.length(2);
    expect(capture.messages[0]).to.contain('resources[0].actions[1].href "mailto:jo@samaritans.org" is not a tel:, sms: or https: link; it is left out');
    expect(capture.messages[1]).to.contain('resources[2].actions[0].href "http://insecure.example" is not a tel:, sms: or https: link; it is left out');
    expect(shadow(el).querySelector('[part=notice]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('focused itself, the next Tab goes to the first call link, in every engine', async () => {
    // WebKit moves Tab from a focused shadow host past its shadow tree (docs/engines.md).
    const wrapper = await fixture<HTMLDivElement>(html`<div><iop-crisis-help tabindex="-1"></iop-crisis-help><button>after</button></div>`);
    await widgetsRendered(wrapper);
    const el = wrapper.querySelector<IopCrisisHelp>('iop-crisis-help')!;
    el.focus();
    expect(document.activeElement).to.equal(el);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('href')).to.equal('tel:988');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('href')).to.equal('sms:988');
  });

  // The pure checks of the resources (checkResources, readResources) are in test/unit/crisis-resources.test.ts.
});

describe('<iop-crisis-help> at 320 px', () => {
  it('nothing overflows and links stay at least 24 px tall', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><iop-crisis-help></iop-crisis-help><iop-crisis-help compact></iop-crisis-help></div>`);
    await widgetsRendered(wrapper);
    for (const el of wrapper.querySelectorAll('iop-crisis-help')) {
      const right = el.getBoundingClientRect().right + 0.5;
      for (const node of shadow(el).querySelectorAll('*')) expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right);
      for (const link of shadow(el).querySelectorAll('a')) expect(link.getBoundingClientRect().height).to.be.at.least(24);
    }
  });
});
