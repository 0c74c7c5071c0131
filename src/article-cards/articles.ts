import { isRecord } from '../core/json.js';
import { resolveUrl, WEB_URL } from '../core/safe-url.js';
import { decodeEntities, htmlToText } from './html-text.js';
import type { readXmlItems } from './rss.js';

export { htmlToText };

/** One card's data, after every field was checked. Nothing here is ever rendered as markup. */
export interface Article {
  title: string;
  url?: string;
  excerpt?: string;
  image?: { src: string; alt: string; width?: number; height?: number };
  date?: Date;
  author?: string;
  tags: string[];
  /** Minutes, given by the source or estimated from the text (about 200 words a minute). */
  readingTime?: number;
}

/** The outcome of reading a source: the articles, and one line per thing that was dropped. */
export interface ArticleList {
  articles: Article[];
  problems: string[];
}

export const MAX_ARTICLES = 2000;
const MAX_TEXT = 300;
const MAX_EXCERPT = 320;
const WORDS_PER_MINUTE = 200;

/** Collapses whitespace and cuts long text at a word, with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const space = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, space > 0 && space > max - 20 ? space : graphemeBoundary(flat, max)).trimEnd()}…`;
}

let segmenter: Intl.Segmenter | undefined;
const isPrintableAscii = (code: number) => code >= 0x20 && code <= 0x7e;
/**
 * The last place at or before `index` where a character as a reader sees it starts, so a cut never
 * splits an emoji, a flag or an accent from its letter into a replacement character.
 */
export function graphemeBoundary(text: string, index: number): number {
  // Between two printable ASCII characters (CR LF is one grapheme) a boundary is certain: no
  // extending, joining, prepended or regional-indicator character is ASCII. Most cuts land here,
  // and a first Intl.Segmenter in a page is a 30-40 ms long task (its ICU data loads).
  if (isPrintableAscii(text.charCodeAt(index - 1)) && isPrintableAscii(text.charCodeAt(index))) return index;
  if (typeof Intl.Segmenter === 'function') {
    segmenter ??= new Intl.Segmenter();
    let last = 0;
    // The longest emoji sequences are a few dozen code units; segmenting past them is enough.
    for (const { index: start } of segmenter.segment(text.slice(0, index + 64))) {
      if (start > index) break;
      last = start;
    }
    return last;
  }
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;

const positive = (value: unknown): number | undefined => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 && n < 100_000 ? Math.round(n) : undefined;
};

const MONTH_NAMES = 'jan feb mar apr may jun jul aug sep oct nov dec';

