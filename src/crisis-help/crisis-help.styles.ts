import { css } from 'lit';

/**
 * Calm by default, urgent when it must be. On its own and beside a question, crisis help is a
 * quiet panel with a thin danger accent: present and easy to find, without a red slab on every
 * screen. `urgent` (the self-check's interrupt and danger results) keeps strong emphasis: the
 * danger surface, a thick accent, and filled call and text buttons, the most prominent controls
 * on the screen.
 */
export const crisisHelpStyles = css`
  :host {
    --_accent: var(--_danger);
  }
  aside {
    border: var(--_line) solid var(--_border-subtle);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    padding: var(--_space);
  }
  :host([urgent]) aside {
    border-color: var(--_accent);
    border-inline-start-width: 6px;
    background: var(--_danger-surface);
  }
  /* High contrast and forced colors: a box with the same border all round, never a bracket. */
  :host([theme='high-contrast']) aside {
    border: var(--_line) solid var(--_accent);
  }
  :host([theme='high-contrast'][urgent]) aside {
    border-width: 4px;
  }
  @media (forced-colors: active) {
    aside,
    :host([urgent]) aside {
      border: var(--_line) solid CanvasText;
    }
  }
  h2, h3, h4, h5, h6 {
    font-size: var(--_size-1);
    /* 0.5em of the base size, in the heading's own larger em. */
    margin-block-end: calc(0.5em / 1.25);
  }
  ul {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: grid;
    gap: 0.25em;
    max-inline-size: var(--_measure);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  a {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 44px;
    font-weight: 600;
    color: var(--_text);
    text-decoration-thickness: 2px;
  }
  a:hover {
    text-decoration-thickness: 3px;
  }
  /* Urgent: the first resource's call and text links are the largest, filled controls on screen. */
  .actions.primary {
    display: grid;
    gap: 0.75rem;
    margin-block: 0.25rem;
  }
  a.prominent {
    justify-content: center;
    min-block-size: 3rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger);
    color: var(--_danger-surface);
    font-size: var(--_size-1);
    text-decoration: none;
  }
  a.prominent:hover {
    text-decoration: underline;
  }
  a.prominent:active {
    transform: translateY(1px);
  }
  .note {
    color: var(--_muted);
  }
  .compact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1em;
    padding-block: 0.25em;
  }
  .compact a {
    min-block-size: 24px;
    padding-block: 0.5em;
  }
`;
