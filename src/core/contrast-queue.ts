import { COLOR_NAMES } from './styles.js';
import { warn } from './warn.js';

/** Widgets waiting for their check: all are checked in one idle moment, after one style update. */
const waiting = new Set<HTMLElement>();

/** Whether a clinic set any color token that reaches this widget: the presets alone all pass (test/theming). */
function hasClinicColors(host: HTMLElement): boolean {
  const style = getComputedStyle(host);
  return COLOR_NAMES.some((name) => style.getPropertyValue(`--iop-color-${name}`) || style.getPropertyValue(`--iop-color-${name}-dark`));
}

/**
 * Queues a widget for the contrast check, which names each pair of colors under WCAG AA in the
 * console. It runs when the browser is idle: off every render path, and in one batch, so 200
 * widgets cost one style recalculation. The check itself (contrast-check.ts, about 1 KB) is
 * loaded only on a page whose widgets have clinic colors, like the Spanish files: a page with
 * the presets downloads nothing for it. If its file is missing, the page is no worse off; the
 * check is a help for the webmaster, not for the visitor.
 */
export function checkContrast(host: HTMLElement): void {
  if (!waiting.size) {
    ((globalThis as { requestIdleCallback?: (callback: () => void) => void }).requestIdleCallback ?? setTimeout)(() => {
      const branded = [...waiting].filter((each) => each.isConnected && hasClinicColors(each));
      waiting.clear();
      if (branded.length)
        import('./contrast-check.js').then(
          ({ reportContrast }) => reportContrast(branded, warn),
          () => {},
        );
    });
  }
  waiting.add(host);
}
