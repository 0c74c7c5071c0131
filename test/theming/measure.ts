import { allElements } from '../fixtures/hostile.js';

/** Contrast as seen: measured from the colors the browser renders, not from the tokens. */

export type Rgba = [number, number, number, number];
export const parse = (color: string): Rgba => {
  const [r, g, b, a = 1] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
};
export const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
const luminance = ([r, g, b]: Rgba) => {
  const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
export const ratio = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The solid color behind an element: its background, or the nearest ancestor's, across shadow roots. */
export function backgroundOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const color = parse(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1] as Rgba);
}

/** Every text with too little contrast, and every button or toggle whose border is too faint. */
export function lowContrast(host: Element): string[] {
  const failures: string[] = [];
  for (const element of allElements(host.shadowRoot!)) {
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || (element as HTMLElement).offsetParent === null) continue;
    const background = backgroundOf(element);
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    if (ownText && !element.closest('.visually-hidden')) {
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const value = ratio(over(parse(style.color), background), background);
      if (value < (large ? 3 : 4.5)) failures.push(`text "${element.textContent!.trim().slice(0, 30)}" ${value.toFixed(2)}:1`);
    }
    // Buttons whose border is their only outline (chips, secondary buttons): 3:1 for the border.
    if (element.matches('.filters button, .button.secondary') && parseFloat(style.borderTopWidth) > 0) {
      // A border stands against what is around the control, not against the control's own fill.
      const around = backgroundOf(element.parentElement!);
      const value = ratio(over(parse(style.borderTopColor), around), around);
      if (value < 3) failures.push(`border of "${element.textContent!.trim()}" ${value.toFixed(2)}:1`);
    }
  }
  return failures;
}
