import { css, html, nothing } from 'lit';
import type { Article } from './articles.js';
import type { CardsTexts } from './texts.js';
import { formatDate } from '../core/dates.js';
import { tagLabel } from './tag-label.js';

/** The day the card shows, as a machine reads it ("2025-05-13"): the visitor's calendar day, not a UTC instant. */
const localDay = (date: Date) =>
  `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * One template per card shape (list item or not, heading level, which optional parts it has, how
 * many topics) instead of one per part: a card used to be ten nested template instances (list
 * item, card, heading, link, meta, time, excerpt, topics, one per topic), each a clone, a tree walk
 * and marker comments, and 1,000 cards spent most of their script time there. The markup is put
 * together from the constants below and the heading level (a number 2-6) only: no text from data
 * ever enters it. Every value is bound as text or an attribute, as in a written template. Lit
 * caches a template by its strings array, so each shape's array is made once.
 */
const templates = new Map<string, TemplateStringsArray>();

/**
 * One card (in a list item when `item`). The heading link is stretched over the whole card, so
 * each card is one tab stop and one large target. Every value is bound as text or as a checked
 * URL; nothing is markup.
 */
export function renderCard(
  article: Article,
  level: number,
  lang: string | undefined,
  texts: CardsTexts,
  onOpen: (event: MouseEvent, article: Article) => void,
  item = false,
) {
  const { image, date, author, readingTime, url, excerpt, tags } = article;
  // Author and reading time are plain text after the date.
  // The author is isolated (U+2068 ... U+2069): a right-to-left name, or a stray override
  // character in a feed, must not reverse the reading time after it.
  const rest = [author && `\u2068${author}\u2069`, readingTime ? texts.minutes(readingTime) : ''].filter(Boolean).join(' · ');
  // As heading() draws it: 2-6, and h6 for anything that is not a number.
  const clamped = Math.min(6, Math.max(2, level));
  const h = `h${[2, 3, 4, 5].includes(clamped) ? clamped : 6}`;
  // `~` marks where a value goes, in the order they are pushed below.
  const markup = [
    item ? '<li>' : '',
    '<article class="card" part="card">',
    image ? '<img part="image" src=~ alt=~ loading="lazy" decoding="async" width=~ height=~ />' : '',
    `<div class="body"><${h} part="title">`,
    url ? '<a part="link" href=~ @click=~>~</a>' : '~',
    `</${h}>`,
    date || rest ? `<p class="meta" part="meta">${date ? '<time datetime=~>~</time>' : ''}${date && rest ? ' · ' : ''}${rest ? '~' : ''}</p>` : '',
    excerpt ? '<p part="excerpt">~</p>' : '',
    tags.length ? `<ul class="tags" part="tags" aria-label=~>${'<li>~</li>'.repeat(tags.length)}</ul>` : '',
    `</div></article>${item ? '</li>' : ''}`,
  ].join('');
  let strings = templates.get(markup);
  if (!strings) {
    const pieces = markup.split('~');
    templates.set(markup, (strings = Object.assign(pieces, { raw: pieces }) as unknown as TemplateStringsArray));
  }
  const values: unknown[] = [];
  if (image) values.push(image.src, image.alt, image.width ?? nothing, image.height ?? nothing);
  if (url) values.push(url, (event: MouseEvent) => onOpen(event, article));
  values.push(article.title);
  if (date) values.push(localDay(date), formatDate(date, lang, 'medium'));
  if (rest) values.push(rest);
  if (excerpt) values.push(excerpt);
  if (tags.length) values.push(texts.topics, ...tags.map(tagLabel));
  return html(strings, ...values);
}

export const cardStyles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    border: var(--_line) solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
    transition: box-shadow 150ms ease, transform 150ms ease;
  }
  /* A light lift on hover; the title underlines then, not at rest. */
  .card:hover {
    border-color: var(--_primary);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.12);
    transform: translateY(-2px);
  }
  .card:has(a:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .card a:focus-visible {
    outline: none;
  }
  img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_surface-alt);
  }
  .body {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
  }
  h2, h3, h4, h5, h6 {
    font-size: var(--_size-1);
  }
  .card a {
    color: var(--_text);
    text-decoration: none;
    text-underline-offset: 0.2em;
  }
  .card:hover a {
    text-decoration: underline;
    text-decoration-color: var(--_primary);
  }
  /* The heading link covers the whole card. */
  .card a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .meta {
    color: var(--_muted);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_primary);
  }
  /* At most three topics on a card: the filter above lists them all. */
  .tags li:nth-child(n + 4) {
    display: none;
  }
  /* A visual mark only: screen readers hear the topic, not "number sign" (older browsers keep the first line). */
  .tags li::before {
    content: '#';
    content: '#' / '';
  }
`;
