import { COMMON_EN, type CommonWords } from '../core/warn.js';
import type { Band, Reason, ResultLevel } from './assess.js';
import { QUESTIONS_EN, type Audience, type QuestionTexts } from './questions.js';

/**
 * Words for every reader of a screen. The self-check's screens are read by an adult about
 * themselves, a young person (12-17) about themselves, or, in parent mode, by the young person for
 * the feelings questions and by the caregiver for the rest and the result (rule 10). Spanish needs
 * all three (tú for teens, usted otherwise), so every entry names all three.
 */
export type ByAudience<T> = Record<Audience, T>;

const same = <T>(text: T, parent: T): ByAudience<T> => ({ adult: text, youth: text, parent });

/** Visitor-facing words of the self-check (not the instruments), at about an 8th-grade level. */
export const TEXT = {
  title: same('Is an IOP right for me?', 'Is an IOP right for my child?'),
  start: {
    adult: ['Answer a few questions to see if an Intensive Outpatient Program (IOP) may fit you, or if other care may fit better. It takes about 3 minutes.'],
    youth: [
      'Answer a few questions to see if an Intensive Outpatient Program (IOP) for teens may help you. This check is for ages 12 to 17 and takes about 3 minutes.',
      'It can help to look at the results with a parent or another adult you trust.',
    ],
    parent: [
      'See if an Intensive Outpatient Program (IOP) may fit your child, age 12 to 17. It takes about 3 minutes.',
      'The first questions are about how your child has been feeling, and your child answers them: please hand them the device for that part. They will be told that you will see what they answer.',
      'Then you answer the questions about care and home life.',
    ],
  } satisfies ByAudience<string[]>,
  /** Where the answers are, when the clinic did not turn on `remember`. */
  privacy: same(
    'Your answers stay on this device. Nothing is sent, and nothing is saved.',
    'The answers stay on this device. Nothing is sent, and nothing is saved.',
  ),
  /** With `remember`: what is kept, where, and until when. */
  privacyRemember: same(
    'Your answers stay on this device and are never sent. So that a reload does not lose your place, this browser tab keeps them until you see your result, press Start again or close the tab.',
    'The answers stay on this device and are never sent. So that a reload does not lose your place, this browser tab keeps them until you see the result, press Start again or close the tab.',
  ),
  /** Parent mode, above the first question: read by the young person before they answer (rule 10). */
  handover: {
    heading: 'For the young person',
    body: 'These questions are for you to answer about yourself. The adult who gave you this device will see your answers and the result.',
  },
  notDiagnosis: same(
    'This is a screening aid, not a diagnosis. Online tools cannot diagnose or decide your care. Use your results to start a conversation with a professional.',
    "This is a screening aid, not a diagnosis. Online tools cannot diagnose or decide your child's care. Use the results to start a conversation with a professional.",
  ),
  startButton: 'Start',
  continue: 'Continue',
  back: 'Back',
  question: (n: number, total: number) => `Question ${n} of ${total}`,
  errorTitle: 'There is a problem',
  errorPrefix: 'Error:',
  /**
   * Shown the moment the self-harm item is answered above "Not at all". In parent mode the young
   * person holds the device here, so it speaks to them as in youth mode. It never implies that
   * anyone was told (rule 12).
   */
  interrupt: {
    heading: 'Please reach out for support now',
    body: {
      adult: [
        'You answered that you have had thoughts that you would be better off dead or of hurting yourself. You deserve support right away.',
        'You can talk to someone now, for free, any time of day or night. Nobody has been told: your answers stay on this device. If you are in danger right now, call 911.',
      ],
      youth: [
        'You answered that you have had thoughts that you would be better off dead or of hurting yourself. You deserve support right away.',
        'You can talk to someone now, for free, any time of day or night. Please also tell an adult you trust, like a parent, a relative or a school counselor. Nobody has been told: your answers stay on this device. If you are in danger right now, call 911.',
      ],
      parent: [
        'You answered that you have had thoughts that you would be better off dead or of hurting yourself. You deserve support right away.',
        'You can talk to someone now, for free, any time of day or night. Your answers have not been sent anywhere: they stay on this device, where the adult with you will see them. Please also tell an adult you trust; if that is the adult with you, you can show them this screen. If you are in danger right now, call 911.',
      ],
    } satisfies ByAudience<string[]>,
    continue: 'Continue the check',
    /**
     * Parent mode after an answer of 2 or more: the button leads to the caregiver's "get help now"
     * result, so it says so to the young person holding the device.
     */
    showAdult: 'Show this to the adult with you',
  },
  results: {
    'get-help-now': {
      adult: {
        heading: 'Please get help now',
        summary:
          'You answered that you have had thoughts that you would be better off dead or of hurting yourself. Please talk to someone now: call or text 988. If you might act on these thoughts, call 911.',
      },
      youth: {
        heading: 'Please get help now',
        summary:
          'You answered that you have had thoughts that you would be better off dead or of hurting yourself. Please talk to someone now: call or text 988, and tell an adult you trust. If you might act on these thoughts, call 911.',
      },
      parent: {
        heading: 'Your child needs help now',
        summary:
          'Your child answered that they have had thoughts that they would be better off dead or of hurting themselves. Stay with them and get help now: the steps are below.',
      },
    },
    'more-support-than-iop': {
      adult: {
        heading: 'You may need more support than an IOP',
        summary:
          'You may need more hours of care or a safe place to stay, such as partial hospitalization or a hospital stay. Please get checked by a professional today.',
      },
      youth: {
        heading: 'You may need more support than an IOP',
        summary:
          'You may need more hours of care or a safe place to stay, such as partial hospitalization or a hospital stay. Please tell a parent or another adult you trust, and get checked by a professional today.',
      },
      parent: {
        heading: 'Your child may need more support than an IOP',
        summary:
          'Your child may need more hours of care or a safe place to stay, such as partial hospitalization or a hospital stay. Please have them checked by a professional today.',
      },
    },
    'iop-may-fit': {
      adult: {
        heading: 'An IOP may fit you',
        summary: 'You may need more support than weekly therapy while living at home. An IOP could be a good next step.',
      },
      youth: {
        heading: 'An IOP may fit you',
        summary: 'You may need more support than weekly therapy while living at home. An IOP for teens could be a good next step.',
      },
      parent: {
        heading: 'An IOP may fit your child',
        summary: 'Your child may need more support than weekly therapy while living at home. An IOP for teens could be a good next step.',
      },
    },
    'weekly-therapy-may-fit': same(
      {
        heading: 'Weekly therapy may be enough for now',
        summary: 'Weekly sessions with a therapist or counselor are often a good place to start. If things get harder, an IOP can give more support.',
      },
      {
        heading: 'Weekly therapy may be enough for your child for now',
        summary: 'Weekly sessions with a therapist or counselor are often a good place to start. If things get harder, an IOP can give more support.',
      },
    ),
    'no-clear-need': same(
      {
        heading: 'Your answers do not point to a need for an IOP right now',
        summary: 'If something still bothers you, it is okay to talk with a professional at any time.',
      },
      {
        heading: 'The answers do not point to a need for an IOP for your child right now',
        summary: 'If something still worries you or your child, it is okay to talk with a professional at any time.',
      },
    ),
  } satisfies Record<ResultLevel, ByAudience<{ heading: string; summary: string }>>,
  /**
   * Heads the result when the self-harm item was above "Not at all" but the result is not "get help
   * now" (rule 7): those thoughts come first, the kind of care follows under `fitHeading`.
   */
  selfHarmResult: {
    adult: {
      heading: 'Please talk to someone about these thoughts soon',
      headingToday: 'Please talk to someone about these thoughts today',
      summary:
        'You answered that you have had thoughts that you would be better off dead or of hurting yourself. That is reason enough to talk with a professional soon, whatever your other answers. You can also call or text 988 at any time.',
    },
    youth: {
      heading: 'Please talk to someone about these thoughts soon',
      headingToday: 'Please talk to someone about these thoughts today',
      summary:
        'You answered that you have had thoughts that you would be better off dead or of hurting yourself. That is reason enough to talk with a professional soon, whatever your other answers. Please tell an adult you trust, and know that you can call or text 988 at any time.',
    },
    parent: {
      heading: 'Please talk with your child about these thoughts soon',
      headingToday: 'Please talk with your child and a professional about these thoughts today',
      summary:
        'Your child answered that they have had thoughts that they would be better off dead or of hurting themselves. That is reason enough for them to see a professional soon, whatever the other answers. For now, lock away firearms and medicines. You can call or text 988 together at any time.',
    },
  } satisfies ByAudience<{ heading: string; headingToday: string; summary: string }>,
  /**
   * Under `fitHeading` in place of "Weekly therapy may be enough" once self-harm thoughts were
   * reported (rule 7's spirit): the next step stays a conversation with a professional soon.
   */
  selfHarmFit: {
    adult: {
      heading: 'Start by talking with a professional soon',
      summary:
        'A therapist or your doctor can talk with you about these thoughts and help you choose the care that fits, such as regular therapy sessions or an IOP.',
    },
    youth: {
      heading: 'Start by talking with a professional soon',
      summary:
        'With a parent or another adult you trust, see a therapist or your doctor soon. They can talk with you about these thoughts and help you choose the care that fits, such as regular therapy sessions or an IOP for teens.',
    },
    parent: {
      heading: 'Start by having your child see a professional soon',
      summary:
        "A therapist or your child's doctor can talk with your child about these thoughts and help you choose the care that fits, such as regular therapy sessions or an IOP for teens.",
    },
  } satisfies ByAudience<{ heading: string; summary: string }>,
  /** The crisis help's name when focus goes to it on a result (rule 13). */
  crisisLabel: 'Help is available now',
  fitHeading: same('What kind of care may fit', 'What kind of care may fit your child'),
  reasonsHeading: 'Why we say this',
  reasons: {
    'self-harm-nearly-every-day': same(
      'Nearly every day, you had thoughts that you would be better off dead or of hurting yourself.',
      'Nearly every day, your child had thoughts that they would be better off dead or of hurting themselves.',
    ),
    'self-harm-more-than-half': same(
      'More than half the days, you had thoughts that you would be better off dead or of hurting yourself.',
      'More than half the days, your child had thoughts that they would be better off dead or of hurting themselves.',
    ),
    'self-harm-several-days': same(
      'Several days, you had thoughts that you would be better off dead or of hurting yourself. Please tell a professional about them.',
      'Several days, your child had thoughts that they would be better off dead or of hurting themselves. Please tell a professional about them.',
    ),
    'unsafe-at-home': same(
      'You said you cannot stay safe or take care of yourself at home right now.',
      'You said your child cannot stay safe or be cared for at home right now.',
    ),
    'unsure-safe-at-home': {
      adult: 'You are not sure you can stay safe at home. Please tell a professional about this soon.',
      youth: 'You are not sure you can stay safe at home. Please tell an adult you trust and a professional soon.',
      parent: 'You are not sure your child can stay safe at home. Please tell a professional about this soon.',
    },
    'severe-unsure-safety': same(
      'Your answers point to severe symptoms, and you are not sure you can stay safe at home.',
      "Your child's answers point to severe symptoms, and you are not sure they can stay safe at home.",
    ),
    'depression-severe': same(
      'Your answers about mood point to severe symptoms. A professional should see you soon.',
      "Your child's answers about mood point to severe symptoms. A professional should see them soon.",
    ),
    'anxiety-severe': same(
      'Your answers about worry and anxiety point to severe symptoms. A professional should see you soon.',
      "Your child's answers about worry and anxiety point to severe symptoms. A professional should see them soon.",
    ),
    'depression-elevated': same('Your answers about mood point to moderate symptoms.', "Your child's answers about mood point to moderate symptoms."),
    'anxiety-elevated': same(
      'Your answers about worry and anxiety point to moderate symptoms.',
      "Your child's answers about worry and anxiety point to moderate symptoms.",
    ),
    'daily-life-very-hard': {
      adult: 'These problems make work, home life or getting along with people very hard.',
      youth: 'These problems make school or work, home life or getting along with people very hard.',
      parent: 'These problems make school, home life or getting along with people very hard for your child.',
    },
    'daily-life-somewhat-hard': same('These problems make daily life somewhat harder.', "These problems make your child's daily life somewhat harder."),
    'leaving-hospital': same(
      'You recently left a hospital or a partial hospitalization program.',
      'Your child recently left a hospital or a partial hospitalization program.',
    ),
    'weekly-not-enough': same('Weekly therapy has not been enough.', 'Weekly therapy has not been enough for your child.'),
    'hard-to-attend': {
      adult: '9 to 15 hours a week would be hard for you. Ask about evening schedules.',
      youth: 'Several hours a week would be hard for you. Ask about after-school schedules.',
      parent: 'Several hours a week would be hard for your child. Ask about after-school schedules.',
    },
    'little-support': same(
      "You have few people supporting you. An IOP's group sessions can help with that.",
      "Your child has few people supporting them. An IOP's group sessions can help with that.",
    ),
    'mild-symptoms': same('Your answers show mild symptoms.', "Your child's answers show mild symptoms."),
    'few-symptoms': same('Your answers show few or no symptoms in the last 2 weeks.', "Your child's answers show few or no symptoms in the last 2 weeks."),
  } satisfies Record<Reason, ByAudience<string>>,
  /** Scores and instrument names are for a clinician: folded away, not in the main text. */
  scoresHeading: 'Details for a professional',
  bands: {
    minimal: 'minimal',
    mild: 'mild',
    moderate: 'moderate',
    'moderately-severe': 'moderately severe',
    severe: 'severe',
  } satisfies Record<Band, string>,
  positive: 'at or above the level that needs a closer look',
  negative: 'below the level that needs a closer look',
  whatIsIopHeading: 'What an IOP is like, day to day',
  whatIsIop: {
    adult:
      'In an IOP, you have group and individual therapy about 3 hours a day, 3 to 5 days a week, and you go home after. Many people keep working or going to school. You learn skills for stress, mood and worry.',
    youth:
      'In an IOP, you have group and individual therapy about 3 hours a day, often after school, and you go home after. Families usually take part too. You learn skills for stress, mood and worry.',
    parent:
      'In an IOP, your child has group and individual therapy about 3 hours a day, often after school, and goes home after. Families usually take part too. Teens learn skills for stress, mood and worry.',
  } satisfies ByAudience<string>,
  /** "You may need more support than an IOP": an urgent evaluation is the next step, not an IOP. */
  urgentEvaluationHeading: 'What an urgent evaluation is',
  urgentEvaluation: {
    adult:
      'A doctor or mental health professional talks with you about what is happening and how safe you are. Together you decide which care fits now, such as partial hospitalization (a program for most of the day) or a hospital stay. An emergency room can do this at any hour.',
    youth:
      'A doctor or mental health professional talks with you, and with a parent or another adult you trust, about what is happening and how safe you are. Together you decide which care fits now, such as a program for most of the day or a hospital stay. An emergency room can do this at any hour.',
    parent:
      'A doctor or mental health professional talks with your child and with you about what is happening and how safe your child is. Together you decide which care fits now, such as partial hospitalization (a program for most of the day) or a hospital stay. An emergency room can do this at any hour.',
  } satisfies ByAudience<string>,
  nextStepsHeading: 'Next steps',
  nextSteps: {
    'get-help-now': {
      adult: [
        'Call or text 988 now. It is free and open day and night.',
        'If you might act on these thoughts, call 911 or go to the nearest emergency room.',
        'If you can, stay with someone you trust while you get help.',
      ],
      youth: [
        'Call or text 988 now. It is free and open day and night.',
        'Tell a parent or another adult you trust right away, and stay with them.',
        'If you might act on these thoughts, call 911.',
      ],
      parent: [
        'Stay with your child. Do not leave them alone right now.',
        'Remove or lock away firearms, medicines and anything else they could use to hurt themselves.',
        'Call or text 988 together now. It is free and open day and night.',
        'Call 911 if there is immediate danger.',
      ],
    },
    'more-support-than-iop': {
      adult: ['Call your doctor, go to an emergency room, or call 988 for help finding care today.'],
      youth: ['Today, with a parent or another adult you trust, call your doctor or go to an emergency room. You can also call 988 for help finding care.'],
      parent: ["Call your child's doctor, go to an emergency room, or call 988 for help finding care today."],
    },
    'iop-may-fit': {
      adult: ['Talk with our intake team. They can tell you if an IOP fits and what it would look like for you.'],
      youth: [
        'Show this result to a parent or another adult you trust, and talk with our intake team together. They can tell you if an IOP fits and what it would look like for you.',
      ],
      parent: ['Talk with our intake team. They can tell you if an IOP fits your child and what it would look like for your family.'],
    },
    'weekly-therapy-may-fit': {
      adult: ['Talk with a therapist or your doctor. We can also help you find the right care.'],
      youth: ['Talk with a parent or another adult you trust about seeing a therapist or your doctor. We can also help you find the right care.'],
      parent: ["Talk with a therapist or your child's doctor. We can also help you find the right care."],
    },
    'no-clear-need': same(['If you want to talk it through, we are here.'], ['If you want to talk it through, we are here.']),
  } satisfies Record<ResultLevel, ByAudience<string[]>>,
  call: (phone: string) => `Call ${phone}`,
  /** The clinic's phone where an urgent evaluation, not an IOP, is the next step. */
  callForEvaluation: (phone: string) => `Call ${phone} to ask about an evaluation`,
  contact: (clinicName?: string | null) => (clinicName ? `Contact ${clinicName}` : 'Talk with our intake team'),
  score: (tool: string, anxiety: boolean, score: number, max: number, meaning: string) =>
    `${tool} (${anxiety ? 'anxiety' : 'mood'}): ${score} of ${max}, ${meaning}`,
  /** Item 9 beside the totals, whatever they say (rule 7): a band such as "minimal" must not stand alone. */
  selfHarmScore: (answer: string) => `PHQ-9 item 9 (thoughts of death or of self-harm): ${answer}`,
  restart: 'Start again',
  print: 'Print or save the summary',
  printedOn: (date: string) => `Summary made on ${date} on this device.`,
  quickExit: 'Exit this page',
  quickExitHint: 'Or press the Shift key 3 times.',
  leaving: 'Leaving this page',
  announceResult: 'The result is ready.',
  broken: 'Sorry, the check could not be shown. If you need help now, you can reach someone here:',
};

export type UiTexts = typeof TEXT;

/** Everything the self-check says, in one language. */
export interface SelfCheckTexts extends CommonWords {
  ui: UiTexts;
  questions: QuestionTexts;
}

export const SELF_CHECK_EN: SelfCheckTexts = { ...COMMON_EN, ui: TEXT, questions: QUESTIONS_EN };
