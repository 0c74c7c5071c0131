import { expect } from '@open-wc/testing';
import { contrastRatio, formatRatio, lowContrast, parseColor, PAIRS, toHex, type Rgba } from '../../src/core/contrast.js';
import { tokens } from '../../src/core/styles.js';

type ColorName = 'primary' | 'on-primary' | 'text' | 'text-muted' | 'surface' | 'surface-alt' | 'border' | 'focus' | 'danger' | 'danger-surface';
const NAMES: ColorName[] = ['primary', 'on-primary', 'text', 'text-muted', 'surface', 'surface-alt', 'border', 'focus', 'danger', 'danger-surface'];
const hex = (value: string) => parseColor(value)!;
/** lowContrast() over a scheme given as a record. */
const check = (scheme: Partial<Record<ColorName, Rgba | null>>, suffix = '') => lowContrast((name) => scheme[name as ColorName] ?? null, suffix);

/** The built-in palettes, read from the shipped CSS, so a change of a default is checked here too. */
function palette(prefix: '--_light-' | '--_dark-'): Record<ColorName, Rgba> {
  const css = tokens.cssText;
  return Object.fromEntries(
    NAMES.map((name) => {
      const value = new RegExp(`${prefix}${name}: var\\([^,]+, (#[\\da-f]+)\\)`).exec(css)?.[1];
      if (!value) throw new Error(`no default for ${prefix}${name}`);
      return [name, hex(value)];
    }),
  ) as Record<ColorName, Rgba>;
}

describe('color contrast (pure)', () => {
  it('parses the colors a canvas gives back: #rrggbb, rgb() and rgba()', () => {
    expect(parseColor('#135d66')).to.deep.equal([19, 93, 102, 1]);
    expect(parseColor('#FFFFFF')).to.deep.equal([255, 255, 255, 1]);
    expect(parseColor('rgb(19, 93, 102)')).to.deep.equal([19, 93, 102, 1]);
    expect(parseColor('rgba(0, 0, 0, 0.25)')).to.deep.equal([0, 0, 0, 0.25]);
    for (const other of ['navy', 'hsl(0 0% 0%)', '', 'var(--x)', '#12345', '#fff', 'rgb(1,2)', 'rgb(1, 2, 3, 4, 5)'])
      expect(parseColor(other), other).to.equal(null);
  });

  it('computes WCAG ratios: 21:1, 1:1, and the #767676 / #777 edge on white', () => {
    const [white, black] = [hex('#ffffff'), hex('#000000')];
    expect(contrastRatio(black, white)).to.equal(21);
    expect(contrastRatio(white, black)).to.equal(21);
    expect(contrastRatio(white, white)).to.equal(1);
    expect(contrastRatio(hex('#767676'), white)).to.be.greaterThan(4.5);
    expect(contrastRatio(hex('#777777'), white)).to.be.lessThan(4.5);
    // See-through colors count as seen: half-black on white is a mid grey, not black.
    expect(contrastRatio([0, 0, 0, 0.5], white)).to.be.closeTo(contrastRatio(hex('#808080'), white), 0.05);
    expect(formatRatio(4.4999, 4.5)).to.equal('4.49');
    expect(formatRatio(2.189)).to.equal('2.19');
    expect(formatRatio(21)).to.equal('21');
    expect(toHex([19, 93, 102, 0.3])).to.equal('#135d66');
  });

  it('the issue: a light brand color in the dark scheme is 2.34:1 on links and 2.19:1 on buttons', () => {
    const dark = { ...palette('--_dark-'), primary: hex('#135d66') };
    expect(check(dark, '-dark')).to.deep.equal([
      '#135d66 (--iop-color-primary-dark) on #15191e (--iop-color-surface-dark) is 2.34:1, under the 4.5:1 of WCAG AA',
      '#0c2226 (--iop-color-on-primary-dark) on #135d66 (--iop-color-primary-dark) is 2.19:1, under the 4.5:1 of WCAG AA',
    ]);
    expect(check({ 'on-primary': hex('#0c2226'), primary: hex('#135d66') })[0]).to.contain('(--iop-color-on-primary) on #135d66 (--iop-color-primary)');
  });

  it('3:1 for borders and the focus ring, 4.5:1 for text', () => {
    const light = palette('--_light-');
    const faint = check({ ...light, border: hex('#aaaaaa'), 'text-muted': hex('#888888') });
    expect(faint.map((line) => line.replace(/^.*\(--iop-color-([a-z-]+)\) on .*\(--iop-color-([a-z-]+)\).* the ([\d.]+):1.*$/, '$1 $2 $3'))).to.deep.equal([
      'text-muted surface 4.5',
      'text-muted surface-alt 4.5',
      'border surface 3',
    ]);
    // 3.1:1 is enough for a border, not for text.
    expect(check({ ...light, border: hex('#949494') })).to.deep.equal([]);
    expect(check({ ...light, 'text-muted': hex('#949494') })).to.have.length(2);
  });

  it('missing or unreadable colors are skipped, never guessed', () => {
    expect(check({})).to.deep.equal([]);
    expect(check({ primary: hex('#ffffff'), surface: null })).to.deep.equal([]);
  });

  it('every built-in palette passes every pair', () => {
    expect(check(palette('--_light-'))).to.deep.equal([]);
    expect(check(palette('--_dark-'))).to.deep.equal([]);
    expect(PAIRS.length).to.equal(10);
    expect(PAIRS.every(([fg, bg, min]) => NAMES.includes(fg as ColorName) && NAMES.includes(bg as ColorName) && (min === 4.5 || min === 3))).to.equal(true);
  });

  it('a dark brand color of its own passes where the light one failed', () => {
    expect(check({ ...palette('--_dark-'), primary: hex('#5fb3bd') })).to.deep.equal([]);
    expect(check({ ...palette('--_light-'), primary: hex('#135d66') })).to.deep.equal([]);
  });
});
