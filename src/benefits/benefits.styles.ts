import { css } from 'lit';

export const benefitsStyles = css`
  :host {
    container-type: inline-size;
    --_columns-min: var(--iop-benefits-columns-min, 16em);
  }
  section {
    display: grid;
    gap: var(--_space);
  }
  /* Sized by role, not by tag: heading-level moves every level, the main heading stays the largest. */
  h2, h3, h4, h5, h6 {
    font-size: 1.2em;
  }
  #heading {
    font-size: 1.6em;
  }
  .intro {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  ::slotted([slot='intro']) {
    margin: 0;
  }

  /* The ladder: four steps that grow with the amount of care; the IOP step stands out. */
  .ladder {
    margin: 0;
    padding: var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  figcaption {
    color: var(--_muted);
    margin-block: 0.25em var(--_space);
  }
  .ladder ol {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .level {
    display: grid;
    grid-template-columns: 3em 1fr;
    column-gap: 0.75em;
    align-items: start;
    padding: 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
  }
  .level > :not(.bar) {
    grid-column: 2;
  }
  .bar {
    grid-row: 1 / span 3;
    align-self: end;
    inline-size: 100%;
    block-size: 1.5em;
    border-radius: 0.25em;
    background: var(--_border);
  }
  .level:nth-child(2) .bar { block-size: 2.5em; }
  .level:nth-child(3) .bar { block-size: 3.5em; }
  .level:nth-child(4) .bar { block-size: 4.5em; }
  .level.current {
    border: 2px solid var(--_primary);
    background: var(--_surface);
  }
  .level.current .bar {
    background: var(--_primary);
  }
  .hours {
    font-weight: 600;
  }
  .detail {
    color: var(--_muted);
  }
  /* Wide: a staircase, each bar standing on the same baseline above its text. */
  @container (min-width: 40em) {
    .ladder ol {
      grid-template-columns: repeat(4, 1fr);
    }
    .level {
      grid-template-columns: 1fr;
      grid-template-rows: 4.5em;
      align-content: start;
      row-gap: 0.25em;
    }
    .level > :not(.bar) {
      grid-column: 1;
    }
    .bar {
      grid-row: 1;
    }
  }

  /* Accordion */
  .accordion {
    border-block-start: 1px solid var(--_border);
  }
  .item {
    border-block-end: 1px solid var(--_border);
  }
  .item button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.75em 0.25em;
    border: 0;
    background: none;
    text-align: start;
    font-weight: 600;
    cursor: pointer;
  }
  .item button:hover span:first-child {
    text-decoration: underline;
  }
  .chevron {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 150ms ease;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
  }
  .panel {
    padding: 0 0.25em var(--_space);
  }
  .panel[hidden] {
    display: none;
  }

  /* Grid and list */
  .card {
    display: grid;
    align-content: start;
    gap: 0.5em;
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  .grid .card {
    background: var(--_surface-alt);
    border: 1px solid transparent;
  }
  .list .card {
    padding-inline: 0;
    border-block-end: 1px solid var(--_border);
    border-radius: 0;
  }
  /* No box of its own, so an empty call to action leaves no gap. */
  .cta {
    display: contents;
  }
  .cta a,
  ::slotted([slot='cta']) {
    justify-self: start;
  }

  @media (forced-colors: active) {
    .bar,
    .level.current .bar {
      background: CanvasText;
    }
    .level.current {
      border-color: Highlight;
    }
    .grid .card {
      border-color: CanvasText;
    }
  }
  @media print {
    .panel[hidden] {
      display: block;
    }
    .chevron {
      display: none;
    }
  }
`;
