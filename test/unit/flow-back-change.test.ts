import { expect } from '@open-wc/testing';
import { assess } from '../../src/self-check/assess.js';
import { currentStep, initialState, reduce, type Action, type FlowState } from '../../src/self-check/flow.js';
import type { Answers, Mode, QuestionId } from '../../src/self-check/questions.js';

/**
 * Back and change, through the reducer as the element drives it: a visitor answers follow-up
 * questions, goes back, changes an earlier answer so that those questions leave the path, and
 * finishes. The answers to the questions that left the path must not be scored: the visitor can
 * no longer see or change them.
 */

function act(mode: Mode, state: FlowState, action: Action): FlowState {
  const { state: next, error } = reduce(mode, state, action);
  expect(error, `${action.type} on ${JSON.stringify(currentStep(mode, state))}`).to.equal(undefined);
  return next;
}

const onQuestion = (mode: Mode, state: FlowState) => {
  const step = currentStep(mode, state);
  return step?.type === 'question' ? step.id : step?.type;
};

/** Answers the screens in order, as a visitor would: `script` gives each question's answer; the interrupt is continued. */
function answer(mode: Mode, state: FlowState, script: Array<[QuestionId, string]>): FlowState {
  for (const [id, value] of script) {
    if (onQuestion(mode, state) === 'interrupt') state = act(mode, state, { type: 'continue' });
    expect(onQuestion(mode, state), 'the question on screen').to.equal(id);
    state = act(mode, state, { type: 'answer', id, value });
    state = act(mode, state, { type: 'continue' });
  }
  return state;
}

/** Presses Back until the question `id` is on screen. */
function backTo(mode: Mode, state: FlowState, id: QuestionId): FlowState {
  for (let guard = 0; guard < 40 && onQuestion(mode, state) !== id; guard++) state = act(mode, state, { type: 'back' });
  expect(onQuestion(mode, state)).to.equal(id);
  return state;
}

const CONTEXT: Array<[QuestionId, string]> = [
  ['care', 'none'],
  ['safe-home', 'yes'],
  ['attend', 'yes'],
  ['support', 'yes'],
];
const CONTEXT_ANSWERS: Answers = { care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' };

describe('self-check flow: back and change (pure)', () => {
  it('brief: a positive PHQ-2 changed to negative drops the PHQ-9 follow-up answers from the result', () => {
    const mode = 'brief';
    let state = act(mode, initialState(), { type: 'start' });
    // PHQ-2 = 6: positive, so items 3-8 follow; all answered "Nearly every day".
    state = answer(mode, state, [
      ['phq1', '3'],
      ['phq2', '3'],
      ['phq3', '3'],
      ['phq4', '3'],
      ['phq5', '3'],
      ['phq6', '3'],
      ['phq7', '3'],
      ['phq8', '3'],
    ]);
    expect(onQuestion(mode, state)).to.equal('phq9');

    state = backTo(mode, state, 'phq1');
    state = answer(mode, state, [['phq1', '0'], ['phq2', '0'], ['phq9', '0'], ['gad1', '0'], ['gad2', '0'], ...CONTEXT]);

    expect(state.screen).to.equal('result');
    expect(state.answers).to.deep.equal({ phq1: '0', phq2: '0', phq9: '0', gad1: '0', gad2: '0', ...CONTEXT_ANSWERS });
    const result = assess(state.answers);
    expect(result.level).to.equal('no-clear-need');
    const phq = result.scores.find((score) => score.tool.startsWith('PHQ'))!;
    expect([phq.tool, phq.score]).to.deep.equal(['PHQ-2', 0]);
  });

  it('brief: from the result, Back to item 2 and a negative PHQ-2 gives the same result as answering it straight', () => {
    const mode = 'brief';
    const high: Array<[QuestionId, string]> = [
      ['phq1', '2'],
      ['phq2', '2'],
      ['phq3', '3'],
      ['phq4', '3'],
      ['phq5', '3'],
      ['phq6', '3'],
      ['phq7', '3'],
      ['phq8', '3'],
      ['phq9', '0'],
      ['gad1', '0'],
      ['gad2', '0'],
      ['difficulty', '3'],
      ...CONTEXT,
    ];
    let state = answer(mode, act(mode, initialState(), { type: 'start' }), high);
    expect(state.screen).to.equal('result');
    expect(assess(state.answers).level).to.equal('iop-may-fit');

    state = act(mode, state, { type: 'back' });
    state = backTo(mode, state, 'phq2');
    // PHQ-2 = 2 + 0: negative; items 3-8 leave the path.
    const low: Array<[QuestionId, string]> = [['phq2', '0'], ['phq9', '0'], ['gad1', '0'], ['gad2', '0'], ['difficulty', '0'], ...CONTEXT];
    state = answer(mode, state, low);
    expect(state.screen).to.equal('result');
    expect(Object.keys(state.answers)).to.not.include.members(['phq3', 'phq4', 'phq5', 'phq6', 'phq7', 'phq8']);

    const straight = answer(mode, act(mode, initialState(), { type: 'start' }), [['phq1', '2'], ...low]);
    expect(state.answers).to.deep.equal(straight.answers);
    expect(assess(state.answers)).to.deep.equal(assess(straight.answers));
  });

  it('a difficulty answer given while a problem was reported is dropped when every problem is taken back', () => {
    const mode = 'brief';
    let state = act(mode, initialState(), { type: 'start' });
    state = answer(mode, state, [
      ['phq1', '1'],
      ['phq2', '0'],
      ['phq9', '0'],
      ['gad1', '0'],
      ['gad2', '0'],
      ['difficulty', '3'],
    ]);
    state = backTo(mode, state, 'phq1');
    // No problem left, so the difficulty question is not asked: care follows GAD-2.
    state = answer(mode, state, [['phq1', '0'], ['phq2', '0'], ['phq9', '0'], ['gad1', '0'], ['gad2', '0'], ...CONTEXT]);
    expect(state.screen).to.equal('result');
    expect(state.answers).to.not.have.property('difficulty');
    expect(assess(state.answers).level).to.equal('no-clear-need');
  });

  it('"Has weekly therapy been enough?" is dropped when the care answer changes from weekly therapy', () => {
    const mode = 'full';
    const zeros: Array<[QuestionId, string]> = (
      ['phq1', 'phq2', 'phq3', 'phq4', 'phq5', 'phq6', 'phq7', 'phq8', 'phq9', 'gad1', 'gad2', 'gad3', 'gad4', 'gad5', 'gad6', 'gad7'] as const
    ).map((id) => [id, '0']);
    let state = act(mode, initialState(), { type: 'start' });
    state = answer(mode, state, [...zeros, ['care', 'weekly'], ['weekly-enough', 'no'], ['safe-home', 'yes']]);
    state = backTo(mode, state, 'care');
    state = answer(mode, state, [
      ['care', 'none'],
      ['safe-home', 'yes'],
      ['attend', 'yes'],
      ['support', 'yes'],
    ]);
    expect(state.screen).to.equal('result');
    expect(state.answers).to.not.have.property('weekly-enough');
    expect(assess(state.answers).reasons).to.not.include('weekly-not-enough');
  });
});
