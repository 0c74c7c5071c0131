import { expect } from '@open-wc/testing';
import { DIRECT_DATE_TAGS, formatDate as formatAnyDate } from '../../src/core/dates.js';

/** As a card writes its date (src/article-cards/card.ts). */
const formatDate = (date: Date, lang: string | undefined) => formatAnyDate(date, lang, 'medium');

/** What Intl writes: the medium date in English, the long one in any Spanish. */
const intl = (lang: string | undefined, date: Date) =>
  new Intl.DateTimeFormat(lang, { dateStyle: lang && /^es(-|$)/i.test(lang) ? 'long' : 'medium' }).format(date);

describe('card dates', () => {
  it('the direct formats match Intl for every month, in every tag they serve', () => {
    const tags = ['en', 'en-US', 'en-us', 'EN', 'es', 'es-US', 'es-MX', 'es-mx', 'es-ES', 'es-es', 'es-419', 'ES'];
    expect(tags.every((tag) => DIRECT_DATE_TAGS.test(tag))).to.equal(true);
    for (const tag of tags) {
      for (let month = 0; month < 12; month++) {
        for (const [year, day] of [
          [2025, 1],
          [1999, 9],
          [2031, 28],
        ]) {
          const date = new Date(year, month, day);
          expect(formatDate(date, tag), `${tag} ${date.toDateString()}`).to.equal(intl(tag, date));
        }
      }
    }
  });

  it('Spanish is the long form ("6 de mayo de 2025") for every es-* tag, direct or through Intl', () => {
    const date = new Date(2025, 4, 6);
    for (const tag of ['es', 'es-US', 'es-MX', 'es-ES', 'es-419', 'es-CO', 'es-PR', 'es-AR', 'es-CU', 'es-DO', 'es-GT', 'es-SV', 'ES-us']) {
      expect(formatDate(date, tag), tag).to.equal('6 de mayo de 2025');
    }
    // Peru writes its own month names; Intl keeps them, still in the long form.
    const peru = formatDate(new Date(2025, 8, 6), 'es-PE');
    expect(peru).to.equal(intl('es-PE', new Date(2025, 8, 6)));
    expect(peru).to.match(/^6 de \S+ de 2025$/);
  });

  it('other languages, no language and unusual years go to Intl', () => {
    const date = new Date(2025, 8, 3);
    for (const tag of ['en-GB', 'en-ZA', 'es-CO', 'es-PE', 'eng', 'fr', 'de', undefined]) {
      expect(formatDate(date, tag), String(tag)).to.equal(intl(tag, date));
    }
    const early = new Date(2025, 0, 1);
    early.setFullYear(812);
    expect(formatDate(early, 'en')).to.equal(intl('en', early));
    expect(formatDate(early, 'es')).to.equal(intl('es', early));
  });

  it("a tag Intl rejects falls back to the tag's language, the card's words' language, instead of throwing", () => {
    const date = new Date(2025, 0, 1);
    expect(formatDate(date, 'es-!!')).to.equal('1 de enero de 2025');
    expect(formatDate(date, 'en-GB-!!')).to.equal(intl('en', date));
  });
});
