import { html, nothing } from 'lit';
import { IopElement } from '../core/element.js';
import { heading } from '../core/heading.js';
import { actionIcon } from '../core/icons.js';
import { hostReset, tokens } from '../core/styles.js';
import { Texts } from '../core/i18n.js';
import { readCrisisConfig, type CrisisConfig } from './config.js';
import { crisisHelpStyles } from './crisis-help.styles.js';
import { CRISIS_EN, type CrisisResource } from './resources.js';

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
 * @cssprop [--iop-color-danger-surface=#fdeeee] - The crisis box's background.
 */
export class IopCrisisHelp extends IopElement<CrisisConfig> {
  static override styles = [tokens, hostReset, crisisHelpStyles];
  static override properties = {
    compact: { type: Boolean, reflect: true },
    urgent: { type: Boolean, reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    resources: {},
  };

  /** One line with the main links instead of the full list. */
  compact = false;

  /**
   * For a visitor who may be in crisis now: every resource's links come before its explanation, and
   * the first resource's call and text links are large, full-width buttons, the most prominent
   * controls on the screen (the self-check's interrupt and crisis-first results use this).
   */
  urgent = false;

  /** Replaces the heading's text. */
  heading?: string;

  /** The heading's level, 2-6. */
  headingLevel?: string;

  /** JSON list replacing the resources: `[{"name", "description"?, "note"?, "actions": [{"label", "href"}]}]`; only tel:, sms: and https: links are kept. */
  resources?: string;

  protected texts = new Texts(this, { en: CRISIS_EN, es: () => import('./es.js').then((module) => module.CRISIS_ES) });

  constructor() {
    super();
    // Focused itself (the self-check does so where crisis help comes first), the next Tab goes to
    // the first call link. Chromium and Firefox do that on their own; WebKit (Safari, every iPhone
    // browser) moves Tab from a focused shadow host past its shadow tree, skipping every link.
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || this.shadowRoot?.activeElement) return;
      const first = this.shadowRoot?.querySelector<HTMLElement>('a[href]');
      if (!first) return;
      event.preventDefault();
      first.focus();
    });
  }

  protected override readConfig(): CrisisConfig {
    return readCrisisConfig(this);
  }

  protected override renderContent() {
    const { t } = this.texts;
    const { heading: customHeading, headingLevel, custom, resourcesInvalid } = this.config;
    const title = customHeading ?? t.heading;
    const list = custom ?? t.resources;
    if (this.compact) {
      return html`
        <aside class="compact" part="container" aria-label=${title}>
          <strong>${title}:</strong>
          ${list.map((resource) => this.renderAction(resource.actions[0]))}
        </aside>
      `;
    }
    return html`
      <aside class="full" part="container" aria-labelledby="crisis-heading">
        ${this.renderNotice(resourcesInvalid)}
        ${heading(headingLevel, title, 'heading', 'crisis-heading')}
        <ul role="list">
          ${list.map((resource, index) => {
            const primary = this.urgent && index === 0;
            const actions = html`<span class="actions ${primary ? 'primary' : ''}">${resource.actions.map((action) =>
              this.renderAction(action, primary && !action.href.startsWith('https:')),
            )}</span>`;
            const explanation = html`${resource.description ? html`<span>${resource.description}</span>` : nothing}
              ${resource.note ? html`<span class="note">${resource.note}</span>` : nothing}`;
            return html`
              <li part="resource">
                <strong class="name">${resource.name}</strong>
                ${this.urgent ? html`${actions}${explanation}` : html`${resource.description ? html`<span>${resource.description}</span>` : nothing}${actions}${resource.note ? html`<span class="note">${resource.note}</span>` : nothing}`}
              </li>
            `;
          })}
        </ul>
      </aside>
    `;
  }

  private renderAction(action: CrisisAction, prominent = false) {
    const external = action.href.startsWith('https:');
    return html`<a
      part=${prominent ? 'action action-primary' : 'action'}
      class=${prominent ? 'prominent' : nothing}
      href=${action.href}
      target=${external ? '_blank' : nothing}
      rel=${external ? 'noopener noreferrer' : nothing}
      >${actionIcon(action.href)}${action.label}${external ? html`<span class="visually-hidden"> (${this.texts.t.newTab})</span>` : nothing}</a
    >`;
  }
}

type CrisisAction = CrisisResource['actions'][number];
