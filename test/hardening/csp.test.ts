import { expect, waitUntil } from '@open-wc/testing';

/**
 * Feeds under the README's strict policy, `require-trusted-types-for 'script'` included. Under it
 * DOMParser.parseFromString is a Trusted Types sink: RSS, Atom and any `content_html` used to
 * show "could not be loaded". The widgets must read them without any sink, and without a policy
 * name of their own that every clinic would have to add.
 */
describe('feeds under a strict CSP with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = document.createElement('iframe');
    frame.src = new URL('./csp-frame.html', import.meta.url).href;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
  });
  after(() => frame.remove());

  const cards = (id: string) => {
    const el = frame.contentDocument!.getElementById(id)!;
    return [...(el.shadowRoot?.querySelectorAll('.card') ?? [])];
  };

  for (const [id, count, excerpt] of [
    ['rss', 3, 'IOPs give flexible, structured care'],
    ['atom', 4, 'fit into an IOP — and how loved ones'],
    ['json-html', 4, 'IOPs give flexible, structured care'],
    ['articles-html', 1, 'Hello & welcome…'],
  ] as const) {
    it(`${id} renders every card, with the text of its HTML`, async () => {
      await waitUntil(() => cards(id).length === count, `${id}: ${cards(id).length} cards`, { timeout: 5000 });
      const text = cards(id)
        .map((card) => card.textContent)
        .join('\n');
      expect(text).to.contain(excerpt);
      expect(text).to.not.contain('__xss');
    });
  }

  it('nothing was blocked, no policy but lit-html was asked for, nothing ran', () => {
    const win = frame.contentWindow as Window & { violations: string[]; __xss?: number };
    expect(win.violations).to.deep.equal([]);
    expect(win.__xss).to.equal(undefined);
  });

  it('relative Atom links resolve against xml:base, not the page', () => {
    const links = cards('atom').map((card) => card.querySelector('a')!.getAttribute('href'));
    expect(links).to.include('https://riverbend.example/blog/family-sessions');
  });
});
