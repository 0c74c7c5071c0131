import { ATTRIBUTION, DIFFICULTY, DIFFICULTY_QUESTION, FREQUENCY, GAD7, GAD_STEM, PHQ9, PHQ_STEM } from './instruments.js';

export type Mode = 'brief' | 'full';
export type Audience = 'adult' | 'youth' | 'parent';

export type PhqId = `phq${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`;
export type GadId = `gad${1 | 2 | 3 | 4 | 5 | 6 | 7}`;
export type ContextId = 'care' | 'weekly-enough' | 'safe-home' | 'attend' | 'support';
export type QuestionId = PhqId | GadId | 'difficulty' | ContextId;

/** Answers keyed by question id; screener values are "0"-"3", context values are option ids. */
export type Answers = Partial<Record<QuestionId, string>>;

export interface Option {
  value: string;
  label: string;
}

export interface Question {
  id: QuestionId;
  /** Screener items are verbatim instrument wording; context questions are ours. */
  kind: 'screener' | 'context';
  /** Shown above the question: the instrument's stem, or a short hint. */
  caption?: string;
  text: string;
  options: Option[];
  /** The error message, in the GOV.UK form "Select …". */
  error: string;
}

export const PHQ_IDS = PHQ9.map((_, i) => `phq${i + 1}`) as PhqId[];
export const GAD_IDS = GAD7.map((_, i) => `gad${i + 1}`) as GadId[];
export const SELF_HARM_ID: PhqId = 'phq9';

/**
 * The values of a frequency or difficulty answer, in the instrument's order: each is its score.
 * Part of the structure, never of a language: a translation labels these values, it cannot add,
 * drop or reorder them.
 */
export const SCALE_VALUES = ['0', '1', '2', '3'] as const;
export type ScaleValue = (typeof SCALE_VALUES)[number];

/** Each context question's answers, in the order shown: the values assess() reads. */
export const CONTEXT_OPTIONS = {
  care: ['none', 'weekly', 'hospital', 'other'],
  'weekly-enough': ['yes', 'no', 'unsure'],
  'safe-home': ['yes', 'no', 'unsure'],
  attend: ['yes', 'maybe', 'no'],
  support: ['yes', 'some', 'no'],
} as const satisfies Record<ContextId, readonly string[]>;

export const CONTEXT_IDS = Object.keys(CONTEXT_OPTIONS) as ContextId[];
export const QUESTION_IDS: QuestionId[] = [...PHQ_IDS, ...GAD_IDS, 'difficulty', ...CONTEXT_IDS];

/** Words for each reader; youth and parent fall back to the adult wording where they say the same. */
export type Worded = Partial<Record<Audience, string>> & { adult: string };

/** A context question's words in one language, in plain words, with wording for each audience. */
interface ContextWords<Value extends string> {
  text: Worded;
  caption?: Worded;
  /** Each answer's label, keyed by its value (order and values come from CONTEXT_OPTIONS). */
  options: Record<Value, Worded>;
  error: Worded;
}
export type ContextText<Id extends ContextId> = ContextWords<(typeof CONTEXT_OPTIONS)[Id][number]>;

/**
 * Every word of the questions in one language, keyed by question id and answer value: the
 * instruments verbatim, and our context questions. Words only: which questions exist, their
 * order, their answers' values and which instrument each belongs to are set in this module.
 */
export interface QuestionTexts {
  phqStem: string;
  gadStem: string;
  /** The four frequency answers of every PHQ-9 and GAD-7 item, by value. */
  frequency: Record<ScaleValue, string>;
  /** Each PHQ-9 and GAD-7 item, by id. */
  items: Record<PhqId | GadId, string>;
  difficultyQuestion: string;
  difficulty: Record<ScaleValue, string>;
  attribution: string;
  screenerError: string;
  difficultyError: string;
  /** Shown on the first question about care when a parent answers: the young person's part is over. */
  parentHandover: string;
  context: { [Id in ContextId]: ContextText<Id> };
}

const NOT_SURE = { adult: "I'm not sure" };

