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

  @media print {
    .panel[hidden] {
      display: block;
    }
    .chevron {
      display: none;
    }
  }
`;
