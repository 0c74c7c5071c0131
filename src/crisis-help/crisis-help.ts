import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { heading, parseHeadingLevel, type HeadingLevel } from '../core/heading.js';
import { parseJson } from '../core/json.js';
import { hostReset, tokens } from '../core/styles.js';
import { warn } from '../core/warn.js';
import { crisisHelpStyles } from './crisis-help.styles.js';
import { US_RESOURCES, validateResources, type CrisisResource } from './resources.js';

export const CRISIS_HEADING = 'Help is available now';

/**
 * Crisis resources: the 988 Suicide & Crisis Lifeline, Crisis Text Line and 911 by default, as
 * links that start a call or a text. Clinics outside the US replace them with `resources`.
 *
 * @tagname iop-crisis-help
 * @summary Crisis resources, full or compact, replaceable by the clinic.
 *
 * @csspart container - The outer box.
 * @csspart heading - The heading.
 * @csspart resource - One resource.
 * @csspart action - A call, text or chat link.
 * @csspart notice - The note shown when `resources` could not be used.
 *
 * @cssprop [--iop-color-danger=#a4161a] - The accent of the crisis box.
 * @cssprop [--iop-color-danger-surface=#fdeeee] - Its background.
 */
export class IopCrisisHelp extends LitElement {
  static override styles = [tokens, hostReset, crisisHelpStyles];

  /** One line with the main links instead of the full list. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Replaces the heading's text. */
  @property() heading?: string;

  /** The heading's level, 2-6. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** JSON list replacing the resources: `[{"name", "description"?, "note"?, "actions": [{"label", "href"}]}]`; only tel:, sms: and https: links are kept. */
  @property() resources?: string;

  /** Color preset: `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  @state() private list: CrisisResource[] = US_RESOURCES;
  @state() private level: HeadingLevel = 2;
  @state() private invalid = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('resources')) {
      this.list = US_RESOURCES;
      this.invalid = false;
      if (this.resources) {
        const parsed = parseJson(this.resources, validateResources);
        if (parsed.ok) this.list = parsed.value;
        else {
          this.invalid = true;
          warn('iop-crisis-help', `resources ${parsed.error}; showing the default (US) resources`);
        }
      }
    }
    if (changed.has('headingLevel')) {
      const level = parseHeadingLevel(this.headingLevel);
      if (level === null) warn('iop-crisis-help', `heading-level "${this.headingLevel}" must be a whole number from 2 to 6; using 2`);
      this.level = level ?? 2;
    }
  }

  protected override render() {
    const title = this.heading?.trim() || CRISIS_HEADING;
    if (this.compact) {
      return html`
        <aside class="compact" part="container" aria-label=${title}>
          <strong>${title}:</strong>
          ${this.list.map((resource) => this.renderAction(resource.actions[0]))}
        </aside>
      `;
    }
    return html`
      <aside class="full" part="container" aria-labelledby="crisis-heading">
        ${this.invalid ? html`<p class="notice" part="notice">Note for the site owner: the custom crisis resources could not be used, so the standard ones are shown.</p>` : nothing}
        ${heading(this.level, title, 'heading', 'crisis-heading')}
        <ul role="list">
          ${this.list.map(
            (resource) => html`
              <li part="resource">
                <strong class="name">${resource.name}</strong>
                ${resource.description ? html`<span>${resource.description}</span>` : nothing}
                <span class="actions">${resource.actions.map((action) => this.renderAction(action))}</span>
                ${resource.note ? html`<span class="note">${resource.note}</span>` : nothing}
              </li>
            `,
          )}
        </ul>
      </aside>
    `;
  }

  private renderAction(action: CrisisAction) {
    const external = action.href.startsWith('https:');
    return html`<a part="action" href=${action.href} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}>${action.label}</a>`;
  }
}

type CrisisAction = CrisisResource['actions'][number];
