import { define } from '../core/define.js';
import { IopArticleCard } from './article-card.js';
import { IopArticleCards } from './article-cards.js';

export { IopArticleCard } from './article-card.js';
export { IopArticleCards } from './article-cards.js';
export { IopArticleOpenEvent } from './events.js';

define('iop-article-card', IopArticleCard);
define('iop-article-cards', IopArticleCards);

declare global {
  interface HTMLElementTagNameMap {
    'iop-article-card': IopArticleCard;
    'iop-article-cards': IopArticleCards;
  }
}
