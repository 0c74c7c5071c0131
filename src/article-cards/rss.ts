/**
 * RSS 2.0, RSS 1.0 and Atom entries as raw articles: a file of its own
 * (iop-article-cards-rss-<hash>.js beside the script), fetched only when a feed is XML, so a page
 * with a JSON feed or none downloads no XML reader. It imports nothing the bundle has (a module
 * shared with the bundle would become a third file every page fetches): what it needs from
 * there is passed in, and articles.ts's fromXml checks each entry as it checks every source.
 */
import type { RawArticle } from './articles.js';
import { descendants, elements, parseXml, textOf, type XmlElement } from './xml.js';

/** Each entry's raw fields, and the base its relative links resolve against. */
export interface XmlItems {
  items: Array<{ raw: RawArticle; base: string | undefined }>;
  /** How many entries the feed has, of which the first `max` are read. */
  total: number;
}

const child = (parent: XmlElement, test: (element: XmlElement) => boolean) => elements(parent).find(test);

const childText = (parent: XmlElement, names: string[]): string | undefined => {
  for (const name of names) {
    const node = child(parent, (element) => element.local === name || element.name === name);
    const text = node && textOf(node);
    if (text?.trim()) return text;
  }
  return undefined;
};

/** Resolves an element's `xml:base` (Atom), and its ancestors', against the feed's URL. */
function xmlBase(element: XmlElement | undefined, base: string | undefined): string | undefined {
  if (!element) return base;
  const outer = xmlBase(element.parent, base);
  const own = element.attrs['xml:base'];
  if (!own) return outer;
  try {
    return new URL(own, outer).href;
  } catch {
    return outer;
  }
}

/**
 * The first `max` entries of an RSS or Atom feed, or why the document is not one (a line for the
 * console). `decodeEntities` is html-text.ts's, passed in by the bundle.
 */
export function readXmlItems(text: string, base: string | undefined, max: number, decodeEntities: (text: string) => string): XmlItems | string {
  let root: XmlElement;
  try {
    root = parseXml(text, decodeEntities);
  } catch (error) {
    return `the feed is not well-formed XML: ${(error as Error).message}`;
  }
  const isAtom = root.local === 'feed';
  if (!isAtom && root.local !== 'rss' && root.local !== 'RDF') return `the XML is not an RSS or Atom feed (its root is <${root.name}>)`;
  const { found, total } = descendants(root, isAtom ? 'entry' : 'item', max);
  const items = found.map((entry) => {
    const linkElement = isAtom ? child(entry, (c) => c.local === 'link' && (c.attrs.rel ?? 'alternate') === 'alternate' && !!c.attrs.href) : undefined;
    const link = isAtom
      ? linkElement?.attrs.href
      : (childText(entry, ['link']) ?? [childText(entry, ['guid'])].find((guid) => guid && /^\s*https?:\/\//i.test(guid)));
    const media = child(entry, (c) => ['enclosure', 'content', 'thumbnail'].includes(c.local) && /^image\//.test(c.attrs.type ?? 'image/') && !!c.attrs.url);
    // RSS titles are text; descriptions and content are HTML. Atom says which with type="html".
    const title = child(entry, (c) => c.local === 'title');
    const titleIsHtml = isAtom && /html/.test(title?.attrs.type ?? '');
    const titleText = title && textOf(title);
    const author = isAtom ? child(entry, (c) => c.local === 'author') : undefined;
    const raw: RawArticle = {
      title: titleIsHtml ? undefined : titleText,
      titleHtml: titleIsHtml ? titleText : undefined,
      url: link,
      excerptHtml: childText(entry, isAtom ? ['summary'] : ['description']),
      contentHtml: childText(entry, isAtom ? ['content'] : ['content:encoded', 'encoded']),
      image: media?.attrs.url,
      imageWidth: media?.attrs.width,
      imageHeight: media?.attrs.height,
      date: childText(entry, isAtom ? ['published', 'updated'] : ['pubDate', 'date']),
      author: isAtom ? author && childText(author, ['name']) : childText(entry, ['author', 'dc:creator', 'creator']),
      tags: elements(entry)
        .filter((c) => c.local === 'category')
        .map((c) => c.attrs.term ?? textOf(c)),
    };
    // Atom may set a base anywhere from the feed down to the link itself.
    return { raw, base: xmlBase(linkElement ?? entry, base) };
  });
  return { items, total };
}
