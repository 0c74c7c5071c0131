/**
 * Color contrast, WCAG 2.2's way: pure functions with no DOM, shared by the widgets' console
 * check (contrast-check.ts) and the embed builder (demo/builder.js, through contrast-check.ts).
 * Kept small on purpose: it ships in every bundle.
 */

/** Red, green and blue 0-255, alpha 0-1. */
export type Rgba = [number, number, number, number];

/**
 * Reads "#rrggbb" and "rgb(r, g, b)" / "rgba(r, g, b, a)": what a canvas gives back for any CSS
 * color (contrast-check.ts and the builder let the browser convert names, hsl() and the rest).
 * Anything else gives null.
 */
export function parseColor(value: string): Rgba | null {
  const hex = /^#([\da-f]{6})$/i.exec(value)?.[1];
  const parts = hex ? hex.match(/../g)!.map((pair) => parseInt(pair, 16)) : /^rgba?\(([\d.,\s]+)\)$/.exec(value)?.[1].split(',').map(Number);
  return parts && parts.length > 2 && parts.length < 5 && !parts.includes(NaN) ? ([...parts, 1].slice(0, 4) as Rgba) : null;
}

/** A color laid over a solid background, as it is seen. */
export const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

const luminance = (color: Rgba) => {
  const [r, g, b] = color.map((value) => ((value /= 255) <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const WHITE: Rgba = [255, 255, 255, 1];

/**
 * The contrast ratio (1 to 21) of a foreground on a background. A see-through background is taken
 * over white, and a see-through foreground over the background, as they would be seen.
 */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const solid = over(background, WHITE);
  const [a, b] = [luminance(over(foreground, solid)), luminance(solid)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** "#1b1f24": how a color is named in a message (as seen, so alpha is gone). */
export const toHex = (color: Rgba) =>
  `#${color
    .slice(0, 3)
    .map((v) => Math.round(v).toString(16).padStart(2, '0'))
    .join('')}`;

/**
 * The pairs the widgets draw, as color names (the public token is `--iop-color-<name>`, plus
 * `-dark` in the dark scheme), and the least contrast WCAG AA asks of each: 4.5:1 for text (links,
 * button text, body and secondary text on the surface and on panels, crisis help text, error
 * text), 3:1 for the borders of controls and the focus ring.
 */
export const PAIRS: ReadonlyArray<[foreground: string, background: string, min: number]> = (
  'primary surface 4.5|on-primary primary 4.5|text surface 4.5|text-muted surface 4.5|text surface-alt 4.5|' +
  'text-muted surface-alt 4.5|text danger-surface 4.5|danger surface 4.5|border surface 3|focus surface 3'
)
  .split('|')
  .map((pair) => pair.split(' '))
  .map(([foreground, background, min]) => [foreground, background, +min]);

/** "2.19", to two decimals; rounded down when rounding would lift it to the `min` it fails (4.497 -> 4.49). */
export function formatRatio(ratio: number, min = 99): string {
  const rounded = Math.round(ratio * 100) / 100;
  return String(ratio < min && rounded >= min ? Math.floor(ratio * 100) / 100 : rounded);
}

/**
 * One line per pair under its minimum, naming the colors as seen, their tokens, the ratio and the
 * minimum: "#135d66 (--iop-color-primary-dark) on #15191e (--iop-color-surface-dark) is 2.34:1,
 * under the 4.5:1 of WCAG AA". `color` gives each named color, or null when it could not be read:
 * such a pair is skipped (no warning is better than a wrong one).
 */
export function lowContrast(color: (name: string) => Rgba | null, suffix = ''): string[] {
  return PAIRS.flatMap(([foreground, background, min]) => {
    const [fg, bg] = [color(foreground), color(background)];
    if (!fg || !bg) return [];
    const ratio = contrastRatio(fg, bg);
    const solid = over(bg, WHITE);
    const token = (name: string) => `(--iop-color-${name}${suffix})`;
    return ratio < min
      ? [
          `${toHex(over(fg, solid))} ${token(foreground)} on ${toHex(solid)} ${token(background)} is ${formatRatio(ratio, min)}:1, under the ${min}:1 of WCAG AA`,
        ]
      : [];
  });
}
