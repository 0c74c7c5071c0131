/**
 * Dates written directly, without Intl, for the language tags US clinics use most.
 *
 * The first Intl date call in a page costs 20-60 ms of main thread (measured in Chromium): on a
 * phone, a long task that delays the visitor's first interaction. For the tags below the same text
 * is put together from a month table; test/core/dates.test.ts and test/article-cards/dates.test.ts
 * hold it to Intl's output for every month. Callers send any other tag to Intl.
 */
const MONTHS = {
  en: 'January February March April May June July August September October November December'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
};
/**
 * The tags served directly: en, en-US, es, es-US, es-MX, es-ES, es-419 (any case). Not every
 * Spanish region writes the same months (Peru: "setiembre"), so others go through Intl.
 */
export const DIRECT_DATE_TAGS = /^(en(-us)?|es(-us|-mx|-es|-419)?)$/i;

export const isSpanish = (lang: string) => /^es(-|$)/i.test(lang);

/**
 * The date as Intl writes it with `dateStyle` 'long' ("November 29, 2026", "29 de noviembre de
 * 2026") or, in English, 'medium' ("Nov 29, 2026"; Spanish has no medium here: it is always the
 * long form). Undefined for a tag not served directly, or a year Intl writes with an era or padding.
 */
export function directDate(date: Date, lang: string | undefined, style: 'long' | 'medium'): string | undefined {
  const [day, month, year] = [date.getDate(), date.getMonth(), date.getFullYear()];
  if (!lang || !DIRECT_DATE_TAGS.test(lang) || !(year >= 1000 && year <= 9999)) return undefined;
  if (isSpanish(lang)) return `${day} de ${MONTHS.es[month]} de ${year}`;
  const name = MONTHS.en[month]!;
  return `${style === 'long' ? name : name.slice(0, 3)} ${day}, ${year}`;
}
