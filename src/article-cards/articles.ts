import { isRecord } from '../core/json.js';
import { safeUrl, WEB_URL } from '../core/safe-url.js';

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
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

/**
 * Feed HTML to plain text. The HTML is parsed into an inert document (DOMParser runs no script
 * and loads nothing) and only its text is kept, so no markup from a feed ever reaches the page.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  doc.querySelectorAll('script, style, template, noscript').forEach((node) => node.remove());
  return doc.body.textContent ?? '';
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;

const positive = (value: unknown): number | undefined => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 && n < 100_000 ? Math.round(n) : undefined;
};

function parseDate(value: unknown): Date | undefined {
  const text = str(value);
  if (!text) return undefined;
  // "2025-05-13" means that day where the visitor is; JavaScript would read it as UTC midnight,
  // which is the day before anywhere west of Greenwich.
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
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

/** Checks one article. Returns null (with a problem) when it has no title to show. */
export function toArticle(raw: RawArticle, position: number, problems: string[]): Article | null {
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
    article.url = safeUrl(rawUrl, WEB_URL) ?? undefined;
    if (!article.url) problems.push(`${name}: link "${clip(rawUrl, 80)}" is not an http(s) or relative URL and was dropped`);
  }

  const content = text(raw.content, raw.contentHtml) ?? '';
  const excerpt = text(raw.excerpt, raw.excerptHtml) ?? content;
  if (excerpt.trim()) article.excerpt = clip(excerpt, MAX_EXCERPT);

  const imageSrc = str(isRecord(raw.image) ? raw.image.url ?? raw.image.src : raw.image);
  if (imageSrc) {
    const src = safeUrl(imageSrc, WEB_URL);
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

  article.date = parseDate(raw.date);
  const author = isRecord(raw.author) ? raw.author.name : raw.author;
  if (str(author)) article.author = clip(str(author)!, 100);

  const tags = Array.isArray(raw.tags) ? raw.tags : typeof raw.tags === 'string' ? raw.tags.split(',') : [];
  article.tags = [...new Set(tags.map((tag) => str(tag) && clip(str(tag)!, 40)).filter((tag): tag is string => !!tag))].slice(0, 12);

  const words = content.split(/\s+/).filter(Boolean).length;
  article.readingTime = positive(raw.readingTime) ?? (words > 0 ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : undefined);
  return article;
}

/** Articles from a list of plain objects (the `articles` attribute or inline JSON). */
export function fromObjects(items: unknown[], problems: string[]): Article[] {
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
    );
    if (article) articles.push(article);
  }
  if (items.length > MAX_ARTICLES) problems.push(`only the first ${MAX_ARTICLES} of ${items.length} articles are used`);
  return articles;
}

/** JSON data: an array of articles, or a JSON Feed (version 1 or 1.1) object. */
export function fromJson(data: unknown): ArticleList {
  const problems: string[] = [];
  const items = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.items) ? data.items : null;
  if (!items) return { articles: [], problems: ['the JSON is neither a list of articles nor a JSON Feed with "items"'] };
  return { articles: fromObjects(items, problems), problems };
}

const childText = (parent: Element, names: string[]): string | undefined => {
  for (const name of names) {
    const node = [...parent.children].find((child) => child.localName === name || child.nodeName === name);
    if (node?.textContent?.trim()) return node.textContent;
  }
  return undefined;
};

/** RSS 2.0 or Atom, parsed as XML (an XML document never runs script). */
export function fromXml(text: string): ArticleList {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.querySelector('parsererror')) return { articles: [], problems: ['the feed is not well-formed XML'] };
  const root = doc.documentElement;
  const problems: string[] = [];
  const isAtom = root.localName === 'feed';
  if (!isAtom && root.localName !== 'rss' && root.localName !== 'RDF') {
    return { articles: [], problems: [`the XML is not an RSS or Atom feed (its root is <${root.localName}>)`] };
  }
  const entries = [...doc.getElementsByTagName(isAtom ? 'entry' : 'item')].slice(0, MAX_ARTICLES);
  const articles: Article[] = [];
  entries.forEach((entry, i) => {
    const link = isAtom
      ? ([...entry.children].find((c) => c.localName === 'link' && (c.getAttribute('rel') ?? 'alternate') === 'alternate')?.getAttribute('href') ?? undefined)
      : (childText(entry, ['link']) ?? [childText(entry, ['guid'])].find((guid) => guid && /^\s*https?:\/\//i.test(guid)));
    const media = [...entry.children].find((c) => ['enclosure', 'content', 'thumbnail'].includes(c.localName) && /^image\//.test(c.getAttribute('type') ?? 'image/') && c.getAttribute('url'));
    // RSS titles are text; descriptions and content are HTML. Atom says which with type="html".
    const title = [...entry.children].find((c) => c.localName === 'title');
    const titleIsHtml = isAtom && /html/.test(title?.getAttribute('type') ?? '');
    const article = toArticle(
      {
        title: titleIsHtml ? undefined : title?.textContent,
        titleHtml: titleIsHtml ? title?.textContent : undefined,
        url: link,
        excerptHtml: childText(entry, isAtom ? ['summary'] : ['description']),
        contentHtml: childText(entry, isAtom ? ['content'] : ['content:encoded', 'encoded']),
        image: media?.getAttribute('url') ?? undefined,
        imageWidth: media?.getAttribute('width'),
        imageHeight: media?.getAttribute('height'),
        date: childText(entry, isAtom ? ['published', 'updated'] : ['pubDate', 'date']),
        author: isAtom ? childText([...entry.children].find((c) => c.localName === 'author') ?? entry, ['name']) : childText(entry, ['author', 'dc:creator', 'creator']),
        tags: [...entry.children].filter((c) => c.localName === 'category').map((c) => c.getAttribute('term') ?? c.textContent ?? ''),
      },
      i,
      problems,
    );
    if (article) articles.push(article);
  });
  return { articles, problems };
}

/** A fetched document: JSON Feed or JSON list, RSS or Atom, told apart by content type and content. */
export function fromDocument(text: string, contentType = ''): ArticleList {
  const trimmed = text.trimStart();
  const looksJson = /json/i.test(contentType) || trimmed.startsWith('{') || trimmed.startsWith('[');
  if (looksJson) {
    try {
      return fromJson(JSON.parse(text));
    } catch (error) {
      return { articles: [], problems: [`the feed is not valid JSON (${(error as Error).message})`] };
    }
  }
  if (/xml|rss|atom/i.test(contentType) || trimmed.startsWith('<')) return fromXml(text);
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
