import { lowContrast, parseColor, type Rgba } from './contrast.js';

let canvas: CanvasRenderingContext2D | null | undefined;
const known = new Map<string, Rgba | null>();
/**
 * Any CSS color as rgba, as the browser reads it: a canvas turns names, hsl() and the rest into
 * #rrggbb or rgba(). An invalid value leaves fillStyle as it was, which the two sentinels catch.
 * Remembered: a page's widgets mostly share their colors.
 */
function read(value: string): Rgba | null {
  if (known.has(value)) return known.get(value)!;
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas || !value.trim()) return null;
  canvas.fillStyle = '#000001';
  canvas.fillStyle = value;
  const first = canvas.fillStyle;
  canvas.fillStyle = '#000002';
  canvas.fillStyle = value;
  const color = first === canvas.fillStyle ? parseColor(String(first)) : null;
  known.set(value, color);
  return color;
}

/**
 * Every pair of colors under WCAG AA in the schemes this widget can show, one line each. The
 * colors are read from the widget's computed style (styles.ts keeps both schemes on the host as
 * --_light-* and --_dark-*), so they are what it renders with: a clinic's tokens, inherited or
 * set on it, over the preset. theme="auto" checks the dark colors too, whatever mode the page is
 * seen in: that is where a light brand color goes wrong. The embed builder uses this on its preview.
 */
export function contrastProblems(host: Element): string[] {
  const theme = host.getAttribute('theme');
  const style = getComputedStyle(host);
  const schemes = theme === 'high-contrast' ? [''] : theme === 'dark' ? ['dark'] : theme === 'auto' ? ['light', 'dark'] : ['light'];
  return schemes.flatMap((scheme) =>
    lowContrast(
      // The active colors (high contrast) go by their private names, where text-muted is "muted".
      (name) => read(style.getPropertyValue(scheme ? `--_${scheme}-${name}` : `--_${name.replace('text-', '')}`)),
      scheme === 'dark' ? '-dark' : '',
    ).map((problem) => `too little contrast in ${scheme || 'high-contrast'} mode: ${problem}.`),
  );
}

/** Each problem once per page, however many widgets share the same colors. */
const reported = new Set<string>();

/**
 * Names each problem of contrastProblems() in the console, once per page. `warn` is passed in
 * rather than imported: this module is loaded on demand (contrast-queue.ts), and a module it
 * shared with the bundle would become a third file every page must fetch, or make this one import
 * the bundle by name, which loads it twice where the page adds a query (WordPress's ?ver=).
 */
export function reportContrast(hosts: readonly Element[], warn: (tag: string, message: string) => void): void {
  for (const each of hosts) {
    for (const message of contrastProblems(each)) {
      if (!reported.has(message)) warn(each.localName, message);
      reported.add(message);
    }
  }
}
