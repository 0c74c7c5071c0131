import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { clearFeedCache } from '../../src/article-cards/load.js';
import { BAD_URLS, unsafeThings, XSS_TEXT } from '../fixtures/hostile.js';
import { captureWarnings, shadow } from '../helpers.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

/** Renders `el`, lets any image error or event fire, and checks it. */
async function expectSafe(el: Element) {
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await settle();
  const problems = unsafeThings(el);
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

function stubFetch(body: string, type: string) {
  const original = window.fetch;
  window.fetch = (() => Promise.resolve(new Response(body, { headers: { 'content-type': type } }))) as typeof fetch;
  return () => (window.fetch = original);
}

describe(`hostile content: ${XSS_TEXT.length} text payloads and ${BAD_URLS.length} URLs in every input`, () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
    clearFeedCache();
  });
  afterEach(() => warnings.restore());

  it('the payload lists are long enough, and the checker catches what it must', async () => {
    expect(XSS_TEXT.length + BAD_URLS.length).to.be.at.least(50);
    const bad = await fixture(html`<div></div>`);
    bad.innerHTML = '<a href="javascript:void 0">a</a><img alt="" src="data:," onerror="void 0"><p style="color:red">p</p><iframe></iframe>';
    expect(unsafeThings(bad)).to.deep.equal([
      'a[href="javascript:void 0"]',
      'img[src="data:,"]',
      'img[onerror]',
      'p[style="color:red"]',
      '<iframe> was created',
    ]);
  });

  describe('<iop-benefits>', () => {
    it('heading and cta-label attributes show the payload as text', async () => {
      for (const payload of XSS_TEXT) {
        const el = await fixture(html`<iop-benefits heading=${payload} cta-label=${payload} cta-href="/ok"></iop-benefits>`);
        expect(shadow(el).querySelector('h2')!.textContent).to.equal(payload.slice(0, 200));
        expect(shadow(el).querySelector('[part=cta]')!.textContent).to.equal(payload.slice(0, 100));
        await expectSafe(el);
      }
    });

    it('content JSON: payloads in heading, about, titles and bodies', async () => {
      const content = JSON.stringify({
        heading: XSS_TEXT[0],
        about: XSS_TEXT.slice(0, 10),
        benefits: XSS_TEXT.map((payload, i) => ({ id: `p${i}`, title: payload, body: payload })),
      });
      const el = await fixture(html`<iop-benefits content=${content} layout="grid"></iop-benefits>`);
      expect(shadow(el).querySelectorAll('.card')).to.have.length(7 + XSS_TEXT.length);
      expect(shadow(el).querySelectorAll('.card h4')[7].textContent).to.equal(XSS_TEXT[0]);
      await expectSafe(el);
    });

    it('cta-href never becomes an unsafe link', async () => {
      for (const url of BAD_URLS) {
        const el = await fixture(html`<iop-benefits cta-label="Go" cta-href=${url}></iop-benefits>`);
        await expectSafe(el);
      }
    });
  });

  describe('<iop-self-check>', () => {
    it('clinic-name, cta-label and phone are text; cta-href and quick-exit-url are checked', async () => {
      for (const [i, payload] of XSS_TEXT.entries()) {
        const url = BAD_URLS[i % BAD_URLS.length];
        const el = await fixture(
          html`<iop-self-check clinic-name=${payload} cta-label=${payload} phone=${payload} cta-href=${url} quick-exit-url=${url}></iop-self-check>`,
        );
        await expectSafe(el);
      }
    });

    it('on the result screen, with a payload label and safe link', async () => {
      const el = await fixture(html`<iop-self-check cta-label=${XSS_TEXT[1]} cta-href="/ok" clinic-name=${XSS_TEXT[0]}></iop-self-check>`);
      const { answerThrough, click } = await import('../../stories/self-check-driver.js');
      await click(el as never, 'Start');
      await answerThrough(el as never, { care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' });
      expect(shadow(el).querySelector('[part=cta]')!.textContent).to.equal(XSS_TEXT[1]);
      await expectSafe(el);
    });

    it('crisis-resources JSON with payloads keeps safe defaults or text', async () => {
      const resources = JSON.stringify(
        XSS_TEXT.slice(0, 12).map((payload) => ({ name: payload, description: payload, note: payload, actions: [{ label: payload, href: 'tel:988' }] })),
      );
      const el = await fixture(html`<iop-self-check crisis-resources=${resources}></iop-self-check>`);
      await expectSafe(el);
    });
  });

  describe('<iop-crisis-help>', () => {
    it('resources: payload text in every field, payload URLs rejected', async () => {
      const text = JSON.stringify(
        XSS_TEXT.slice(0, 12).map((payload) => ({ name: payload, description: payload, note: payload, actions: [{ label: payload, href: 'sms:741741' }] })),
      );
      const el = await fixture(html`<iop-crisis-help resources=${text} heading=${XSS_TEXT[2]}></iop-crisis-help>`);
      expect(shadow(el).querySelector('.name')!.textContent).to.equal(XSS_TEXT[0]);
      await expectSafe(el);
      for (const url of BAD_URLS) {
        const bad = await fixture(html`<iop-crisis-help resources=${JSON.stringify([{ name: 'x', actions: [{ label: 'x', href: url }] }])}></iop-crisis-help>`);
        expect(shadow(bad).querySelector('a')!.getAttribute('href')).to.equal('tel:988');
        await expectSafe(bad);
      }
    });
  });

  describe('<iop-article-cards> and <iop-article-card>', () => {
    const articles = [
      ...XSS_TEXT.map((payload) => ({ title: payload, excerpt: payload, author: payload, tags: [payload], image: '/ok.png', imageAlt: payload, url: '/ok' })),
      ...BAD_URLS.map((url) => ({ title: 'Unsafe link', url, image: url })),
    ];

    it('from the articles attribute', async () => {
      const el = await fixture(html`<iop-article-cards articles=${JSON.stringify(articles)} sort="given"></iop-article-cards>`);
      expect(shadow(el).querySelectorAll('.card')).to.have.length(articles.length);
      await expectSafe(el);
    });

    it('from a child JSON script, including </script> inside the JSON', async () => {
      const wrapper = await fixture(html`<div></div>`);
      // A JSON script cannot contain "</script>" literally; "<\/script>" is how a CMS escapes it.
      wrapper.innerHTML = `<iop-article-cards sort="given"><script type="application/json">${JSON.stringify(articles).replace(/<\//g, '<\\/')}</script></iop-article-cards>`;
      const el = wrapper.querySelector('iop-article-cards')!;
      await waitUntil(() => shadow(el).querySelectorAll('.card').length === articles.length);
      await expectSafe(el);
    });

    it('from child links and <iop-article-card> elements', async () => {
      const wrapper = await fixture(html`<div></div>`);
      const cards = XSS_TEXT.map((payload) => {
        const card = document.createElement('iop-article-card');
        card.setAttribute('heading', payload);
        card.setAttribute('tags', payload);
        card.setAttribute('href', BAD_URLS[payload.length % BAD_URLS.length]);
        return card;
      });
      const host = document.createElement('iop-article-cards');
      host.append(...cards);
      wrapper.append(host);
      await waitUntil(() => shadow(host).querySelectorAll('.card').length === XSS_TEXT.length);
      await expectSafe(host);
      for (const card of cards.slice(0, 5)) {
        const alone = await fixture(
          html`<iop-article-card heading=${card.getAttribute('heading')!} image=${BAD_URLS[0]} href=${BAD_URLS[1]}></iop-article-card>`,
        );
        await expectSafe(alone);
      }
    });

    const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const feeds: Array<[string, string, string]> = [
      [
        'RSS',
        'application/rss+xml',
        `<rss><channel>${XSS_TEXT.map((p) => `<item><title>${escapeXml(p)}</title><link>/ok</link><description>${escapeXml(p)}</description><category>${escapeXml(p)}</category></item>`).join('')}${BAD_URLS.filter(
          (u) => !u.includes('\u0000'),
        )
          .map((u) => `<item><title>Unsafe</title><link>${escapeXml(u)}</link><enclosure url="${escapeXml(u)}" type="image/png"/></item>`)
          .join('')}</channel></rss>`,
      ],
      [
        'Atom',
        'application/atom+xml',
        `<feed xmlns="http://www.w3.org/2005/Atom">${XSS_TEXT.map((p) => `<entry><title type="html">${escapeXml(p)}</title><link href="/ok"/><summary type="html">${escapeXml(p)}</summary></entry>`).join('')}</feed>`,
      ],
      [
        'JSON Feed',
        'application/feed+json',
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          items: [...XSS_TEXT.map((p) => ({ title: p, content_html: p, url: '/ok' })), ...BAD_URLS.map((u) => ({ title: 'Unsafe', url: u, image: u }))],
        }),
      ],
    ];
    for (const [name, type, body] of feeds) {
      it(`from a ${name} feed`, async () => {
        const restore = stubFetch(body, type);
        try {
          const el = await fixture(html`<iop-article-cards src="/hostile-feed"></iop-article-cards>`);
          await waitUntil(() => shadow(el).querySelectorAll('.card').length > 10, `${name}: no cards`);
          await expectSafe(el);
        } finally {
          restore();
        }
      });
    }

    it('src itself is checked', async () => {
      for (const url of BAD_URLS) {
        const el = await fixture(html`<iop-article-cards src=${url}></iop-article-cards>`);
        await expectSafe(el);
      }
    });
  });
});
