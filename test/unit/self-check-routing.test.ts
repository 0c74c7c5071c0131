import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assess, supportRank, type Reason, type ResultLevel } from '../../src/self-check/assess.js';
import { buildSteps, initialState, progress, reduce, type FlowState } from '../../src/self-check/flow.js';
import { GAD_IDS, PHQ_IDS, type Answers, type Mode, type QuestionId } from '../../src/self-check/questions.js';
import { CONTEXT_OK as ok, SEVERE } from '../self-check/answer-paths.js';

/**
 * The routing rules of ../shared/reference/clinical.md, written out by hand: each row is an answer
 * pattern and the level and reasons a clinician reading the reference expects. Nothing here is
 * computed with the code under test.
 */
const zeros = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, '0']));
const PHQ0 = zeros(PHQ_IDS);
const GAD0 = zeros(GAD_IDS);
/** Brief mode's negative path: PHQ-2, item 9, GAD-2 at 0. */
const BRIEF0 = { phq1: '0', phq2: '0', phq9: '0', gad1: '0', gad2: '0' };

const TABLE: Array<[string, Answers, ResultLevel, Reason[]]> = [
  // Rule 4: danger.
  ['item 9 nearly every day, nothing else', { ...BRIEF0, phq9: '3', difficulty: '0', ...ok }, 'get-help-now', ['self-harm-nearly-every-day']],
  [
    'item 9 more than half the days, unsafe home too',
    { ...BRIEF0, phq9: '2', difficulty: '0', ...ok, 'safe-home': 'no' },
    'get-help-now',
    ['self-harm-more-than-half'],
  ],
  // Rule 7: item 9 several days is a finding of its own.
  [
    'item 9 several days, all else none (brief)',
    { ...PHQ0, phq9: '1', gad1: '0', gad2: '0', difficulty: '0', ...ok },
    'weekly-therapy-may-fit',
    ['self-harm-several-days'],
  ],
  ['item 9 several days, all else none (full)', { ...PHQ0, ...GAD0, phq9: '1', difficulty: '0', ...ok }, 'weekly-therapy-may-fit', ['self-harm-several-days']],
  [
    'item 9 several days with moderate mood and very hard days',
    { ...PHQ0, phq1: '3', phq2: '3', phq3: '3', phq9: '1', gad1: '0', gad2: '0', difficulty: '2', ...ok },
    'iop-may-fit',
    ['self-harm-several-days', 'depression-elevated', 'daily-life-very-hard'],
  ],
  [
    // The clinical lead's decision: an unsafe home with any self-harm thoughts is a danger signal.
    'item 9 several days, unsafe at home: get help now',
    { ...PHQ0, phq9: '1', gad1: '0', gad2: '0', difficulty: '0', ...ok, 'safe-home': 'no' },
    'get-help-now',
    ['self-harm-several-days', 'unsafe-at-home'],
  ],
  [
    'item 9 several days, unsafe at home, severe symptoms (full): get help now',
    { ...PHQ0, ...GAD0, phq1: '3', phq2: '3', phq3: '3', phq4: '3', phq5: '3', phq9: '1', gad1: '3', difficulty: '3', ...ok, 'safe-home': 'no' },
    'get-help-now',
    ['self-harm-several-days', 'unsafe-at-home'],
  ],
  [
    'item 9 several days, unsure about safety at home: not "get help now" by that alone',
    { ...PHQ0, phq9: '1', gad1: '0', gad2: '0', difficulty: '0', ...ok, 'safe-home': 'unsure' },
    'weekly-therapy-may-fit',
    ['self-harm-several-days', 'unsure-safe-at-home'],
  ],
  // Safety at home.
  ['unsafe at home, no symptoms', { ...BRIEF0, ...ok, 'safe-home': 'no' }, 'more-support-than-iop', ['unsafe-at-home']],
  [
    'severe and unsure about safety',
    { ...PHQ0, phq1: '3', phq2: '3', phq3: '3', phq4: '3', phq5: '3', gad1: '0', gad2: '0', difficulty: '1', ...ok, 'safe-home': 'unsure' },
    'more-support-than-iop',
    ['severe-unsure-safety'],
  ],
  [
    'moderate and unsure about safety is not "more support", and the doubt is said',
    { ...PHQ0, phq1: '3', phq2: '3', phq3: '3', phq4: '1', gad1: '0', gad2: '0', difficulty: '1', ...ok, 'safe-home': 'unsure' },
    'weekly-therapy-may-fit',
    ['unsure-safe-at-home', 'depression-elevated', 'daily-life-somewhat-hard'],
  ],
  ['unsure about safety with no symptoms is never "no need"', { ...BRIEF0, ...ok, 'safe-home': 'unsure' }, 'weekly-therapy-may-fit', ['unsure-safe-at-home']],
  // Rule 8: severe symptoms never get weekly therapy.
  ['PHQ-9 24 / GAD-7 21, somewhat difficult', SEVERE, 'iop-may-fit', ['depression-severe', 'anxiety-severe']],
  [
    'PHQ-9 19 / GAD-7 0, not difficult',
    { ...PHQ0, phq1: '3', phq2: '3', phq3: '3', phq4: '3', phq5: '3', phq6: '3', phq7: '1', ...GAD0, difficulty: '0', ...ok },
    'iop-may-fit',
    ['depression-severe'],
  ],
  [
    'PHQ-9 15 exactly (moderately severe) is severe for routing',
    { ...PHQ0, phq1: '3', phq2: '3', phq3: '3', phq4: '3', phq5: '3', ...GAD0, difficulty: '0', ...ok },
    'iop-may-fit',
    ['depression-severe'],
  ],
  [
    'PHQ-9 14 (moderate), alone, is weekly therapy',
    { ...PHQ0, phq1: '3', phq2: '3', phq3: '3', phq4: '3', phq5: '2', ...GAD0, difficulty: '0', ...ok },
    'weekly-therapy-may-fit',
    ['depression-elevated'],
  ],
  [
    'GAD-7 15 (severe), PHQ-2 negative',
    { phq1: '0', phq2: '0', phq9: '0', gad1: '3', gad2: '3', gad3: '3', gad4: '3', gad5: '3', gad6: '0', gad7: '0', difficulty: '0', ...ok },
    'iop-may-fit',
    ['anxiety-severe'],
  ],
  // Fit logic: two signals.
  [
    'moderate + very difficult',
    { ...PHQ0, phq1: '3', phq2: '3', phq3: '2', phq4: '2', gad1: '0', gad2: '0', difficulty: '2', ...ok },
    'iop-may-fit',
    ['depression-elevated', 'daily-life-very-hard'],
  ],
  [
    'moderate + weekly therapy not enough, hard to attend, little support',
    {
      ...PHQ0,
      phq1: '3',
      phq2: '3',
      phq3: '2',
      phq4: '2',
      gad1: '0',
      gad2: '0',
      difficulty: '1',
      care: 'weekly',
      'weekly-enough': 'no',
      'safe-home': 'yes',
      attend: 'no',
      support: 'no',
    },
    'iop-may-fit',
    ['depression-elevated', 'weekly-not-enough', 'hard-to-attend', 'little-support'],
  ],
  [
    'leaving hospital with some difficulty',
    { ...BRIEF0, phq1: '1', difficulty: '1', care: 'hospital', 'safe-home': 'yes', attend: 'yes', support: 'yes' },
    'iop-may-fit',
    ['leaving-hospital'],
  ],
  [
    'leaving hospital with no symptoms is weekly therapy, not IOP',
    { ...BRIEF0, care: 'hospital', 'safe-home': 'yes', attend: 'yes', support: 'yes' },
    'weekly-therapy-may-fit',
    ['leaving-hospital'],
  ],
  // One signal or some symptoms.
  [
    'mild on both tools, somewhat difficult',
    { ...PHQ0, phq1: '2', phq2: '1', phq3: '2', gad1: '1', gad2: '2', gad3: '2', gad4: '0', gad5: '0', gad6: '0', gad7: '0', difficulty: '1', ...ok },
    'weekly-therapy-may-fit',
    ['daily-life-somewhat-hard', 'mild-symptoms'],
  ],
  ['very difficult alone', { ...BRIEF0, phq1: '1', difficulty: '2', ...ok }, 'weekly-therapy-may-fit', ['daily-life-very-hard']],
  [
    'weekly therapy not enough, alone, is never told weekly therapy may be enough',
    { ...BRIEF0, care: 'weekly', 'weekly-enough': 'no', 'safe-home': 'yes', attend: 'yes', support: 'yes' },
    'iop-may-fit',
    ['weekly-not-enough'],
  ],
  [
    'full mode, mild mood only (PHQ-9 6), not difficult: some symptoms, never "no need"',
    { ...PHQ0, phq1: '2', phq2: '1', phq3: '2', phq4: '1', ...GAD0, difficulty: '0', ...ok },
    'weekly-therapy-may-fit',
    ['mild-symptoms'],
  ],
  [
    'full mode, mild worry only (GAD-7 6), not difficult',
    { ...PHQ0, ...GAD0, gad1: '1', gad2: '1', gad3: '2', gad4: '2', difficulty: '0', ...ok },
    'weekly-therapy-may-fit',
    ['mild-symptoms'],
  ],
  // Rule 9: a negative 2-item screen is no finding.
  [
    'PHQ-2 = 2 and GAD-2 = 2 (both negative), not difficult',
    { phq1: '1', phq2: '1', phq9: '0', gad1: '1', gad2: '1', difficulty: '0', ...ok },
    'no-clear-need',
    ['few-symptoms'],
  ],
  [
    'full mode minimal (4 / 4), not difficult',
    { ...PHQ0, phq1: '1', phq2: '1', phq3: '1', phq4: '1', ...GAD0, gad1: '1', gad2: '1', gad3: '1', gad4: '1', difficulty: '0', ...ok },
    'no-clear-need',
    ['few-symptoms'],
  ],
  ['nothing at all', { ...BRIEF0, ...ok }, 'no-clear-need', ['few-symptoms']],
];

