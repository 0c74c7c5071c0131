import { expect } from '@open-wc/testing';
import type { ArticleList } from '../../src/article-cards/articles.js';
import { pickSource } from '../../src/article-cards/source.js';

const list = (...titles: string[]): ArticleList => ({ articles: titles.map((title) => ({ title, tags: [] })), problems: [] });
const attribute = list('From the attribute');
const children = list('From the page');

describe('which source the article cards show (pure)', () => {
  it('the articles attribute wins over src and the children', () => {
    expect(pickSource(attribute, '/feed.json', children)).to.deep.equal({ from: 'attribute', list: attribute });
  });

  it('an articles attribute with no usable article still wins: no feed is asked for', () => {
    const broken: ArticleList = { articles: [], problems: ['articles: not JSON'] };
    expect(pickSource(broken, '/feed.json', children)).to.deep.equal({ from: 'attribute', list: broken });
  });

  it('src comes next, with the children standing in while it loads or if it fails', () => {
    expect(pickSource(null, '/feed.json', children)).to.deep.equal({ from: 'src', src: '/feed.json', standIn: children.articles });
  });

  it('children with no article to show do not stand in for src', () => {
    expect(pickSource(null, '/feed.json', { articles: [], problems: ['"x" has no title'] })).to.deep.equal({ from: 'src', src: '/feed.json', standIn: null });
    expect(pickSource(null, '/feed.json', null)).to.deep.equal({ from: 'src', src: '/feed.json', standIn: null });
  });

  it('without the attribute or src (or with an src that could not be used), the children', () => {
    expect(pickSource(null, null, children)).to.deep.equal({ from: 'children', list: children });
  });

  it('with nothing at all, an empty list: the empty state, no error', () => {
    expect(pickSource(null, null, null)).to.deep.equal({ from: 'children', list: { articles: [], problems: [] } });
  });
});
