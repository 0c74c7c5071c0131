/**
 * Dates in a widget's language: the self-check's printed result ('long', "November 29, 2026") and
 * the article cards ('medium', "Nov 29, 2026"). Spanish is always the long form ("6 de mayo de
 * 2025"): the short months ("sept", "set.") differ between Spanish locales and read as
 * abbreviations, and the long form is the one US Latino readers expect in plain text (docs:
 * shared spanish.md, decision 5).
 *
 * The first Intl date call in a page costs 20-60 ms of main thread (measured in Chromium): on a
 * phone, a long task that delays the visitor's first interaction. For the tags US clinics use most
 * the same text is put together from a month table; test/core/dates.test.ts and
 * test/article-cards/dates.test.ts hold it to Intl's output for every month. Other tags go to Intl.
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

type DateStyle = 'long' | 'medium';

/**
 * The date as Intl writes it with `dateStyle` 'long' or, in English, 'medium' (Spanish has no
 * medium here). Undefined for a tag not served directly, or a year Intl writes with an era or padding.
 */
export function directDate(date: Date, lang: string | undefined, style: DateStyle): string | undefined {
  const [day, month, year] = [date.getDate(), date.getMonth(), date.getFullYear()];
  if (!lang || !DIRECT_DATE_TAGS.test(lang) || !(year >= 1000 && year <= 9999)) return undefined;
  if (isSpanish(lang)) return `${day} de ${MONTHS.es[month]} de ${year}`;
  const name = MONTHS.en[month]!;
  return `${style === 'long' ? name : name.slice(0, 3)} ${day}, ${year}`;
}

/** One formatter per tag and style: a new Intl.DateTimeFormat per date would cost 1,000 of them for 1,000 cards. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Intl's formatter for `lang`; for a tag Intl rejects ("es-!"), its language ("es"): a widget's
 * tag (Texts.locale) always begins with the language its words are in, so the date stays in the
 * widget's language. The runtime's own locale is the last resort, for a tag with no usable language.
 */
function intlFormatter(lang: string | undefined, dateStyle: DateStyle): Intl.DateTimeFormat {
  const key = `${dateStyle} ${lang}`;
  if (!formatters.has(key)) {
    for (const tag of [lang, lang?.split('-')[0], undefined]) {
      try {
        formatters.set(key, new Intl.DateTimeFormat(tag, { dateStyle }));
        break;
      } catch {
        // Rejected: the next one.
      }
    }
  }
  return formatters.get(key)!;
}

/**
 * `date` in `lang` (a tag such as "es-MX"; none: the visitor's own locale), in the `style` given
 * ('long' for any Spanish). Direct for the common tags, else through a cached Intl formatter.
 * An invalid date is the empty string: nothing to show, and Intl would throw.
 */
export function formatDate(date: Date, lang: string | undefined, style: DateStyle): string {
  if (Number.isNaN(date.getTime())) return '';
  const dateStyle = lang && isSpanish(lang) ? 'long' : style;
  return directDate(date, lang, dateStyle) ?? intlFormatter(lang, dateStyle).format(date);
}
