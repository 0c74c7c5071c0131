import { IopEvent } from '../core/events.js';

/** A visitor is opening an article. Cancelable: call preventDefault() to route or track it yourself. */
export class IopArticleOpenEvent extends IopEvent<{ url: string; title: string }> {
  constructor(detail: { url: string; title: string }) {
    super('iop-article-open', detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iop-article-open': IopArticleOpenEvent;
  }
}
