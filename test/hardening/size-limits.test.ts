import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-cards/define.js';
import type { IopArticleCards } from '../../src/article-cards/article-cards.js';
import { captureWarnings, shadow } from '../helpers.js';

/** 10 MB of valid JSON articles: parsed, it blocked the page for 1-1.7 s. */
const HUGE = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => ({ title: `Post ${i}`, excerpt: 'x'.repeat(70) })));

/**
 * The lengths of the texts given to JSON.parse while `run` runs. A timing check of the same thing
 * (no long task) held on a quiet machine but not on a loaded CI host; whether the text is parsed
 * at all is what the limit decides.
 */
async function parsedLengths(run: () => Promise<void>): Promise<number[]> {
  const original = JSON.parse;
  const lengths: number[] = [];
  JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    lengths.push(String(text).length);
    return original(text, reviver);
  }) as typeof JSON.parse;
  try {
    await run();
  } finally {
    JSON.parse = original;
  }
  return lengths;
}

describe('JSON size limits on the article cards (item 6)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('the articles attribute stops at 200,000 characters, unparsed, with a warning', async () => {
    const el = await fixture<IopArticleCards>(html`<iop-article-cards></iop-article-cards>`);
    const parsed = await parsedLengths(async () => {
      el.articles = HUGE;
      await el.updateComplete;
    });
    expect(parsed.filter((length) => length > 200_000)).to.deep.equal([]);
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
    const parsed = await parsedLengths(async () => {
      wrapper.append(el);
      await el.updateComplete;
    });
    expect(parsed.filter((length) => length > 200_000)).to.deep.equal([]);
    expect(shadow(el).querySelector('.card')).to.equal(null);
    expect(warnings.messages.join('\n')).to.contain(`the inline <script type="application/json"> is ${HUGE.length} characters long; the limit is 200000`);
  });
});
