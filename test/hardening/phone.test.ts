import { expect } from '@open-wc/testing';
import { readSelfCheckConfig } from '../../src/self-check/config.js';

/** The self-check's `phone` attribute becomes a call link: a wrong one would call a wrong number. */
describe('phone: call links as a caller would dial them (item 4)', () => {
  const read = (phone: string) => readSelfCheckConfig({ phone });

  it('an extension is ;ext=, not more digits', () => {
    expect(read('(555) 555-0100 ext. 23').phone?.href).to.equal('tel:5555550100;ext=23');
  });

  it('vanity letters are dialled as the keypad has them', () => {
    expect(read('1-800-FLOWERS').phone?.href).to.equal('tel:18003569377');
  });

  it('two numbers are not joined into one: no link, and a warning that names the attribute', () => {
    const config = read('(555) 555-0100 or (555) 555-0101');
    expect(config.phone).to.equal(null);
    expect(config.problems).to.deep.equal(['phone "(555) 555-0100 or (555) 555-0101" is not a phone number; it is not shown']);
  });
});
