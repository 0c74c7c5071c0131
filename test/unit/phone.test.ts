import { expect } from '@open-wc/testing';
import { parsePhone } from '../../src/core/phone.js';
import { safeUrl } from '../../src/core/safe-url.js';

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
});
