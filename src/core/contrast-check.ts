import { lowContrast, parseColor, type Rgba } from './contrast.js';
import { warn } from './warn.js';

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
/** Widgets waiting for their check: all are checked in one idle moment, after one style update. */
const waiting = new Set<HTMLElement>();

/**
 * Names each problem of contrastProblems() in the console, once per page, when the browser is
 * idle: off every render path, and in one batch, so 200 widgets cost one style recalculation.
 */
export function checkContrast(host: HTMLElement): void {
  if (!waiting.size) {
    ((globalThis as { requestIdleCallback?: (callback: () => void) => void }).requestIdleCallback ?? setTimeout)(() => {
      for (const each of waiting) {
        if (!each.isConnected) continue;
        for (const message of contrastProblems(each)) {
          if (!reported.has(message)) warn(each.localName, message);
          reported.add(message);
        }
      }
      waiting.clear();
    });
  }
  waiting.add(host);
}
