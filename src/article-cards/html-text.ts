/**
 * Feed HTML to plain text, with no HTML parser.
 *
 * DOMParser, `innerHTML` and every other way to have the browser parse a string as HTML is a
 * Trusted Types sink: under the strict policy the README documents they throw, and a policy of
 * our own would be one more name for every clinic's CSP. Only the text is wanted, so a small
 * tokenizer does: tags are dropped (block ones leave a space, so words do not run together), the
 * contents of script, style and other elements that show no text are dropped, and entities are
 * decoded. Nothing here ever becomes markup: the result is bound as text.
 */

/** Elements whose content is never text a reader sees. */
const HIDDEN = /^(script|style|template|noscript|iframe|noembed|noframes|title)$/i;
/** Elements after which text continues on a new line or block: they leave a space. */
const BLOCK = /^(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|hr|section|article|header|footer|dd|dt|figcaption)$/i;

// A tag: "<" then a name, then anything up to ">" outside quotes. A "<" followed by anything else
// is text, as in HTML ("1 < 2").
const TAG = /<(\/?)([a-z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>?|<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?/gi;

// The signs of Latin-1, U+00A0 to U+00BF in order.
const SIGNS =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest'.split(
    ' ',
  );
// Accented letters are a letter and a combining mark ("eacute" is e + U+0301, composed to é), so
// no table of every letter is needed.
const ACCENTS: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
  caron: '\u030c',
};
// XML's five, the rest of Latin-1, and the typography a CMS writes as entities: name, then code point.
const EXTRA =
  'amp 38 lt 60 gt 62 quot 34 apos 39 AElig 198 ETH 208 times 215 Oslash 216 THORN 222 szlig 223 aelig 230 eth 240 divide 247 oslash 248 thorn 254 ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 ldquo 8220 rdquo 8221 hellip 8230 bull 8226 trade 8482 euro 8364 ensp 8194 emsp 8195 thinsp 8201'.split(
    ' ',
  );

function namedEntity(name: string): string | undefined {
  const sign = SIGNS.indexOf(name);
  if (sign >= 0) return String.fromCharCode(0xa0 + sign);
  const accented = /^([a-zA-Z])(grave|acute|circ|tilde|uml|ring|cedil|caron)$/.exec(name);
  if (accented) return (accented[1] + ACCENTS[accented[2]]).normalize('NFC');
  const extra = EXTRA.indexOf(name);
  return extra >= 0 ? String.fromCharCode(Number(EXTRA[extra + 1])) : undefined;
}

// &#128; to &#159; mean Windows-1252's characters in HTML (a curly quote, not a control code).
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/**
 * Decodes character references (`&amp;`, `&#233;`, `&eacute;`), for XML and HTML alike; an
 * unknown name stays as written, as in HTML, and an impossible code point becomes U+FFFD.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]*));/gi, (whole, dec: string, hex: string, name: string) => {
    if (name) return namedEntity(name) ?? whole;
    const code = parseInt(dec ?? hex, dec ? 10 : 16);
    return code >= 0x80 && code <= 0x9f
      ? C1[code - 0x80]
      : code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
  });
}

/** The text a reader would see in a piece of feed HTML. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  let text = '';
  let at = 0;
  let lower: string | undefined;
  TAG.lastIndex = 0;
  for (let match; (match = TAG.exec(html));) {
    text += html.slice(at, match.index);
    at = TAG.lastIndex;
    const [, closing, name] = match;
    if (!name) continue;
    if (!closing && HIDDEN.test(name) && !match[0].endsWith('/>')) {
      // Skip to the matching end tag (or to the end, as a browser would for an unclosed one).
      const end = (lower ??= html.toLowerCase()).indexOf(`</${name.toLowerCase()}`, at);
      at = end < 0 ? html.length : end;
      TAG.lastIndex = at;
    } else if (BLOCK.test(name)) {
      text += ' ';
    }
  }
  text += html.slice(at);
  return decodeEntities(text).trim();
}
