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
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .filters button {
    min-block-size: 32px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_primary);
    border-radius: 2em;
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
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
  .placeholder {
    block-size: 22em;
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
