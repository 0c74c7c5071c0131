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

    it('every object in the value has no prototype, at any depth; arrays stay arrays', () => {
      const result = parseJson<{ a: { b: Array<{ c: number }> } }>('data', '{"a":{"b":[{"c":1},[{"d":{}}]]},"__proto__":{"x":1}}', anything);
      if (!result.ok) throw new Error(result.error);
      const { value } = result;
      const objects = [
        value,
        value.a,
        value.a.b[0],
        (value.a.b[1] as unknown as Array<{ d: object }>)[0],
        (value.a.b[1] as unknown as Array<{ d: object }>)[0]!.d,
      ];
      for (const object of objects) expect(Object.getPrototypeOf(object)).to.equal(null);
      expect(Array.isArray(value.a.b) && Array.isArray(value.a.b[1])).to.equal(true);
      expect(Object.getPrototypeOf(value.a.b)).to.equal(Array.prototype);
      // "__proto__" in the JSON is an ordinary key, not the prototype.
      expect(Object.keys(value)).to.deep.equal(['a', '__proto__']);
      expect((value as Record<string, unknown>)['__proto__']).to.deep.equal(Object.assign(Object.create(null), { x: 1 }));
      expect(parseJson('data', '"text"', anything)).to.deep.equal({ ok: true, value: 'text' });
      expect(parseJson('data', 'null', anything)).to.deep.equal({ ok: true, value: null });
    });

    it("a page's enumerable additions to Object.prototype are neither read nor changed", () => {
      const added = { heading: 'from the page' };
      Object.defineProperty(Object.prototype, 'polluted', { value: added, enumerable: true, configurable: true, writable: true });
      try {
        const result = parseJson<Record<string, unknown>>('data', '{"a":{"b":1}}', anything);
        if (!result.ok) throw new Error(result.error);
        expect(result.value.polluted).to.equal(undefined);
        expect((result.value.a as Record<string, unknown>).polluted).to.equal(undefined);
        expect(Object.getPrototypeOf(added)).to.equal(Object.prototype);
      } finally {
        delete (Object.prototype as Record<string, unknown>).polluted;
      }
    });

    it('JSON nested too deeply to walk is reported, not thrown', () => {
      const result = parseJson('data', `${'['.repeat(90_000)}${']'.repeat(90_000)}`, anything);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.match(/^data is not valid JSON/);
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
