import type { ResultLevel } from '../../src/self-check/assess.js';

/**
 * Named answer paths through the self-check, by question id and answer value, written by hand
 * from the clinical reference (nothing here is computed by the code under test). One table for
 * the stories (stories/self-check.stories.ts), the browser tests (test/self-check) and the
 * DOM-free routing tests (test/unit), so a story and the test that guards it play the same
 * answers. It lives under test/ because Stryker's sandbox copies only src/ and test/; Storybook's
 * Vite build imports it from there as it imports any module of the project.
 *
 * Questions a path does not name are answered with the first option ("Not at all", "None"...)
 * by the driver (stories/self-check-driver.ts answerThrough).
 */

/** The context questions answered as someone who can stay safe and take part. */
export const CONTEXT_OK = { care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' } as const;

/** Self-harm thoughts on "Several days", every other answer "Not at all" (rule 7). */
export const ITEM9_ONLY = { phq1: '0', phq2: '0', phq9: '1', gad1: '0', gad2: '0', difficulty: '0', ...CONTEXT_OK } as const;

/** PHQ-9 24 and GAD-7 21 in full mode, daily life "Somewhat difficult" (rule 8). */
export const SEVERE = {
  phq1: '3',
  phq2: '3',
  phq3: '3',
  phq4: '3',
  phq5: '3',
  phq6: '3',
  phq7: '3',
  phq8: '3',
  phq9: '0',
  gad1: '3',
  gad2: '3',
  gad3: '3',
  gad4: '3',
  gad5: '3',
  gad6: '3',
  gad7: '3',
  difficulty: '1',
  ...CONTEXT_OK,
} as const;

/** Item 9 "More than half the days": in parent mode, the caregiver's danger result (rules 4, 10). */
export const PARENT_DANGER = { ...ITEM9_ONLY, phq9: '2' } as const;

/** One path to each result level (brief mode). */
export const LEVEL_PATHS = {
  'get-help-now': { phq9: '3', ...CONTEXT_OK },
  'more-support-than-iop': { ...CONTEXT_OK, 'safe-home': 'no' },
  'iop-may-fit': { phq1: '3', phq2: '3', phq3: '2', phq4: '2', phq9: '0', difficulty: '2', ...CONTEXT_OK },
  'weekly-therapy-may-fit': { phq1: '1', phq2: '1', phq9: '0', difficulty: '1', ...CONTEXT_OK },
  'no-clear-need': { phq9: '0', ...CONTEXT_OK },
} as const satisfies Record<ResultLevel, Record<string, string>>;