describe('self-check routing table (clinical.md, by hand)', () => {
  it('scores only the tools that were asked: "get help now" ends the check before the GAD-2', () => {
    expect(assess({ phq1: '0', phq2: '0', phq9: '3' }).scores.map((score) => score.tool)).to.deep.equal(['PHQ-2']);
    expect(assess({ ...BRIEF0, ...ok }).scores.map((score) => score.tool)).to.deep.equal(['PHQ-2', 'GAD-2']);
    expect(assess({ ...PHQ0, phq9: '1', gad1: '0', gad2: '0', ...ok }).scores.map((score) => score.tool)).to.deep.equal(['PHQ-9', 'GAD-2']);
  });

  for (const [name, answers, level, reasons] of TABLE) {
    it(`${name} -> ${level}`, () => {
      const result = assess(answers);
      expect(result.level).to.equal(level);
      expect(result.reasons).to.deep.equal(reasons);
    });
  }
});

// ---- properties over every answer pattern ----

const frequency = fc.constantFrom('0', '1', '2', '3');
const context = fc.record({
  difficulty: frequency,
  care: fc.constantFrom('none', 'weekly', 'hospital', 'other'),
  'weekly-enough': fc.constantFrom('yes', 'no', 'unsure'),
  'safe-home': fc.constantFrom('yes', 'no', 'unsure'),
  attend: fc.constantFrom('yes', 'maybe', 'no'),
  support: fc.constantFrom('yes', 'some', 'no'),
});
const items = (ids: readonly string[]) => fc.tuple(...ids.map(() => frequency)).map((values) => Object.fromEntries(ids.map((id, i) => [id, values[i]])));
/** A full-mode answer set: every PHQ-9 and GAD-7 item and every context question. */
const fullAnswers = fc.tuple(items(PHQ_IDS), items(GAD_IDS), context).map(([phq, gad, rest]) => ({ ...phq, ...gad, ...rest }) as Answers);
const sum = (answers: Answers, ids: readonly string[]) => ids.reduce((total, id) => total + Number(answers[id as QuestionId] ?? 0), 0);

