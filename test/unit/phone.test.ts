import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePhone } from '../../src/core/phone.js';
import { safeUrl } from '../../src/core/safe-url.js';
import { regexesUsedBy } from './regexes-used.js';

const href = (text: string) => parsePhone(text)?.href ?? null;

describe('parsePhone (pure)', () => {
  it('keeps the label as written and links the digits', () => {
    expect(parsePhone(' (555) 555-0100 ')).to.deep.equal({ label: '(555) 555-0100', href: 'tel:5555550100' });
    expect(href('+1 555.555.0100')).to.equal('tel:+15555550100');
    expect(href('988')).to.equal('tel:988');
  });

  it('turns an extension into ;ext= instead of more digits', () => {
    for (const text of [
      '(555) 555-0100 ext. 23',
      '(555) 555-0100 ext 23',
      '(555) 555-0100 x23',
      '555-555-0100 #23',
      '(555) 555-0100, extension 23',
      '(555) 555-0100 extensión 23',
    ]) {
      expect(href(text), text).to.equal('tel:5555550100;ext=23');
    }
  });

  it('dials vanity letters as the keypad has them', () => {
    expect(href('1-800-FLOWERS')).to.equal('tel:18003569377');
    expect(href('(555) GET-HELP')).to.equal('tel:5554384357');
    expect(href('1-800-flowers ext. 4')).to.equal('tel:18003569377;ext=4');
  });

  it('refuses what is not clearly one number, so the widget warns instead of linking a wrong one', () => {
    for (const text of [
      '555-0100 or 555-0101',
      '555-0100 / 555-0101',
      '(555) 555-0100, (555) 555-0101',
      '555-0100 o 555-0101',
      'call us',
      'Call 555-0100',
      '12',
      '',
      '1'.repeat(41),
      '555 0100 555 0101 555 0102',
      '+1 (555) 555-0100 +1',
    ]) {
      expect(parsePhone(text), text).to.equal(null);
    }
  });

  it('every link it makes is a tel: link the URL rules accept', () => {
    for (const text of ['(555) 555-0100 ext. 23', '1-800-FLOWERS', '+44 20 7946 0958']) {
      expect(safeUrl(href(text), { schemes: ['tel:'], relative: false }), text).to.equal(href(text));
    }
  });

  it('reads an extension in any case, as the case-insensitive regexes did', () => {
    for (const word of ['ext.', 'Ext.', 'EXT', 'eXt', 'extension', 'Extension', 'EXTENSION', 'extensión', 'Extensión', 'EXTENSIÓN', 'EXTENSIóN', 'x', 'X']) {
      expect(href(`(555) 555-0100 ${word} 23`), word).to.equal('tel:5555550100;ext=23');
    }
    expect(href('1-800-FloWers')).to.equal('tel:18003569377');
  });

  it('gives what the case-insensitive version gave, for any text of phone characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 ()+-.,;#xXeEtTnNsSiIoOóÓaAzZkK\u017F\u212A'.split('')), maxLength: 24 }), (text) => {
        expect(parsePhone(text), JSON.stringify(text)).to.deep.equal(caseInsensitiveParsePhone(text));
      }),
    );
    for (const text of ['555 EXT 23', '(555) 555-0100 EXTENSIÓN 9', '1-800-Flowers', '988 x 1']) {
      expect(parsePhone(text), text).to.deep.equal(caseInsensitiveParsePhone(text));
    }
  });

  it('uses no case-insensitive regex (its first use loads case folding tables)', () => {
    const used = regexesUsedBy(() => {
      for (const text of ['(555) 555-0100 Ext. 23', '1-800-FLOWERS', 'call us']) parsePhone(text);
    });
    expect(used.length).to.be.greaterThan(0);
    expect(used.filter((regex) => regex.ignoreCase).map(String)).to.deep.equal([]);
  });
});

/** parsePhone as it was with the i flag: the reference the case-sensitive regexes are held to. */
function caseInsensitiveParsePhone(text: string): { label: string; href: string } | null {
  const KEYPAD = 'abc def ghi jkl mno pqrs tuv wxyz'.split(' ');
  const keypadDigit = (letter: string) => String(KEYPAD.findIndex((keys) => keys.includes(letter.toLowerCase())) + 2);
  const label = text.trim();
  if (label.length > 40) return null;
  const extension = /\s*[,;]?\s*(?:ext(?:ension|ensi[oó]n)?\.?|x|#)\s*(\d{1,7})$/i.exec(label);
  const main = extension ? label.slice(0, extension.index) : label;
  if (!/^\+?\s*(?:\(\d+\)|[\da-z]+)(?:\s*[-.\s]\s*(?:\(\d+\)|[\da-z]+)|\s*\(\d+\))*$/i.test(main) || !/^[+(\d]/.test(main)) return null;
  const groups = main.split(/[\s().-]+/).filter(Boolean);
  const firstWord = groups.findIndex((group) => /[a-z]/i.test(group));
  if (firstWord >= 0 && groups.slice(firstWord).some((group) => !/[a-z]/i.test(group))) return null;
  const realDigits = main.replace(/\D/g, '');
  const digits = main.replace(/[^\da-z]/gi, '').replace(/[a-z]/gi, keypadDigit);
  if (realDigits.length < 3 || digits.length > 15) return null;
  const plus = main.startsWith('+') ? '+' : '';
  return { label, href: `tel:${plus}${digits}${extension ? `;ext=${extension[1]}` : ''}` };
}
