import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-cards/define.js';
import type { IopArticleCards } from '../../src/article-cards/article-cards.js';
import { captureWarnings, shadow } from '../helpers.js';
import { longTasksDuring } from './feed-stub.js';


/** 10 MB of valid JSON articles: parsed, it blocked the page for 1-1.7 s. */
const HUGE = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => ({ title: `Post ${i}`, excerpt: 'x'.repeat(70) })));

describe('JSON size limits on the article cards (item 6)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('the articles attribute stops at 200,000 characters, unparsed, with a warning', async () => {
    const el = await fixture<IopArticleCards>(html`<iop-article-cards></iop-article-cards>`);
    const long = await longTasksDuring(async () => {
      el.articles = HUGE;
      await el.updateComplete;
    });
    expect(long).to.deep.equal([]);
    expect(shadow(el).querySelector('.card')).to.equal(null);
    expect(shadow(el).querySelector('[role=alert]')).to.exist;
    expect(warnings.messages.join('\n')).to.contain(`articles is ${HUGE.length} characters long; the limit is 200000`);
  });

  it('so does the JSON script written inside the element', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = HUGE;
    const el = document.createElement('iop-article-cards') as IopArticleCards;
    el.append(script);
    const long = await longTasksDuring(async () => {
      wrapper.append(el);
      await el.updateComplete;
    });
    expect(long).to.deep.equal([]);
    expect(shadow(el).querySelector('.card')).to.equal(null);
    expect(warnings.messages.join('\n')).to.contain(`the inline <script type="application/json"> is ${HUGE.length} characters long; the limit is 200000`);
  });
});
