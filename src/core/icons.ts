import { svg, type SVGTemplateResult } from 'lit';

/**
 * Line icons (24 px grid, 2 px stroke, drawn in the text color), written into the markup: the
 * strict Content-Security-Policy the widgets run under (`img-src 'self'`) blocks `data:` images,
 * and an icon font or sprite would be a file to fetch. Each is decorative (aria-hidden): the text
 * beside it carries the meaning. Sized by `.icon` in styles.ts. One export each, so a bundle
 * carries only the icons its widgets draw.
 */
const icon = (paths: SVGTemplateResult) => svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`;

export const phoneIcon = icon(svg`<path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2"/>`);
export const messageIcon = icon(svg`<path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/>`);
export const chatIcon = icon(svg`<path d="M8 10h8M8 14h5M12 21a9 9 0 1 0-8-4.9L3 21l4.9-1A9 9 0 0 0 12 21"/>`);
export const externalIcon = icon(svg`<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`);
export const chevronDownIcon = icon(svg`<path d="m6 9 6 6 6-6"/>`);
export const chevronLeftIcon = icon(svg`<path d="m15 18-6-6 6-6"/>`);

/** The icon for a crisis action's link: a call, a text, or a web page (chat). */
export function actionIcon(href: string): SVGTemplateResult {
  if (href.startsWith('tel:')) return phoneIcon;
  if (href.startsWith('sms:')) return messageIcon;
  return chatIcon;
}
