import { html, type TemplateResult } from 'lit';
import type { CardsTexts } from './texts.js';

/**
 * Scrolls the carousel's track by one card. `direction` is logical (1 = Next, toward the inline
 * end); `physical` says it is already a screen direction (1 = rightward), as the arrow keys are.
 * In a right-to-left page the inline end is on the left and scrollLeft runs from 0 down to
 * negative values, so Next must scroll left: without this, Next stopped at the start and
 * Previous moved on. With reduced motion the jump is instant.
 */
export function scrollByCard(track: HTMLElement | null | undefined, direction: 1 | -1, physical = false): void {
  const card = track?.querySelector('li');
  if (!track || !card) return;
  const rtl = !physical && getComputedStyle(track).direction === 'rtl';
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  track.scrollBy({ left: (rtl ? -direction : direction) * (card.getBoundingClientRect().width + 16), behavior: reduce ? 'auto' : 'smooth' });
}

/** On the track: the arrow keys move the way they point on screen, in either writing direction. */
export function onTrackKeydown(event: KeyboardEvent): void {
  const direction = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
  if (!direction) return;
  event.preventDefault();
  scrollByCard(event.currentTarget as HTMLElement, direction, true);
}

/** Previous and Next, each scrolling the track beside it. */
const button = (label: string, direction: 1 | -1) =>
  html`<button type="button" class="button" part="button" aria-controls="cards" @click=${(event: Event) => scrollByCard((event.currentTarget as HTMLElement).parentElement?.querySelector('.track'), direction)}>${label}</button>`;

/** The list (a `.track`) in its frame, after Previous and Next. */
export const renderCarousel = (list: TemplateResult, t: CardsTexts) => html`<div class="frame">${button(t.previous, -1)}${button(t.next, 1)}${list}</div>`;