const CONTEXT: QuestionTexts['context'] = {
  care: {
    text: { adult: 'What care are you getting now?', parent: 'What care is your child getting now?' },
    options: {
      none: { adult: 'None right now' },
      weekly: { adult: 'Weekly therapy or counseling' },
      hospital: {
        adult: 'I recently left a hospital stay or a partial hospitalization program',
        parent: 'My child recently left a hospital stay or a partial hospitalization program',
      },
      other: { adult: 'Something else' },
    },
    error: { adult: 'Select the care you are getting now', parent: 'Select the care your child is getting now' },
  },
  'weekly-enough': {
    text: { adult: 'Has weekly therapy been enough to help?', parent: 'Has weekly therapy been enough to help your child?' },
    options: {
      yes: { adult: 'Yes, it has been enough' },
      no: { adult: 'No, I need more support', youth: 'No, I need more support', parent: 'No, my child needs more support' },
      unsure: NOT_SURE,
    },
    error: { adult: 'Select whether weekly therapy has been enough', parent: 'Select whether weekly therapy has been enough for your child' },
  },
  'safe-home': {
    text: {
      adult: 'Can you stay safe and take care of yourself at home?',
      parent: 'Can your child stay safe and be cared for at home?',
    },
    caption: { adult: 'For example: eating, sleeping, getting through the day without being in danger.' },
    options: { yes: { adult: 'Yes' }, no: { adult: 'No' }, unsure: NOT_SURE },
    error: { adult: 'Select whether you can stay safe at home', parent: 'Select whether your child can stay safe at home' },
  },
  attend: {
    text: {
      adult: 'Could you take part about 9 to 15 hours a week?',
      youth: 'Could you take part about 6 to 19 hours a week, for example after school?',
      parent: 'Could your child take part about 6 to 19 hours a week, for example after school?',
    },
    caption: {
      adult: 'That is usually about 3 hours a day, 3 to 5 days a week.',
      youth: 'Programs for teens often meet for about 3 hours after school, a few days a week.',
      parent: 'Programs for teens often meet for about 3 hours after school, a few days a week.',
    },
    options: {
      yes: { adult: 'Yes' },
      maybe: { adult: 'Maybe, with some changes' },
      no: { adult: 'No' },
    },
    error: {
      adult: 'Select whether you could take part about 9 to 15 hours a week',
      youth: 'Select whether you could take part about 6 to 19 hours a week',
      parent: 'Select whether your child could take part about 6 to 19 hours a week',
    },
  },
  support: {
    text: {
      adult: 'Do you have family, friends or others who support you?',
      youth: 'Do you have family, friends or other adults who support you?',
      parent: 'Does your child have family, friends or others who support them?',
    },
    options: {
      yes: { adult: 'Yes' },
      some: { adult: 'Some' },
      no: { adult: 'No' },
    },
    error: { adult: 'Select whether you have people who support you', parent: 'Select whether your child has people who support them' },
  },
};

/** A list of words in the instrument's order, keyed by the values or ids of that order. */
const keyed = <K extends string>(keys: readonly K[], words: readonly string[]) =>
  Object.fromEntries(keys.map((key, i) => [key, words[i]])) as Record<K, string>;

export const QUESTIONS_EN: QuestionTexts = {
  phqStem: PHQ_STEM,
  gadStem: GAD_STEM,
  frequency: keyed(SCALE_VALUES, FREQUENCY),
  items: { ...keyed(PHQ_IDS, PHQ9), ...keyed(GAD_IDS, GAD7) },
  difficultyQuestion: DIFFICULTY_QUESTION,
  difficulty: keyed(SCALE_VALUES, DIFFICULTY),
  attribution: ATTRIBUTION,
  screenerError: 'Select how often you have been bothered by this problem',
  difficultyError: 'Select how difficult these problems have made things',
  parentHandover: 'Parent or caregiver: the questions from here on are for you.',
  context: CONTEXT,
};

/** The wording for this reader. */
export const pick = (text: Worded, audience: Audience): string => text[audience] ?? text.adult;

/**
 * The question shown for an id, in the audience's wording and the given language. Its answers,
 * their values and their order come from this module, never from the language: a language labels
 * each value, and a label it lacks is the English one. Screener wording never changes.
 */
export function getQuestion(id: QuestionId, audience: Audience, texts: QuestionTexts = QUESTIONS_EN): Question {
  const english = QUESTIONS_EN;
  const scale = (labels: Partial<Record<ScaleValue, string>>, fallback: Record<ScaleValue, string>): Option[] =>
    SCALE_VALUES.map((value) => ({ value, label: labels[value] ?? fallback[value] }));
  if (id === 'difficulty') {
    return { id, kind: 'screener', text: texts.difficultyQuestion, options: scale(texts.difficulty, english.difficulty), error: texts.difficultyError };
  }
  if (!isContextId(id)) {
    const caption = id.startsWith('phq') ? texts.phqStem : texts.gadStem;
    return {
      id,
      kind: 'screener',
      caption,
      text: texts.items[id] ?? english.items[id],
      options: scale(texts.frequency, english.frequency),
      error: texts.screenerError,
    };
  }
  const context: ContextWords<string> = texts.context[id];
  const labels: Partial<Record<string, Worded>> = context.options;
  const englishLabels: Record<string, Worded> = english.context[id].options;
  return {
    id,
    kind: 'context',
    caption: id === 'care' && audience === 'parent' ? texts.parentHandover : context.caption && pick(context.caption, audience),
    text: pick(context.text, audience),
    options: CONTEXT_OPTIONS[id].map((value) => ({ value, label: pick(labels[value] ?? englishLabels[value], audience) })),
    error: pick(context.error, audience),
  };
}

const isContextId = (id: QuestionId): id is ContextId => id in CONTEXT_OPTIONS;

/** Whether `value` is one of the question's answers: stored progress is checked before use. */
export function isValidAnswer(id: string, value: unknown): value is string {
  return (
    QUESTION_IDS.includes(id as QuestionId) &&
    typeof value === 'string' &&
    getQuestion(id as QuestionId, 'adult').options.some((option) => option.value === value)
  );
}
