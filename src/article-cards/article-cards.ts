import { html, nothing, type PropertyValues } from 'lit';
import { IopElement } from '../core/element.js';
import { Texts } from '../core/i18n.js';
import { parseJson } from '../core/json.js';
import { cardList, hostReset, tokens } from '../core/styles.js';
import { allTags, filterByTags, fromJson, sortArticles, type Article, type ArticleList } from './articles.js';
import { articleCardsStyles } from './article-cards.styles.js';
import { cardStyles, renderCard } from './card.js';
import { fromChildren } from './children.js';
import { readCardsConfig, type CardsConfig } from './config.js';
import { IopArticleOpenEvent } from './events.js';
import { loadFeed } from './load.js';
import { tagLabel } from './tag-label.js';
import { CARDS_EN } from './texts.js';

/** From this many cards on, off-screen cards are skipped until scrolled near (content-visibility). */
const MANY = 24;

/**
 * The clinic's articles as cards, from JSON, a JSON Feed, RSS or Atom, or links already in the page.
 *
 * @tagname iop-article-cards
 * @summary The clinic's posts as cards: grid, list or carousel, with a topic filter.
 *
 * @slot - Progressive enhancement: links, `<iop-article-card>` elements or a `<script type="application/json">` with articles. They show before the script loads and become cards after.
 *
 * @fires {IopArticleOpenEvent} iop-article-open - A card's link was followed. Cancelable. `detail: { url, title }`.
 *
 * @csspart card - One card.
 * @csspart image - A card's image.
 * @csspart title - A card's heading.
 * @csspart link - A card's link (it covers the card).
 * @csspart meta - Date, author and reading time.
 * @csspart excerpt - The summary.
 * @csspart tags - The card's topics.
 * @csspart filters - The topic filter buttons.
 * @csspart status - Loading, empty and error messages.
 * @csspart button - Retry, Show more, Previous and Next.
 * @csspart notice - The note shown when a setting could not be used.
 *
 * @cssprop [--iop-article-cards-min=16em] - Smallest card width in the grid.
 * @cssprop [--iop-article-cards-carousel-width=18em] - Card width in the carousel.
 */
export class IopArticleCards extends IopElement<CardsConfig> {
  static override styles = [tokens, hostReset, cardList, cardStyles, articleCardsStyles];
  static override properties = {
    articles: {},
    src: {},
    layout: { reflect: true },
    limit: {},
    sort: {},
    tags: {},
    showMore: { type: Boolean, attribute: 'show-more' },
    timeout: {},
    maxBytes: { attribute: 'max-bytes' },
    headingLevel: { attribute: 'heading-level' },
    fromAttribute: { state: true },
    fromChildren: { state: true },
    selected: { state: true },
    expanded: { state: true },
    feed: { state: true },
  };

  /** JSON list of articles: `[{"title", "url", "excerpt", "image", "imageAlt", "date", "author", "tags", "readingTime"}]`, or a JSON Feed. */
  articles?: string;

  /** URL of a JSON Feed, RSS 2.0 or Atom document (http(s) or relative). Fetched once per page. */
  src?: string;

  /** `grid` (default), `list` or `carousel`. */
  layout: 'grid' | 'list' | 'carousel' = 'grid';

  /** How many cards to show (1-1000); all by default. */
  limit?: string;

  /** `newest` (default), `oldest` or `given` (the source's order). */
  sort?: 'newest' | 'oldest' | 'given';

  /** Topics selected at start, comma-separated. */
  tags?: string;

  /** Shows a "Show more" button for the cards past `limit`, instead of leaving them out. */
  showMore = false;

  /** Seconds to wait for `src` before showing an error (1-120, default 10). */
  timeout?: string;

  /** The largest feed read from `src`, in bytes (1000-20000000, default 1000000); a larger one shows the error. */
  maxBytes?: string;

  /** The level of each card's heading, 2-6 (default 3). */
  headingLevel?: string;

  /** Articles from the `articles` attribute; null when it is not set. */
  private fromAttribute: ArticleList | null = null;
  /** Articles written inside the element; null when there are none. */
  private fromChildren: ArticleList | null = null;
  private selected: string[] = [];
  private expanded = false;
  private observer?: MutationObserver;
  protected texts = new Texts(this, { en: CARDS_EN, es: () => import('./es.js').then((module) => module.CARDS_ES) });
  private focusFrom = -1;
  /** Set by Try again: the Retry button disappears, so focus follows the visitor's request. */
  private retrying = false;

