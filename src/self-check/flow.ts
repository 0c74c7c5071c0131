import { GAD_IDS, isValidAnswer, PHQ_IDS, QUESTION_IDS, SELF_HARM_ID, type Answers, type Mode, type QuestionId } from './questions.js';

/** A screen in the self-check. The interrupt shows crisis help the moment self-harm is reported. */
export type Step = { type: 'question'; id: QuestionId } | { type: 'interrupt' };

export const score = (answers: Answers, ids: readonly QuestionId[]) => ids.reduce((sum, id) => sum + Number(answers[id] ?? 0), 0);

/** A 2-item screen (PHQ-2, GAD-2) of 3 or more is positive and is followed up with the full tool. */
export const TWO_ITEM_CUTOFF = 3;

/**
 * The steps for the current answers. Brief mode asks PHQ-2, GAD-2 and always the self-harm item
 * (a PHQ-2-only path misses about half of the people with such thoughts), and follows a positive
 * 2-item screen with the rest of that instrument. Full mode asks all of PHQ-9 and GAD-7.
 *
 * A self-harm answer above 0 puts the crisis interrupt right after it, and in brief mode also
 * asks the rest of the PHQ-9 after the interrupt: with such thoughts the whole picture matters
 * (rule 8 routes severe symptoms away from weekly therapy, and a severe depression must not hide
 * behind a negative 2-item screen), and it is what a clinician does next. The visitor has chosen
 * to continue by then; the interrupt's crisis help stays one tap away on every screen.
 * The difficulty question only makes sense once a problem was reported.
 */
export function buildSteps(mode: Mode, answers: Answers): Step[] {
  const full = mode === 'full';
  const selfHarm = Number(answers[SELF_HARM_ID] ?? 0) > 0;
  const phqPositive = score(answers, PHQ_IDS.slice(0, 2)) >= TWO_ITEM_CUTOFF;
  const gadFollowUp = full || score(answers, GAD_IDS.slice(0, 2)) >= TWO_ITEM_CUTOFF;
  const rest = PHQ_IDS.slice(2, 8);
  // In order when the follow-up is known before item 9; after the interrupt when item 9 calls for it.
  const phq: QuestionId[] = full || phqPositive ? PHQ_IDS : [PHQ_IDS[0], PHQ_IDS[1], SELF_HARM_ID, ...(selfHarm ? rest : [])];
  const gad: QuestionId[] = gadFollowUp ? GAD_IDS : GAD_IDS.slice(0, 2);

  const steps: Step[] = [];
  for (const id of phq) {
    steps.push({ type: 'question', id });
    if (id === SELF_HARM_ID && selfHarm) steps.push({ type: 'interrupt' });
    // Rule 4: "More than half the days" or more already means "get help now"; no question after
    // the interrupt could change that, so Continue leads straight to the result and its steps.
    if (id === SELF_HARM_ID && Number(answers[id]) >= 2) return steps;
  }
  for (const id of gad) steps.push({ type: 'question', id });

  const anyProblem = [...phq, ...gad].some((id) => Number(answers[id] ?? 0) > 0);
  const context: QuestionId[] = [
    ...(anyProblem ? (['difficulty'] as const) : []),
    'care',
    ...(answers.care === 'weekly' ? (['weekly-enough'] as const) : []),
    'safe-home',
    'attend',
    'support',
  ];
  for (const id of context) steps.push({ type: 'question', id });
  return steps;
}

/**
 * The most questions any path can have: PHQ-9, GAD-7, difficulty and five context questions.
 * Events report this instead of the path's own length, which would tell a page's scripts whether
 * a 2-item screen was positive (rule 11).
 */
export const MAX_QUESTIONS = PHQ_IDS.length + GAD_IDS.length + 1 + 5;

/** Answers to questions that are still on the path: a changed earlier answer can remove some. */
export function activeAnswers(mode: Mode, answers: Answers): Answers {
  const active: Answers = {};
  for (const step of buildSteps(mode, answers)) {
    if (step.type === 'question' && answers[step.id] !== undefined) active[step.id] = answers[step.id];
  }
  return active;
}

export type Screen = 'start' | 'steps' | 'result';

export interface FlowState {
  screen: Screen;
  /** Index into buildSteps(mode, answers) while screen is "steps". */
  index: number;
  answers: Answers;
  /** Set once the crisis interrupt was shown; never unset until Start again. */
  interruptShown: boolean;
}

export const initialState = (): FlowState => ({ screen: 'start', index: 0, answers: {}, interruptShown: false });

export function currentStep(mode: Mode, state: FlowState): Step | null {
  return state.screen === 'steps' ? (buildSteps(mode, state.answers)[state.index] ?? null) : null;
}

