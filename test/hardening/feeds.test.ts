import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/article-cards/define.js';
import type { IopArticleCards } from '../../src/article-cards/article-cards.js';
import { clearFeedCache, MAX_CACHED_FEEDS } from '../../src/article-cards/load.js';
import { captureWarnings, shadow } from '../helpers.js';
import { feed, longTasksDuring, stubFetch, type StubbedFetch } from './feed-stub.js';

const cards = (el: Element) => [...shadow(el).querySelectorAll('.cards:not(.skeleton) .card')];
const titles = (el: Element) => cards(el).map((card) => card.querySelector('[part=title]')!.textContent!.trim());
const failed = (el: Element) => !!shadow(el).querySelector('[role=alert]');
const settled = (el: Element) => cards(el).length > 0 || failed(el);
const rss = (items: string, head = '<?xml version="1.0" encoding="UTF-8"?>') =>
  `${head}<rss version="2.0"><channel><title>Blog</title>${items}</channel></rss>`;

/** A body of `size` bytes served in 64 KB chunks, made only as it is read. */
function hugeBody(size: number, type: string): Response {
  const chunk = new TextEncoder().encode(`<item><title>${'x'.repeat(65_000)}</title></item>`);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(new TextEncoder().encode('<rss><channel>')),
    pull: (controller) => {
      if (sent >= size) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return new Response(stream, { headers: { 'content-type': type } });
}

describe('hostile and unusual feeds', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let stub: StubbedFetch | undefined;
  beforeEach(() => {
    clearFeedCache();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    stub?.restore();
    stub = undefined;
  });

  describe('size and time (item 2)', () => {
    it('a feed with its own entities (billion laughs) is refused before parsing: no task over 200 ms', async () => {
      const hostile = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'ha'.repeat(25_000)}">]>${rss(`<item><title>${'&a;'.repeat(20_000)}</title></item>`, '')}`;
      stub = stubFetch(feed(hostile, 'application/rss+xml'));
      let el!: IopArticleCards;
      const long = await longTasksDuring(async () => {
        el = await fixture<IopArticleCards>(html`<iop-article-cards src="/laughs.xml"></iop-article-cards>`);
        await waitUntil(() => settled(el), 'the feed never settled', { timeout: 5000 });
      });
      expect(long).to.deep.equal([]);
      expect(failed(el)).to.equal(true);
      expect(warnings.messages.join('\n')).to.contain('internal DTD subset');
    });

    it('a 50 MB feed is refused at the 1 MB default without reading it all: no task over 200 ms', async () => {
      stub = stubFetch(() => hugeBody(50_000_000, 'application/rss+xml'));
      let el!: IopArticleCards;
      const long = await longTasksDuring(async () => {
        el = await fixture<IopArticleCards>(html`<iop-article-cards src="/huge.xml"></iop-article-cards>`);
        await waitUntil(() => settled(el), 'the feed never settled', { timeout: 5000 });
      });
      expect(long).to.deep.equal([]);
      expect(failed(el)).to.equal(true);
      expect(warnings.messages.join('\n')).to.contain('larger than 1000000 bytes (the max-bytes limit)');
    });

    it('a Content-Length over the limit is refused unread; max-bytes raises the limit', async () => {
      const body = rss(`<item><title>Big but allowed</title><description>${'word '.repeat(4000)}</description></item>`);
      stub = stubFetch(() => new Response(body, { headers: { 'content-type': 'application/rss+xml', 'content-length': String(body.length) } }));
      const small = await fixture<IopArticleCards>(html`<iop-article-cards src="/big.xml" max-bytes="10000"></iop-article-cards>`);
      await waitUntil(() => settled(small));
      expect(failed(small)).to.equal(true);
      expect(warnings.messages.join('\n')).to.contain('larger than 10000 bytes');
      const raised = await fixture<IopArticleCards>(html`<iop-article-cards src="/big.xml" max-bytes="30000"></iop-article-cards>`);
      await waitUntil(() => settled(raised));
      expect(titles(raised)).to.deep.equal(['Big but allowed']);
    });

    it('an XML feed cut to the item limit says so, as a JSON one does', async () => {
      stub = stubFetch(feed(rss(Array.from({ length: 2001 }, (_, i) => `<item><title>P${i}</title></item>`).join('')), 'application/rss+xml'));
      const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/many.xml" limit="3"></iop-article-cards>`);
      await waitUntil(() => settled(el));
      expect(titles(el)).to.have.length(3);
      expect(warnings.messages.join('\n')).to.contain('only the first 2000 of 2001 articles are used');
    });
  });

  describe('links relative to the feed (item 3)', () => {
    it('RSS and JSON Feed links and images resolve against the feed URL, then the URL rules apply', async () => {
      const bodies: Record<string, Response> = {
        'https://feeds.example/blog/rss.xml': feed(
          rss(
            `<item><title>R</title><link>post-1</link><enclosure url="/img/1.png" type="image/png"/></item><item><title>Bad</title><link>javascript:alert(1)</link></item>`,
          ),
          'application/rss+xml',
        ),
        'https://feeds.example/blog/feed.json': feed(
          JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ title: 'J', url: '../about', image: 'i.png' }] }),
          'application/feed+json',
        ),
      };
      stub = stubFetch((url) => bodies[url]);
      for (const [src, link, image] of [
        ['https://feeds.example/blog/rss.xml', 'https://feeds.example/blog/post-1', 'https://feeds.example/img/1.png'],
        ['https://feeds.example/blog/feed.json', 'https://feeds.example/about', 'https://feeds.example/blog/i.png'],
      ]) {
        const el = await fixture<IopArticleCards>(html`<iop-article-cards src=${src} sort="given"></iop-article-cards>`);
        await waitUntil(() => settled(el));
        expect(cards(el)[0].querySelector('a')!.getAttribute('href')).to.equal(link);
        expect(cards(el)[0].querySelector('img')!.getAttribute('src')).to.equal(image);
      }
      expect(warnings.messages.join('\n')).to.contain('"Bad": link "javascript:alert(1)" is not an http(s) or relative URL');
    });

    it('Atom xml:base is applied from the feed down to the link', async () => {
      const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cms.example/site/"><entry xml:base="posts/"><title>A</title><link href="one"/></entry><entry><title>B</title><link xml:base="/other/" href="two"/></entry></feed>`;
      stub = stubFetch(feed(atom, 'application/atom+xml'));
      const el = await fixture<IopArticleCards>(html`<iop-article-cards src="https://feeds.example/atom.xml" sort="given"></iop-article-cards>`);
      await waitUntil(() => settled(el));
      expect(cards(el).map((card) => card.querySelector('a')!.getAttribute('href'))).to.deep.equal([
        'https://cms.example/site/posts/one',
        'https://cms.example/other/two',
      ]);
    });
  });

  describe('requests (item 7)', () => {
    it('30 quick src changes leave one request running, and the last feed shows', async () => {
      stub = stubFetch((url) => (url.endsWith('/29.json') ? feed('[{"title":"Last"}]', 'application/json') : 'hang'));
      const el = await fixture<IopArticleCards>(html`<iop-article-cards></iop-article-cards>`);
      for (let i = 0; i < 30; i++) {
        el.src = `/feeds/${i}.json`;
        await el.updateComplete;
      }
      await waitUntil(() => settled(el));
      expect(titles(el)).to.deep.equal(['Last']);
      expect(stub.calls).to.have.length(30);
      expect(stub.aborted).to.equal(29);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('a widget taken out of the page aborts its request and never warns later', async () => {
      stub = stubFetch('hang');
      const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/slow.json" timeout="1"></iop-article-cards>`);
      await waitUntil(() => stub!.calls.length === 1);
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(stub.aborted).to.equal(1);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('a widget moved within the page keeps its request', async () => {
      stub = stubFetch((url) => new Promise((resolve) => setTimeout(() => resolve(feed(`[{"title":"${url.slice(-6)}"}]`, 'application/json')), 100)));
      const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/moved"></iop-article-cards>`);
      await waitUntil(() => stub!.calls.length === 1);
      document.body.prepend(el);
      await waitUntil(() => settled(el));
      expect(stub.aborted).to.equal(0);
      expect(stub.calls).to.have.length(1);
      el.remove();
    });

    it('five widgets sharing a failing feed make one request and one warning', async () => {
      stub = stubFetch(() => new Response('nope', { status: 500 }));
      const wrapper = await fixture(html`<div>${[1, 2, 3, 4, 5].map(() => html`<iop-article-cards src="/down.json"></iop-article-cards>`)}</div>`);
      const all = [...wrapper.querySelectorAll('iop-article-cards')];
      await waitUntil(() => all.every(failed));
      expect(stub.calls).to.have.length(1);
      expect(
        warnings.messages.filter((message) => message.includes('HTTP 500')),
        warnings.messages.join('\n'),
      ).to.have.length(1);
    });

    it('the cache keys on the timeout too, and keeps only the last few feeds', async () => {
      stub = stubFetch((url) => feed(`[{"title":"${url.split('/').pop()}"}]`, 'application/json'));
      const wrapper = await fixture(
        html`<div><iop-article-cards src="/a.json"></iop-article-cards><iop-article-cards src="/a.json" timeout="30"></iop-article-cards></div>`,
      );
      await waitUntil(() => [...wrapper.querySelectorAll('iop-article-cards')].every(settled));
      expect(stub.calls).to.have.length(2);
      for (let i = 0; i <= MAX_CACHED_FEEDS; i++) {
        const el = await fixture<IopArticleCards>(html`<iop-article-cards src=${`/f${i}.json`}></iop-article-cards>`);
        await waitUntil(() => settled(el));
      }
      const calls = stub.calls.length;
      // The newest is still cached; the oldest was let go and is asked for again.
      const newest = await fixture<IopArticleCards>(html`<iop-article-cards src=${`/f${MAX_CACHED_FEEDS}.json`}></iop-article-cards>`);
      await waitUntil(() => settled(newest));
      expect(stub.calls.length).to.equal(calls);
      const oldest = await fixture<IopArticleCards>(html`<iop-article-cards src="/f0.json"></iop-article-cards>`);
      await waitUntil(() => settled(oldest));
      expect(stub.calls.length).to.equal(calls + 1);
    });
  });

  describe('character sets (item 8)', () => {
    // "Depresión y ansiedad" in ISO-8859-1: the ó is one byte, 0xF3.
    const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
    const item = '<item><title>Depresi\u00f3n y ansiedad</title></item>';
    it('honors the HTTP charset', async () => {
      stub = stubFetch(feed(latin1(rss(item, '<?xml version="1.0"?>')), 'application/rss+xml; charset=ISO-8859-1'));
      const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/latin1.xml"></iop-article-cards>`);
      await waitUntil(() => settled(el));
      expect(titles(el)).to.deep.equal(['Depresión y ansiedad']);
    });
    it('honors the XML declaration when HTTP says nothing', async () => {
      stub = stubFetch(feed(latin1(rss(item, '<?xml version="1.0" encoding="windows-1252"?>')), 'application/rss+xml'));
      const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/cp1252.xml"></iop-article-cards>`);
      await waitUntil(() => settled(el));
      expect(titles(el)).to.deep.equal(['Depresión y ansiedad']);
    });
  });

  describe('text (item 9)', () => {
    it('a right-to-left override in the author does not reverse the reading time', async () => {
      const articles = JSON.stringify([{ title: 'T', author: 'Sam \u202e', readingTime: 12 }]);
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${articles}></iop-article-cards>`);
      const meta = shadow(el).querySelector('[part=meta]')!;
      const walker = document.createTreeWalker(meta, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode() as Text;
      while (node && !node.data.includes('12 min')) node = walker.nextNode() as Text;
      const at = node.data.indexOf('12 min');
      const x = (index: number) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect().left;
      };
      // "1" is left of "2", as written, not mirrored by the override.
      expect(x(at)).to.be.lessThan(x(at + 1));
    });

    it('cutting a long title never splits an emoji into a replacement character', async () => {
      // 280 characters up to the cut, then family emoji: the 20-character fallback cut lands inside one.
      const title = `${'a'.repeat(279)}${'👨‍👩‍👧‍👦'.repeat(10)}`;
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${JSON.stringify([{ title }])}></iop-article-cards>`);
      const shown = titles(el)[0];
      expect(shown.endsWith('…')).to.equal(true);
      expect(shown.slice(0, -1).replace(/^a+/, '').replace(/👨‍👩‍👧‍👦/gu, '')).to.equal('');
    });
  });

  describe('dates (item 10)', () => {
    it('impossible dates are refused: no date on the card and one warning each', async () => {
      const articles = JSON.stringify([
        { title: 'Leap', date: '2025-02-31' },
        { title: 'Ancient', date: '0050-01-01T00:00:00Z' },
        { title: 'Rfc', date: 'Mon, 31 Feb 2025 10:00:00 GMT' },
        { title: 'Fine', date: '2024-02-29' },
      ]);
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${articles} sort="given"></iop-article-cards>`);
      const times = cards(el).map((card) => card.querySelector('time')?.getAttribute('datetime') ?? null);
      expect(times).to.deep.equal([null, null, null, '2024-02-29']);
      el.requestUpdate();
      await el.updateComplete;
      const dateWarnings = warnings.messages.filter((message) => message.includes('is not a real date'));
      expect(dateWarnings).to.have.length(3);
      expect(dateWarnings[0]).to.contain('"Leap": date "2025-02-31"');
    });

    it('a YYYY-MM-DD date is that calendar day, in the card and its datetime', async () => {
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles='[{"title":"Day","date":"2025-05-13"}]' lang="en"></iop-article-cards>`);
      const time = shadow(el).querySelector('time')!;
      expect([time.getAttribute('datetime'), time.textContent]).to.deep.equal(['2025-05-13', 'May 13, 2025']);
    });
  });
});
