import { readHeadingLevel, type HeadingLevel } from '../core/heading.js';
import { parseEnum } from '../core/json.js';
import { readUrl, WEB_URL } from '../core/safe-url.js';
import { quote } from '../core/warn.js';
import type { SortOrder } from './articles.js';

export const CARD_LAYOUTS = ['grid', 'list', 'carousel'] as const;
export type CardLayout = (typeof CARD_LAYOUTS)[number];

export interface CardsAttributes {
  layout?: string | null;
  limit?: string | null;
  sort?: string | null;
  tags?: string | null;
  src?: string | null;
  timeout?: string | null;
  maxBytes?: string | null;
  headingLevel?: string | null;
}

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

function readNumber(name: string, text: string | null | undefined, min: number, max: number, fallback: number, problems: string[]): number {
  if (text == null || text === '') return fallback;
  const n = Number(text);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  problems.push(`${name} ${quote(text)} must be a whole number from ${min} to ${max}`);
  return fallback;
}

/** Reads the attributes into typed data. Pure: no DOM, never throws. */
export function readCardsConfig(attrs: CardsAttributes): CardsConfig {
  const problems: string[] = [];
  const layout = parseEnum(attrs.layout, CARD_LAYOUTS, 'grid');
  if (!layout.ok) problems.push(`layout ${layout.error}`);
  const sort = parseEnum(attrs.sort, ['newest', 'oldest', 'given'] as const, 'newest');
  if (!sort.ok) problems.push(`sort ${sort.error}`);
  return {
    layout: layout.ok ? layout.value : 'grid',
    sort: sort.ok ? sort.value : 'newest',
    limit: readNumber('limit', attrs.limit, 1, 1000, Infinity, problems),
    // Comma-separated, so a topic may have spaces ("Family support"); a leading # is optional.
    tags: (attrs.tags ?? '').split(',').map((tag) => tag.trim().replace(/^#/, '')).filter(Boolean),
    src: readUrl('src', attrs.src, WEB_URL, problems),
    timeoutMs: readNumber('timeout', attrs.timeout, 1, 120, 10, problems) * 1000,
    maxBytes: readNumber('max-bytes', attrs.maxBytes, 1000, 20_000_000, MAX_FEED_BYTES, problems),
    headingLevel: readHeadingLevel(attrs.headingLevel, problems, 3),
    problems,
  };
}
