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
  /*
   * Sized by role, not by tag (heading-level moves every level): the main heading, then the
   * section headings, then each benefit's title at body size in bold, one type-scale step apart.
   */
  h2, h3, h4, h5, h6 {
    font-size: var(--_size-1);
  }
  #heading {
    font-size: var(--_size-2);
  }
  [part~='benefit-heading'] {
    font-size: 1em;
  }
  .intro {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  ::slotted([slot='intro']) {
    margin: 0;
  }

  /*
   * The ladder: four rungs whose bars grow with the amount of care, so it reads as steps at every
   * width. Narrow: one rung a row, each bar a quarter longer than the one before. Wide: four
   * columns standing on one baseline, a staircase. The IOP rung is marked as this program.
   */
  .ladder {
    margin: 0;
    padding: var(--_space);
    border: var(--_line) solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  figcaption {
    color: var(--_muted);
    margin-block: 0.25em var(--_space);
  }
  .ladder ol {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .level {
    display: grid;
    gap: 0.25em;
    align-content: start;
    padding: 0.5em 0.75em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
  }
  .level strong {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .bar {
    display: block;
    inline-size: calc(var(--_rung) * 25%);
    block-size: 0.75em;
    border-radius: 0.375em;
    background: var(--_border);
  }
  .level:nth-child(1) { --_rung: 1; }
  .level:nth-child(2) { --_rung: 2; }
  .level:nth-child(3) { --_rung: 3; }
  .level:nth-child(4) { --_rung: 4; }
  .level.current {
    border-color: var(--_primary);
    background: var(--_surface);
  }
  .level.current .bar {
    background: var(--_primary);
  }
  .here {
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .hours {
    font-weight: 600;
  }
  .detail {
    color: var(--_muted);
  }
  @container (min-width: 40em) {
    .ladder ol {
      grid-template-columns: repeat(4, 1fr);
      align-items: start;
    }
    .level {
      grid-template-rows: 4em;
    }
    .bar {
      align-self: end;
      inline-size: 100%;
      block-size: calc(var(--_rung) * 1em);
      border-radius: 0.25em 0.25em 0 0;
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
    display: flex;
    flex: none;
    transition: transform 150ms ease;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
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
    border: var(--_line) solid var(--_border-subtle);
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
    .here {
      border: 1px solid CanvasText;
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
