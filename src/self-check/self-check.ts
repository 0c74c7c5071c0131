import { html, nothing, type PropertyValues } from 'lit';
import { IopElement } from '../core/element.js';
import { heading } from '../core/heading.js';
import { hostReset, tokens } from '../core/styles.js';
import { Texts } from '../core/i18n.js';
import { Warnings } from '../core/warn.js';
import { assess, type Assessment, type ToolScore } from './assess.js';
import { readSelfCheckConfig, type SelfCheckConfig } from './config.js';
import { IopCtaClickEvent, IopSelfCheckCompleteEvent, IopSelfCheckStartEvent, IopSelfCheckStepEvent } from './events.js';
import { currentStep, initialState, progress, reduce, restoreState, type Action, type FlowState } from './flow.js';
import { getQuestion, type QuestionId } from './questions.js';
import { selfCheckStyles } from './self-check.styles.js';
import { SELF_CHECK_EN } from './texts.js';

const STORAGE_KEY = 'iop-self-check';
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 1500;

/** Hides everything but the self-check while the visitor prints their summary. */
let printSheet: CSSStyleSheet | undefined;

/**
 * "Is an IOP right for me?": a private, one-question-per-screen check with validated screener
 * items (PHQ-9, GAD-7), safety routing to crisis help, and a result with its reasons.
 *
 * @tagname iop-self-check
 * @summary A private self-check: does an Intensive Outpatient Program fit?
 *
 * @fires {IopSelfCheckStartEvent} iop-self-check-start - The visitor started. `detail: { mode, audience }`.
 * @fires {IopSelfCheckStepEvent} iop-self-check-step - A question is shown. `detail: { index, total }`; never answers.
 * @fires {IopSelfCheckCompleteEvent} iop-self-check-complete - The result is shown. `detail: { level, crisisHelpShown }`; never answers.
 * @fires {IopCtaClickEvent} iop-cta-click - The clinic's call to action was followed. Cancelable. `detail: { level, href }`.
 *
 * @csspart screen - The current screen.
 * @csspart heading - The screen's heading.
 * @csspart button - Start, Continue and the result's buttons.
 * @csspart back - The Back link.
 * @csspart progress - "Question X of Y" and its bar.
 * @csspart option - One answer (radio and label).
 * @csspart error-summary - The "There is a problem" box.
 * @csspart error-title - Its heading, at the level of the question's heading that follows it.
 * @csspart result - The result screen.
 * @csspart cta - The call to action on the result.
 * @csspart quick-exit - The "Exit this page" button.
 * @csspart notice - The note shown when a setting could not be used.
 *
 * @cssprop [--iop-color-primary=#135d66] - Buttons, selected answers, progress.
 * @cssprop [--iop-color-danger=#a4161a] - Errors and crisis help.
 */
export class IopSelfCheck extends IopElement {
  static override styles = [tokens, hostReset, selfCheckStyles];
  static override properties = {
    mode: {},
    audience: {},
    clinicName: { attribute: 'clinic-name' },
    phone: {},
    ctaHref: { attribute: 'cta-href' },
    ctaLabel: { attribute: 'cta-label' },
    quickExitUrl: { attribute: 'quick-exit-url' },
    remember: { type: Boolean },
    crisisResources: { attribute: 'crisis-resources' },
    headingLevel: { attribute: 'heading-level' },
    theme: { reflect: true },
    config: { state: true },
    flow: { state: true },
    showError: { state: true },
    announcement: { state: true },
  };

  /** `brief` (default): PHQ-2, GAD-2 and the self-harm item, followed up when positive. `full`: all of PHQ-9 and GAD-7. */
  mode: 'brief' | 'full' = 'brief';

  /** Who is answering: `adult` (default), `youth` (12-17) or `parent` (a caregiver answers the context questions). */
  audience: 'adult' | 'youth' | 'parent' = 'adult';

  /** The clinic's name, used in the call to action. */
  clinicName?: string;

  /** The clinic's phone number, shown on the result as a call link. */
  phone?: string;

  /** Where the result's call to action goes (http(s), tel:, mailto: or relative). Hidden on "get help now". */
  ctaHref?: string;

  /** Text of the call to action. */
  ctaLabel?: string;

  /** Turns on quick exit: an "Exit this page" button and Shift pressed 3 times go to this http(s) URL. */
  quickExitUrl?: string;

  /** Keeps progress in this tab's sessionStorage, so a reload does not lose it. Off by default. */
  remember = false;

  /** JSON passed to `<iop-crisis-help resources>`, for clinics outside the US. */
  crisisResources?: string;

  /** Level of the screen headings, 2-6. */
  headingLevel?: string;

  /** Color preset: `light`, `dark`, `auto` (follows the visitor's system setting) or `high-contrast`. */
  theme?: 'light' | 'dark' | 'auto' | 'high-contrast';

