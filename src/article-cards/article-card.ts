import { html, nothing } from 'lit';
import { IopElement } from '../core/element.js';
import { hostReset, tokens } from '../core/styles.js';
import { readHeadingLevel, type HeadingLevel } from '../core/heading.js';
import { toArticle, type Article } from './articles.js';
import { cardStyles, renderCard } from './card.js';
import { readCardElement } from './children.js';
import { IopArticleOpenEvent } from './events.js';
import { Texts } from '../core/i18n.js';
import { CARDS_EN } from './texts.js';

interface CardConfig {
  /** Null inside <iop-article-cards> (the list draws the card) or when the card has no title or link. */
  article: Article | null;
  headingLevel: HeadingLevel;
  problems: string[];
}

/**
 * One article card. Inside `<iop-article-cards>` it only describes an article; on its own it
 * shows itself. Its markup (a link, a paragraph, an image) is what shows before the script loads.
 *
 * @tagname iop-article-card
 * @summary A single article card, written in the page.
 *
 * @slot - A link to the article (its text is the title), a paragraph (the excerpt) and an image.
 *
 * @fires {IopArticleOpenEvent} iop-article-open - The card's link was followed. Cancelable. `detail: { url, title }`.
 *
 * @csspart card - The card.
 * @csspart image - The image.
 * @csspart title - The heading.
 * @csspart link - The link (it covers the card).
 * @csspart meta - Date, author and reading time.
 * @csspart excerpt - The summary.
 * @csspart tags - The topics.
 */
export class IopArticleCard extends IopElement<CardConfig> {
  static override styles = [tokens, hostReset, cardStyles];
  static override properties = {
    heading: {},
    href: {},
    excerpt: {},
    image: {},
    imageAlt: { attribute: 'image-alt' },
    date: {},
    author: {},
    tags: {},
    readingTime: { attribute: 'reading-time' },
    headingLevel: { attribute: 'heading-level' },
  };

  /** The title; by default the text of the first heading or link inside. */
  heading?: string;
  /** The article's URL (http(s) or relative); by default the first link's. */
  href?: string;
  /** The summary; by default the first paragraph inside. */
  excerpt?: string;
  /** Image URL; by default the first image inside. */
  image?: string;
  /** Image text alternative ("" for a decorative image). */
  imageAlt?: string;
  /** Publication date, e.g. 2025-05-13. */
  date?: string;
  /** The author's name. */
  author?: string;
  /** Topics, comma-separated. */
  tags?: string;
  /** Minutes to read. */
  readingTime?: string;
  /** The heading's level, 2-6 (default 3). */
  headingLevel?: string;
  protected texts = new Texts(this, { en: CARDS_EN, es: () => import('./es.js').then((module) => module.CARDS_ES) });

  /**
   * The article this card describes: its attributes first, else its own markup (children.ts
   * reads both). Inside <iop-article-cards> the list reads it, and reports its problems.
   */
  protected override readConfig(): CardConfig {
    const problems: string[] = [];
    const inList = Boolean(this.parentElement?.closest('iop-article-cards'));
    const article = inList ? null : toArticle(readCardElement(this), 0, problems);
    return { article, headingLevel: readHeadingLevel(this.headingLevel, problems, 3), problems: inList ? [] : problems };
  }

  private handleOpen = (event: MouseEvent, article: Article): void => {
    if (!this.dispatchEvent(new IopArticleOpenEvent({ url: article.url!, title: article.title }))) event.preventDefault();
  };

  /** The page's own markup (links or articles written in the page) stands in. */
  protected override renderFallback() {
    return html`<slot></slot>`;
  }

  protected override renderContent() {
    // Inside <iop-article-cards> the parent draws the card; this element only carries the data.
    if (this.parentElement?.closest('iop-article-cards')) return nothing;
    const { article, headingLevel } = this.config;
    if (!article) return html`<slot></slot>`;
    return renderCard(article, headingLevel, this.texts.locale, this.texts.t, this.handleOpen);
  }
}
