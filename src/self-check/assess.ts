import { score, TWO_ITEM_CUTOFF } from './flow.js';
import { GAD_IDS, PHQ_IDS, SELF_HARM_ID, type Answers } from './questions.js';

export type ResultLevel = 'get-help-now' | 'more-support-than-iop' | 'iop-may-fit' | 'weekly-therapy-may-fit' | 'no-clear-need';
/** From the most support to the least: a result never gives less support than the rules require. */
export const RESULT_LEVELS: ResultLevel[] = ['get-help-now', 'more-support-than-iop', 'iop-may-fit', 'weekly-therapy-may-fit', 'no-clear-need'];

export type Band = 'minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';

export interface ToolScore {
  tool: 'PHQ-9' | 'PHQ-2' | 'GAD-7' | 'GAD-2';
  score: number;
  max: number;
  /** Full tools have a band; 2-item screens are positive or not. */
  band?: Band;
  positive?: boolean;
}

/** Why the result is what it is; each reason has plain-language text, for each audience, in the texts. */
export type Reason =
  | 'self-harm-nearly-every-day'
  | 'self-harm-more-than-half'
  | 'self-harm-several-days'
  | 'unsafe-at-home'
  | 'unsure-safe-at-home'
  | 'severe-unsure-safety'
  | 'depression-severe'
  | 'anxiety-severe'
  | 'depression-elevated'
  | 'anxiety-elevated'
  | 'daily-life-very-hard'
  | 'daily-life-somewhat-hard'
  | 'leaving-hospital'
  | 'weekly-not-enough'
  | 'hard-to-attend'
  | 'little-support'
  | 'mild-symptoms'
  | 'few-symptoms';

/** The self-harm item's answer, as the reason that reports it: its frequency word for word (rule 7). */
const SELF_HARM_REASONS: Record<number, Reason> = {
  1: 'self-harm-several-days',
  2: 'self-harm-more-than-half',
  3: 'self-harm-nearly-every-day',
};

export interface Assessment {
  level: ResultLevel;
  reasons: Reason[];
  scores: ToolScore[];
  /** The self-harm item's answer, 0-3. Above 0 the result speaks to those thoughts first (rule 7). */
  selfHarm: number;
}

/** PHQ-9 bands: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe. */
export function phqBand(total: number): Band {
  if (total >= 20) return 'severe';
  if (total >= 15) return 'moderately-severe';
  if (total >= 10) return 'moderate';
  if (total >= 5) return 'mild';
  return 'minimal';
}

/** GAD-7 bands: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe. */
export function gadBand(total: number): Band {
  if (total >= 15) return 'severe';
  if (total >= 10) return 'moderate';
  if (total >= 5) return 'mild';
  return 'minimal';
}

function toolScore(answers: Answers, ids: readonly string[], full: 'PHQ-9' | 'GAD-7'): ToolScore {
  const complete = ids.every((id) => answers[id as keyof Answers] !== undefined);
  if (complete) {
    const total = score(answers, ids as never);
    return { tool: full, score: total, max: ids.length * 3, band: full === 'PHQ-9' ? phqBand(total) : gadBand(total) };
  }
  const two = score(answers, ids.slice(0, 2) as never);
  return { tool: full === 'PHQ-9' ? 'PHQ-2' : 'GAD-2', score: two, max: 6, positive: two >= TWO_ITEM_CUTOFF };
}

/** Moderate or worse (10+) on a full tool. */
const elevated = (s: ToolScore) => (s.band ? s.score >= 10 : false);
/** 15 or more on a full tool: PHQ-9 moderately severe or severe, GAD-7 severe (rule 8). */
const severe = (s: ToolScore) => (s.band ? s.score >= 15 : false);
/**
 * Mild or worse on a full tool. A 2-item screen has a threshold, not bands (rule 9): below it is no
 * finding, exactly as the full tool's minimal band, which the same answers would fall in (at most
 * 2 + 2 of the first two items). A positive screen is always followed by the full tool.
 */
const symptomatic = (s: ToolScore) => (s.band ? s.score >= 5 : s.positive === true);

/**
 * Turns answers into a result with its reasons. A screening aid, not a diagnosis: the rules follow
 * the clinical reference (safety first, then level-of-care fit) and every rule adds the reason
 * that the visitor will read. Pure: the same answers always give the same result.
 */
