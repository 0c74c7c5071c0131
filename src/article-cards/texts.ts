import { COMMON_EN, type CommonWords } from '../core/warn.js';

/** Everything the article cards say, in one language. */
export interface CardsTexts extends CommonWords {
  loading: string;
  failed: string;
  retry: string;
  empty: string;
  topics: string;
  articles: string;
  previous: string;
  next: string;
  showing: (shown: number, total: number) => string;
  more: (count: number) => string;
  minutes: (count: number) => string;
}

export const CARDS_EN: CardsTexts = {
  ...COMMON_EN,
  loading: 'Loading articles…',
  failed: 'Sorry, the articles could not be loaded right now.',
  retry: 'Try again',
  empty: 'No articles yet.',
  topics: 'Topics',
  articles: 'Articles',
  previous: 'Previous articles',
  next: 'Next articles',
  showing: (shown, total) => (total === 1 ? 'Showing 1 article' : `Showing ${shown} of ${total} articles`),
  // Says what more there is, so the button makes sense alone (a screen reader's list of buttons).
  more: (count) => `Show ${count} more ${count === 1 ? 'article' : 'articles'}`,
  minutes: (count) => `${count} min read`,
};
