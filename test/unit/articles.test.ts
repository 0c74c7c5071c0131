import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  allTags,
  clip,
  filterByTags,
  fromDocument as readDocument,
  graphemeBoundary,
  fromJson,
  fromXml as readXml,
  htmlToText,
  MAX_ARTICLES,
  sortArticles,
  toArticle,
  type Article,
} from '../../src/article-cards/articles.js';
import { readXmlItems } from '../../src/article-cards/rss.js';
import { readCardsConfig } from '../../src/article-cards/config.js';
import { BAD_URLS, XSS_TEXT } from '../fixtures/hostile.js';

// The RSS and Atom reader is a file the bundle fetches when a feed is XML; here it is given directly.
const fromXml = (text: string, base?: string) => readXml(text, base, readXmlItems);
const fromDocument = (text: string, contentType?: string, base?: string) => readDocument(text, contentType, base, readXmlItems);

const SEED = {
  title: 'How Intensive Outpatient Programs Support Long-Term Mental Health Recovery',
  url: '/blog/how-iops-support-recovery',
  date: '2025-05-13',
  tags: ['IntensiveOutpatientProgram', 'IOP', 'MentalHealthSupport'],
  excerpt: 'IOPs provide flexible, structured care that supports long-term recovery.',
};

describe('article data (pure)', () => {
  describe('JSON list and JSON Feed', () => {
    it('reads every field of a plain article', () => {
      const { articles, problems } = fromJson([
        { ...SEED, image: 'https://clinic.example/iop.jpg', imageAlt: 'A group session', imageWidth: 800, imageHeight: 450, author: 'Dr. Lee', readingTime: 6 },
      ]);
      expect(problems).to.deep.equal([]);
      const [a] = articles;
      expect(a.title).to.equal(SEED.title);
      expect(a.url).to.equal(SEED.url);
      expect([a.date!.getFullYear(), a.date!.getMonth() + 1, a.date!.getDate()]).to.deep.equal([2025, 5, 13]);
      expect(a.tags).to.deep.equal(SEED.tags);
      expect(a.image).to.deep.equal({ src: 'https://clinic.example/iop.jpg', alt: 'A group session', width: 800, height: 450 });
      expect(a.author).to.equal('Dr. Lee');
      expect(a.readingTime).to.equal(6);
    });

    it('reads a JSON Feed 1.1', () => {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Riverbend blog',
        items: [
          {
            id: '1',
            url: 'https://clinic.example/a',
            title: 'A',
            content_html: `<p>${'word '.repeat(450)}</p>`,
            date_published: '2025-05-13T09:00:00Z',
            tags: ['IOP'],
            authors: [{ name: 'Sam' }],
            image: 'https://clinic.example/a.jpg',
          },
        ],
      };
      const [a] = fromJson(feed).articles;
      expect(a.url).to.equal('https://clinic.example/a');
      expect(a.author).to.equal('Sam');
      expect(a.readingTime).to.equal(2);
      expect(a.excerpt!.length).to.be.at.most(321);
      expect(a.excerpt!.endsWith('…')).to.equal(true);
      expect(a.image!.src).to.equal('https://clinic.example/a.jpg');
    });

    it('drops an article without a title, naming its position', () => {
      const { articles, problems } = fromJson([{ url: '/x' }, { title: 'Kept' }, 'not an object']);
      expect(articles.map((a) => a.title)).to.deep.equal(['Kept']);
      expect(problems).to.deep.equal(['article 1 has no title and is not shown', 'article 3 is not an object and is not shown']);
    });

    it('rejects JSON that is neither a list nor a feed', () => {
      expect(fromJson({ posts: [] }).problems[0]).to.contain('neither a list of articles nor a JSON Feed');
    });

    it('handles huge inputs: caps the number of articles and the length of text', () => {
      const many = Array.from({ length: MAX_ARTICLES + 5 }, (_, i) => ({ title: `T${i}`, excerpt: 'x'.repeat(10_000) }));
      const { articles, problems } = fromJson(many);
      expect(articles).to.have.length(MAX_ARTICLES);
      expect(articles[0].excerpt!.length).to.be.at.most(321);
      expect(problems.at(-1)).to.contain(`only the first ${MAX_ARTICLES}`);
      expect(fromJson([{ title: 'y'.repeat(5000) }]).articles[0].title.length).to.be.at.most(301);
    });

    it('estimates reading time from the content at about 200 words a minute, and never 0', () => {
      expect(fromJson([{ title: 'a', content: 'word '.repeat(1000) }]).articles[0].readingTime).to.equal(5);
      expect(fromJson([{ title: 'a', content: 'short' }]).articles[0].readingTime).to.equal(1);
      expect(fromJson([{ title: 'a' }]).articles[0].readingTime).to.equal(undefined);
      expect(fromJson([{ title: 'a', readingTime: -3 }]).articles[0].readingTime).to.equal(undefined);
    });

    it('ignores invalid dates and keeps tags unique and short', () => {
      const [a] = fromJson([{ title: 'a', date: 'next tuesday-ish', tags: ['IOP', 'IOP', '', 42, 'x'.repeat(100)] }]).articles;
      expect(a.date).to.equal(undefined);
      expect(a.tags[0]).to.equal('IOP');
      expect(a.tags).to.have.length(3);
      expect(a.tags[2].length).to.be.at.most(41);
    });
  });

  describe('RSS 2.0 and Atom', () => {
    const rss = `<?xml version="1.0"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Blog</title>
          <item>
            <title>How IOPs support recovery</title>
            <link>https://clinic.example/iop</link>
            <description><![CDATA[<p>Structured <b>care</b> &amp; support.</p>]]></description>
            <content:encoded><![CDATA[<p>${'word '.repeat(600)}</p>]]></content:encoded>
            <pubDate>Tue, 13 May 2025 09:00:00 GMT</pubDate>
            <dc:creator>Riverbend team</dc:creator>
            <category>IOP</category><category>Recovery</category>
            <enclosure url="https://clinic.example/iop.jpg" type="image/jpeg" length="1"/>
          </item>
        </channel>
      </rss>`;
    it('reads an RSS item with HTML description as plain text', () => {
      const { articles, problems } = fromDocument(rss, 'application/rss+xml');
      expect(problems).to.deep.equal([]);
      const [a] = articles;
      expect(a.title).to.equal('How IOPs support recovery');
      expect(a.url).to.equal('https://clinic.example/iop');
      expect(a.excerpt).to.equal('Structured care & support.');
      expect(a.author).to.equal('Riverbend team');
      expect(a.tags).to.deep.equal(['IOP', 'Recovery']);
      expect(a.readingTime).to.equal(3);
      expect(a.date!.toISOString()).to.equal('2025-05-13T09:00:00.000Z');
      expect(a.image!.src).to.equal('https://clinic.example/iop.jpg');
    });

    // The page's link is rel="alternate" (or no rel), wherever it stands among the entry's links.
    it('reads an Atom entry, its link the alternate one even when it is not the first <link>', () => {
      const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
        <entry><title type="html">Family &lt;b&gt;support&lt;/b&gt;</title>
          <link rel="edit" href="/edit/1"/><link rel="self" href="/feed/1"/><link rel="alternate" href="/blog/family"/>
          <summary>Families learn together.</summary><updated>2025-04-01T00:00:00Z</updated>
          <author><name>Ana</name></author><category term="Family"/>
        </entry></feed>`;
      const [a] = fromDocument(atom, 'application/atom+xml').articles;
      expect(a.title).to.equal('Family support');
      expect(a.url).to.equal('/blog/family');
      const linkWithoutRel = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><link rel="edit" href="/edit/2"/><link href="/blog/two"/></entry></feed>`;
      expect(fromXml(linkWithoutRel).articles[0].url, 'a link with no rel is the alternate').to.equal('/blog/two');
      expect(a.author).to.equal('Ana');
      expect(a.tags).to.deep.equal(['Family']);
    });

    it('uses a guid as the link only when it is a URL', () => {
      const item = (guid: string) => fromXml(`<rss><channel><item><title>t</title><guid isPermaLink="false">${guid}</guid></item></channel></rss>`).articles[0];
      expect(item('post-123').url).to.equal(undefined);
      expect(item('https://clinic.example/p/1').url).to.equal('https://clinic.example/p/1');
    });

    it("a date without a time is that day in the visitor's time zone", () => {
      const [a] = fromJson([{ title: 't', date: '2025-05-13' }]).articles;
      expect(a.date!.getDate()).to.equal(13);
      expect(a.date!.getHours()).to.equal(0);
    });

    it('reports invalid XML and XML that is not a feed', () => {
      expect(fromXml('<rss><channel><item></rss>').problems).to.deep.equal(['the feed is not well-formed XML: <item> is not closed where it should be']);
      expect(fromXml('<html><body/></html>').problems[0]).to.contain('not an RSS or Atom feed');
    });

    it('detects the format from content when the content type is wrong', () => {
      expect(fromDocument(rss, 'text/plain').articles).to.have.length(1);
      expect(fromDocument(JSON.stringify([SEED]), 'text/html').articles).to.have.length(1);
      expect(fromDocument('{"items": [', 'application/json').problems[0]).to.contain('not valid JSON');
      expect(fromDocument('hello', 'text/plain').problems[0]).to.contain('neither JSON nor XML');
    });

    // Only external entities: the five predefined ones (&amp; and the like) are expanded, as XML requires.
    it('an external entity (XXE) is never fetched into content, from a file or from the site itself', () => {
      for (const target of ['file:///etc/passwd', '/test/fixtures/xxe-secret.txt']) {
        const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "${target}">]><rss><channel><item><title>A &x; B</title><description>&x;</description></item></channel></rss>`;
        const text = JSON.stringify(fromXml(xxe));
        expect(text, target).to.not.contain('root:');
        expect(text, target).to.not.contain('XXE-SECRET');
      }
    });
  });

  describe('hostile content', () => {
    for (const payload of XSS_TEXT) {
      it(`keeps ${payload.slice(0, 40)} as plain text in every JSON text field`, () => {
        const [a] = fromJson([{ title: payload, excerpt: payload, author: payload, tags: [payload], imageAlt: payload, image: '/i.png', url: '/ok' }]).articles;
        expect(a.title).to.equal(clip(payload, 300));
        expect(a.excerpt).to.equal(clip(payload, 320));
        expect(a.author).to.equal(clip(payload, 100));
        expect(a.image!.alt).to.equal(clip(payload, 300));
      });
      // An escaped payload (&lt;script&gt;) is meant to read as those characters: tested below.
      if (payload.includes('&lt;')) continue;
      it(`reduces ${payload.slice(0, 40)} in feed HTML to harmless text`, () => {
        const xml = `<rss><channel><item><title>t</title><description>${payload.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item></channel></rss>`;
        const [a] = fromXml(xml).articles;
        expect(a.excerpt ?? '').to.not.match(/<\s*(script|img|svg|iframe|math|style)/i);
      });
    }
    /** A link that survives must resolve to http(s) against any page. */
    const harmless = (url: string | undefined) => url === undefined || ['http:', 'https:'].includes(new URL(url, 'https://page.example/dir/').protocol);
    for (const url of BAD_URLS) {
      it(`never turns ${JSON.stringify(url.slice(0, 30))} into a script link or image (JSON and XML)`, () => {
        const { articles, problems } = fromJson([{ title: 'Payload post', url, image: url }]);
        expect(harmless(articles[0].url)).to.equal(true);
        expect(harmless(articles[0].image?.src)).to.equal(true);
        if (/^\s*[a-z]+\s*:/i.test(url.replace(/[\t\n]/g, ''))) expect(problems.join('\n')).to.contain('"Payload post"');
        const escaped = url.replace(/&(?!#)/g, '&amp;').replace(/</g, '&lt;');
        const feed = fromXml(
          `<rss><channel><item><title>Payload post</title><link>${escaped}</link><enclosure url="${escaped.replace(/"/g, '&quot;')}" type="image/png"/></item></channel></rss>`,
        );
        const [fromFeed] = feed.articles;
        // A control character makes the XML itself invalid: then nothing at all is shown.
        if (!fromFeed) expect(feed.problems.join('\n')).to.match(/^the feed is not well-formed XML: [^\n]*$/);
        expect(harmless(fromFeed?.url)).to.equal(true);
        expect(harmless(fromFeed?.image?.src)).to.equal(true);
      });
    }
    it('escaped markup in feed HTML reads as those characters, and is no markup', () => {
      const xml = `<rss><channel><item><title>t</title><description>&amp;lt;script&amp;gt;window.__xss=1&amp;lt;/script&amp;gt;</description></item></channel></rss>`;
      expect(fromXml(xml).articles[0].excerpt).to.equal('<script>window.__xss=1</script>');
    });

    it('htmlToText drops script and style content', () => {
      expect(htmlToText('<p>Hi</p><script>bad()</script><style>p{}</style>')).to.equal('Hi');
      expect(htmlToText('plain & simple')).to.equal('plain & simple');
    });
  });

  describe('sorting, filtering, config', () => {
    const a = (title: string, date?: string, tags: string[] = []): Article => toArticle({ title, date, tags }, 0, [])!;
    const list = [a('old', '2024-01-01', ['IOP']), a('undated', undefined, ['Family']), a('new', '2025-05-13', ['IOP', 'Family'])];

    it('newest, oldest and given; undated last', () => {
      expect(sortArticles(list, 'newest').map((x) => x.title)).to.deep.equal(['new', 'old', 'undated']);
      expect(sortArticles(list, 'oldest').map((x) => x.title)).to.deep.equal(['old', 'new', 'undated']);
      expect(sortArticles(list, 'given').map((x) => x.title)).to.deep.equal(['old', 'undated', 'new']);
    });

    it('tags in order of appearance; filter keeps articles with any selected tag', () => {
      expect(allTags(list)).to.deep.equal(['IOP', 'Family']);
      expect(filterByTags(list, ['Family']).map((x) => x.title)).to.deep.equal(['undated', 'new']);
      expect(filterByTags(list, [])).to.equal(list);
    });

    it('clip cuts at a word', () => {
      expect(clip('one two three four', 9)).to.equal('one two…');
      expect(clip('  a   b ', 10)).to.equal('a b');
    });

    it('reads and checks the attributes', () => {
      expect(readCardsConfig({})).to.include({ layout: 'grid', limit: Infinity, sort: 'newest', src: null, timeoutMs: 10000, headingLevel: 3 });
      const config = readCardsConfig({
        layout: 'slideshow',
        limit: '0',
        sort: 'random',
        src: 'javascript:alert(1)',
        timeout: '999',
        tags: '#IOP, Family support',
      });
      expect(config.tags).to.deep.equal(['IOP', 'Family support']);
      expect(config.problems).to.have.length(5);
      expect(config.src).to.equal(null);
      expect(config.problems.join('\n')).to.contain('layout "slideshow"');
    });
  });
});

