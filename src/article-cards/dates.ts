/**
 * Card dates in the card's language. English keeps the medium date ("Jan 3, 2025"). Spanish is
 * always the long form ("6 de mayo de 2025"): the short months ("sept", "set.") differ between
 * Spanish locales and read as abbreviations, and the long form is the one US Latino readers
 * expect in plain text (docs: shared spanish.md, decision 5).
 *
 * The first Intl call in a page costs 20-40 ms of main thread (measured in Chromium): on a phone,
 * a long task that doubled the demo's Total Blocking Time. For the language tags US clinics use
 * most, the same date is put together directly from a month table;
 * test/article-cards/dates.test.ts holds it to Intl's output for every month. Any other tag, or
 * none (the visitor's own locale), goes to Intl, still in the long form for any "es-*".
 */
const MONTHS = {
  en: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
};
/**
 * The tags served directly: en, en-US, es, es-US, es-MX, es-ES, es-419 (any case). Not every
 * Spanish region writes the same months (Peru: "setiembre"), so others go through Intl.
 */
export const DIRECT_DATE_TAGS = /^(en(-us)?|es(-us|-mx|-es|-419)?)$/i;

const isSpanish = (lang: string) => /^es(-|$)/i.test(lang);

function directDate(date: Date, lang: string): string {
  const [day, month, year] = [date.getDate(), date.getMonth(), date.getFullYear()];
  return isSpanish(lang) ? `${day} de ${MONTHS.es[month]} de ${year}` : `${MONTHS.en[month]} ${day}, ${year}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
export function formatDate(date: Date, lang: string | undefined): string {
  // Four-digit years only: Intl writes eras and padding for the rest.
  if (lang && DIRECT_DATE_TAGS.test(lang) && date.getFullYear() >= 1000 && date.getFullYear() <= 9999) return directDate(date, lang);
  const key = lang ?? '';
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { dateStyle: lang && isSpanish(lang) ? 'long' : 'medium' };
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
    }
    formatters.set(key, format);
  }
  return format.format(date);
}