export function assess(answers: Answers): Assessment {
  const phq = toolScore(answers, PHQ_IDS, 'PHQ-9');
  const gad = toolScore(answers, GAD_IDS, 'GAD-7');
  // Only the tools the visitor was asked: after a danger answer the check ends early.
  const asked = (ids: readonly string[]) => ids.slice(0, 2).every((id) => answers[id as keyof Answers] !== undefined);
  const scores = [asked(PHQ_IDS) ? phq : null, asked(GAD_IDS) ? gad : null].filter((s): s is ToolScore => s !== null);
  const selfHarm = Number(answers[SELF_HARM_ID] ?? 0);
  const difficulty = Number(answers.difficulty ?? 0);
  const result = (level: ResultLevel, reasons: Reason[]): Assessment => ({ level, reasons, scores, selfHarm });

  // Rule 4: self-harm thoughts on more than half the days mean help now, whatever else.
  const selfHarmReason = SELF_HARM_REASONS[selfHarm];
  if (selfHarm >= 2) return result('get-help-now', [selfHarmReason]);

  // Rule 7: any self-harm thoughts are a finding of their own, reported first.
  const reasons: Reason[] = selfHarmReason ? [selfHarmReason] : [];
  const severeSymptoms = severe(phq) || severe(gad);
  // The clinical lead's decision, on the safe side: an unsafe home together with any self-harm
  // thoughts is a danger signal, so it is rule 4's "get help now" (988 / 911 first, no IOP call to
  // action). The visitor loses nothing by it; missing it could cost a life.
  if (answers['safe-home'] === 'no') return result(selfHarm > 0 ? 'get-help-now' : 'more-support-than-iop', [...reasons, 'unsafe-at-home']);
  if (answers['safe-home'] === 'unsure' && severeSymptoms) {
    return result('more-support-than-iop', [...reasons, 'severe-unsure-safety']);
  }

  // Able to live safely at home is part of what an IOP needs: a doubt is always said, and never "no need".
  const unsureSafety = answers['safe-home'] === 'unsure';
  if (unsureSafety) reasons.push('unsure-safe-at-home');
  if (severe(phq)) reasons.push('depression-severe');
  else if (elevated(phq)) reasons.push('depression-elevated');
  if (severe(gad)) reasons.push('anxiety-severe');
  else if (elevated(gad)) reasons.push('anxiety-elevated');
  if (difficulty >= 2) reasons.push('daily-life-very-hard');
  const leavingHospital = answers.care === 'hospital';
  if (leavingHospital) reasons.push('leaving-hospital');
  if (answers['weekly-enough'] === 'no') reasons.push('weekly-not-enough');

  const symptoms = elevated(phq) || elevated(gad);
  const signals = [symptoms, difficulty >= 2, leavingHospital || answers['weekly-enough'] === 'no'].filter(Boolean).length;
  const anySymptoms = symptomatic(phq) || symptomatic(gad) || difficulty > 0 || selfHarm > 0 || unsureSafety;

  // Rule 8: severe symptoms are never "weekly therapy may be enough"; nor is it said to someone
  // for whom weekly therapy has not been enough (the next step up is an IOP).
  if (signals >= 2 || severeSymptoms || answers['weekly-enough'] === 'no' || (leavingHospital && anySymptoms)) {
    if (answers.attend === 'no') reasons.push('hard-to-attend');
    if (answers.support === 'no') reasons.push('little-support');
    return result('iop-may-fit', reasons);
  }
  // Rule 7: self-harm thoughts count as a symptom, so the result is never "no clear need".
  if (signals === 1 || anySymptoms) {
    if (difficulty === 1) reasons.push('daily-life-somewhat-hard');
    if (!symptoms && (symptomatic(phq) || symptomatic(gad))) reasons.push('mild-symptoms');
    return result('weekly-therapy-may-fit', reasons);
  }
  return result('no-clear-need', ['few-symptoms']);
}

/** How much support a level offers: a lower number is more support. For the rules' comparisons. */
export const supportRank = (level: ResultLevel): number => RESULT_LEVELS.indexOf(level);
