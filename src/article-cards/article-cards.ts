import { html, nothing, type PropertyValues } from 'lit';
import { IopElement } from '../core/element.js';
import { Texts } from '../core/i18n.js';
import { parseJson } from '../core/json.js';
import { cardList, hostReset, tokens } from '../core/styles.js';
import { fromJson, type Article, type ArticleList } from './articles.js';
import { articleCardsStyles } from './article-cards.styles.js';
import { cardStyles } from './card.js';
import { fromChildren } from './children.js';
import { readCardsConfig, type CardsConfig } from './config.js';
import { IopArticleOpenEvent } from './events.js';
import { FeedTask } from './feed.js';
import { renderList } from './list.js';
import { pickSource, type ArticleSource } from './source.js';
import { CARDS_EN } from './texts.js';

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

  /**
   * Where the cards come from, decided in one place (source.ts): the `articles` attribute, then
   * `src`, then the children, which stand in while `src` loads or when it fails.
   */
  private get source(): ArticleSource {
    return pickSource(this.fromAttribute, this.config.src, this.fromChildren);
  }

  /** The feed at `src`, when the source is one: requested before each render if what it needs changed. */
  private feed = new FeedTask(this, () => {
    const source = this.source;
    return source.from === 'src' ? [source.src, this.config.timeoutMs, this.config.maxBytes] : null;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Children written in the page can change after the script runs (a CMS filling a template).
    this.observer = new MutationObserver(() => (this.fromChildren = fromChildren(this)));
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.fromChildren = fromChildren(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override readConfig(): CardsConfig {
    return readCardsConfig(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tags')) this.selected = this.config.tags;
    if (changed.has('articles')) this.fromAttribute = this.articles ? this.readAttribute(this.articles) : null;
    const sources = [this.fromAttribute, this.fromChildren, this.feed.value];
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
    this.feed.run();
  }

  /** The page's own markup (links or articles written in the page) stands in. */
  protected override renderFallback() {
    return html`<slot></slot>`;
  }

  protected override renderContent() {
    const { t } = this.texts;
    const source = this.source;
    const notice = this.renderNotice();
    if (source.from !== 'src') {
      const { articles, problems } = source.list;
      return html`${notice}${articles.length ? this.renderArticles(articles) : problems.length ? this.renderError(false) : this.renderStatus(t.empty)}`;
    }
    const standIn = source.standIn && this.renderArticles(source.standIn);
    return html`${notice}${this.feed.render({
      pending: () => standIn ?? this.renderLoading(),
      complete: ({ articles }) => (articles.length ? this.renderArticles(articles) : this.renderStatus(t.empty)),
      error: () => html`${this.renderError(true)}${standIn ?? nothing}`,
    })}`;
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
    const { config, selected, expanded, showMore, texts } = this;
    return renderList(articles, {
      config,
      selected,
      expanded,
      showMore,
      locale: texts.locale,
      t: texts.t,
      onOpen: this.handleOpen,
      onToggle: (tag) => {
        this.selected = selected.includes(tag) ? selected.filter((each) => each !== tag) : [...selected, tag];
        this.expanded = false;
      },
      onShowAll: (shown) => {
        this.expanded = true;
        this.focusFrom = shown;
      },
    });
  }
}
