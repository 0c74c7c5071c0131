import { expect } from '@open-wc/testing';
import { CARDS_ES } from '../../src/article-cards/es.js';
import { CARDS_EN } from '../../src/article-cards/texts.js';

// DOM-free: the article cards' counted texts read right for one and for many, in each language.
describe('article cards: counted texts', () => {
  it('the count line says one article, not "1 of 1 articles"', () => {
    expect(CARDS_EN.showing(1, 1)).to.equal('Showing 1 article');
    expect(CARDS_EN.showing(1, 4)).to.equal('Showing 1 of 4 articles');
    expect(CARDS_EN.showing(3, 4)).to.equal('Showing 3 of 4 articles');
    expect(CARDS_ES.showing(1, 1)).to.equal('Se muestra 1 artículo');
    expect(CARDS_ES.showing(3, 4)).to.equal('Se muestran 3 de 4 artículos');
  });

  it('"Show more" says what more there is, so the button makes sense alone', () => {
    expect(CARDS_EN.more(1)).to.equal('Show 1 more article');
    expect(CARDS_EN.more(2)).to.equal('Show 2 more articles');
    expect(CARDS_ES.more(1)).to.equal('Mostrar 1 artículo más');
    expect(CARDS_ES.more(2)).to.equal('Mostrar 2 artículos más');
  });
});
