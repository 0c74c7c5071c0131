import { html, nothing, type PropertyValues } from 'lit';
import { IopCrisisHelp } from '../crisis-help/crisis-help.js';
import { define } from '../core/define.js';
import { listen } from '../core/dom.js';
import { IopElement } from '../core/element.js';
import { heading } from '../core/heading.js';
import { hostReset, tokens } from '../core/styles.js';
import { Texts } from '../core/i18n.js';
import { warn } from '../core/warn.js';
import { assess, type Assessment, type ToolScore } from './assess.js';
import { readSelfCheckConfig, type SelfCheckConfig } from './config.js';
import { IopCtaClickEvent, IopSelfCheckCompleteEvent, IopSelfCheckStartEvent, IopSelfCheckStepEvent } from './events.js';
import { currentStep, initialState, MAX_QUESTIONS, progress, reduce, type Action, type FlowState } from './flow.js';
import { printAlone } from './print.js';
import { ProgressStore } from './progress-store.js';
import { getQuestion, type QuestionId } from './questions.js';
import { hasKeyboardHint, QuickExitController } from './quick-exit.js';
import { selfCheckStyles } from './self-check.styles.js';
import { SELF_CHECK_EN } from './texts.js';

/**
 * Events that cross the shadow boundary and would show a page's listeners which answer was
 * chosen (their composedPath() holds the radio and its label). They stop at the self-check's
 * shadow root. Capture listeners on the page still see them first, as they see every event: the
 * guarantee is against the common bubbling listeners of analytics tools, not against hostile code.
 */
const PRIVATE_EVENTS = [
  'click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend',
  'keydown', 'keyup', 'beforeinput', 'input', 'focusin', 'focusout',
] as const;

/**
 * Session-replay and analytics tools clinics commonly run, each told by its documented attribute
 * or class not to record the self-check: Hotjar, Microsoft Clarity, LogRocket, Datadog, Sentry
 * Replay, and rrweb's own class, which PostHog (ph-no-capture), Sentry and others build on;
 * FullStory's fs-exclude. They go on the host for tools that stop there, and again on the shadow
 * root's outermost element: recorders that walk into open shadow roots check each node with
 * closest(), which does not cross the shadow boundary (rrweb did record the questions with the
 * host alone marked; test/self-check/session-replay.test.ts).
 */
const NO_RECORDING_ATTRIBUTES = { 'data-hj-suppress': '', 'data-clarity-mask': 'true', 'data-private': '', 'data-dd-privacy': 'hidden', 'data-sentry-block': '' };
const NO_RECORDING_CLASSES = ['rr-block', 'ph-no-capture', 'fs-exclude', 'sentry-block', '_lr-hide'];

/** Where the self-check's own crisis help lives when another script took the `iop-crisis-help` tag. */
const OWN_CRISIS_TAG = 'iop-self-check-crisis-help';
const crisisTagIsOurs = () => Boolean((customElements.get('iop-crisis-help') as { iopVersion?: string } | undefined)?.iopVersion);