/** The answers a visitor gives in `mode` when their true answers are `all`: only the questions on their path. */
function walk(mode: Mode, all: Answers): Answers {
  let state: FlowState = reduce(mode, initialState(), { type: 'start' }).state;
  for (let guard = 0; guard < 60 && state.screen === 'steps'; guard++) {
    const step = buildSteps(mode, state.answers)[state.index];
    if (step.type === 'question') state = reduce(mode, state, { type: 'answer', id: step.id, value: all[step.id]! }).state;
    state = reduce(mode, state, { type: 'continue' }).state;
  }
  return state.answers;
}

describe('self-check routing properties (fast-check)', () => {
  it('rule 7: with item 9 above 0, never the no-need level, never "few symptoms"', () => {
    fc.assert(
      fc.property(fullAnswers, fc.constantFrom('1', '2', '3'), fc.constantFrom<Mode>('brief', 'full'), (all, selfHarm, mode) => {
        const result = assess(walk(mode, { ...all, phq9: selfHarm }));
        expect(result.level).to.not.equal('no-clear-need');
        expect(result.reasons).to.not.include('few-symptoms');
        expect(result.reasons[0]).to.match(/^self-harm-/);
      }),
      { numRuns: 400 },
    );
  });

  it('rule 8: a PHQ-9 or GAD-7 of 15 or more is never weekly therapy or no need', () => {
    fc.assert(
      fc.property(fullAnswers, (all) => {
        const result = assess(walk('full', all));
        if (sum(all, PHQ_IDS) >= 15 || sum(all, GAD_IDS) >= 15) {
          expect(supportRank(result.level)).to.be.at.most(supportRank('iop-may-fit'));
        }
      }),
      { numRuns: 600 },
    );
  });

  it('rule 9: brief mode is never less supportive than full mode with the items brief skipped at 0', () => {
    fc.assert(
      fc.property(fullAnswers, (all) => {
        const brief = walk('brief', all);
        const filled = { ...brief };
        for (const id of [...PHQ_IDS, ...GAD_IDS]) filled[id] ??= '0';
        const full = walk('full', { ...all, ...filled });
        const briefResult = assess(brief);
        expect(supportRank(briefResult.level)).to.be.at.most(supportRank(assess(full).level));
        if (briefResult.scores.every((score) => score.band === undefined)) {
          expect(briefResult.reasons).to.not.include('mild-symptoms', 'a negative 2-item screen is not "mild"');
        }
      }),
      { numRuns: 600 },
    );
  });

  it('rule 4: item 9 of 2 or 3 is always get-help-now, in both modes', () => {
    fc.assert(
      fc.property(fullAnswers, fc.constantFrom('2', '3'), fc.constantFrom<Mode>('brief', 'full'), (all, selfHarm, mode) => {
        expect(assess(walk(mode, { ...all, phq9: selfHarm })).level).to.equal('get-help-now');
      }),
      { numRuns: 200 },
    );
  });

  it('an unsafe home with any item 9 above 0 is always get-help-now, in both modes; without item 9 it is more support', () => {
    fc.assert(
      fc.property(fullAnswers, fc.constantFrom('0', '1', '2', '3'), fc.constantFrom<Mode>('brief', 'full'), (all, selfHarm, mode) => {
        const result = assess(walk(mode, { ...all, phq9: selfHarm, 'safe-home': 'no' }));
        expect(result.level).to.equal(selfHarm === '0' ? 'more-support-than-iop' : 'get-help-now');
      }),
      { numRuns: 300 },
    );
  });

  it('progress never moves backwards on Continue, and ends at its total', () => {
    fc.assert(
      fc.property(fullAnswers, fc.constantFrom<Mode>('brief', 'full'), (all, mode) => {
        let state: FlowState = reduce(mode, initialState(), { type: 'start' }).state;
        let last = 0;
        for (let guard = 0; guard < 60 && state.screen === 'steps'; guard++) {
          const step = buildSteps(mode, state.answers)[state.index];
          const { number, total } = progress(mode, state);
          expect(number / total).to.be.at.least(last);
          last = number / total;
          if (step.type === 'question') state = reduce(mode, state, { type: 'answer', id: step.id, value: all[step.id]! }).state;
          state = reduce(mode, state, { type: 'continue' }).state;
        }
        expect(last).to.equal(1);
      }),
      { numRuns: 300 },
    );
  });

  it('answers to questions that dropped off the path are not scored (back and change)', () => {
    // PHQ-2 positive, the follow-up answered high, then back to change PHQ-2 to negative.
    let state: FlowState = reduce('brief', initialState(), { type: 'start' }).state;
    const answer = (id: QuestionId, value: string) => {
      state = reduce('brief', state, { type: 'answer', id, value }).state;
      state = reduce('brief', state, { type: 'continue' }).state;
    };
    answer('phq1', '3');
    answer('phq2', '3');
    for (const id of PHQ_IDS.slice(2, 8)) answer(id, '3');
    for (let i = 0; i < 8; i++) state = reduce('brief', state, { type: 'back' }).state;
    answer('phq1', '0');
    answer('phq2', '0');
    for (const [id, value] of [
      ['phq9', '0'],
      ['gad1', '0'],
      ['gad2', '0'],
      ['care', 'none'],
      ['safe-home', 'yes'],
      ['attend', 'yes'],
      ['support', 'yes'],
    ] as const)
      answer(id, value);
    expect(state.screen).to.equal('result');
    const result = assess(state.answers);
    expect(result.scores[0]).to.deep.equal({ tool: 'PHQ-2', score: 0, max: 6, positive: false });
    expect(result.level).to.equal('no-clear-need');
  });
});
