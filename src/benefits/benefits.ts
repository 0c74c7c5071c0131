import { html, nothing, type PropertyValues } from 'lit';
import { IopElement } from '../core/element.js';
import { heading } from '../core/heading.js';
import { chevronDownIcon } from '../core/icons.js';
import { cardList, hostReset, tokens } from '../core/styles.js';
import { Texts } from '../core/i18n.js';
import { readBenefitsConfig, type BenefitsConfig } from './config.js';
import { BENEFITS_EN, type Benefit } from './content.js';
import { IopBenefitToggleEvent } from './events.js';
import { benefitsStyles } from './benefits.styles.js';
import { ladderStyles, renderLadder } from './ladder.js';

/**
 * Explains what an Intensive Outpatient Program (IOP) is, where it sits between weekly therapy
 * and hospital care, and what it offers.
 *
 * @tagname iop-benefits
 * @summary The IOP explainer: what an IOP is, a levels-of-care ladder and its benefits.
 *
 * @slot intro - Replaces the standard introduction paragraphs.
 * @slot cta - A custom call to action, in place of the `cta-label`/`cta-href` button.
 *
 * @fires {IopBenefitToggleEvent} iop-benefit-toggle - A benefit was opened or closed (accordion). `detail: { id, open }`.
 *
 * @csspart heading - The main heading.
 * @csspart intro - The introduction.
 * @csspart ladder - The levels-of-care ladder.
 * @csspart level - One step of the ladder; the IOP step also has `level-current`.
 * @csspart benefits - The list or accordion of benefits.
 * @csspart benefit - One benefit.
 * @csspart benefit-heading - A benefit's heading.
 * @csspart benefit-button - A benefit's toggle button (accordion).
 * @csspart benefit-body - A benefit's text.
 * @csspart cta - The call-to-action link.
 * @csspart notice - The note shown when a setting could not be used.
 *
 * @cssprop [--iop-color-primary=#135d66] - Accent: links, buttons, the IOP step.
 * @cssprop [--iop-benefits-columns-min=16em] - Smallest card width in the grid layout.
 */
export class IopBenefits extends IopElement<BenefitsConfig> {
  static override styles = [tokens, hostReset, cardList, ladderStyles, benefitsStyles];
  static override properties = {
    layout: { reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    benefits: {},
    open: {},
    ctaLabel: { attribute: 'cta-label' },
    ctaHref: { attribute: 'cta-href' },
    content: {},
    openIds: { state: true },
  };

  /** How the benefits are shown: `accordion`, `grid` or `list`. */
  layout: 'accordion' | 'grid' | 'list' = 'accordion';

  /** Replaces the main heading's text. */
  heading?: string;

  /** The main heading's level, 2-6, to fit the page's outline; benefit headings are one deeper. */
  headingLevel?: string;

  /** Benefit ids to show, in order, separated by spaces or commas; all when empty. */
  benefits?: string;

  /** Benefit ids open at start in the accordion layout. */
  open?: string;

  /** Text of the call-to-action button. */
  ctaLabel?: string;

  /** Where the call-to-action goes: an http(s), tel:, mailto: or relative URL; anything else is dropped. */
  ctaHref?: string;

  /** JSON that replaces or adds texts: `{"heading", "about": [...], "benefits": [{"id", "title", "body"}]}`. */
  content?: string;

  private openIds = new Set<string>();
  protected texts = new Texts(this, { en: BENEFITS_EN, es: () => import('./es.js').then((module) => module.BENEFITS_ES) });

  /** The standard text comes in the visitor's language, so a language change reads the config again. */
  protected override readConfig(): BenefitsConfig {
    return readBenefitsConfig(this, this.texts.t.content);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('open') || changed.has('benefits') || changed.has('content')) this.openIds = new Set(this.config.open);
  }

  protected override renderContent() {
    const { content, headingLevel, cta } = this.config;
    return html`
      <section aria-labelledby="heading">
        ${this.renderNotice()}
        ${heading(headingLevel, content.heading, 'heading', 'heading')}
        <div class="intro" part="intro">
          <slot name="intro">${content.about.map((paragraph) => html`<p>${paragraph}</p>`)}</slot>
        </div>
        ${renderLadder(content, headingLevel + 1)}
        ${heading(headingLevel + 1, content.benefitsHeading, 'benefits-heading')}
        ${this.config.layout === 'accordion' ? this.renderAccordion() : this.renderCards()}
        <div class="cta">
          <slot name="cta">${cta ? html`<a class="button" part="cta" href=${cta.href}>${cta.label}</a>` : nothing}</slot>
        </div>
      </section>
    `;
  }

  private renderAccordion() {
    const level = this.config.headingLevel + 2;
    return html`
      <div class="accordion" part="benefits" @keydown=${this.handleAccordionKeydown}>
        ${this.config.benefits.map((benefit) => {
          const isOpen = this.openIds.has(benefit.id);
          return html`
            <div class="item" part="benefit">
              ${heading(
                level,
                html`<button
                  type="button"
                  part="benefit-button"
                  id="button-${benefit.id}"
                  aria-expanded=${isOpen ? 'true' : 'false'}
                  aria-controls="panel-${benefit.id}"
                  data-id=${benefit.id}
                  @click=${() => this.toggle(benefit.id)}
                >
                  <span>${benefit.title}</span><span class="chevron" aria-hidden="true">${chevronDownIcon}</span>
                </button>`,
                'benefit-heading',
              )}
              <div class="panel" part="benefit-body" id="panel-${benefit.id}" ?hidden=${!isOpen}>
                <p>${benefit.body}</p>
              </div>
            </div>
          `;
        })}
      </div>
    `;
  }

  private renderCards() {
    const level = this.config.headingLevel + 2;
    return html`
      <ul class="cards ${this.config.layout}" part="benefits" role="list">
        ${this.config.benefits.map(
          (benefit: Benefit) => html`
          <li class="card" part="benefit">
            ${heading(level, benefit.title, 'benefit-heading')}
            <p part="benefit-body">${benefit.body}</p>
          </li>
        `,
        )}
      </ul>
    `;
  }

  private toggle(id: string): void {
    const next = new Set(this.openIds);
    const open = !next.has(id);
    if (open) next.add(id);
    else next.delete(id);
    this.openIds = next;
    this.dispatchEvent(new IopBenefitToggleEvent({ id, open }));
  }

  /** Arrow keys, Home and End move between accordion headers, as the ARIA accordion pattern suggests. */
  private handleAccordionKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.accordion button')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index === -1) return;
    const target = {
      ArrowDown: buttons[(index + 1) % buttons.length],
      ArrowUp: buttons[(index - 1 + buttons.length) % buttons.length],
      Home: buttons[0],
      End: buttons[buttons.length - 1],
    }[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
  }
}
