import { css } from 'lit';

export const crisisHelpStyles = css`
  :host {
    --_accent: var(--_danger);
  }
  aside {
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
    color: var(--_text);
    padding: var(--_space);
  }
  h2, h3, h4, h5, h6 {
    font-size: 1.2em;
    /* 0.5em of the base size, in the heading's own larger em. */
    margin-block-end: calc(0.5em / 1.2);
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
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    font-weight: 600;
    color: var(--_text);
    text-decoration-thickness: 2px;
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
    font-size: 1.1em;
    text-decoration: none;
  }
  a.prominent:hover {
    text-decoration: underline;
  }
  .note {
    color: var(--_muted);
    font-size: 0.95em;
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
