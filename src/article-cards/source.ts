import type { Article, ArticleList } from './articles.js';

/**
 * Where the cards come from, decided once per update. Either a list already read (from the
 * `articles` attribute or the element's children), or a feed to load, with the children's
 * articles standing in while it loads or if it fails, so a page never loses its links.
 */
export type ArticleSource = { from: 'attribute' | 'children'; list: ArticleList } | { from: 'src'; src: string; standIn: Article[] | null };

const NOTHING: ArticleList = { articles: [], problems: [] };

/**
 * The source that wins, first to last: the `articles` attribute (even when it holds no article:
 * the site owner chose it), then `src`, then the children. With none of them, an empty list
 * (the empty state). Pure: no DOM.
 */
export function pickSource(attribute: ArticleList | null, src: string | null, children: ArticleList | null): ArticleSource {
  if (attribute) return { from: 'attribute', list: attribute };
  if (src) return { from: 'src', src, standIn: children?.articles.length ? children.articles : null };
  return { from: 'children', list: children ?? NOTHING };
}
