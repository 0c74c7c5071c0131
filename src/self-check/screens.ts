import { html, nothing } from 'lit';
import { IopCrisisHelp } from '../crisis-help/crisis-help.js';
import { define } from '../core/define.js';
import { heading } from '../core/heading.js';
import { warn } from '../core/warn.js';
import { assess, type Assessment, type ToolScore } from './assess.js';
import type { SelfCheckConfig } from './config.js';
import { currentStep, progress, type Action, type FlowState } from './flow.js';
import { getQuestion, SELF_HARM_ID, type QuestionId } from './questions.js';
import { hasKeyboardHint } from './quick-exit.js';
import type { SelfCheckTexts, UiTexts } from './texts.js';

/**
 * The self-check's screens, as functions of what they show: the element passes its state in a
 * ScreenView on each render, and gets the visitor's actions back through its handlers. Nothing
 * here keeps state or reaches into the element (the answers stay in its private fields, rule 11).
 */
export interface ScreenView {
  readonly t: SelfCheckTexts;
  readonly config: SelfCheckConfig;
  readonly flow: FlowState;
  readonly showError: boolean;
  readonly announcement: string;
  /** The date shown on a printed summary. */
  readonly printedOn: string;
  readonly remember: boolean;
  /** The settings notice (IopElement.renderNotice()). */
  readonly notice: unknown;
  /** What the crisis help takes from the self-check: its language, theme and the clinic's resources. */
  readonly crisis: CrisisSettings;
  readonly on: ScreenHandlers;
}

export interface CrisisSettings {
  readonly lang: string;
  readonly theme?: string;
  readonly resources?: string;
  readonly headingLevel: number;
  /** The name of the crisis help when focus goes to it (rule 13). */
  readonly label: string;
}

export interface ScreenHandlers {
  /** Every change of screen or answer goes through the element's reducer. */
  act(action: Action): void;
  /** The error summary's link: focus the first answer. */
  focusFirstAnswer(event: Event): void;
  cta(event: MouseEvent, href: string, result: Assessment): void;
  print(): void;
  quickExit(): void;
}

/** Where the self-check's own crisis help lives when another script took the `iop-crisis-help` tag. */
const OWN_CRISIS_TAG = 'iop-self-check-crisis-help';
const crisisTagIsOurs = () => Boolean((customElements.get('iop-crisis-help') as { iopVersion?: string } | undefined)?.iopVersion);

/**
 * Crisis help comes first on a result after self-harm thoughts, and wherever the next step is
 * urgent: "get help now", and "more support than an IOP" (after "I cannot stay safe at home", or
 * severe symptoms with safety at home in doubt), which sends the visitor to be seen today.
 */
export const crisisFirst = (flow: FlowState, result: Assessment): boolean =>
  flow.interruptShown || result.selfHarm > 0 || result.level === 'get-help-now' || result.level === 'more-support-than-iop';

/** The result's heading: self-harm thoughts head it (rule 7) unless the result is already "get help now". */
export function resultHeading(ui: UiTexts, audience: SelfCheckConfig['audience'], result: Assessment): string {
  if (result.selfHarm === 0 || result.level === 'get-help-now') return ui.results[result.level][audience].heading;
  // "Soon" would be weaker than the "today" of the care that follows it.
  const words = ui.selfHarmResult[audience];
  return result.level === 'more-support-than-iop' ? words.headingToday : words.heading;
}