  /** The request for `src`: which one (URL and timeout), and how it went. Null when none is needed. */
  private feed: { key: string; status: 'pending' | 'complete' | 'error'; value?: ArticleList } | null = null;
  /** Aborted when the feed above is no longer wanted: another src, or the widget left the page. */
  private feedWanted?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    // Children written in the page can change after the script runs (a CMS filling a template).
    this.observer = new MutationObserver(() => (this.fromChildren = fromChildren(this)));
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.fromChildren = fromChildren(this);
    if (this.hasUpdated && !this.feed) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    // A widget taken out of the page stops waiting (its request is aborted unless another widget
    // shares it); put back, it asks again. One moved within the page in the same task keeps waiting.
    queueMicrotask(() => {
      if (this.isConnected || this.feed?.status !== 'pending') return;
      this.feedWanted?.abort();
      this.feed = null;
    });
  }

  protected override readConfig(): CardsConfig {
    return readCardsConfig(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tags')) this.selected = this.config.tags;
    if (changed.has('articles')) this.fromAttribute = this.articles ? this.readAttribute(this.articles) : null;
    this.requestFeed();
    const sources = [this.fromAttribute, this.fromChildren, this.feed?.value];
    this.reportProblems(sources.flatMap((source) => source?.problems ?? []));
  }

  protected override updated(): void {
    if (this.retrying) {
      // While loading, the status message; then the first card, or the button again if it failed.
      const target = this.renderRoot.querySelector<HTMLElement>('.cards:not(.skeleton) a, [role=alert] button, [part=status]');
      target?.focus();
      if (!this.renderRoot.querySelector('.skeleton')) this.retrying = false;
    }
    if (this.focusFrom >= 0) {
      this.renderRoot.querySelectorAll('.cards > li')[this.focusFrom]?.querySelector('a')?.focus();
      this.focusFrom = -1;
    }
  }

  /**
   * Asks for `src` when the wanted feed changed (or on retry). An answer that arrives after the
   * widget moved on to another feed is dropped, so a slow old request never overwrites a new one.
   */
  private requestFeed(retry = false): void {
    const src = this.fromAttribute ? null : this.config.src;
    const { timeoutMs, maxBytes } = this.config;
    const key = `${src} ${timeoutMs} ${maxBytes}`;
    if (!retry && this.feed?.key === key) return;
    this.feedWanted?.abort();
    if (!src || !this.isConnected) {
      this.feed = null;
      return;
    }
    const feed: typeof this.feed = { key, status: 'pending' };
    this.feed = feed;
    this.feedWanted = new AbortController();
    // The failure itself is reported once by loadFeed, however many widgets share the feed.
    loadFeed(src, { timeoutMs, maxBytes, base: this.baseURI }, this.feedWanted.signal, retry).then(
      (value) => {
        if (this.feed === feed) this.feed = { key, status: 'complete', value };
      },
      () => {
        if (this.feed === feed) this.feed = { key, status: 'error' };
      },
    );
  }

  private readAttribute(text: string): ArticleList {
    const parsed = parseJson('articles', text, () => null);
    if (!parsed.ok) return { articles: [], problems: [parsed.error] };
    const list = fromJson(parsed.value);
    return { articles: list.articles, problems: list.problems.map((problem) => `articles: ${problem}`) };
  }

  private handleOpen = (event: MouseEvent, article: Article): void => {
    if (!this.dispatchEvent(new IopArticleOpenEvent({ url: article.url!, title: article.title }))) event.preventDefault();
  };

  private handleRetry(): void {
    this.retrying = true;
    this.requestFeed(true);
  }

  private toggleTag(tag: string): void {
    this.selected = this.selected.includes(tag) ? this.selected.filter((t) => t !== tag) : [...this.selected, tag];
    this.expanded = false;
  }

  private showAll(shown: number): void {
    this.expanded = true;
    this.focusFrom = shown;
  }

  /**
   * Scrolls by one card. `direction` is logical (1 = Next, toward the inline end); `physical`
   * says it is already a screen direction (1 = rightward), as the arrow keys are. In a
   * right-to-left page the inline end is on the left and scrollLeft runs from 0 down to negative
   * values, so Next must scroll left: without this, Next stopped at the start and Previous moved on.
   */
  private scrollCarousel(direction: 1 | -1, physical = false): void {
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    const card = track?.querySelector('li');
    if (!track || !card) return;
    const rtl = !physical && getComputedStyle(track).direction === 'rtl';
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    track.scrollBy({ left: (rtl ? -direction : direction) * (card.getBoundingClientRect().width + 16), behavior: reduce ? 'auto' : 'smooth' });
  }

  /** The arrow keys move the way they point on screen, in either writing direction. */
  private handleTrackKeydown(event: KeyboardEvent): void {
    const direction = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!direction) return;
    event.preventDefault();
    this.scrollCarousel(direction, true);
  }

  /**
   * Sources, first wins: the `articles` attribute, then `src`, then the element's children. The
   * children also stand in while `src` loads or when it fails, so a page never loses its links.
   */
  /** The page's own markup (links or articles written in the page) stands in. */
  protected override renderFallback() {
    return html`<slot></slot>`;
  }

  protected override renderContent() {
    const { t } = this.texts;
    const notice = this.renderNotice();
    const fallback = this.fromChildren?.articles.length ? this.renderArticles(this.fromChildren.articles) : null;
    const local = this.fromAttribute ?? (this.config.src ? null : this.fromChildren);
    if (local) {
      const body = local.articles.length
        ? this.renderArticles(local.articles)
        : local.problems.length
          ? this.renderError(false)
          : this.renderStatus(t.empty);
      return html`${notice}${body}`;
    }
    if (!this.config.src) return html`${notice}${this.renderStatus(t.empty)}`;
    const { status, value } = this.feed ?? { status: 'pending' };
    const body =
      status === 'complete'
        ? value?.articles.length
          ? this.renderArticles(value.articles)
          : this.renderStatus(t.empty)
        : status === 'error'
          ? html`${this.renderError(true)}${fallback ?? nothing}`
          : (fallback ?? this.renderLoading());
    return html`${notice}${body}`;
  }

  private renderStatus(text: string) {
    return html`<p class="status" part="status" role="status">${text}</p>`;
  }

  private renderLoading() {
    const count = Math.min(this.config.limit, this.config.layout === 'list' ? 3 : 6);
    return html`
      <p class="status" part="status" role="status" tabindex="-1">${this.texts.t.loading}</p>
      <ul class="cards ${this.config.layout} skeleton" aria-hidden="true">
        ${Array.from({ length: count }, () => html`<li><div class="card placeholder"></div></li>`)}
      </ul>
    `;
  }

  private renderError(canRetry: boolean) {
    return html`
      <div class="status error" part="status" role="alert">
        <p>${this.texts.t.failed}</p>
        ${canRetry ? html`<button type="button" class="button" part="button" @click=${this.handleRetry}>${this.texts.t.retry}</button>` : nothing}
      </div>
    `;
  }

  private renderArticles(articles: Article[]) {
    const { layout, limit, headingLevel } = this.config;
    const sorted = sortArticles(articles, this.config.sort);
    const tags = allTags(sorted);
    // Only topics that some article has can be selected, so a filter never empties the list.
    const selected = this.selected.filter((tag) => tags.includes(tag));
    const matching = filterByTags(sorted, selected);
    const shown = this.expanded || !Number.isFinite(limit) ? matching : matching.slice(0, limit);
    const hidden = this.showMore ? matching.length - shown.length : 0;
    const lang = this.texts.locale;
    const { t } = this.texts;
    const list = html`
      <ul class="cards ${layout} ${layout === 'carousel' ? 'track' : ''} ${shown.length > MANY ? 'many' : ''}" role="list" id="cards" tabindex=${layout === 'carousel' ? '0' : nothing} aria-label=${layout === 'carousel' ? t.articles : nothing} @keydown=${layout === 'carousel' ? this.handleTrackKeydown : nothing}>
        ${shown.map((article) => html`<li>${renderCard(article, headingLevel, lang, t, this.handleOpen)}</li>`)}
      </ul>
    `;
    return html`
      ${tags.length > 1
        ? html`<div class="filters" part="filters" role="group" aria-labelledby="filters-label">
            <span id="filters-label">${t.topics}</span>
            ${tags.map(
              (tag) => html`<button type="button" aria-pressed=${selected.includes(tag) ? 'true' : 'false'} @click=${() => this.toggleTag(tag)}><span aria-hidden="true"></span>${tagLabel(tag)}</button>`,
            )}
          </div>`
        : nothing}
      <p class="count" role="status">${selected.length ? t.showing(matching.length, sorted.length) : ''}</p>
      ${layout === 'carousel'
          ? html`<div class="frame">
              <button type="button" class="button" part="button" aria-controls="cards" @click=${() => this.scrollCarousel(-1)}>${t.previous}</button>
              <button type="button" class="button" part="button" aria-controls="cards" @click=${() => this.scrollCarousel(1)}>${t.next}</button>
              ${list}
            </div>`
          : list}
      ${hidden > 0
        ? html`<button type="button" class="button more" part="button" @click=${() => this.showAll(shown.length)}>${t.more(hidden)}</button>`
        : nothing}
    `;
  }
}
