/**
 * A clinic's phone number, as written for people, and the tel: link that calls it.
 *
 * Taking the digits alone built wrong links with no warning: "(555) 555-0100 ext. 23" became
 * tel:555555010023 (a number that does not exist), "1-800-FLOWERS" tel:1800, and two numbers
 * were joined into one. Now an extension becomes ";ext=23" (RFC 3966), letters are dialled as
 * the keypad has them, and anything that is not clearly one number gives null, so the caller
 * warns instead of linking to a wrong number.
 */

const KEYPAD = 'abc def ghi jkl mno pqrs tuv wxyz'.split(' ');
const keypadDigit = (letter: string) => String(KEYPAD.findIndex((keys) => keys.includes(letter.toLowerCase())) + 2);

// No regex here has the i flag: a first case-insensitive regex in a page costs a millisecond or
// two (case folding tables load), so the cases are spelled out.
// "ext. 23", "extension 23", "x23", "#23", "ext 23", Spanish "extensión 23", at the end, any case.
const EXTENSION = /\s*[,;]?\s*(?:[Ee][Xx][Tt](?:[Ee][Nn][Ss][Ii][OoÓó][Nn])?\.?|[Xx]|#)\s*(\d{1,7})$/;
// Groups of digits and letters, "(555)" area codes, separated by one space, dot or dash.
const NUMBER = /^\+?\s*(?:\(\d+\)|[\dA-Za-z]+)(?:\s*[-.\s]\s*(?:\(\d+\)|[\dA-Za-z]+)|\s*\(\d+\))*$/;

/** The number and its tel: link, or null when the text is not clearly one phone number. */
export function parsePhone(text: string): { label: string; href: string } | null {
  const label = text.trim();
  if (label.length > 40) return null;
  const extension = EXTENSION.exec(label);
  const main = extension ? label.slice(0, extension.index) : label;
  if (!NUMBER.test(main) || !/^[+(\d]/.test(main)) return null;
  const groups = main.split(/[\s().-]+/).filter(Boolean);
  // Letters are a vanity ending ("1-800-FLOWERS", "(555) GET-HELP"): once a group has letters,
  // every group after it must too. "555-0100 or 555-0101" is two numbers, not a word.
  const firstWord = groups.findIndex((group) => /[A-Za-z]/.test(group));
  if (firstWord >= 0 && groups.slice(firstWord).some((group) => !/[A-Za-z]/.test(group))) return null;
  const realDigits = main.replace(/\D/g, '');
  const digits = main.replace(/[^\dA-Za-z]/g, '').replace(/[A-Za-z]/g, keypadDigit);
  // At least three real digits ("988"); at most 15 in all, the longest number there is (E.164).
  if (realDigits.length < 3 || digits.length > 15) return null;
  const plus = main.startsWith('+') ? '+' : '';
  return { label, href: `tel:${plus}${digits}${extension ? `;ext=${extension[1]}` : ''}` };
}