/** The whole self-check: quick exit, the notice, the live region and the current screen. */
export function renderSelfCheck(view: ScreenView) {
  const { config, flow, t } = view;
  const { ui } = t;
  const step = currentStep(config.mode, flow);
  const screen =
    flow.screen === 'result'
      ? renderResult(view, assess(flow.answers))
      : step?.type === 'interrupt'
        ? renderInterrupt(view)
        : step?.type === 'question'
          ? renderQuestion(view, step.id)
          : renderStart(view);
  // The start and question screens end with the same line of crisis help. Drawn here, after the
  // screen, it is one element that stays as the visitor moves on: not a new one drawn (and laid
  // out) again for every question, and a screen reader meets the same region each time.
  const crisisLine = flow.screen !== 'result' && step?.type !== 'interrupt';
  // The marks of privacy.ts again, on the shadow root's outermost element, for recorders that walk into it.
  return html`
    <section
      class="self-check rr-block ph-no-capture fs-exclude sentry-block _lr-hide"
      data-hj-suppress
      data-clarity-mask="true"
      data-private
      data-dd-privacy="hidden"
      data-sentry-block
      aria-label=${ui.title[config.audience]}
    >
      ${
        config.quickExitUrl
          ? html`<div class="quick-exit">
              <button type="button" class="button warning" part="quick-exit" @click=${view.on.quickExit}>${ui.quickExit}</button>
              ${hasKeyboardHint() ? html`<span class="hint">${ui.quickExitHint}</span>` : nothing}
            </div>
            <dialog class="leaving" aria-label=${ui.leaving}><p>${ui.leaving}</p></dialog>`
          : nothing
      }
      ${view.notice}
      <div class="visually-hidden" aria-live="polite">${view.announcement}</div>
      <div class="screen" part="screen">${screen}${crisisLine ? renderCrisis(view.crisis, { compact: true }) : nothing}</div>
    </section>
  `;
}

/** What shows if the screens cannot be drawn: an apology and crisis help. */
export const renderBroken = (ui: UiTexts, crisis: CrisisSettings) => html`<p>${ui.broken}</p>${renderCrisis(crisis, {})}`;

/**
 * Crisis help, which no other script can take away: if something else registered the
 * `iop-crisis-help` tag first, the self-check shows ours under a tag of its own.
 */
function renderCrisis(crisis: CrisisSettings, { compact = false, urgent = false, first = false }: { compact?: boolean; urgent?: boolean; first?: boolean }) {
  const level = Math.min(6, crisis.headingLevel + 1);
  const theme = crisis.theme || nothing;
  const resources = crisis.resources || nothing;
  const focus = first ? '-1' : nothing;
  const className = first ? 'crisis-first' : nothing;
  // Focus lands on it (rule 13): a named region, so a screen reader says where it is.
  const role = first ? 'region' : nothing;
  const label = first ? crisis.label : nothing;
  if (crisisTagIsOurs()) {
    return html`<iop-crisis-help class=${className} tabindex=${focus} role=${role} aria-label=${label} ?compact=${compact} ?urgent=${urgent} heading-level=${level} resources=${resources} lang=${crisis.lang} theme=${theme}></iop-crisis-help>`;
  }
  if (!customElements.get(OWN_CRISIS_TAG)) {
    warn('iop-self-check', 'another script registered <iop-crisis-help>, so the self-check shows its own crisis help instead.');
    define(OWN_CRISIS_TAG, class extends IopCrisisHelp {});
  }
  return html`<iop-self-check-crisis-help class=${className} tabindex=${focus} role=${role} aria-label=${label} ?compact=${compact} ?urgent=${urgent} heading-level=${level} resources=${resources} lang=${crisis.lang} theme=${theme}></iop-self-check-crisis-help>`;
}

/** Each screen's heading is where focus goes when the screen appears. */
const screenHeading = (view: ScreenView, text: string) => heading(view.config.headingLevel, text, 'heading', 'screen-heading', -1);

function renderStart(view: ScreenView) {
  const { ui } = view.t;
  const audience = view.config.audience;
  return html`
    ${screenHeading(view, ui.title[audience])}
    ${ui.start[audience].map((paragraph) => html`<p>${paragraph}</p>`)}
    <p>${(view.remember ? ui.privacyRemember : ui.privacy)[audience]}</p>
    <p class="muted">${ui.notDiagnosis[audience]}</p>
    <button type="button" class="button" part="button" @click=${() => view.on.act({ type: 'start' })}>${ui.startButton}</button>
  `;
}

/**
 * The GOV.UK back link: a link, as visitors and the pattern expect, to the previous question
 * (the result screen's Back, among its buttons, stays a button).
 */
