/**
 * The script-tag file, dist/iop-widgets.js: `<script type="module" src="iop-widgets.js">` is all a
 * clinic page needs. It registers every element, and exports what `iop-widgets` (src/index.ts)
 * exports for a page that imports it.
 *
 * Registering a tag upgrades every element of it already in the page, in the same task: each
 * one's constructor, shadow root and styles (the first widget also parses the shared style
 * sheets). On a page with several widgets that was one task of some 30 ms on a desktop, well over
 * Lighthouse's 50 ms once its phone preset multiplies it by four. So a tag whose registration
 * will upgrade elements waits for a task of its own (each widget's first render is its own task
 * too: IopElement.scheduleUpdate). The top-level await means a module that imports this file
 * still runs after every tag is registered; a page that creates its widgets later (or an app that
 * imports iop-widgets from npm) never waits.
 */
import { define, IopArticleCard, IopArticleCards, IopBenefits, IopCrisisHelp, IopSelfCheck } from './classes.js';
import { yieldToBrowser } from './core/tasks.js';

export * from './classes.js';

// In the order src/index.ts registers them: the cards' data elements before the list that reads them.
const ELEMENTS: Array<[string, CustomElementConstructor]> = [
  ['iop-benefits', IopBenefits],
  ['iop-crisis-help', IopCrisisHelp],
  ['iop-self-check', IopSelfCheck],
  ['iop-article-card', IopArticleCard],
  ['iop-article-cards', IopArticleCards],
];

/** How many elements of `tag` the page has now, read from the prototype a page cannot shadow. */
const inPage = (tag: string) => Document.prototype.getElementsByTagName.call(document, tag).length;

for (const [tag, ctor] of ELEMENTS) {
  // Apart from the task that ran this file (and compiled it), and from the previous upgrades.
  if (typeof document !== 'undefined' && inPage(tag) > 0) await yieldToBrowser();
  define(tag, ctor);
}
