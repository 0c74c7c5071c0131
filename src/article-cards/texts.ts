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
  showing: (shown, total) => `Showing ${shown} of ${total} articles`,
  more: (count) => `Show ${count} more`,
  minutes: (count) => `${count} min read`,
};
