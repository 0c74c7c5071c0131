import { css } from 'lit';

export const selfCheckStyles = css`
  /*
   * One steady column: every screen (start, question, error, interrupt, result) is the same width,
   * so the progress bar, the error box and crisis help never resize as the visitor moves on.
   * Text inside keeps to about 65 characters a line.
   */
  :host {
    max-inline-size: 40em;
  }
  .self-check,
  .screen,
  .result,
  .interrupt {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .self-check > *,
  .screen > .result,
  .screen > .interrupt {
    justify-self: stretch;
  }
  .screen > :not(p),
  .result > :not(p) {
    max-inline-size: 100%;
  }
  li {
    max-inline-size: var(--_measure);
  }
  iop-crisis-help,
  iop-self-check-crisis-help {
    justify-self: stretch;
    /* Inside the self-check, crisis help is part of the column, not a page of its own. */
    --iop-background: transparent;
    --iop-padding: 0;
  }
  /* Sized by role, not by tag: heading-level moves every level, the screen's heading stays the largest. */
  h2, h3, h4, h5, h6 {
    font-size: var(--_size-1);
  }
  #screen-heading {
    font-size: var(--_size-2);
  }
  /* Focus moves to each new screen's heading for screen readers; a focus box there would only distract. */
  #screen-heading:focus {
    outline: none;
  }
  .muted,
  .hint,
  .caption {
    color: var(--_muted);
  }
  .caption {
    display: block;
    margin-block-end: 0.5em;
  }
  /* Quick exit: an outline in the danger color, never a second filled button beside Continue. */
  .button.warning {
    background: var(--_surface);
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .button.warning:hover {
    background: var(--_danger-surface);
  }
  /* Quick exit stays on screen while any part of the self-check is (GOV.UK Exit this page). */
  .quick-exit {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    justify-self: stretch;
    padding-block: 0.25em;
    background: var(--_surface);
  }
  .quick-exit .button {
    min-block-size: 2.25em;
    padding: 0.25em 0.75em;
  }
  /* The page disappears at once when the visitor leaves. */
  dialog.leaving {
    /* The viewport exactly: in WebKit 100vw came out a 64th of a pixel short, and on a phone 100vh is
       the viewport with its toolbars hidden. */
    inset: 0;
    inline-size: auto;
    block-size: auto;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    border: 0;
    padding: var(--_space);
    background: Canvas;
    color: CanvasText;
  }
  dialog.leaving::backdrop {
    background: Canvas;
  }
  .handover {
    justify-self: stretch;
    padding: 0.75em var(--_space);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
  .interrupt {
    justify-items: stretch;
  }
  .scores summary {
    cursor: pointer;
    min-block-size: 24px;
    color: var(--_primary);
    font-weight: 600;
  }
  .back {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    padding: 0.25em 0;
    color: var(--_primary);
  }
  .progress {
    display: grid;
    gap: 0.25em;
    inline-size: 100%;
  }
  progress {
    inline-size: 100%;
    block-size: 0.5em;
    accent-color: var(--_primary);
  }
  form {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    inline-size: 100%;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
    inline-size: 100%;
  }
  /*
   * The error marks the whole question, caption included (GOV.UK's form group). A rendered legend
   * sits across its fieldset's top border, so the bar would start halfway down the legend, below
   * the caption: floated, the legend is an ordinary box inside the fieldset.
   */
  fieldset.has-error {
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_danger);
  }
  legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin-block-end: var(--_space);
  }
  fieldset > :not(legend) {
    clear: both;
  }
  /* Answers as large tiles: the whole tile is the label, so the target is the full width. */
  .options {
    display: grid;
    gap: 0.5em;
    margin-block-start: var(--_space);
  }
  .option {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding-inline: 0.75em;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .option:hover {
    border-color: var(--_primary);
  }
  .option:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
    background: var(--_surface-alt);
  }
  /* Large radios, left of their labels; the label extends the hit area to 44px. */
  .option input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .option label {
    flex: 1;
    min-block-size: 44px;
    padding-block: 0.55em;
    cursor: pointer;
  }
  .error-summary {
    justify-self: stretch;
    padding: var(--_space);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
  }
  #error-summary-title {
    font-size: var(--_size-1);
    margin-block-end: 0.5em;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .error-message {
    color: var(--_danger);
    font-weight: 600;
  }
  .summary {
    font-size: var(--_size-1);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.5em;
  }
  .phone {
    font-weight: 600;
    min-block-size: 44px;
    display: inline-flex;
    align-items: center;
  }
  .attribution {
    color: var(--_muted);
  }
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .no-print,
    .quick-exit,
    .back {
      display: none;
    }
  }
`;