export type Action = { type: 'start' } | { type: 'answer'; id: QuestionId; value: string } | { type: 'continue' } | { type: 'back' } | { type: 'restart' };

/** The outcome of an action: the next state, and an error when Continue had no answer. */
export interface Transition {
  state: FlowState;
  error?: 'no-answer';
}

/** The whole flow as one pure function: every screen change goes through here. */
export function reduce(mode: Mode, state: FlowState, action: Action): Transition {
  const steps = buildSteps(mode, state.answers);
  switch (action.type) {
    case 'start':
      return { state: { ...initialState(), screen: 'steps' } };
    case 'restart':
      return { state: initialState() };
    case 'answer': {
      if (!isValidAnswer(action.id, action.value)) return { state };
      const answers = { ...state.answers, [action.id]: action.value };
      return { state: { ...state, answers } };
    }
    case 'continue': {
      if (state.screen === 'start') return reduce(mode, state, { type: 'start' });
      if (state.screen !== 'steps') return { state };
      const step = steps[state.index];
      if (step?.type === 'question' && state.answers[step.id] === undefined) return { state, error: 'no-answer' };
      // Steps are rebuilt from the answers, so a self-harm answer above zero puts the interrupt next.
      const next = buildSteps(mode, state.answers);
      const interruptShown = state.interruptShown || next[state.index + 1]?.type === 'interrupt';
      if (state.index + 1 >= next.length) {
        return { state: { ...state, screen: 'result', answers: activeAnswers(mode, state.answers), interruptShown } };
      }
      return { state: { ...state, index: state.index + 1, interruptShown } };
    }
    case 'back': {
      if (state.screen === 'result') return { state: { ...state, screen: 'steps', index: steps.length - 1 } };
      if (state.screen !== 'steps') return { state };
      if (state.index === 0) return { state: { ...state, screen: 'start' } };
      return { state: { ...state, index: Math.min(state.index - 1, steps.length - 1) } };
    }
  }
}

/** Answers that keep the most questions on the path: item 9 at 1 (2 or more ends the check after the interrupt). */
const LONGEST_ANSWER: Answers = { [SELF_HARM_ID]: '1', care: 'weekly' };

/**
 * Progress for "Question X of Y". Y is the longest path the answers so far still allow (every
 * unanswered screener item at its highest but item 9 at 1, care "weekly"): each answer can only shorten it, so the
 * bar X / Y never moves backwards when a follow-up adds questions, it only jumps ahead when an
 * answer rules some out. The interrupt is not a question and is not counted.
 */
export function progress(mode: Mode, state: FlowState): { number: number; total: number } {
  const steps = buildSteps(mode, state.answers);
  const upTo = steps.slice(0, state.index + 1).filter((step) => step.type === 'question').length;
  const answeredBefore = new Set(steps.slice(0, state.index).flatMap((step) => (step.type === 'question' ? [step.id] : [])));
  const longest: Answers = {};
  for (const id of QUESTION_IDS) {
    longest[id] = answeredBefore.has(id) ? state.answers[id] : (LONGEST_ANSWER[id] ?? (id.startsWith('phq') || id.startsWith('gad') ? '3' : state.answers[id]));
  }
  const total = buildSteps(mode, longest).filter((step) => step.type === 'question').length;
  return { number: Math.max(1, upTo), total: Math.max(total, upTo) };
}

/** Reads stored progress back, trusting nothing: anything malformed gives a fresh start. */
export function restoreState(mode: Mode, data: unknown): FlowState | null {
  if (typeof data !== 'object' || data === null) return null;
  const raw = data as Record<string, unknown>;
  if (!['start', 'steps', 'result'].includes(raw.screen as string)) return null;
  if (typeof raw.answers !== 'object' || raw.answers === null) return null;
  const answers: Answers = {};
  for (const [id, value] of Object.entries(raw.answers as Record<string, unknown>)) {
    if (isValidAnswer(id, value)) answers[id as QuestionId] = value;
  }
  const steps = buildSteps(mode, answers);
  const index = Number.isInteger(raw.index) ? Math.min(Math.max(0, raw.index as number), steps.length - 1) : 0;
  const selfHarm = Number(answers[SELF_HARM_ID] ?? 0) > 0;
  const state: FlowState = {
    screen: raw.screen as Screen,
    index,
    answers,
    interruptShown: raw.interruptShown === true || selfHarm,
  };
  // A result needs every question on the path answered; otherwise resume at the first gap.
  if (state.screen === 'result') {
    const gap = steps.findIndex((step) => step.type === 'question' && answers[step.id] === undefined);
    if (gap !== -1) return { ...state, screen: 'steps', index: gap };
  }
  return state;
}
