import { css, html, nothing } from 'lit';
import { heading } from '../core/heading.js';
import type { Article } from './articles.js';
import type { CardsTexts } from './texts.js';
import { formatDate } from '../core/dates.js';
import { tagLabel } from './tag-label.js';

/** The day the card shows, as a machine reads it ("2025-05-13"): the visitor's calendar day, not a UTC instant. */
const localDay = (date: Date) =>
  `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * One card. The heading link is stretched over the whole card, so each card is one tab stop and
 * one large target. Every value is bound as text or as a checked URL; nothing is markup.
 */
export function renderCard(
  article: Article,
  level: number,
  lang: string | undefined,
  texts: CardsTexts,
  onOpen: (event: MouseEvent, article: Article) => void,
) {
  const { image, date, author, readingTime } = article;
  // Author and reading time are plain text after the date: one template per card for the meta
  // line, not one per item, keeps 1,000 cards fast.
  // The author is isolated (U+2068 ... U+2069): a right-to-left name, or a stray override
  // character in a feed, must not reverse the reading time after it.
  const rest = [author && `\u2068${author}\u2069`, readingTime ? texts.minutes(readingTime) : ''].filter(Boolean).join(' · ');
  return html`
    <article class="card" part="card">
      ${
        image
          ? html`<img part="image" src=${image.src} alt=${image.alt} loading="lazy" decoding="async" width=${image.width ?? nothing} height=${image.height ?? nothing} />`
          : nothing
      }
      <div class="body">
        ${heading(
          level,
          article.url ? html`<a part="link" href=${article.url} @click=${(event: MouseEvent) => onOpen(event, article)}>${article.title}</a>` : article.title,
          'title',
        )}
        ${
          date || rest
            ? html`<p class="meta" part="meta">${date ? html`<time datetime=${localDay(date)}>${formatDate(date, lang, 'medium')}</time>` : nothing}${date && rest ? ' · ' : ''}${rest}</p>`
            : nothing
        }
        ${article.excerpt ? html`<p part="excerpt">${article.excerpt}</p>` : nothing}
        ${
          article.tags.length
            ? html`<ul class="tags" part="tags" aria-label=${texts.topics}>${article.tags.map((tag) => html`<li>${tagLabel(tag)}</li>`)}</ul>`
            : nothing
        }
      </div>
    </article>
  `;
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
