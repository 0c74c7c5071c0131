import { expect } from '@open-wc/testing';
import { asWritten, attributeName, headingLevel, idList, oneOf, readAttributes, textUpTo, urlOf, wholeNumber } from '../../src/core/attributes.js';
import { WEB_URL } from '../../src/core/safe-url.js';

/** Runs one reader as readAttributes does, returning the value and the problems it recorded. */
function read<T>(reader: (text: string | null | undefined, name: string, problems: string[]) => T, text: string | null | undefined) {
  const problems: string[] = [];
  return { value: reader(text, 'some-attr', problems), problems };
}

describe('attribute readers (src/core/attributes.ts)', () => {
  it('attribute names are the kebab case of the property names', () => {
    expect(['mode', 'clinicName', 'quickExitUrl', 'maxBytes'].map(attributeName)).to.deep.equal(['mode', 'clinic-name', 'quick-exit-url', 'max-bytes']);
  });

  it('oneOf: case and spaces ignored, anything else falls back with a problem naming the attribute', () => {
    const layout = oneOf(['grid', 'list'] as const, 'grid');
    expect(read(layout, ' LIST ')).to.deep.equal({ value: 'list', problems: [] });
    expect(read(layout, null)).to.deep.equal({ value: 'grid', problems: [] });
    expect(read(layout, '')).to.deep.equal({ value: 'grid', problems: [] });
    const wrong = read(layout, 'carousel');
    expect(wrong.value).to.equal('grid');
    expect(wrong.problems).to.have.length(1);
    expect(wrong.problems[0])
      .to.match(/^some-attr /)
      .and.contain('"carousel"');
  });

  it('wholeNumber: the range inclusive; decimals, words and out-of-range values fall back', () => {
    const limit = wholeNumber(1, 10, 5);
    expect(read(limit, '1').value).to.equal(1);
    expect(read(limit, '10').value).to.equal(10);
    expect(read(limit, undefined)).to.deep.equal({ value: 5, problems: [] });
    for (const text of ['0', '11', '2.5', 'ten', '1e1x']) {
      const result = read(limit, text);
      expect(result.value, text).to.equal(5);
      expect(result.problems[0], text).to.equal(`some-attr ${JSON.stringify(text)} must be a whole number from 1 to 10`);
    }
  });

  it('textUpTo trims and cuts; urlOf keeps safe URLs only; headingLevel is 2-6', () => {
    expect(read(textUpTo(5), '  hi  ').value).to.equal('hi');
    expect(read(textUpTo(5), '   ').value).to.equal(undefined);
    const long = read(textUpTo(5), 'abcdefgh');
    expect(long.value).to.equal('abcd…');
    expect(long.problems).to.have.length(1);
    expect(read(urlOf(WEB_URL), 'https://example.org/a').value).to.equal('https://example.org/a');
    const script = read(urlOf(WEB_URL), 'javascript:alert(1)');
    expect(script.value).to.equal(null);
    expect(script.problems[0]).to.match(/^some-attr /);
    expect(read(headingLevel(3), '5').value).to.equal(5);
    expect(read(headingLevel(3), '7')).to.include({ value: 3 });
    expect(read(headingLevel(3), '7').problems).to.have.length(1);
  });

  it('idList splits on spaces and commas; asWritten passes the text on', () => {
    expect(read(idList, 'a, b  c,,d').value).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(read(idList, null).value).to.deep.equal([]);
    expect(read(asWritten, ' {"a":1} ').value).to.equal(' {"a":1} ');
    expect(read(asWritten, null).value).to.equal(undefined);
  });

  it('readAttributes applies a table in its order, naming each attribute in its problems', () => {
    const problems: string[] = [];
    const values = readAttributes(
      { layout: oneOf(['grid'] as const, 'grid'), maxBytes: wholeNumber(1, 2, 1), note: asWritten },
      { layout: 'x', maxBytes: '9' },
      problems,
    );
    expect(values).to.deep.equal({ layout: 'grid', maxBytes: 1, note: undefined });
    expect(problems.map((problem) => problem.split(' ')[0])).to.deep.equal(['layout', 'max-bytes']);
  });
});
