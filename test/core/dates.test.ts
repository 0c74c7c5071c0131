import { expect } from '@open-wc/testing';
import { DIRECT_DATE_TAGS, directDate, formatDate } from '../../src/core/dates.js';

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

describe('formatDate (src/core/dates.ts): the cards and the self-check', () => {
  const date = new Date(2026, 10, 29);
  const intl = (tag: string | undefined, style: 'long' | 'medium', when = date) => new Intl.DateTimeFormat(tag, { dateStyle: style }).format(when);

  /** Counts every Intl date formatter made or used, and every toLocaleDateString, while `run` runs. */
  function intlUses(run: () => void): number {
    const { DateTimeFormat } = Intl;
    const { toLocaleDateString } = Date.prototype;
    const format = Object.getOwnPropertyDescriptor(DateTimeFormat.prototype, 'format')!;
    let uses = 0;
    (Intl as { DateTimeFormat: unknown }).DateTimeFormat = new Proxy(DateTimeFormat, {
      construct: (target, args) => (uses++, Reflect.construct(target, args)),
      apply: (target, self, args) => (uses++, Reflect.apply(target, self, args)),
    });
    Object.defineProperty(DateTimeFormat.prototype, 'format', {
      ...format,
      get(this: Intl.DateTimeFormat) {
        uses++;
        return format.get!.call(this);
      },
    });
    Date.prototype.toLocaleDateString = function (this: Date, ...args: Parameters<Date['toLocaleDateString']>) {
      uses++;
      return toLocaleDateString.apply(this, args);
    };
    try {
      run();
    } finally {
      (Intl as { DateTimeFormat: unknown }).DateTimeFormat = DateTimeFormat;
      Object.defineProperty(DateTimeFormat.prototype, 'format', format);
      Date.prototype.toLocaleDateString = toLocaleDateString;
    }
    return uses;
  }

  it('writes en and es (and their US, Mexican, Spanish and Latin American tags) without Intl, in both styles', () => {
    const written: string[] = [];
    const uses = intlUses(() => {
      for (const tag of ['en', 'en-US', 'es', 'es-US', 'es-MX', 'es-ES', 'es-419'])
        for (const style of ['long', 'medium'] as const) written.push(formatDate(date, tag, style));
    });
    expect(uses).to.equal(0);
    expect(written.slice(0, 4)).to.deep.equal(['November 29, 2026', 'Nov 29, 2026', 'November 29, 2026', 'Nov 29, 2026']);
    // Spanish is the long form in either style.
    expect(new Set(written.slice(4))).to.deep.equal(new Set(['29 de noviembre de 2026']));
  });

  it('region tags keep their own way of writing a date: es-MX directly, en-GB and es-PE through Intl', () => {
    expect(formatDate(date, 'es-MX', 'medium')).to.equal(intl('es-MX', 'long'));
    expect(formatDate(date, 'en-GB', 'long')).to.equal('29 November 2026');
    expect(formatDate(date, 'en-GB', 'medium')).to.equal(intl('en-GB', 'medium'));
    expect(formatDate(date, 'en-GB', 'medium')).to.match(/^29 Nov 2026$/);
    const september = new Date(2026, 8, 6);
    expect(formatDate(september, 'es-PE', 'medium')).to.equal(intl('es-PE', 'long', september));
    expect(intlUses(() => formatDate(date, 'en-AU', 'long'))).to.be.greaterThan(0);
  });

  it('an unknown language ("xx") is written as Intl writes it, without throwing', () => {
    for (const tag of ['xx', 'xx-YY', 'zz-Latn']) {
      for (const style of ['long', 'medium'] as const) expect(formatDate(date, tag, style), `${tag} ${style}`).to.equal(intl(tag, style));
    }
    expect(formatDate(date, undefined, 'medium')).to.equal(intl(undefined, 'medium'));
  });

  it("a tag Intl rejects falls back to the tag's language (the widget's), then to the runtime's locale", () => {
    expect(() => new Intl.DateTimeFormat('es-!!')).to.throw(RangeError);
    expect(formatDate(date, 'es-!!', 'medium')).to.equal('29 de noviembre de 2026');
    expect(formatDate(date, 'en-US-!!', 'long')).to.equal('November 29, 2026');
    expect(formatDate(date, 'fr-!!', 'long')).to.equal(intl('fr', 'long'));
    expect(formatDate(date, 'not a tag!', 'medium')).to.equal(intl(undefined, 'medium'));
    expect(formatDate(date, '', 'long')).to.equal(intl(undefined, 'long'));
  });

  it('an invalid date is the empty string in every language, not an exception', () => {
    for (const invalid of [new Date(NaN), new Date('not a date'), new Date(8.64e15 + 1)]) {
      for (const tag of ['en', 'es-MX', 'en-GB', 'fr', 'xx', 'es-!!', undefined]) {
        expect(formatDate(invalid, tag, 'long'), String(tag)).to.equal('');
        expect(formatDate(invalid, tag, 'medium'), String(tag)).to.equal('');
      }
    }
  });

  it('years Intl writes its own way (before 1000, after 9999) go through Intl in en and es too', () => {
    const early = new Date(2026, 0, 1);
    early.setFullYear(812);
    const late = new Date(2026, 0, 1);
    late.setFullYear(10000);
    for (const when of [early, late]) {
      expect(formatDate(when, 'en', 'medium')).to.equal(intl('en', 'medium', when));
      expect(formatDate(when, 'es-MX', 'long')).to.equal(intl('es-MX', 'long', when));
    }
  });

  it('makes one Intl formatter per tag and style, not one per date', () => {
    let made = 0;
    const { DateTimeFormat } = Intl;
    (Intl as { DateTimeFormat: unknown }).DateTimeFormat = new Proxy(DateTimeFormat, {
      construct: (target, args) => (made++, Reflect.construct(target, args)),
    });
    try {
      for (let day = 1; day <= 28; day++) formatDate(new Date(2026, 1, day), 'de-CH', 'medium');
      for (let day = 1; day <= 28; day++) formatDate(new Date(2026, 1, day), 'de-CH', 'long');
    } finally {
      (Intl as { DateTimeFormat: unknown }).DateTimeFormat = DateTimeFormat;
    }
    expect(made).to.equal(2);
    expect(formatDate(new Date(2026, 1, 3), 'de-CH', 'medium')).to.equal(intl('de-CH', 'medium', new Date(2026, 1, 3)));
    expect(formatDate(new Date(2026, 1, 3), 'de-CH', 'long')).to.equal(intl('de-CH', 'long', new Date(2026, 1, 3)));
  });
});
