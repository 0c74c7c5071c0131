import { html, nothing, type TemplateResult } from 'lit';
import { quote } from './warn.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A heading at a level the clinic chooses, so a widget fits the page's outline. A switch keeps
 * real h2-h6 elements without pulling in lit/static-html.
 */
export function heading(
  level: HeadingLevel | number,
  content: unknown,
  part = 'heading',
  id?: string,
  /** -1 makes the heading a focus target when a new screen appears. */
  tabIndex?: number,
): TemplateResult {
  switch (Math.min(6, Math.max(2, level))) {
    case 2:
      return html`<h2 part=${part} id=${id ?? nothing} tabindex=${tabIndex ?? nothing}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id ?? nothing} tabindex=${tabIndex ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id ?? nothing} tabindex=${tabIndex ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id ?? nothing} tabindex=${tabIndex ?? nothing}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id ?? nothing} tabindex=${tabIndex ?? nothing}>${content}</h6>`;
  }
}

/** Reads `heading-level` (2-6), recording a problem and falling back for anything else. */
export function readHeadingLevel(text: string | null | undefined, problems: string[], fallback: HeadingLevel = 2): HeadingLevel {
  const level = parseHeadingLevel(text, fallback);
  if (level === null) problems.push(`heading-level ${quote(text)} must be 2 to 6; using ${fallback}`);
  return level ?? fallback;
}

/** Reads `heading-level`: 2-6, anything else falls back (and the caller warns). */
export function parseHeadingLevel(text: string | null | undefined, fallback: HeadingLevel = 2): HeadingLevel | null {
  if (text == null || text === '') return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= 2 && n <= 6 ? (n as HeadingLevel) : null;
}
