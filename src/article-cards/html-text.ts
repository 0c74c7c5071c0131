import { fromCodePoint } from './xml.js';

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

// Latin-1 letters and signs (U+00A0 to U+00FF, in order): Spanish and most Western text.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(
    ' ',
  );
// Typography a CMS writes as entities, name then code point.
const EXTRA = 'ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218 ldquo 8220 rdquo 8221 bdquo 8222 hellip 8230 bull 8226 middot 183 trade 8482 euro 8364 dagger 8224 Dagger 8225 permil 8240 lsaquo 8249 rsaquo 8250 OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376 circ 710 tilde 732 ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205 lrm 8206 rlm 8207 prime 8242 Prime 8243 larr 8592 rarr 8594 hearts 9829 apos 39 quot 34 amp 38 lt 60 gt 62'.split(
  ' ',
);
let named: Map<string, string> | undefined;
function namedEntity(name: string): string | undefined {
  if (!named) {
    named = new Map(LATIN1.map((entity, i) => [entity, String.fromCharCode(0xa0 + i)]));
    for (let i = 0; i < EXTRA.length; i += 2) named.set(EXTRA[i], String.fromCharCode(Number(EXTRA[i + 1])));
  }
  return named.get(name);
}

// &#128; to &#159; mean Windows-1252's characters in HTML (a curly quote, not a control code).
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** Decodes HTML character references; an unknown name stays as written, as in HTML. */
export function decodeHtml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]*));?/gi, (whole, dec: string, hex: string, name: string) => {
    if (name) return whole.endsWith(';') ? (namedEntity(name) ?? whole) : (namedEntity(name) && /^(amp|lt|gt|quot|nbsp|copy|reg)$/.test(name) ? namedEntity(name)! : whole);
    const code = parseInt(dec ?? hex, dec ? 10 : 16);
    return code >= 0x80 && code <= 0x9f ? C1[code - 0x80] : fromCodePoint(code);
  });
}

/** The text a reader would see in a piece of feed HTML. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  let text = '';
  let at = 0;
  let lower: string | undefined;
  TAG.lastIndex = 0;
  for (let match; (match = TAG.exec(html)); ) {
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
  return decodeHtml(text).trim();
}
