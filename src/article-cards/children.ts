import { parseJson } from '../core/json.js';
import { fromJson, toArticle, type Article, type ArticleList, type RawArticle } from './articles.js';

/**
 * What an `<iop-article-card>` written in the page describes: attributes first, else its own
 * markup (first heading or link, first paragraph, first image). Read as text, never as markup.
 */
export function readCardElement(card: Element): RawArticle {
  const attr = (name: string) => card.getAttribute(name) ?? undefined;
  const link = card.querySelector('a[href]');
  const image = card.querySelector('img');
  return {
    title: attr('heading') ?? card.querySelector('h1, h2, h3, h4, h5, h6, a')?.textContent ?? undefined,
    url: attr('href') ?? link?.getAttribute('href') ?? undefined,
    excerpt: attr('excerpt') ?? card.querySelector('p')?.textContent ?? undefined,
    image: attr('image') ?? image?.getAttribute('src') ?? undefined,
    imageAlt: attr('image-alt') ?? image?.getAttribute('alt') ?? undefined,
    imageWidth: attr('image-width') ?? image?.getAttribute('width'),
    imageHeight: attr('image-height') ?? image?.getAttribute('height'),
    date: attr('date') ?? card.querySelector('time')?.getAttribute('datetime') ?? undefined,
    author: attr('author'),
    tags: attr('tags'),
    readingTime: attr('reading-time'),
  };
}

function collect(raws: RawArticle[]): ArticleList {
  const problems: string[] = [];
  const articles = raws.map((raw, i) => toArticle(raw, i, problems)).filter((a): a is Article => a !== null);
  return { articles, problems };
}

/**
 * Articles written inside the element, for progressive enhancement: a JSON script, or
 * `<iop-article-card>` elements, or plain links. Null when there is none of these.
 */
export function fromChildren(host: Element): ArticleList | null {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (script) {
    // The same size limit as a JSON attribute: a pasted megabyte must not block the page.
    const parsed = parseJson('the inline <script type="application/json">', script.textContent ?? '', () => null);
    return parsed.ok ? fromJson(parsed.value) : { articles: [], problems: [parsed.error] };
  }
  const cards = [...host.querySelectorAll('iop-article-card')];
  if (cards.length) return collect(cards.map(readCardElement));
  const links = [...host.querySelectorAll('a[href]')];
  if (links.length) return collect(links.map((link) => ({ title: link.textContent, url: link.getAttribute('href') })));
  return null;
}
