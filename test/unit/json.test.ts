import { expect } from '@open-wc/testing';
import { isRecord, MAX_JSON_LENGTH, ok, parseEnum, parseJson, parseList } from '../../src/core/json.js';
import { parseHeadingLevel } from '../../src/core/heading.js';

describe('configuration parsing (pure)', () => {
  describe('parseJson', () => {
    const anything = () => null;

    it('returns the checked value', () => {
      expect(parseJson('data', '{"a":1}', anything)).to.deep.equal({ ok: true, value: { a: 1 } });
    });

    it('reports invalid JSON, naming the attribute, without throwing', () => {
      const result = parseJson('data', '{a:1}', anything);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.match(/^data is not valid JSON/);
    });

    it('reports an oversized value without parsing it', () => {
      const result = parseJson('data', ' '.repeat(MAX_JSON_LENGTH + 1), anything);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.contain('the limit is');
    });

    it("passes the check's problem through, with the attribute name as the root path", () => {
      const result = parseJson('data', '[]', (_, path) => `${path} must be an object`);
      expect(result).to.deep.equal({ ok: false, error: 'data must be an object' });
      expect(ok(1)).to.deep.equal({ ok: true, value: 1 });
    });
  });

  it('parseList splits on spaces and commas and drops empties', () => {
    expect(parseList('a, b  c,,d')).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(parseList('')).to.deep.equal([]);
    expect(parseList(null)).to.deep.equal([]);
    expect(parseList(undefined)).to.deep.equal([]);
  });

  it('parseEnum accepts known values in any case and reports the rest', () => {
    const values = ['grid', 'list'] as const;
    expect(parseEnum('GRID', values, 'grid')).to.deep.equal({ ok: true, value: 'grid' });
    expect(parseEnum(null, values, 'list')).to.deep.equal({ ok: true, value: 'list' });
    expect(parseEnum('', values, 'list')).to.deep.equal({ ok: true, value: 'list' });
    const bad = parseEnum('carousel', values, 'grid');
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.error).to.equal('"carousel" is not one of grid, list; using "grid"');
  });

  it('isRecord is true only for plain objects', () => {
    expect(isRecord({})).to.equal(true);
    expect(isRecord([])).to.equal(false);
    expect(isRecord(null)).to.equal(false);
    expect(isRecord('x')).to.equal(false);
  });

  it('parseHeadingLevel accepts 2-6 only', () => {
    expect(parseHeadingLevel(null)).to.equal(2);
    expect(parseHeadingLevel('3')).to.equal(3);
    expect(parseHeadingLevel('6')).to.equal(6);
    for (const bad of ['1', '7', '2.5', 'two', '-3']) expect(parseHeadingLevel(bad)).to.equal(null);
  });
});
