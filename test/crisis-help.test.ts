import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/crisis-help/define.js';
import type { IopCrisisHelp } from '../src/crisis-help/crisis-help.js';
import { checkResources, readResources } from '../src/crisis-help/resources.js';
import { captureWarnings, shadow, widgetsRendered } from './helpers.js';

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
    await expect(el).to.be.accessible();
  });

  it('compact shows one line with the main links and a name', async () => {
    const el = await fixture<IopCrisisHelp>(html`<iop-crisis-help compact></iop-crisis-help>`);
    expect(hrefs(el)).to.deep.equal(['tel:988', 'sms:741741?body=HOME', 'tel:911']);
    expect(shadow(el).querySelector('aside')!.getAttribute('aria-label')).to.equal('Help is available now');
    await expect(el).to.be.accessible();
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
      { name: 'Samaritans', actions: [{ label: 'Call 116 123', href: 'tel:116123' }, { label: 'Email', href: 'mailto:jo@samaritans.org' }] },
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

  describe('checkResources (pure)', () => {
    const invalid: Array<[unknown, string]> = [
      [{}, 'r must be a non-empty list'],
      [[], 'r must be a non-empty list'],
      [['x'], 'r[0] must be an object'],
      [[{ actions: [] }], 'r[0].name must be non-empty text'],
      [[{ name: 'A', actions: [] }], 'r[0].actions must be a non-empty list'],
      [[{ name: 'A', actions: [{ label: 'x' }] }], 'r[0].actions[0].href must be non-empty text'],
      [[{ name: 'A', note: 5, actions: [{ label: 'x', href: 'tel:1' }] }], 'r[0].note must be non-empty text'],
      [[{ name: 'A', extra: 1, actions: [{ label: 'x', href: 'tel:1' }] }], 'r[0] has an unknown key "extra"'],
      [[{ name: 'x'.repeat(301), actions: [{ label: 'x', href: 'tel:1' }] }], 'r[0].name is longer than 300 characters'],
      [Array.from({ length: 13 }, () => ({ name: 'A', actions: [{ label: 'x', href: 'tel:1' }] })), 'r has more than 12 items'],
    ];
    for (const [data, message] of invalid) {
      it(`rejects ${JSON.stringify(data).slice(0, 60)}`, () => {
        expect(checkResources(data, 'r')).to.contain(message);
      });
    }
    it('accepts tel:, sms: and https:', () => {
      const data = [{ name: 'A', actions: [{ label: 'a', href: 'tel:1' }, { label: 'b', href: 'sms:1' }, { label: 'c', href: 'https://a.example' }] }];
      expect(checkResources(data, 'r')).to.equal(null);
    });
  });

  describe('readResources (pure)', () => {
    const one = (href: string) => JSON.stringify([{ name: 'A', actions: [{ label: 'a', href }] }]);
    for (const href of ['http://insecure.example', 'data:text/html,hi', '/relative', 'javascript:alert(1)', 'mailto:a@b.example', 'tel:', 'https://']) {
      it(`leaves out ${href}, then falls back to the defaults when nothing is left`, () => {
        const problems: string[] = [];
        expect(readResources(one(href), problems)).to.equal(null);
        expect(problems[0]).to.contain('is not a tel:, sms: or https: link');
        expect(problems.at(-1)).to.contain('showing the default (US) resources');
      });
    }
    it('keeps tel:, sms: and https: links, trimmed', () => {
      const problems: string[] = [];
      const kept = readResources(JSON.stringify([{ name: 'A', actions: [{ label: 'a', href: ' tel:1 ' }, { label: 'b', href: 'https://a.example/x' }] }]), problems);
      expect(kept).to.deep.equal([{ name: 'A', actions: [{ label: 'a', href: 'tel:1' }, { label: 'b', href: 'https://a.example/x' }] }]);
      expect(problems).to.deep.equal([]);
    });
    it('a wrong shape keeps the defaults and names the problem', () => {
      const problems: string[] = [];
      expect(readResources('[{"name": "A"}]', problems)).to.equal(null);
      expect(problems).to.deep.equal(['resources[0].actions must be a non-empty list; showing the default (US) resources']);
    });
  });
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