function renderBack(view: ScreenView) {
  const back = (event: Event) => {
    event.preventDefault();
    view.on.act({ type: 'back' });
  };
  return html`<a href="#" class="back" part="back" @click=${back}><span aria-hidden="true">‹ </span>${view.t.ui.back}</a>`;
}

function renderQuestion(view: ScreenView, id: QuestionId) {
  const { config, flow, showError } = view;
  const { ui, questions } = view.t;
  const question = getQuestion(id, config.audience, questions);
  const { number, total } = progress(config.mode, flow);
  const answer = flow.answers[id];
  const handover = config.audience === 'parent' && flow.index === 0;
  const describedBy = [handover ? 'handover' : '', question.caption && question.kind === 'context' ? 'caption' : '', showError ? 'error' : '']
    .filter(Boolean)
    .join(' ');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    view.on.act({ type: 'continue' });
  };
  const choose = (event: Event) => view.on.act({ type: 'answer', id, value: (event.target as HTMLInputElement).value });
  return html`
    ${renderBack(view)}
    ${
      showError
        ? html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
          ${heading(config.headingLevel, ui.errorTitle, 'error-title', 'error-summary-title')}
          <ul>
            <li><a href="#answer-0" @click=${view.on.focusFirstAnswer}>${question.error}</a></li>
          </ul>
        </div>`
        : nothing
    }
    <div class="progress" part="progress">
      <progress max=${total} value=${number} aria-hidden="true"></progress>
      <p>${ui.question(number, total)}</p>
    </div>
    <form novalidate @submit=${submit}>
      <fieldset aria-describedby=${describedBy || nothing} class=${showError ? 'has-error' : ''}>
        <legend>
          ${question.kind === 'screener' && question.caption ? html`<span class="caption">${question.caption}</span>` : nothing}
          ${screenHeading(view, question.text)}
        </legend>
        ${handover ? html`<p class="handover" id="handover"><strong>${ui.handover.heading}:</strong> ${ui.handover.body}</p>` : nothing}
        ${question.kind === 'context' && question.caption ? html`<p class="hint" id="caption">${question.caption}</p>` : nothing}
        ${showError ? html`<p class="error-message" id="error"><span class="visually-hidden">${ui.errorPrefix}</span> ${question.error}</p>` : nothing}
        <div class="options">
          ${question.options.map(
            (option, index) => html`
              <div class="option" part="option">
                <input type="radio" id="answer-${index}" name=${id} .value=${option.value} .checked=${answer === option.value} @change=${choose} />
                <label for="answer-${index}">${option.label}</label>
              </div>
            `,
          )}
        </div>
      </fieldset>
      <button type="submit" class="button" part="button">${ui.continue}</button>
    </form>
  `;
}

/** Rule 2 and the presentation rules: crisis actions right under the heading, the largest controls here. */
function renderInterrupt(view: ScreenView) {
  const { interrupt } = view.t.ui;
  // Parent mode, item 9 at 2 or more: the next screen is the caregiver's "get help now" result,
  // and the young person holding the device is told to hand it over.
  const handover = view.config.audience === 'parent' && Number(view.flow.answers[SELF_HARM_ID] ?? 0) >= 2;
  return html`
    ${renderBack(view)}
    <div class="interrupt">
      ${screenHeading(view, interrupt.heading)}
      ${renderCrisis(view.crisis, { urgent: true })}
      ${interrupt.body[view.config.audience].map((paragraph) => html`<p>${paragraph}</p>`)}
    </div>
    <button type="button" class="button secondary" part="button" @click=${() => view.on.act({ type: 'continue' })}>${handover ? interrupt.showAdult : interrupt.continue}</button>
  `;
}

/** A result; where crisis help is not first, it comes before the details for a clinician, never below them (rule 3). */
function renderResult(view: ScreenView, result: Assessment) {
  const { config, on } = view;
  const { ui, questions } = view.t;
  const { audience, headingLevel: level, cta, phone } = config;
  const helpFirst = crisisFirst(view.flow, result);
  const helpNow = result.level === 'get-help-now';
  // An urgent evaluation, not an IOP, is the next step: no IOP call to action, no "what an IOP is like".
  const urgent = result.level === 'more-support-than-iop';
  // Rule 7: self-harm thoughts head the result; the kind of care follows. After them, "weekly
  // therapy may be enough" is never said: the next step stays a professional, soon.
  const thoughtsFirst = result.selfHarm > 0 && !helpNow;
  const fit = thoughtsFirst && result.level === 'weekly-therapy-may-fit' ? ui.selfHarmFit[audience] : ui.results[result.level][audience];
  const main = thoughtsFirst ? ui.selfHarmResult[audience] : fit;
  return html`
    <div class="result ${result.level}" part="result" data-level=${result.level}>
      ${helpFirst ? renderCrisis(view.crisis, { urgent: true, first: true }) : nothing}
      ${screenHeading(view, resultHeading(ui, audience, result))}
      <p class="summary">${main.summary}</p>
      ${
        thoughtsFirst
          ? html`${heading(level + 1, ui.fitHeading[audience])}
            <p><strong>${fit.heading}.</strong> ${fit.summary}</p>`
          : nothing
      }

      ${heading(level + 1, ui.nextStepsHeading)}
      <ul class="next-steps">
        ${ui.nextSteps[result.level][audience].map((step) => html`<li>${step}</li>`)}
      </ul>
      ${
        helpNow || ((urgent || !cta) && !phone)
          ? nothing
          : html`<p class="actions">
            ${
              cta && !urgent
                ? html`<a class="button" part="cta" href=${cta.href} @click=${(event: MouseEvent) => on.cta(event, cta.href, result)}>${cta.label ?? ui.contact(config.clinicName)}</a>`
                : nothing
            }
            ${phone ? html`<a class="phone" href=${phone.href}>${(urgent ? ui.callForEvaluation : ui.call)(phone.label)}</a>` : nothing}
          </p>`
      }

      ${heading(level + 1, ui.reasonsHeading)}
      <ul>
        ${result.reasons.map((reason) => html`<li>${ui.reasons[reason][audience]}</li>`)}
      </ul>

      ${
        helpNow
          ? nothing
          : urgent
            ? html`${heading(level + 1, ui.urgentEvaluationHeading)}<p>${ui.urgentEvaluation[audience]}</p>`
            : html`${heading(level + 1, ui.whatIsIopHeading)}<p>${ui.whatIsIop[audience]}</p>`
      }

      ${helpFirst ? nothing : renderCrisis(view.crisis, {})}
      <details class="scores">
        <summary>${ui.scoresHeading}</summary>
        <ul>
          ${result.scores.map((score) => html`<li>${describeScore(ui, score)}</li>`)}
          ${result.selfHarm > 0 ? html`<li>${ui.selfHarmScore(selfHarmAnswer(view, result.selfHarm))}</li>` : nothing}
        </ul>
      </details>
      <p class="attribution">${questions.attribution}</p>

      <p class="muted">${ui.notDiagnosis[audience]}</p>
      <p class="print-only">${ui.printedOn(view.printedOn)}</p>
      <p class="actions no-print">
        <button type="button" class="button secondary" part="button" @click=${on.print}>${ui.print}</button>
        <button type="button" class="button secondary" part="button" @click=${() => on.act({ type: 'back' })}>${ui.back}</button>
        <button type="button" class="button secondary" part="button" @click=${() => on.act({ type: 'restart' })}>${ui.restart}</button>
      </p>
    </div>
  `;
}

/** The words of the item-9 answer the visitor chose, as the question showed them. */
function selfHarmAnswer(view: ScreenView, value: number): string {
  const { options } = getQuestion('phq9', view.config.audience, view.t.questions);
  return options.find((option) => option.value === String(value))?.label ?? String(value);
}

function describeScore(ui: UiTexts, score: ToolScore): string {
  const meaning = score.band ? ui.bands[score.band] : score.positive ? ui.positive : ui.negative;
  return ui.score(score.tool, score.tool.startsWith('GAD'), score.score, score.max, meaning);
}
