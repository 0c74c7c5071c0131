import { asWritten, headingLevel, oneOf, readAttributes, urlOf, wholeNumber, type AttributeValues } from '../core/attributes.js';
import type { HeadingLevel } from '../core/heading.js';
import { WEB_URL } from '../core/safe-url.js';
import type { SortOrder } from './articles.js';

export const CARD_LAYOUTS = ['grid', 'list', 'carousel'] as const;
export type CardLayout = (typeof CARD_LAYOUTS)[number];

/**
 * A feed is read up to this many bytes unless `max-bytes` says otherwise: several times a real
 * blog feed with full posts, and parsed in about 100 ms (a 50 MB feed blocked the page for 3 s).
 */
export const MAX_FEED_BYTES = 1_000_000;

export interface CardsConfig {
  layout: CardLayout;
  /** How many cards show at first; Infinity when there is no limit. */
  limit: number;
  sort: SortOrder;
  tags: string[];
  src: string | null;
  timeoutMs: number;
  maxBytes: number;
  headingLevel: HeadingLevel;
  problems: string[];
}

/** The attributes of <iop-article-cards> that carry settings, each with its reader. */
export const CARDS_ATTRIBUTES = {
  layout: oneOf(CARD_LAYOUTS, 'grid'),
  sort: oneOf(['newest', 'oldest', 'given'] as const, 'newest'),
  limit: wholeNumber(1, 1000, Infinity),
  tags: asWritten,
  src: urlOf(WEB_URL),
  timeout: wholeNumber(1, 120, 10),
  maxBytes: wholeNumber(1000, 20_000_000, MAX_FEED_BYTES),
  headingLevel: headingLevel(3),
};

export type CardsAttributes = AttributeValues<typeof CARDS_ATTRIBUTES>;

/** Reads the attributes into typed data. Pure: no DOM, never throws. */
export function readCardsConfig(attrs: CardsAttributes): CardsConfig {
  const problems: string[] = [];
  const { tags, timeout, ...read } = readAttributes(CARDS_ATTRIBUTES, attrs, problems);
  return {
    ...read,
    // Comma-separated, so a topic may have spaces ("Family support"); a leading # is optional.
    tags: (tags ?? '')
      .split(',')
      .map((tag) => tag.trim().replace(/^#/, ''))
      .filter(Boolean),
    timeoutMs: timeout * 1000,
    problems,
  };
}
