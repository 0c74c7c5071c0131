import { css } from 'lit';

export const articleCardsStyles = css`
  :host {
    container-type: inline-size;
    --_columns-min: var(--iop-article-cards-min, 16em);
    --_carousel: var(--iop-article-cards-carousel-width, 18em);
  }
  @container (min-width: 36em) {
    .cards.list .card {
      flex-direction: row;
    }
    .cards.list img {
      inline-size: 12em;
      block-size: 100%;
    }
  }
  .frame {
    display: grid;
    grid-template-columns: auto auto 1fr;
    gap: 0.5em;
    align-items: center;
  }
  .frame .track {
    grid-column: 1 / -1;
    grid-row: 2;
    grid-auto-flow: column;
    grid-auto-columns: min(var(--_carousel), 85%);
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-behavior: smooth;
    padding-block: 4px;
  }
  /*
   * Long lists only: off-screen cards skip layout and paint until scrolled near, so 1,000 cards
   * stay smooth. Short lists render fully, so their height never changes as the visitor scrolls.
   */
  .many .card {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 22em;
  }
  .many.list .card {
    contain-intrinsic-block-size: auto 10em;
  }
  .track > li {
    scroll-snap-align: start;
  }
  /*
   * Topics: one row that scrolls sideways on a phone, so ten topics take one line instead of five
   * before the first card; on a wide widget they wrap. The buttons stay in the tab order, so the
   * row scrolls with the keyboard too.
   */
  .filters {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.5em;
    padding-block: 4px;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
  }
  .filters > * {
    flex: none;
    white-space: nowrap;
  }
  #filters-label {
    font-weight: 600;
  }
  @container (min-width: 48em) {
    .filters {
      flex-wrap: wrap;
      overflow-x: visible;
    }
  }
  .filters button {
    min-block-size: 32px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_primary);
    border-radius: 2em;
    background: transparent;
    color: var(--_primary);
    cursor: pointer;
  }
  .filters button:hover {
    background: var(--_surface-alt);
  }
  .filters [aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* The check mark sits in an aria-hidden span: generated content would join the button's name. */
  .filters [aria-pressed='true'] > span::before {
    content: '✓ ';
  }
  .count:empty {
    display: none;
  }
  .count,
  .status {
    margin-block-end: 0.5em;
  }
  .status {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  /*
   * About the size of a card (a phone's cards measured 14-22em, 17em on average), so the section
   * barely moves when the posts arrive; it was 22em, and the section shrank 149 px on a phone.
   */
  .placeholder {
    block-size: 17em;
    border: var(--_line) solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .more {
    margin-block-start: var(--_space);
  }
  @media (forced-colors: active) {
    .filters [aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
