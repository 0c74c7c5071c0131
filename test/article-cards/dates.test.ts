import { expect } from '@open-wc/testing';
import { DIRECT_DATE_TAGS, formatDate } from '../../src/article-cards/card.js';

const intl = (lang: string | undefined, date: Date) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(date);

describe('card dates', () => {
  it('the direct formats match Intl for every month, in every tag they serve', () => {
    const tags = ['en', 'en-US', 'en-us', 'EN', 'es', 'es-US', 'es-ES', 'es-es', 'es-419', 'ES'];
    expect(tags.every((tag) => DIRECT_DATE_TAGS.test(tag))).to.equal(true);
    for (const tag of tags) {
      for (let month = 0; month < 12; month++) {
        for (const [year, day] of [[2025, 1], [1999, 9], [2031, 28]]) {
          const date = new Date(year, month, day);
          expect(formatDate(date, tag), `${tag} ${date.toDateString()}`).to.equal(intl(tag, date));
        }
      }
    }
  });

  it('other languages, no language and unusual years go to Intl', () => {
    const date = new Date(2025, 8, 3);
    for (const tag of ['en-GB', 'en-ZA', 'es-MX', 'es-CO', 'eng', 'fr', 'de', undefined]) {
      expect(formatDate(date, tag), String(tag)).to.equal(intl(tag, date));
    }
    const early = new Date(2025, 0, 1);
    early.setFullYear(812);
    expect(formatDate(early, 'en')).to.equal(intl('en', early));
  });

  it('a tag Intl rejects falls back to the visitor locale instead of throwing', () => {
    expect(formatDate(new Date(2025, 0, 1), 'not a tag!')).to.equal(intl(undefined, new Date(2025, 0, 1)));
  });
});
