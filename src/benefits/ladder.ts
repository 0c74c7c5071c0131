import { html, nothing, css } from 'lit';
import { heading } from '../core/heading.js';
import type { BenefitsContent, CareLevel } from './content.js';

/**
 * The levels-of-care ladder, on its own so another widget can show it (the self-check's result
 * can mark the level it suggests): a figure with a heading, a caption and four rungs whose bars
 * grow with the amount of care. `current` is the rung marked with `content.ladderCurrent` ("This
 * program" on the explainer). Needs `ladderStyles`, and `container-type: inline-size` on the host
 * for the wide layout.
 */
export function renderLadder(
  content: Pick<BenefitsContent, 'ladderHeading' | 'ladderCaption' | 'ladderCurrent' | 'levels'>,
  headingLevel: number,
  current: CareLevel['id'] = 'iop',
) {
  return html`
    <figure class="ladder" part="ladder" aria-labelledby="ladder-heading">
      ${heading(headingLevel, content.ladderHeading, 'ladder-heading', 'ladder-heading')}
      <figcaption>${content.ladderCaption}</figcaption>
      <ol>
        ${content.levels.map(
          (level) => html`
            <li class="level ${level.id === current ? 'current' : ''}" part=${level.id === current ? 'level level-current' : 'level'}>
              <span class="bar" aria-hidden="true"></span>
              <strong>${level.name}${level.id === current ? html` <span class="here">${content.ladderCurrent}</span>` : nothing}</strong>
              <span class="hours">${level.hours}</span>
              <span class="detail">${level.detail}</span>
            </li>
          `,
        )}
      </ol>
    </figure>
  `;
}

export const ladderStyles = css`
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
`;