  private config: SelfCheckConfig = readSelfCheckConfig({});
  private texts = new Texts(this, SELF_CHECK_EN, () => import('./es.js').then((module) => module.SELF_CHECK_ES));
  private flow: FlowState = initialState();
  private showError = false;
  private announcement = '';
  private focusTarget: string | null = null;
  private warnings = new Warnings('iop-self-check');
  private shiftTimes: number[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.handleDocumentKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.handleDocumentKeydown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = ['mode', 'audience', 'clinicName', 'phone', 'ctaHref', 'ctaLabel', 'quickExitUrl', 'headingLevel'] as const;
    if (keys.some((key) => changed.has(key))) {
      const previousMode = this.config.mode;
      this.config = readSelfCheckConfig({
        mode: this.mode,
        audience: this.audience,
        clinicName: this.clinicName,
        phone: this.phone,
        ctaHref: this.ctaHref,
        ctaLabel: this.ctaLabel,
        quickExitUrl: this.quickExitUrl,
        headingLevel: this.headingLevel,
      });
      this.warnings.report(this.config.problems);
      // A different set of questions cannot continue the old path.
      if (this.hasUpdated && this.config.mode !== previousMode) this.flow = initialState();
    }
    if (changed.has('remember') && this.remember && !this.hasUpdated) this.restore();
  }

  protected override updated(): void {
    if (this.focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
      this.focusTarget = null;
    }
  }

  // ---- actions: every change goes through the pure reducer ----

  private dispatch(action: Action): void {
    const before = this.flow;
    const { state, error } = reduce(this.config.mode, before, action);
    this.flow = state;
    this.showError = error === 'no-answer';
    if (this.showError) {
      this.focusTarget = '.error-summary';
      return;
    }
    if (action.type === 'answer') {
      this.save();
      return;
    }
    this.focusTarget = '#screen-heading';
    this.save();
    this.announceAndNotify(before);
  }

  private announceAndNotify(before: FlowState): void {
    const { mode, audience } = this.config;
    const step = currentStep(mode, this.flow);
    if (before.screen === 'start' && this.flow.screen === 'steps') {
      this.dispatchEvent(new IopSelfCheckStartEvent({ mode, audience }));
    }
    if (this.flow.screen === 'result') {
      const result = assess(this.flow.answers);
      this.announcement = `${this.texts.t.ui.announceResult} ${this.texts.t.ui.results[result.level].heading}`;
      if (before.screen !== 'result') {
        this.dispatchEvent(
          new IopSelfCheckCompleteEvent({ level: result.level, crisisHelpShown: this.crisisFirst(result) }),
        );
      }
    } else if (step?.type === 'interrupt') {
      this.announcement = this.texts.t.ui.interrupt.heading;
    } else if (step?.type === 'question') {
      const { number, total } = progress(mode, this.flow);
      this.announcement = this.texts.t.ui.question(number, total);
      this.dispatchEvent(new IopSelfCheckStepEvent({ index: number, total }));
    } else {
      this.announcement = this.texts.t.ui.title;
    }
  }

  private crisisFirst(result: Assessment): boolean {
    return this.flow.interruptShown || result.selfHarm > 0 || result.level === 'get-help-now';
  }

  // ---- privacy: storage only when the clinic turned on `remember`, and only for this tab ----