describe('graphemeBoundary: the ASCII fast path gives what the segmenter gives', () => {
  /** The slow path: the last grapheme start at or before the index, from Intl.Segmenter. */
  const segmenterBoundary = (text: string, index: number) => {
    let last = 0;
    for (const { index: start } of new Intl.Segmenter().segment(text)) if (start <= index) last = start;
    return last;
  };
  /** Counts calls to the segmenter while `run` runs. */
  const segmentCalls = (run: () => void) => {
    const proto = Intl.Segmenter.prototype;
    const segment = proto.segment;
    let calls = 0;
    proto.segment = function (this: Intl.Segmenter, input: string) {
      calls++;
      return segment.call(this, input);
    };
    try {
      run();
    } finally {
      proto.segment = segment;
    }
    return calls;
  };

  it('cuts between printable ASCII characters at the index, without the segmenter', () => {
    const text = 'Hi ~there, a  b~~ { }!';
    const calls = segmentCalls(() => {
      for (let i = 1; i < text.length; i++) expect(graphemeBoundary(text, i), String(i)).to.equal(i);
    });
    expect(calls).to.equal(0);
    expect(clip('abcdefghijklmnopqrstuvwxyz'.repeat(20), 100)).to.equal(`${'abcdefghijklmnopqrstuvwxyz'.repeat(4).slice(0, 100)}…`);
  });

  it('never splits an accent, an emoji sequence, a flag, a keycap or CR LF', () => {
    const cases: [string, number, number][] = [
      ['cafe\u0301 au lait', 4, 3], // before the combining accent: the cut moves before the "e"
      ['ok \u{1F469}\u200D\u{1F469}\u200D\u{1F467} family', 5, 3], // inside a ZWJ family
      ['ok \u{1F469}\u200D\u{1F469}\u200D\u{1F467} family', 6, 3], // right after a ZWJ
      ['go \u{1F1FA}\u{1F1F8} now', 5, 3], // between a flag's two regional indicators
      ['go \u{1F1FA}\u{1F1F8}\u{1F1F2}\u{1F1FD} now', 7, 7], // between two flags
      ['dial 1\uFE0F\u20E3 now', 6, 5], // the keycap's "1" is ASCII, the next is not
      ['dial 1\uFE0F\u20E3 now', 7, 5],
      ['line\r\nnext', 5, 4], // CR LF is one character as a reader sees it
      ['line\r\nnext', 4, 4],
      ['line\r\nnext', 6, 6],
    ];
    for (const [text, index, expected] of cases) {
      expect(graphemeBoundary(text, index), JSON.stringify([text, index])).to.equal(expected);
      expect(graphemeBoundary(text, index), JSON.stringify([text, index])).to.equal(segmenterBoundary(text, index));
    }
    expect(clip('ab'.repeat(49) + 'e\u0301xyz', 99)).to.equal(`${'ab'.repeat(49)}…`);
  });

  it('equals the segmenter at every index of mixed text', () => {
    const pieces = ['a', 'Z', ' ', '~', '1', 'e\u0301', '\r', '\n', '\u200D', '\u{1F469}', '\u{1F1FA}', '\uFE0F', '\u20E3', '\u0915\u094D', 'ñ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        for (let i = 1; i < text.length; i++) expect(graphemeBoundary(text, i), JSON.stringify([text, i])).to.equal(segmenterBoundary(text, i));
      }),
    );
  });
});
