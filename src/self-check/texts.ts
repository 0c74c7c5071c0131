import type { Band, Reason, ResultLevel } from './assess.js';
import { CONFIG_NOTICE } from '../core/warn.js';
import { QUESTIONS_EN, type Audience, type QuestionTexts } from './questions.js';

/** Visitor-facing words of the self-check (not the instruments), at about an 8th-grade level. */
const PRIVATE = 'It takes about 3 minutes. Your answers stay on this device: nothing is sent or saved.';

export const TEXT = {
  title: 'Is an IOP right for me?',
  start: {
    adult: ['Answer a few questions to see if an Intensive Outpatient Program (IOP) may fit you, or if other care may fit better.', PRIVATE],
    youth: [
      'Answer a few questions to see if an Intensive Outpatient Program (IOP) for teens may help you. This check is for ages 12 to 17.',
      PRIVATE,
      'It can help to look at the results with a parent or another adult you trust.',
    ],
    parent: [
      'See if an Intensive Outpatient Program (IOP) may fit your child, age 12 to 17.',
      'The first questions are about how your child has been feeling and are meant for your child to answer: please hand them the device for that part. You can answer the questions about care and home life.',
      PRIVATE,
    ],
  } satisfies Record<Audience, string[]>,
  notDiagnosis: 'This is a screening aid, not a diagnosis. Online tools cannot diagnose or decide your care. Use your results to start a talk with a professional.',
  startButton: 'Start',
  continue: 'Continue',
  back: 'Back',
  question: (n: number, total: number) => `Question ${n} of ${total}`,
  errorTitle: 'There is a problem',
  errorPrefix: 'Error:',
  interrupt: {
    heading: 'Please reach out for support now',
    body: [
      'You said you have had thoughts of being better off dead or of hurting yourself. Thank you for telling us. You deserve support right away.',
      'You can talk to someone now, for free, day or night. If you are in danger, call 911.',
    ],
    continue: 'Continue the check',
  },
  results: {
    'get-help-now': {
      heading: 'Please get help now',
      summary: 'You may be in danger. Please talk to someone now: call or text 988, or call 911 if you might act on these thoughts.',
    },
    'more-support-than-iop': {
      heading: 'You may need more support than an IOP',
      summary: 'You may need more hours of care or a safe place to stay, such as partial hospitalization or a hospital stay. Please get checked by a professional today.',
    },
    'iop-may-fit': {
      heading: 'An IOP may fit you',
      summary: 'You may need more support than weekly therapy while living at home. An IOP could be a good next step.',
    },
    'weekly-therapy-may-fit': {
      heading: 'Weekly therapy may be enough for now',
      summary: 'You have some symptoms. Weekly therapy is often a good place to start. If things get harder, an IOP is there.',
    },
    'no-clear-need': {
      heading: 'Your answers do not point to a need for an IOP right now',
      summary: 'You reported few symptoms. If something still bothers you, it is always okay to talk with a professional.',
    },
  } satisfies Record<ResultLevel, { heading: string; summary: string }>,
  reasonsHeading: 'Why we say this',
  reasons: {
    'self-harm-often': 'You had thoughts of being better off dead or of hurting yourself on more than half the days.',
    'self-harm-some': 'You had thoughts of being better off dead or of hurting yourself on some days. Please tell a professional.',
    'unsafe-at-home': 'You said you cannot stay safe or take care of yourself at home right now.',
    'severe-unsure-safety': 'Your symptoms are strong and you are not sure you can stay safe at home.',
    'depression-elevated': 'Your answers about mood (PHQ-9) are in the moderate range or higher.',
    'anxiety-elevated': 'Your answers about worry and anxiety (GAD-7) are in the moderate range or higher.',
    'daily-life-very-hard': 'These problems make work, home life or getting along with people very hard.',
    'daily-life-somewhat-hard': 'These problems make daily life somewhat harder.',
    'leaving-hospital': 'You recently left a hospital or partial hospitalization. An IOP is a common next step.',
    'weekly-not-enough': 'Weekly therapy has not been enough.',
    'hard-to-attend': '9 to 12 hours a week would be hard for you. Ask about evening schedules.',
    'little-support': 'You have few people supporting you. An IOP\'s group sessions can help with that.',
    'mild-symptoms': 'Your answers show mild symptoms.',
    'few-symptoms': 'Your answers show few or no symptoms in the last 2 weeks.',
  } satisfies Record<Reason, string>,
  scoresHeading: 'Your scores',
  bands: {
    minimal: 'minimal',
    mild: 'mild',
    moderate: 'moderate',
    'moderately-severe': 'moderately severe',
    severe: 'severe',
  } satisfies Record<Band, string>,
  positive: 'positive: worth a closer look',
  negative: 'below the cut-off',
  whatIsIopHeading: 'What an IOP is like, day to day',
  whatIsIop:
    'Group and individual therapy about 3 hours a day, 3 to 5 days a week, and you go home after. Many people keep working or going to school. You learn skills for stress, mood and worry.',
  nextStepsHeading: 'Next steps',
  nextSteps: {
    'get-help-now': 'Call or text 988 now, or call 911 in an emergency. You can come back to this later.',
    'more-support-than-iop': 'Call your doctor, go to an emergency room, or call 988 for help finding care today.',
    'iop-may-fit': 'Talk with an intake specialist. They can tell you if an IOP fits and what it would look like for you.',
    'weekly-therapy-may-fit': 'Talk with a therapist or your doctor. We can also help you find the right care.',
    'no-clear-need': 'If you want to talk it through, we are here.',
  } satisfies Record<ResultLevel, string>,
  call: (phone: string) => `Call ${phone}`,
  contact: (clinicName?: string | null) => (clinicName ? `Contact ${clinicName}` : 'Talk with our intake team'),
  score: (tool: string, anxiety: boolean, score: number, max: number, meaning: string) =>
    `${tool} (${anxiety ? 'anxiety' : 'mood'}): ${score} of ${max}, ${meaning}`,
  notice: CONFIG_NOTICE,
  restart: 'Start again',
  print: 'Print or save my summary',
  printedOn: (date: string) => `Summary made on ${date} on this device.`,
  quickExit: 'Exit this page',
  quickExitHint: 'Leave this page quickly: press the Shift key 3 times.',
  announceResult: 'Your result is ready.',
  broken: 'Sorry, the check could not be shown. If you need help now, you can reach someone here:',
};

export type UiTexts = typeof TEXT;

/** Everything the self-check says, in one language. */
export interface SelfCheckTexts {
  ui: UiTexts;
  questions: QuestionTexts;
}

export const SELF_CHECK_EN: SelfCheckTexts = { ui: TEXT, questions: QUESTIONS_EN };