  private save(): void {
    if (!this.remember) return;
    try {
      if (this.flow.screen === 'start') sessionStorage.removeItem(STORAGE_KEY);
      else sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ mode: this.config.mode, ...this.flow }));
    } catch {
      // Storage can be blocked by the browser; the check still works without it.
    }
  }

  private restore(): void {
    try {
      const data = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
      if (data?.mode !== this.config.mode) return;
      this.flow = restoreState(this.config.mode, data) ?? initialState();
    } catch {
      this.flow = initialState();
    }
  }

  private forget(): void {
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing was stored.
    }
  }

  // ---- quick exit ----

  private handleDocumentKeydown = (event: KeyboardEvent): void => {
    if (!this.config.quickExitUrl) return;
    if (event.key !== 'Shift') {
      this.shiftTimes = [];
      return;
    }
    if (event.repeat) return;
    const now = event.timeStamp;
    this.shiftTimes = [...this.shiftTimes.filter((time) => now - time < SHIFT_WINDOW_MS), now];
    if (this.shiftTimes.length >= SHIFT_PRESSES) this.quickExit();
  };

  /** Clears everything the visitor entered, then replaces the page so Back does not return here. */
  quickExit(): void {
    const url = this.config.quickExitUrl;
    if (!url) return;
    this.shiftTimes = [];
    this.flow = initialState();
    this.showError = false;
    this.forget();
    this.navigate(url);
  }

  /** Replaces the current page; a separate method so tests can observe it without leaving. */
  protected navigate(url: string): void {
    window.location.replace(url);
  }

  // ---- handlers ----

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.dispatch({ type: 'continue' });
  }

  private handleAnswer(id: QuestionId, event: Event): void {
    this.dispatch({ type: 'answer', id, value: (event.target as HTMLInputElement).value });
  }

  private handleBack(event: Event): void {
    event.preventDefault();
    this.dispatch({ type: 'back' });
  }

  private handleErrorLink(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
  }

  private handleCta(event: MouseEvent, href: string, result: Assessment): void {
    const notice = new IopCtaClickEvent({ level: result.level, href });
    if (!this.dispatchEvent(notice)) event.preventDefault();
  }

  private handlePrint(): void {
    printSheet ??= new CSSStyleSheet();
    printSheet.replaceSync(
      '@media print { body * { visibility: hidden !important; } [data-iop-printing], [data-iop-printing] * { visibility: visible !important; } [data-iop-printing] { position: absolute; inset: 0 auto auto 0; width: 100%; } }',
    );
    const sheets = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...sheets, printSheet];
    this.toggleAttribute('data-iop-printing', true);
    const cleanUp = () => {
      this.removeAttribute('data-iop-printing');
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== printSheet);
    };
    window.addEventListener('afterprint', cleanUp, { once: true });
    window.print();
  }

  // ---- render ----

  protected override renderContent() {
    const step = currentStep(this.config.mode, this.flow);
    const screen =
      this.flow.screen === 'result'
        ? this.renderResult(assess(this.flow.answers))
        : step?.type === 'interrupt'
          ? this.renderInterrupt()
          : step?.type === 'question'
            ? this.renderQuestion(step.id)
            : this.renderStart();
    return html`
      <section class="self-check" aria-label=${this.texts.t.ui.title}>
        ${this.config.quickExitUrl
          ? html`<div class="quick-exit">
              <button type="button" class="button warning" part="quick-exit" @click=${this.quickExit} aria-describedby="quick-exit-hint">
                ${this.texts.t.ui.quickExit}
              </button>
              <span id="quick-exit-hint" class="hint">${this.texts.t.ui.quickExitHint}</span>
            </div>`
          : nothing}
        ${this.config.problems.length > 0
          ? html`<p class="notice" part="notice">${this.texts.t.ui.notice}</p>`
          : nothing}
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
        <div class="screen" part="screen">${screen}</div>
      </section>
    `;
  }

  protected override renderFallback() {
    return html`<p>${this.texts.t.ui.broken}</p>${this.renderCrisis(false)}`;
  }

  /** Each screen's heading is where focus goes when the screen appears. */
  private screenHeading(text: string) {
    return heading(this.config.headingLevel, text, 'heading', 'screen-heading', -1);
  }

  private renderCrisis(compact: boolean) {
    return html`<iop-crisis-help
      ?compact=${compact}
      heading-level=${Math.min(6, this.config.headingLevel + 1)}
      resources=${this.crisisResources || nothing}
      lang=${this.texts.lang}
      theme=${this.theme || nothing}
    ></iop-crisis-help>`;
  }

  private renderStart() {
    return html`
      ${this.screenHeading(this.texts.t.ui.title)}
      ${this.texts.t.ui.start[this.config.audience].map((paragraph) => html`<p>${paragraph}</p>`)}
      <p class="muted">${this.texts.t.ui.notDiagnosis}</p>
      <button type="button" class="button" part="button" @click=${() => this.dispatch({ type: 'start' })}>${this.texts.t.ui.startButton}</button>
      ${this.renderCrisis(true)}
    `;
  }

  /**
   * The GOV.UK back link: a link, as visitors and the pattern expect, to the previous question
   * (the result screen's Back, among its buttons, stays a button).
   */
  private renderBack() {
    return html`<a href="#" class="back" part="back" @click=${this.handleBack}><span aria-hidden="true">‹ </span>${this.texts.t.ui.back}</a>`;
  }

  private renderQuestion(id: QuestionId) {
    const question = getQuestion(id, this.config.audience, this.texts.t.questions);
    const { number, total } = progress(this.config.mode, this.flow);
    const answer = this.flow.answers[id];
    const describedBy = [question.caption && question.kind === 'context' ? 'caption' : '', this.showError ? 'error' : '']
      .filter(Boolean)
      .join(' ');
    return html`
      ${this.renderBack()}
      ${this.showError
        ? html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            ${heading(this.config.headingLevel, this.texts.t.ui.errorTitle, 'error-title', 'error-summary-title')}
            <ul>
              <li><a href="#answer-0" @click=${this.handleErrorLink}>${question.error}</a></li>
            </ul>
          </div>`
        : nothing}
      <div class="progress" part="progress">
        <progress max=${total} value=${number} aria-hidden="true"></progress>
        <p>${this.texts.t.ui.question(number, total)}</p>
      </div>
      <form novalidate @submit=${this.handleSubmit}>
        <fieldset aria-describedby=${describedBy || nothing} class=${this.showError ? 'has-error' : ''}>
          <legend>
            ${question.kind === 'screener' && question.caption ? html`<span class="caption">${question.caption}</span>` : nothing}
            ${this.screenHeading(question.text)}
          </legend>
          ${question.kind === 'context' && question.caption ? html`<p class="hint" id="caption">${question.caption}</p>` : nothing}
          ${this.showError
            ? html`<p class="error-message" id="error"><span class="visually-hidden">${this.texts.t.ui.errorPrefix}</span> ${question.error}</p>`
            : nothing}
          <div class="options">
            ${question.options.map(
              (option, index) => html`
                <div class="option" part="option">
                  <input
                    type="radio"
                    id="answer-${index}"
                    name=${id}
                    .value=${option.value}
                    .checked=${answer === option.value}
                    @change=${(event: Event) => this.handleAnswer(id, event)}
                  />
                  <label for="answer-${index}">${option.label}</label>
                </div>
              `,
            )}
          </div>
        </fieldset>
        <button type="submit" class="button" part="button">${this.texts.t.ui.continue}</button>
      </form>
      ${this.renderCrisis(true)}
    `;
  }

  private renderInterrupt() {
    return html`
      ${this.renderBack()}
      <div class="interrupt">
        ${this.screenHeading(this.texts.t.ui.interrupt.heading)}
        ${this.texts.t.ui.interrupt.body.map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>
      ${this.renderCrisis(false)}
      <button type="button" class="button" part="button" @click=${() => this.dispatch({ type: 'continue' })}>
        ${this.texts.t.ui.interrupt.continue}
      </button>
    `;
  }

  private renderResult(result: Assessment) {
    const level = this.config.headingLevel;
    const text = this.texts.t.ui.results[result.level];
    const crisisFirst = this.crisisFirst(result);
    const helpNow = result.level === 'get-help-now';
    const { cta, phone } = this.config;
    return html`
      <div class="result ${result.level}" part="result" data-level=${result.level}>
        ${crisisFirst ? this.renderCrisis(false) : nothing}
        ${this.screenHeading(text.heading)}
        <p class="summary">${text.summary}</p>

        ${heading(level + 1, this.texts.t.ui.reasonsHeading)}
        <ul>
          ${result.reasons.map((reason) => html`<li>${this.texts.t.ui.reasons[reason]}</li>`)}
        </ul>

        ${heading(level + 1, this.texts.t.ui.scoresHeading)}
        <ul>
          ${result.scores.map((score) => html`<li>${this.describeScore(score)}</li>`)}
        </ul>

        ${helpNow ? nothing : html`${heading(level + 1, this.texts.t.ui.whatIsIopHeading)}<p>${this.texts.t.ui.whatIsIop}</p>`}

        ${heading(level + 1, this.texts.t.ui.nextStepsHeading)}
        <p>${this.texts.t.ui.nextSteps[result.level]}</p>
        ${helpNow || (!cta && !phone)
          ? nothing
          : html`<p class="actions">
              ${cta
                ? html`<a class="button" part="cta" href=${cta.href} @click=${(event: MouseEvent) => this.handleCta(event, cta.href, result)}>${cta.label ?? this.texts.t.ui.contact(this.config.clinicName)}</a>`
                : nothing}
              ${phone ? html`<a class="phone" href=${phone.href}>${this.texts.t.ui.call(phone.label)}</a>` : nothing}
            </p>`}

        ${crisisFirst ? nothing : this.renderCrisis(false)}
        <p class="muted">${this.texts.t.ui.notDiagnosis}</p>
        <p class="attribution">${this.texts.t.questions.attribution}</p>
        <p class="print-only">${this.texts.t.ui.printedOn(new Date().toLocaleDateString())}</p>
        <p class="actions no-print">
          <button type="button" class="button secondary" part="button" @click=${this.handlePrint}>${this.texts.t.ui.print}</button>
          <button type="button" class="button secondary" part="button" @click=${() => this.dispatch({ type: 'back' })}>${this.texts.t.ui.back}</button>
          <button type="button" class="button secondary" part="button" @click=${() => this.dispatch({ type: 'restart' })}>${this.texts.t.ui.restart}</button>
        </p>
      </div>
    `;
  }

  private describeScore(score: ToolScore): string {
    const { ui } = this.texts.t;
    const meaning = score.band ? ui.bands[score.band] : score.positive ? ui.positive : ui.negative;
    return ui.score(score.tool, score.tool.startsWith('GAD'), score.score, score.max, meaning);
  }
}
