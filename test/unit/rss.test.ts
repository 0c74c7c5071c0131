import { expect } from '@open-wc/testing';
import { decodeEntities } from '../../src/article-cards/html-text.js';
import { readXmlItems, type XmlItems } from '../../src/article-cards/rss.js';

const FEED_URL = 'https://clinic.example/feed.xml';

/** Reads a feed and insists it is one: the tests below are about the entries. */
function read(xml: string, max = 10): XmlItems {
  const result = readXmlItems(xml, FEED_URL, max, decodeEntities);
  if (typeof result === 'string') throw new Error(`expected a feed, got: ${result}`);
  return result;
}

const rssItem = (inside: string) =>
  `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><item>${inside}</item></channel></rss>`;
const atomEntry = (inside: string, feedAttributes = '') => `<feed xmlns="http://www.w3.org/2005/Atom"${feedAttributes}><entry>${inside}</entry></feed>`;
const first = (xml: string) => read(xml).items[0];

describe('RSS and Atom entries (rss.ts, pure)', () => {
  describe('what is not a feed', () => {
    it('names XML that is not well-formed', () => {
      expect(readXmlItems('<rss><item></rss>', FEED_URL, 10, decodeEntities)).to.match(/^the feed is not well-formed XML: .*not closed/);
    });

    it('names the root of XML that is neither RSS nor Atom, prefix and all', () => {
      expect(readXmlItems('<x:html xmlns:x="http://www.w3.org/1999/xhtml"/>', FEED_URL, 10, decodeEntities)).to.equal(
        'the XML is not an RSS or Atom feed (its root is <x:html>)',
      );
    });

    it('takes RSS 2.0, RSS 1.0 (rdf:RDF) and Atom roots', () => {
      const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>One</title><link>https://a.example/1</link></item></rdf:RDF>`;
      expect(first(rdf).raw).to.include({ title: 'One', url: 'https://a.example/1' });
      expect(first(rssItem('<title>Two</title>')).raw.title).to.equal('Two');
      expect(first(atomEntry('<title>Three</title>')).raw.title).to.equal('Three');
    });
  });

  describe('RSS items', () => {
    it('reads every field an RSS 2.0 item can carry', () => {
      const { raw, base } = first(
        rssItem(`
          <title>Weekday evenings</title>
          <link>https://clinic.example/evenings</link>
          <description>&lt;p&gt;Groups after work&lt;/p&gt;</description>
          <content:encoded><![CDATA[<p>The whole article</p>]]></content:encoded>
          <enclosure url="https://clinic.example/e.jpg" type="image/jpeg" width="640" height="360" length="1"/>
          <pubDate>Tue, 13 May 2025 09:00:00 GMT</pubDate>
          <author>team@clinic.example (Team)</author>
          <category>Programs</category>
          <category>Family</category>`),
      );
      expect(raw).to.deep.equal({
        title: 'Weekday evenings',
        titleHtml: undefined,
        url: 'https://clinic.example/evenings',
        excerptHtml: '<p>Groups after work</p>',
        contentHtml: '<p>The whole article</p>',
        image: 'https://clinic.example/e.jpg',
        imageWidth: '640',
        imageHeight: '360',
        date: 'Tue, 13 May 2025 09:00:00 GMT',
        author: 'team@clinic.example (Team)',
        tags: ['Programs', 'Family'],
      });
      expect(base).to.equal(FEED_URL);
    });

    it('leaves out what an item does not have', () => {
      expect(first(rssItem('<title>Only a title</title>')).raw).to.deep.equal({
        title: 'Only a title',
        titleHtml: undefined,
        url: undefined,
        excerptHtml: undefined,
        contentHtml: undefined,
        image: undefined,
        imageWidth: undefined,
        imageHeight: undefined,
        date: undefined,
        author: undefined,
        tags: [],
      });
    });

    it('treats an RSS title as text even when it says type="html" (only Atom titles can be HTML)', () => {
      expect(first(rssItem('<title type="html">&lt;b&gt;Bold&lt;/b&gt;</title>')).raw).to.include({ title: '<b>Bold</b>', titleHtml: undefined });
    });

    it('skips an empty or blank field for the next name it may go by', () => {
      const { raw } = first(rssItem('<title>T</title><link>  </link><guid>https://clinic.example/g</guid><pubDate> </pubDate><dc:date>2025-05-13</dc:date>'));
      expect(raw.url).to.equal('https://clinic.example/g');
      expect(raw.date).to.equal('2025-05-13');
    });

    it('prefers pubDate to dc:date, and reads dc:creator by its local name', () => {
      const { raw } = first(rssItem('<dc:date>2020-01-01</dc:date><pubDate>Tue, 13 May 2025 09:00:00 GMT</pubDate><dc:creator>Ana</dc:creator>'));
      expect(raw.date).to.equal('Tue, 13 May 2025 09:00:00 GMT');
      expect(raw.author).to.equal('Ana');
    });

    it('finds content:encoded by its full name before any other element named "encoded"', () => {
      const xml = rssItem('<x:encoded xmlns:x="urn:x">wrong</x:encoded><content:encoded>right</content:encoded>');
      expect(first(xml).raw.contentHtml).to.equal('right');
      expect(first(rssItem('<c:encoded xmlns:c="urn:c">by local name</c:encoded>')).raw.contentHtml).to.equal('by local name');
    });

    it('uses a guid as the link only when it is a web address', () => {
      const url = (guid: string) => first(rssItem(`<title>T</title><guid>${guid}</guid>`)).raw.url;
      expect(url('https://clinic.example/a')).to.equal('https://clinic.example/a');
      expect(url('http://clinic.example/a')).to.equal('http://clinic.example/a');
      expect(url('HTTPS://clinic.example/a')).to.equal('HTTPS://clinic.example/a');
      expect(url('  https://clinic.example/a')).to.equal('  https://clinic.example/a');
      expect(url('urn:uuid:1234')).to.equal(undefined);
      expect(url('tag:https://clinic.example/a')).to.equal(undefined);
      expect(url('x https://clinic.example/a')).to.equal(undefined);
      // A link, when there is one, wins over the guid.
      expect(first(rssItem('<guid>https://clinic.example/guid</guid><link>https://clinic.example/link</link>')).raw.url).to.equal(
        'https://clinic.example/link',
      );
    });

    it('takes an image from an enclosure, media:content or media:thumbnail, never audio or one without an address', () => {
      const image = (inside: string) => first(rssItem(`<title>T</title>${inside}`)).raw.image;
      expect(image('<media:content url="https://clinic.example/m.jpg" medium="image"/>')).to.equal('https://clinic.example/m.jpg');
      expect(image('<media:thumbnail url="https://clinic.example/t.jpg"/>')).to.equal('https://clinic.example/t.jpg');
      expect(image('<enclosure url="https://clinic.example/a.mp3" type="audio/mpeg"/>')).to.equal(undefined);
      expect(image('<enclosure url="https://clinic.example/x" type="text/image/x"/>')).to.equal(undefined);
      expect(image('<enclosure type="image/png"/>')).to.equal(undefined);
      expect(image('<media:group url="https://clinic.example/g.jpg"/>')).to.equal(undefined);
      expect(
        image('<enclosure url="https://clinic.example/a.mp3" type="audio/mpeg"/><media:content url="https://clinic.example/m.png" type="image/png"/>'),
      ).to.equal('https://clinic.example/m.png');
    });
  });

  describe('Atom entries', () => {
    it('reads every field an Atom entry can carry', () => {
      const { raw, base } = first(
        atomEntry(`
          <title type="text">Weekday evenings</title>
          <link rel="self" href="https://clinic.example/self"/>
          <link rel="alternate" href="https://clinic.example/evenings"/>
          <summary type="html">&lt;p&gt;Groups after work&lt;/p&gt;</summary>
          <content type="html">&lt;p&gt;The whole article&lt;/p&gt;</content>
          <published>2025-05-13T09:00:00Z</published>
          <updated>2025-06-01T09:00:00Z</updated>
          <author><name>Ana</name><email>ana@clinic.example</email></author>
          <category term="programs" label="Programs"/>
          <category>Family</category>`),
      );
      expect(raw).to.deep.equal({
        title: 'Weekday evenings',
        titleHtml: undefined,
        url: 'https://clinic.example/evenings',
        excerptHtml: '<p>Groups after work</p>',
        contentHtml: '<p>The whole article</p>',
        image: undefined,
        imageWidth: undefined,
        imageHeight: undefined,
        date: '2025-05-13T09:00:00Z',
        author: 'Ana',
        tags: ['programs', 'Family'],
      });
      expect(base).to.equal(FEED_URL);
    });

    it('takes the first link that is an alternate with an address; no rel means alternate', () => {
      const url = (links: string) => first(atomEntry(`<title>T</title>${links}`)).raw.url;
      expect(url('<link href="https://clinic.example/plain"/>')).to.equal('https://clinic.example/plain');
      expect(
        url('<link rel="alternate"/><link rel="enclosure" href="https://clinic.example/e.mp3"/><link rel="alternate" href="https://clinic.example/b"/>'),
      ).to.equal('https://clinic.example/b');
      expect(url('<link rel="self" href="https://clinic.example/self"/>')).to.equal(undefined);
      // An Atom entry's <link> element text is not its address, nor is a guid.
      expect(url('<guid>https://clinic.example/g</guid>')).to.equal(undefined);
    });

    it('keeps an HTML or XHTML title apart from a text one, and has neither when there is no title', () => {
      expect(first(atomEntry('<title type="html">&lt;b&gt;Bold&lt;/b&gt;</title>')).raw).to.include({ title: undefined, titleHtml: '<b>Bold</b>' });
      expect(first(atomEntry('<title type="xhtml">X</title>')).raw).to.include({ title: undefined, titleHtml: 'X' });
      expect(first(atomEntry('<title>Plain</title>')).raw).to.include({ title: 'Plain', titleHtml: undefined });
      expect(first(atomEntry('<summary>S</summary>')).raw).to.include({ title: undefined, titleHtml: undefined, excerptHtml: 'S' });
    });

    it('falls back from published to updated, and reads the author only from <author><name>', () => {
      const { raw } = first(atomEntry('<updated>2025-06-01T09:00:00Z</updated><name>Not the author</name><author><email>a@b</email></author>'));
      expect(raw.date).to.equal('2025-06-01T09:00:00Z');
      expect(raw.author).to.equal(undefined);
      expect(first(atomEntry('<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">RSS-only</dc:creator>')).raw.author).to.equal(undefined);
      // Atom reads its own element names, not RSS's.
      const rssNames = first(
        atomEntry('<description>D</description><pubDate>Tue, 13 May 2025 09:00:00 GMT</pubDate><content:encoded xmlns:content="urn:c">C</content:encoded>'),
      ).raw;
      expect([rssNames.excerptHtml, rssNames.date, rssNames.contentHtml]).to.deep.equal([undefined, undefined, undefined]);
    });

    it('resolves xml:base from the feed down to the link itself', () => {
      const xml = atomEntry('<title>T</title><link xml:base="x/" href="a"/>', ' xml:base="https://clinic.example/blog/"').replace(
        '<entry>',
        '<entry xml:base="posts/">',
      );
      expect(first(xml).base).to.equal('https://clinic.example/blog/posts/x/');
      // No link: the entry's own base.
      const noLink = atomEntry('<title>T</title>', ' xml:base="https://clinic.example/blog/"').replace('<entry>', '<entry xml:base="posts/">');
      expect(first(noLink).base).to.equal('https://clinic.example/blog/posts/');
    });

    it('keeps the outer base when an xml:base cannot be resolved', () => {
      expect(first(atomEntry('<title>T</title>').replace('<entry>', '<entry xml:base="http://[bad">')).base).to.equal(FEED_URL);
      // A relative base with nothing to resolve against.
      const unresolved = readXmlItems(atomEntry('<title>T</title>').replace('<entry>', '<entry xml:base="posts/">'), undefined, 10, decodeEntities);
      expect(typeof unresolved === 'string' ? unresolved : unresolved.items[0].base).to.equal(undefined);
    });
  });

  it('reads the first `max` entries and counts them all', () => {
    const feed = `<rss><channel>${['a', 'b', 'c'].map((t) => `<item><title>${t}</title></item>`).join('')}</channel></rss>`;
    const { items, total } = read(feed, 2);
    expect(items.map((item) => item.raw.title)).to.deep.equal(['a', 'b']);
    expect(total).to.equal(3);
  });
});
