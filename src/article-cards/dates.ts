/**
 * Card dates in the card's language. English keeps the medium date ("Jan 3, 2025"). Spanish is
 * always the long form ("6 de mayo de 2025"): the short months ("sept", "set.") differ between
 * Spanish locales and read as abbreviations, and the long form is the one US Latino readers
 * expect in plain text (docs: shared spanish.md, decision 5).
 *
 * The first Intl call in a page costs 20-40 ms of main thread (measured in Chromium): on a phone,
 * a long task that doubled the demo's Total Blocking Time. For the language tags US clinics use
 * most, the same date is put together directly (src/core/dates.ts, shared with the self-check);
 * test/article-cards/dates.test.ts holds it to Intl's output for every month. Any other tag, or
 * none (the visitor's own locale), goes to Intl, still in the long form for any "es-*".
 */
import { directDate, isSpanish } from '../core/dates.js';

export { DIRECT_DATE_TAGS } from '../core/dates.js';

const formatters = new Map<string, Intl.DateTimeFormat>();
export function formatDate(date: Date, lang: string | undefined): string {
  const direct = directDate(date, lang, 'medium');
  if (direct) return direct;
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
