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
export const CONTEXT_IDS: ContextId[] = ['care', 'weekly-enough', 'safe-home', 'attend', 'support'];
export const QUESTION_IDS: QuestionId[] = [...PHQ_IDS, ...GAD_IDS, 'difficulty', ...CONTEXT_IDS];

/** Context questions, in plain words, with wording for each audience (youth falls back to adult). */
export interface ContextText {
  text: Worded;
  caption?: Worded;
  options: Array<{ value: string; label: Worded }>;
  error: Worded;
}

/** Words for each reader; youth and parent fall back to the adult wording where they say the same. */
export type Worded = Partial<Record<Audience, string>> & { adult: string };

const NOT_SURE = { value: 'unsure', label: { adult: "I'm not sure" } };

/** Every word of the questions in one language: the instruments verbatim, and our context questions. */
export interface QuestionTexts {
  phqStem: string;
  gadStem: string;
  frequency: readonly string[];
  phq9: readonly string[];
  gad7: readonly string[];
  difficultyQuestion: string;
  difficulty: readonly string[];
  attribution: string;
  screenerError: string;
  difficultyError: string;
  /** Shown on the first question about care when a parent answers: the young person's part is over. */
  parentHandover: string;
  context: Record<ContextId, ContextText>;
}

const CONTEXT: Record<ContextId, ContextText> = {
  care: {
    text: { adult: 'What care are you getting now?', parent: 'What care is your child getting now?' },
    options: [
      { value: 'none', label: { adult: 'None right now' } },
      { value: 'weekly', label: { adult: 'Weekly therapy or counseling' } },
      {
        value: 'hospital',
        label: {
          adult: 'I recently left a hospital stay or a partial hospitalization program',
          parent: 'My child recently left a hospital stay or a partial hospitalization program',
        },
      },
      { value: 'other', label: { adult: 'Something else' } },
    ],
    error: { adult: 'Select the care you are getting now', parent: 'Select the care your child is getting now' },
  },
  'weekly-enough': {
    text: { adult: 'Has weekly therapy been enough to help?', parent: 'Has weekly therapy been enough to help your child?' },
    options: [
      { value: 'yes', label: { adult: 'Yes, it has been enough' } },
      { value: 'no', label: { adult: 'No, I need more support', youth: 'No, I need more support', parent: 'No, my child needs more support' } },
      NOT_SURE,
    ],
    error: { adult: 'Select whether weekly therapy has been enough', parent: 'Select whether weekly therapy has been enough for your child' },
  },
  'safe-home': {
    text: {
      adult: 'Can you stay safe and take care of yourself at home?',
      parent: 'Can your child stay safe and be cared for at home?',
    },
    caption: { adult: 'For example: eating, sleeping, getting through the day without being in danger.' },
    options: [{ value: 'yes', label: { adult: 'Yes' } }, { value: 'no', label: { adult: 'No' } }, NOT_SURE],
    error: { adult: 'Select whether you can stay safe at home', parent: 'Select whether your child can stay safe at home' },
  },
  attend: {
    text: {
      adult: 'Could you take part about 9 to 15 hours a week?',
      youth: 'Could you take part about 6 to 12 hours a week, for example after school?',
      parent: 'Could your child take part about 6 to 12 hours a week, for example after school?',
    },
    caption: {
      adult: 'That is usually about 3 hours a day, 3 to 5 days a week.',
      youth: 'Programs for teens often meet for about 3 hours after school, a few days a week.',
      parent: 'Programs for teens often meet for about 3 hours after school, a few days a week.',
    },
    options: [
      { value: 'yes', label: { adult: 'Yes' } },
      { value: 'maybe', label: { adult: 'Maybe, with some changes' } },
      { value: 'no', label: { adult: 'No' } },
    ],
    error: {
      adult: 'Select whether you could take part about 9 to 15 hours a week',
      youth: 'Select whether you could take part about 6 to 12 hours a week',
      parent: 'Select whether your child could take part about 6 to 12 hours a week',
    },
  },
  support: {
    text: {
      adult: 'Do you have family, friends or others who support you?',
      youth: 'Do you have family, friends or other adults who support you?',
      parent: 'Does your child have family, friends or others who support them?',
    },
    options: [
      { value: 'yes', label: { adult: 'Yes' } },
      { value: 'some', label: { adult: 'Some' } },
      { value: 'no', label: { adult: 'No' } },
    ],
    error: { adult: 'Select whether you have people who support you', parent: 'Select whether your child has people who support them' },
  },
};

export const QUESTIONS_EN: QuestionTexts = {
  phqStem: PHQ_STEM,
  gadStem: GAD_STEM,
  frequency: FREQUENCY,
  phq9: PHQ9,
  gad7: GAD7,
  difficultyQuestion: DIFFICULTY_QUESTION,
  difficulty: DIFFICULTY,
  attribution: ATTRIBUTION,
  screenerError: 'Select how often you have been bothered by this problem',
  difficultyError: 'Select how difficult these problems have made things',
  parentHandover: 'Parent or caregiver: the questions from here on are for you.',
  context: CONTEXT,
};

/** The wording for this reader. */
export const pick = (text: Worded, audience: Audience): string => text[audience] ?? text.adult;

const scale = (labels: readonly string[]): Option[] => labels.map((label, value) => ({ value: String(value), label }));

/** The question shown for an id, in the audience's wording and the given language. Screener wording never changes. */
export function getQuestion(id: QuestionId, audience: Audience, texts: QuestionTexts = QUESTIONS_EN): Question {
  const item = Number(id.slice(3)) - 1;
  const screener = (caption: string, text: string): Question => ({ id, kind: 'screener', caption, text, options: scale(texts.frequency), error: texts.screenerError });
  if (id.startsWith('phq')) return screener(texts.phqStem, texts.phq9[item]);
  if (id.startsWith('gad')) return screener(texts.gadStem, texts.gad7[item]);
  if (id === 'difficulty') {
    return { id, kind: 'screener', text: texts.difficultyQuestion, options: scale(texts.difficulty), error: texts.difficultyError };
  }
  const context = texts.context[id as ContextId];
  return {
    id,
    kind: 'context',
    caption: id === 'care' && audience === 'parent' ? texts.parentHandover : context.caption && pick(context.caption, audience),
    text: pick(context.text, audience),
    options: context.options.map((option) => ({ value: option.value, label: pick(option.label, audience) })),
    error: pick(context.error, audience),
  };
}

/** Whether `value` is one of the question's answers: stored progress is checked before use. */
export function isValidAnswer(id: string, value: unknown): value is string {
  return (
    QUESTION_IDS.includes(id as QuestionId) &&
    typeof value === 'string' &&
    getQuestion(id as QuestionId, 'adult').options.some((option) => option.value === value)
  );
}
