import { isServer, type PropertyValues } from 'lit';
import { IopCrisisHelp } from '../crisis-help/crisis-help.js';
import { IopElement } from '../core/element.js';
import { hostReset, tokens } from '../core/styles.js';
import { formatDate } from '../core/dates.js';
import { Texts } from '../core/i18n.js';
import { assess } from './assess.js';
import { readSelfCheckConfig, type SelfCheckConfig } from './config.js';
import { IopCtaClickEvent, IopSelfCheckCompleteEvent, IopSelfCheckStartEvent, IopSelfCheckStepEvent } from './events.js';
import { currentStep, initialState, MAX_QUESTIONS, progress, reduce, type Action, type FlowState } from './flow.js';
import { PrintController } from './print.js';
import { PrivacyController } from './privacy.js';
import { ProgressStore } from './progress-store.js';
import { QuickExitController } from './quick-exit.js';
import { crisisFirst, renderBroken, renderSelfCheck, resultHeading, type CrisisSettings, type ScreenHandlers } from './screens.js';
import { selfCheckStyles } from './self-check.styles.js';
import { SELF_CHECK_EN } from './texts.js';

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

  /** Where the result's call to action goes (http(s), tel:, mailto: or relative). Hidden on "get help now" and "more support than an IOP" (an urgent evaluation is the next step there; `phone` stays, worded for an evaluation). */
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
  // What is not rendering lives in controllers, each tested on its own (test/self-check/*-controller.test.ts).
  private store = new ProgressStore(this);
  private printer = new PrintController(this);
  private exitControl = new QuickExitController(this, {
    url: () => this.config.quickExitUrl,
    clear: () => this.clear(),
    navigate: (url) => this.navigate(url),
  });

  static {
    // Marks for recorders and the private events stopped at the shadow root, for every instance.
    this.addInitializer((element) => new PrivacyController(element as IopSelfCheck));
  }

  // Answers and everything derived from them live in true private fields: no page script can
  // read them from the element (rule 11). Changing them requests an update by hand.
  #flow: FlowState = initialState();
  #showError = false;
  #announcement = '';
  #focusTarget: string | null = null;
  #printedOn = '';

  /** What the screens call back with the visitor's actions. */
  #on: ScreenHandlers = {
    act: (action) => this.dispatch(action),
    focusFirstAnswer: (event) => {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
    },
    cta: (event, href, result) => {
      if (!this.dispatchEvent(new IopCtaClickEvent({ level: result.level, href }))) event.preventDefault();
    },
    print: () => this.printer.print(),
    quickExit: () => this.quickExit(),
  };

  protected override readConfig(): SelfCheckConfig {
    // A prerender (iop-widgets/ssr) has no page address; the browser reads it when it hydrates.
    return readSelfCheckConfig(this, isServer ? undefined : location.href);
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
      if (crisisFirst(this.#flow, result)) this.#focusTarget = '.crisis-first';
      this.#announcement = `${ui.announceResult} ${resultHeading(ui, audience, result)}`;
      if (before.screen !== 'result') {
        // The widget's own tag ("es-MX"), else its language; written directly for the common tags, as a
        // first Intl call here is a long task as the result shows.
        this.#printedOn = formatDate(new Date(), this.texts.locale, 'long');
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

  /** Replaces the current page; a separate method so tests can observe it without leaving. */
  protected navigate(url: string): void {
    window.location.replace(url);
  }

  // ---- render: the screens are functions of this state (screens.ts) ----

  private get crisis(): CrisisSettings {
    const { headingLevel } = this.config;
    return { lang: this.texts.lang, theme: this.theme, resources: this.crisisResources, headingLevel, label: this.texts.t.ui.crisisLabel };
  }

  protected override renderContent() {
    return renderSelfCheck({
      t: this.texts.t,
      config: this.config,
      flow: this.#flow,
      showError: this.#showError,
      announcement: this.#announcement,
      printedOn: this.#printedOn,
      remember: this.remember,
      notice: this.renderNotice(),
      crisis: this.crisis,
      on: this.#on,
    });
  }

  protected override renderFallback() {
    return renderBroken(this.texts.t.ui, this.crisis);
  }
}