/**
 * "Is an IOP right for me?": a private, one-question-per-screen check with validated screener
 * items (PHQ-9, GAD-7), safety routing to crisis help, and a result with its reasons.
 *
 * @tagname iop-self-check
 * @summary A private self-check: does an Intensive Outpatient Program fit?
 *
 * @fires {IopSelfCheckStartEvent} iop-self-check-start - The visitor started. `detail: { mode, audience }`.
 * @fires {IopSelfCheckStepEvent} iop-self-check-step - A question is shown. `detail: { index, total }`: its number, and the most questions any path has (the same for every visitor).
 * @fires {IopSelfCheckCompleteEvent} iop-self-check-complete - The result is shown. `detail: { level }`; nothing else.
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
export class IopSelfCheck extends IopElement<SelfCheckConfig> {
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
  };

  static override dependencies = { 'iop-crisis-help': IopCrisisHelp };

  /** `brief` (default): PHQ-2, GAD-2 and the self-harm item, followed up when positive. `full`: all of PHQ-9 and GAD-7. */
  mode: 'brief' | 'full' = 'brief';

  /** Who is answering: `adult` (default), `youth` (12-17) or `parent` (the young person answers the screener, the caregiver the rest and reads the result). */
  audience: 'adult' | 'youth' | 'parent' = 'adult';

  /** The clinic's name, used in the call to action. */
  clinicName?: string;

  /** The clinic's phone number, shown on the result as a call link. */
  phone?: string;

  /** Where the result's call to action goes (http(s), tel:, mailto: or relative). Hidden on "get help now". */
  ctaHref?: string;

  /** Text of the call to action. */
  ctaLabel?: string;

  /** Turns on quick exit: an "Exit this page" button and Shift pressed 3 times go to this http(s) URL, which must be another page. */
  quickExitUrl?: string;

  /** Keeps progress in this tab's sessionStorage until the result is shown, so a reload does not lose it. Off by default. */
  remember = false;

  /** JSON passed to `<iop-crisis-help resources>`, for clinics outside the US. */
  crisisResources?: string;

  /** Level of the screen headings, 2-6. */
  headingLevel?: string;

  protected texts = new Texts(this, { en: SELF_CHECK_EN, es: () => import('./es.js').then((module) => module.SELF_CHECK_ES) });
  private store = new ProgressStore(() => ProgressStore.keyFor(this));
  private exitControl = new QuickExitController(this, {
    url: () => this.config.quickExitUrl,
    clear: () => this.clear(),
    cover: () => this.cover(),
    navigate: (url) => this.navigate(url),
  });

  // Answers and everything derived from them live in true private fields: no page script can
  // read them from the element (rule 11). Changing them requests an update by hand.
  #flow: FlowState = initialState();
  #showError = false;
  #announcement = '';
  #focusTarget: string | null = null;
  #printedOn = '';
  #stopPrivateEvents: Array<() => void> = [];

  override connectedCallback(): void {
    super.connectedCallback();
    for (const [name, value] of Object.entries(NO_RECORDING_ATTRIBUTES)) {
      if (!this.hasAttribute(name)) this.setAttribute(name, value);
    }
    this.classList.add(...NO_RECORDING_CLASSES);
    const stop = (event: Event) => event.stopPropagation();
    this.#stopPrivateEvents = PRIVATE_EVENTS.map((type) => listen(this.renderRoot, type as 'click', stop));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopPrivateEvents.forEach((stop) => stop());
  }

  protected override readConfig(): SelfCheckConfig {
    return readSelfCheckConfig(this, location.href);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previousMode = this.hasUpdated ? this.config.mode : undefined;
    super.willUpdate(changed);
    // A different set of questions cannot continue the old path.
    if (previousMode && this.config.mode !== previousMode) this.#flow = initialState();
    if (changed.has('remember') && this.remember && !this.hasUpdated) this.#flow = this.store.load(this.config.mode) ?? this.#flow;
  }

  protected override updated(): void {
    if (this.#focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusTarget)?.focus();
      this.#focusTarget = null;
    }
  }

  // ---- actions: every change goes through the pure reducer ----

  private dispatch(action: Action): void {
    const before = this.#flow;
    const { state, error } = reduce(this.config.mode, before, action);
    this.#flow = state;
    this.#showError = error === 'no-answer';
    this.requestUpdate();
    if (this.#showError) {
      this.#focusTarget = '.error-summary';
      return;
    }
    // Answers are kept only when a screen changes, never the moment a radio is chosen.
    if (action.type === 'answer') return;
    if (this.remember) this.store.save(this.config.mode, state);
    this.#focusTarget = '#screen-heading';
    this.announceAndNotify(before);
  }

  private announceAndNotify(before: FlowState): void {
    const { mode, audience } = this.config;
    const step = currentStep(mode, this.#flow);
    const { ui } = this.texts.t;
    if (before.screen === 'start' && this.#flow.screen === 'steps') {
      this.dispatchEvent(new IopSelfCheckStartEvent({ mode, audience }));
    }
    if (this.#flow.screen === 'result') {
      const result = assess(this.#flow.answers);
      // Rule 13: where crisis help comes first, focus goes to it, so the next Tab reaches a call link.
      if (this.crisisFirst(result)) this.#focusTarget = '.crisis-first';
      this.#announcement = `${ui.announceResult} ${this.resultHeading(result)}`;
      if (before.screen !== 'result') {
        this.#printedOn = this.formatDate(new Date());
        this.dispatchEvent(new IopSelfCheckCompleteEvent({ level: result.level }));
      }
    } else if (step?.type === 'interrupt') {
      this.#announcement = ui.interrupt.heading;
    } else if (step?.type === 'question') {
      const { number, total } = progress(mode, this.#flow);
      this.#announcement = ui.question(number, total);
      this.dispatchEvent(new IopSelfCheckStepEvent({ index: number, total: MAX_QUESTIONS }));
    } else {
      this.#announcement = ui.title[audience];
    }
  }

  private crisisFirst(result: Assessment): boolean {
    // Also after "I cannot stay safe at home": help first for someone who may be in danger (rule 13's intent).
    return this.#flow.interruptShown || result.selfHarm > 0 || result.level === 'get-help-now' || result.reasons.includes('unsafe-at-home');
  }

  private resultHeading(result: Assessment): string {
    const { ui } = this.texts.t;
    const audience = this.config.audience;
    if (result.selfHarm === 0 || result.level === 'get-help-now') return ui.results[result.level][audience].heading;
    // "Soon" would be weaker than the "today" of the care that follows it.
    const words = ui.selfHarmResult[audience];
    return result.level === 'more-support-than-iop' ? words.headingToday : words.heading;
  }

  /** The date in the widget's language: its own tag where it matches ("es-MX"), else the language. */
  private formatDate(date: Date): string {
    try {
      return date.toLocaleDateString(this.texts.locale, { dateStyle: 'long' } as Intl.DateTimeFormatOptions);
    } catch {
      return date.toLocaleDateString(this.texts.lang, { dateStyle: 'long' } as Intl.DateTimeFormatOptions);
    }
  }

  // ---- quick exit ----

  /** Clears everything the visitor entered, then replaces the page so Back does not return here. */
  quickExit(): void {
    this.exitControl.exit();
  }

  private clear(): void {
    this.#flow = initialState();
    this.#showError = false;
    this.#announcement = '';
    this.store.clear();
    this.requestUpdate();
  }

  /** Covers the whole page at once (the top layer is above anything the page has) while it is replaced. */
  private cover(): void {
    const cover = this.renderRoot.querySelector<HTMLDialogElement>('dialog.leaving');
    try {
      cover?.showModal();
    } catch {
      cover?.setAttribute('open', '');
    }
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

  // ---- render ----

  protected override renderContent() {
    const step = currentStep(this.config.mode, this.#flow);
    const screen =
      this.#flow.screen === 'result'
        ? this.renderResult(assess(this.#flow.answers))
        : step?.type === 'interrupt'
          ? this.renderInterrupt()
          : step?.type === 'question'
            ? this.renderQuestion(step.id)
            : this.renderStart();
    const { ui } = this.texts.t;
    return html`
      <section
        class="self-check rr-block ph-no-capture fs-exclude sentry-block _lr-hide"
        data-hj-suppress
        data-clarity-mask="true"
        data-private
        data-dd-privacy="hidden"
        data-sentry-block
        aria-label=${ui.title[this.config.audience]}
      >
        ${this.config.quickExitUrl
          ? html`<div class="quick-exit">
              <button type="button" class="button warning" part="quick-exit" @click=${this.quickExit}>${ui.quickExit}</button>
              ${hasKeyboardHint() ? html`<span class="hint">${ui.quickExitHint}</span>` : nothing}
            </div>
            <dialog class="leaving" aria-label=${ui.leaving}><p>${ui.leaving}</p></dialog>`
          : nothing}
        ${this.renderNotice()}
        <div class="visually-hidden" aria-live="polite">${this.#announcement}</div>
        <div class="screen" part="screen">${screen}</div>
      </section>
    `;
  }

  protected override renderFallback() {
    return html`<p>${this.texts.t.ui.broken}</p>${this.renderCrisis({})}`;
  }

  /** Each screen's heading is where focus goes when the screen appears. */
  private screenHeading(text: string) {
    return heading(this.config.headingLevel, text, 'heading', 'screen-heading', -1);
  }

  /**
   * Crisis help, which no other script can take away: if something else registered the
   * `iop-crisis-help` tag first, the self-check shows ours under a tag of its own.
   */
  private renderCrisis({ compact = false, urgent = false, first = false }: { compact?: boolean; urgent?: boolean; first?: boolean }) {
    const level = Math.min(6, this.config.headingLevel + 1);
    const lang = this.texts.lang;
    const theme = this.theme || nothing;
    const resources = this.crisisResources || nothing;
    const focus = first ? '-1' : nothing;
    const className = first ? 'crisis-first' : nothing;
    // Focus lands on it (rule 13): a named region, so a screen reader says where it is.
    const role = first ? 'region' : nothing;
    const label = first ? this.texts.t.ui.crisisLabel : nothing;
    if (crisisTagIsOurs()) {
      return html`<iop-crisis-help class=${className} tabindex=${focus} role=${role} aria-label=${label} ?compact=${compact} ?urgent=${urgent} heading-level=${level} resources=${resources} lang=${lang} theme=${theme}></iop-crisis-help>`;
    }
    if (!customElements.get(OWN_CRISIS_TAG)) {
      warn('iop-self-check', 'another script registered <iop-crisis-help>, so the self-check shows its own crisis help instead.');
      define(OWN_CRISIS_TAG, class extends IopCrisisHelp {});
    }
    return html`<iop-self-check-crisis-help class=${className} tabindex=${focus} role=${role} aria-label=${label} ?compact=${compact} ?urgent=${urgent} heading-level=${level} resources=${resources} lang=${lang} theme=${theme}></iop-self-check-crisis-help>`;
  }

  private renderStart() {
    const { ui } = this.texts.t;
    const audience = this.config.audience;
    return html`
      ${this.screenHeading(ui.title[audience])}
      ${ui.start[audience].map((paragraph) => html`<p>${paragraph}</p>`)}
      <p>${(this.remember ? ui.privacyRemember : ui.privacy)[audience]}</p>
      <p class="muted">${ui.notDiagnosis[audience]}</p>
      <button type="button" class="button" part="button" @click=${() => this.dispatch({ type: 'start' })}>${ui.startButton}</button>
      ${this.renderCrisis({ compact: true })}
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
    const { ui, questions } = this.texts.t;
    const question = getQuestion(id, this.config.audience, questions);
    const { number, total } = progress(this.config.mode, this.#flow);
    const answer = this.#flow.answers[id];
    const handover = this.config.audience === 'parent' && this.#flow.index === 0;
    const describedBy = [handover ? 'handover' : '', question.caption && question.kind === 'context' ? 'caption' : '', this.#showError ? 'error' : '']
      .filter(Boolean)
      .join(' ');
    return html`
      ${this.renderBack()}
      ${this.#showError
        ? html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            ${heading(this.config.headingLevel, ui.errorTitle, 'error-title', 'error-summary-title')}
            <ul>
              <li><a href="#answer-0" @click=${this.handleErrorLink}>${question.error}</a></li>
            </ul>
          </div>`
        : nothing}
      <div class="progress" part="progress">
        <progress max=${total} value=${number} aria-hidden="true"></progress>
        <p>${ui.question(number, total)}</p>
      </div>
      <form novalidate @submit=${this.handleSubmit}>
        <fieldset aria-describedby=${describedBy || nothing} class=${this.#showError ? 'has-error' : ''}>
          <legend>
            ${question.kind === 'screener' && question.caption ? html`<span class="caption">${question.caption}</span>` : nothing}
            ${this.screenHeading(question.text)}
          </legend>
          ${handover
            ? html`<p class="handover" id="handover"><strong>${ui.handover.heading}:</strong> ${ui.handover.body}</p>`
            : nothing}
          ${question.kind === 'context' && question.caption ? html`<p class="hint" id="caption">${question.caption}</p>` : nothing}
          ${this.#showError
            ? html`<p class="error-message" id="error"><span class="visually-hidden">${ui.errorPrefix}</span> ${question.error}</p>`
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
        <button type="submit" class="button" part="button">${ui.continue}</button>
      </form>
      ${this.renderCrisis({ compact: true })}
    `;
  }

  /** Rule 2 and the presentation rules: crisis actions right under the heading, the largest controls here. */
  private renderInterrupt() {
    const { interrupt } = this.texts.t.ui;
    return html`
      ${this.renderBack()}
      <div class="interrupt">
        ${this.screenHeading(interrupt.heading)}
        ${this.renderCrisis({ urgent: true })}
        ${interrupt.body[this.config.audience].map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>
      <button type="button" class="button secondary" part="button" @click=${() => this.dispatch({ type: 'continue' })}>
        ${interrupt.continue}
      </button>
    `;
  }

  private renderResult(result: Assessment) {
    const { ui, questions } = this.texts.t;
    const audience = this.config.audience;
    const level = this.config.headingLevel;
    const fit = ui.results[result.level][audience];
    const crisisFirst = this.crisisFirst(result);
    const helpNow = result.level === 'get-help-now';
    // Rule 7: self-harm thoughts head the result; the kind of care follows.
    const thoughtsFirst = result.selfHarm > 0 && !helpNow;
    const main = thoughtsFirst ? ui.selfHarmResult[audience] : fit;
    const { cta, phone } = this.config;
    return html`
      <div class="result ${result.level}" part="result" data-level=${result.level}>
        ${crisisFirst ? this.renderCrisis({ urgent: true, first: true }) : nothing}
        ${this.screenHeading(this.resultHeading(result))}
        <p class="summary">${main.summary}</p>
        ${thoughtsFirst
          ? html`${heading(level + 1, ui.fitHeading[audience])}
              <p><strong>${fit.heading}.</strong> ${fit.summary}</p>`
          : nothing}

        ${heading(level + 1, ui.nextStepsHeading)}
        <ul class="next-steps">
          ${ui.nextSteps[result.level][audience].map((step) => html`<li>${step}</li>`)}
        </ul>
        ${helpNow || (!cta && !phone)
          ? nothing
          : html`<p class="actions">
              ${cta
                ? html`<a class="button" part="cta" href=${cta.href} @click=${(event: MouseEvent) => this.handleCta(event, cta.href, result)}>${cta.label ?? ui.contact(this.config.clinicName)}</a>`
                : nothing}
              ${phone ? html`<a class="phone" href=${phone.href}>${ui.call(phone.label)}</a>` : nothing}
            </p>`}

        ${heading(level + 1, ui.reasonsHeading)}
        <ul>
          ${result.reasons.map((reason) => html`<li>${ui.reasons[reason][audience]}</li>`)}
        </ul>

        ${helpNow ? nothing : html`${heading(level + 1, ui.whatIsIopHeading)}<p>${ui.whatIsIop[audience]}</p>`}

        <details class="scores">
          <summary>${ui.scoresHeading}</summary>
          <ul>
            ${result.scores.map((score) => html`<li>${this.describeScore(score)}</li>`)}
          </ul>
        </details>
        <p class="attribution">${questions.attribution}</p>

        ${crisisFirst ? nothing : this.renderCrisis({})}
        <p class="muted">${ui.notDiagnosis[audience]}</p>
        <p class="print-only">${ui.printedOn(this.#printedOn)}</p>
        <p class="actions no-print">
          <button type="button" class="button secondary" part="button" @click=${() => printAlone(this)}>${ui.print}</button>
          <button type="button" class="button secondary" part="button" @click=${() => this.dispatch({ type: 'back' })}>${ui.back}</button>
          <button type="button" class="button secondary" part="button" @click=${() => this.dispatch({ type: 'restart' })}>${ui.restart}</button>
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
