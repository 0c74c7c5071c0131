import { css } from 'lit';

export const selfCheckStyles = css`
  :host {
    max-inline-size: 44em;
  }
  .self-check,
  .screen,
  .result,
  .interrupt {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .screen > *,
  .result > * {
    max-inline-size: 100%;
  }
  iop-crisis-help {
    justify-self: stretch;
  }
  /* Sized by role, not by tag: heading-level moves every level, the screen's heading stays the largest. */
  h2, h3, h4, h5, h6 {
    font-size: 1.15em;
  }
  #screen-heading {
    font-size: 1.5em;
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
  .button.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  .button.warning {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
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
    font-size: 0.95em;
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
  fieldset.has-error {
    padding-inline-start: 1em;
    border-inline-start: 5px solid var(--_danger);
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space);
  }
  .options {
    display: grid;
    gap: 0.5em;
    margin-block-start: var(--_space);
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
  }
  /* Large radios, left of their labels; the label extends the hit area to 44px. */
  .option input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.6em 0 0;
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
    font-size: 1.25em;
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
    font-size: 1.1em;
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
    font-size: 0.875em;
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
