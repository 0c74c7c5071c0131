import { expect } from '@open-wc/testing';
import { DIRECT_DATE_TAGS, directDate } from '../../src/core/dates.js';

describe('direct dates (src/core/dates.ts)', () => {
  const TAGS = ['en', 'en-US', 'es', 'es-US', 'es-MX', 'es-ES', 'es-419', 'EN-us', 'es-mx'];

  it("the long form equals Intl's for every month, in every tag served directly", () => {
    expect(TAGS.every((tag) => DIRECT_DATE_TAGS.test(tag))).to.equal(true);
    for (const tag of TAGS) {
      for (let month = 0; month < 12; month++) {
        for (const [year, day] of [
          [2026, 29],
          [1999, 1],
          [2031, 9],
        ]) {
          const date = new Date(year!, month, day);
          expect(directDate(date, tag, 'long'), `${tag} ${date.toDateString()}`).to.equal(date.toLocaleDateString(tag, { dateStyle: 'long' }));
        }
      }
    }
    expect(directDate(new Date(2026, 10, 29), 'en', 'long')).to.equal('November 29, 2026');
    expect(directDate(new Date(2026, 10, 29), 'es-MX', 'long')).to.equal('29 de noviembre de 2026');
  });

  it("the medium form equals Intl's in English", () => {
    for (let month = 0; month < 12; month++) {
      const date = new Date(2026, month, 3);
      expect(directDate(date, 'en-US', 'medium')).to.equal(date.toLocaleDateString('en-US', { dateStyle: 'medium' }));
    }
  });

  it('leaves other tags, no tag and unusual years to Intl', () => {
    const date = new Date(2026, 10, 29);
    for (const tag of ['en-GB', 'es-PE', 'es-CO', 'fr', 'eng', '', undefined]) expect(directDate(date, tag, 'long'), String(tag)).to.equal(undefined);
    const early = new Date(2026, 0, 1);
    early.setFullYear(812);
    expect(directDate(early, 'en', 'long')).to.equal(undefined);
    const late = new Date(2026, 0, 1);
    late.setFullYear(10000);
    expect(directDate(late, 'es', 'long')).to.equal(undefined);
  });
});
