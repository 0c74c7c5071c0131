import { html, nothing } from 'lit';
import { allTags, filterByTags, sortArticles, type Article } from './articles.js';
import { tagLabel } from './tag-label.js';
import { renderCard } from './card.js';
import { onTrackKeydown, renderCarousel } from './carousel.js';
import type { CardsConfig } from './config.js';
import type { CardsTexts } from './texts.js';

/** From this many cards on, off-screen cards are skipped until scrolled near (content-visibility). */
const MANY = 24;

/** What the list shows besides its articles: the settings, the visitor's choices, and what to call back. */
export interface ListState {
  config: CardsConfig;
  /** Topics the visitor selected (or `tags` preselected). */
  selected: string[];
  /** Show more was pressed. */
  expanded: boolean;
  showMore: boolean;
  /** The tag dates are formatted in. */
  locale: string;
  t: CardsTexts;
  onOpen: (event: MouseEvent, article: Article) => void;
  onToggle: (tag: string) => void;
  /** Show more: `shown` is how many cards showed before, the index of the first new one. */
  onShowAll: (shown: number) => void;
}

/**
 * The topic filter, the count of matching articles, the cards (in a carousel frame if so laid
 * out) and Show more. The articles are sorted, filtered by the selected topics, and cut at the
 * limit unless expanded.
 */
export function renderList(articles: Article[], state: ListState) {
  const { config, t } = state;
  const { layout, limit } = config;
  const sorted = sortArticles(articles, config.sort);
  const tags = allTags(sorted);
  // Only topics that some article has count as selected, so a filter never empties the list.
  const active = state.selected.filter((tag) => tags.includes(tag));
  const matching = filterByTags(sorted, active);
  const shown = state.expanded || !Number.isFinite(limit) ? matching : matching.slice(0, limit);
  const hidden = state.showMore ? matching.length - shown.length : 0;
  const carousel = layout === 'carousel';
  const list = html`
    <ul class="cards ${layout} ${carousel ? 'track' : ''} ${shown.length > MANY ? 'many' : ''}" role="list" id="cards" tabindex=${carousel ? '0' : nothing} aria-label=${carousel ? t.articles : nothing} @keydown=${carousel ? onTrackKeydown : nothing}>
      ${shown.map((article) => renderCard(article, config.headingLevel, state.locale, t, state.onOpen, true))}
    </ul>
  `;
  return html`
    ${
      tags.length > 1
        ? html`<div class="filters" part="filters" role="group" aria-labelledby="filters-label">
          <span id="filters-label">${t.topics}</span>
          ${tags.map(
            (tag) =>
              html`<button type="button" aria-pressed=${active.includes(tag) ? 'true' : 'false'} @click=${() => state.onToggle(tag)}><span aria-hidden="true"></span>${tagLabel(tag)}</button>`,
          )}
        </div>`
        : nothing
    }
    <p class="count" role="status">${active.length ? t.showing(matching.length, sorted.length) : ''}</p>
    ${carousel ? renderCarousel(list, t) : list}
    ${hidden > 0 ? html`<button type="button" class="button more" part="button" @click=${() => state.onShowAll(shown.length)}>${t.more(hidden)}</button>` : nothing}
  `;
}