/** Whether the day exists: 31 February and 0 March do not, whatever JavaScript makes of them. */
function realDay(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/**
 * A date as a feed writes it (ISO 8601, RFC 822), or null when it is not a real one. JavaScript
 * rolls 2025-02-31 over to 3 March and reads year 0050 as 1950; both are refused instead, and
 * only four-digit years are taken.
 */
export function parseDate(text: string): Date | null {
  const iso = /^(\d{4})-(\d\d)-(\d\d)(T.*)?$/i.exec(text);
  const rfc = iso ? null : /^(?:[a-z]+,?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\b/i.exec(text);
  const month = rfc ? MONTH_NAMES.indexOf(rfc[2].toLowerCase()) / 4 + 1 : 0;
  const [year, monthNumber, day] = iso ? [+iso[1], +iso[2], +iso[3]] : rfc ? [+rfc[3], month, +rfc[1]] : [2000, 1, 1];
  if ((iso || rfc) && !realDay(year, monthNumber, day)) return null;
  let date: Date;
  if (iso && !iso[4]) {
    // "2025-05-13" means that day where the visitor is; JavaScript would read it as UTC midnight,
    // which is the day before anywhere west of Greenwich.
    date = new Date(2000, 0, 1);
    date.setFullYear(year, monthNumber - 1, day);
  } else {
    date = new Date(text);
  }
  const fullYear = date.getFullYear();
  return fullYear >= 1000 && fullYear <= 9999 ? date : null;
}

/**
 * Raw fields, as any of the formats provide them, before checking. Every field is plain text
 * (a "<b>" in a title shows as those three characters) except the ones named Html, which come
 * from feeds that carry HTML and are reduced to their text.
 */
export interface RawArticle {
  title?: unknown;
  titleHtml?: unknown;
  url?: unknown;
  excerpt?: unknown;
  excerptHtml?: unknown;
  /** Text of the whole article: used for the excerpt when none is given, and for reading time. */
  content?: unknown;
  contentHtml?: unknown;
  image?: unknown;
  imageAlt?: unknown;
  imageWidth?: unknown;
  imageHeight?: unknown;
  date?: unknown;
  author?: unknown;
  tags?: unknown;
  readingTime?: unknown;
}

/**
 * Checks one article. Returns null (with a problem) when it has no title to show. Relative links
 * and images are resolved against `base` (the feed's own URL) when there is one.
 */
export function toArticle(raw: RawArticle, position: number, problems: string[], base?: string): Article | null {
  const text = (value: unknown, html: unknown) => str(value) ?? (str(html) ? htmlToText(str(html)!) : undefined);
  const rawTitle = text(raw.title, raw.titleHtml);
  const title = rawTitle?.trim() ? clip(rawTitle, MAX_TEXT) : undefined;
  const name = title ? `"${clip(title, 60)}"` : `article ${position + 1}`;
  if (!title) {
    problems.push(`${name} has no title and is not shown`);
    return null;
  }
  const article: Article = { title, tags: [] };

  const rawUrl = str(raw.url);
  if (rawUrl) {
    article.url = resolveUrl(rawUrl, base, WEB_URL) ?? undefined;
    if (!article.url) problems.push(`${name}: link "${clip(rawUrl, 80)}" is not an http(s) or relative URL and was dropped`);
  }

  const content = text(raw.content, raw.contentHtml) ?? '';
  const excerpt = text(raw.excerpt, raw.excerptHtml) ?? content;
  if (excerpt.trim()) article.excerpt = clip(excerpt, MAX_EXCERPT);

  const imageSrc = str(isRecord(raw.image) ? (raw.image.url ?? raw.image.src) : raw.image);
  if (imageSrc) {
    const src = resolveUrl(imageSrc, base, WEB_URL);
    if (src) {
      const image = isRecord(raw.image) ? raw.image : {};
      article.image = {
        src,
        alt: clip(str(raw.imageAlt ?? image.alt) ?? '', MAX_TEXT),
        width: positive(raw.imageWidth ?? image.width),
        height: positive(raw.imageHeight ?? image.height),
      };
    } else {
      problems.push(`${name}: image "${clip(imageSrc, 80)}" is not an http(s) or relative URL and was dropped`);
    }
  }

  const rawDate = str(raw.date);
  if (rawDate) {
    article.date = parseDate(rawDate) ?? undefined;
    if (!article.date) problems.push(`${name}: date ${JSON.stringify(clip(rawDate, 40))} is not a real date; it is not shown`);
  }
  const author = isRecord(raw.author) ? raw.author.name : raw.author;
  if (str(author)) article.author = clip(str(author)!, 100);

  const tags = Array.isArray(raw.tags) ? raw.tags : typeof raw.tags === 'string' ? raw.tags.split(',') : [];
  article.tags = [...new Set(tags.map((tag) => str(tag) && clip(str(tag)!, 40)).filter((tag): tag is string => !!tag))].slice(0, 12);

  const words = content.split(/\s+/).filter(Boolean).length;
  article.readingTime = positive(raw.readingTime) ?? (words > 0 ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : undefined);
  return article;
}

/** Articles from a list of plain objects (the `articles` attribute or inline JSON). */
export function fromObjects(items: unknown[], problems: string[], base?: string): Article[] {
  const articles: Article[] = [];
  for (const [i, item] of items.slice(0, MAX_ARTICLES).entries()) {
    if (!isRecord(item)) {
      problems.push(`article ${i + 1} is not an object and is not shown`);
      continue;
    }
    const article = toArticle(
      {
        title: item.title,
        url: item.url ?? item.link ?? item.href,
        excerpt: item.excerpt ?? item.summary ?? item.description,
        content: item.content ?? item.content_text,
        contentHtml: item.content_html,
        image: item.image ?? item.banner_image,
        imageAlt: item.imageAlt ?? item.image_alt,
        imageWidth: item.imageWidth ?? item.image_width,
        imageHeight: item.imageHeight ?? item.image_height,
        date: item.date ?? item.date_published ?? item.published,
        author: item.author ?? (Array.isArray(item.authors) ? item.authors[0] : undefined),
        tags: item.tags,
        readingTime: item.readingTime ?? item.reading_time,
      },
      i,
      problems,
      base,
    );
    if (article) articles.push(article);
  }
  if (items.length > MAX_ARTICLES) problems.push(`only the first ${MAX_ARTICLES} of ${items.length} articles are used`);
  return articles;
}

/** JSON data: an array of articles, or a JSON Feed (version 1 or 1.1) object. */
export function fromJson(data: unknown, base?: string): ArticleList {
  const problems: string[] = [];
  const items = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.items) ? data.items : null;
  if (!items) return { articles: [], problems: ['the JSON is neither a list of articles nor a JSON Feed with "items"'] };
  return { articles: fromObjects(items, problems, base), problems };
}

/**
 * The RSS and Atom reader (rss.ts): a file of its own, fetched only for such a feed, so a page
 * with a JSON feed or no feed does not download it.
 */
export type XmlReader = typeof readXmlItems;

/**
 * RSS 2.0, RSS 1.0 or Atom, read by `readXml` (rss.ts, with our own XML reader: it needs no
 * Trusted Types sink and refuses a document that declares its own entities).
 */
export function fromXml(text: string, base: string | undefined, readXml: XmlReader): ArticleList {
  const read = readXml(text, base, MAX_ARTICLES, decodeEntities);
  if (typeof read === 'string') return { articles: [], problems: [read] };
  const problems: string[] = [];
  const articles = read.items
    .map(({ raw, base: itemBase }, i) => toArticle(raw, i, problems, itemBase))
    .filter((article): article is Article => article !== null);
  if (read.total > MAX_ARTICLES) problems.push(`only the first ${MAX_ARTICLES} of ${read.total} articles are used`);
  return { articles, problems };
}

/** How a fetched document is written, told by content type and content: JSON, XML, or neither. */
export function feedFormat(text: string, contentType = ''): 'json' | 'xml' | undefined {
  const trimmed = text.trimStart();
  if (/json/i.test(contentType) || trimmed.startsWith('{') || trimmed.startsWith('[')) return 'json';
  return /xml|rss|atom/i.test(contentType) || trimmed.startsWith('<') ? 'xml' : undefined;
}

/** A fetched document: JSON Feed or JSON list, RSS or Atom (read by `readXml`, see fromXml). */
export function fromDocument(text: string, contentType = '', base?: string, readXml?: XmlReader): ArticleList {
  const format = feedFormat(text, contentType);
  if (format === 'json') {
    try {
      return fromJson(JSON.parse(text), base);
    } catch (error) {
      return { articles: [], problems: [`the feed is not valid JSON (${(error as Error).message})`] };
    }
  }
  if (format === 'xml' && readXml) return fromXml(text, base, readXml);
  return { articles: [], problems: [`the feed is neither JSON nor XML (content type "${contentType || 'none'}")`] };
}

export type SortOrder = 'newest' | 'oldest' | 'given';

/** Sorted copy; undated articles keep their order after the dated ones. */
export function sortArticles(articles: Article[], order: SortOrder): Article[] {
  if (order === 'given') return articles;
  const sign = order === 'newest' ? -1 : 1;
  return articles
    .map((article, index) => ({ article, index }))
    .sort((a, b) => {
      const ta = a.article.date?.getTime();
      const tb = b.article.date?.getTime();
      if (ta === undefined || tb === undefined) return ta === tb ? a.index - b.index : ta === undefined ? 1 : -1;
      return (ta - tb) * sign || a.index - b.index;
    })
    .map(({ article }) => article);
}

/** Every tag, in order of first appearance. */
export const allTags = (articles: Article[]) => [...new Set(articles.flatMap((article) => article.tags))];

/** Articles having any of the selected tags (all when none is selected). */
export const filterByTags = (articles: Article[], selected: string[]) =>
  selected.length === 0 ? articles : articles.filter((article) => article.tags.some((tag) => selected.includes(tag)));
