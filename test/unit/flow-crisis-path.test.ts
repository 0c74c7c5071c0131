import { expect } from '@open-wc/testing';
import { assess } from '../../src/self-check/assess.js';
import { currentStep, initialState, reduce, restoreState, type Action, type FlowState } from '../../src/self-check/flow.js';
import type { Mode, QuestionId } from '../../src/self-check/questions.js';

/**
 * `interruptShown` decides whether the result shows crisis help first. Stryker found that setting
 * it always (or never) left every test green: these pin it to the answers, through the reducer
 * and through restored progress. Expectations are written by hand from clinical.md rule 2.
 */

const act = (mode: Mode, state: FlowState, action: Action) => reduce(mode, state, action).state;

function answer(mode: Mode, state: FlowState, script: Array<[QuestionId, string]>): FlowState {
  for (const [id, value] of script) {
    state = act(mode, state, { type: 'answer', id, value });
    state = act(mode, state, { type: 'continue' });
  }
  return state;
}

const CONTEXT: Array<[QuestionId, string]> = [
  ['care', 'none'],
  ['safe-home', 'yes'],
  ['attend', 'yes'],
  ['support', 'yes'],
];

describe('self-check flow: the crisis path (pure)', () => {
  it('item 9 "Not at all": never marked as interrupted, to the result', () => {
    let state = act('brief', initialState(), { type: 'start' });
    state = answer('brief', state, [
      ['phq1', '0'],
      ['phq2', '0'],
      ['phq9', '0'],
    ]);
    expect(state.interruptShown).to.equal(false);
    state = answer('brief', state, [['gad1', '0'], ['gad2', '0'], ...CONTEXT]);
    expect(state.screen).to.equal('result');
    expect(state.interruptShown).to.equal(false);
  });

  it('item 9 "Several days": the interrupt is next and marked shown at once, and stays so after a change back to "Not at all"', () => {
    let state = act('brief', initialState(), { type: 'start' });
    state = answer('brief', state, [
      ['phq1', '0'],
      ['phq2', '0'],
      ['phq9', '1'],
    ]);
    expect(currentStep('brief', state)).to.deep.equal({ type: 'interrupt' });
    expect(state.interruptShown).to.equal(true);
    // Back to item 9 and "Not at all": what was said was still said; crisis help stays first.
    state = act('brief', state, { type: 'back' });
    state = answer('brief', state, [['phq9', '0'], ['gad1', '0'], ['gad2', '0'], ...CONTEXT]);
    expect(state.screen).to.equal('result');
    expect(state.interruptShown).to.equal(true);
  });

  // The clinical lead's decision: "cannot stay safe at home" with any self-harm thoughts is "get help now".
  for (const mode of ['brief', 'full'] as const) {
    it(`${mode}: item 9 "Several days", then "cannot stay safe at home": the check ends at get-help-now, crisis help first`, () => {
      let state = act(mode, initialState(), { type: 'start' });
      for (let guard = 0; guard < 40 && state.screen === 'steps'; guard++) {
        const step = currentStep(mode, state)!;
        if (step.type === 'question') {
          const value = step.id === 'phq9' ? '1' : step.id === 'safe-home' ? 'no' : (CONTEXT.find(([id]) => id === step.id)?.[1] ?? '0');
          state = act(mode, state, { type: 'answer', id: step.id, value });
        }
        state = act(mode, state, { type: 'continue' });
      }
      expect(state.screen).to.equal('result');
      expect(state.answers['safe-home']).to.equal('no');
      expect(state.interruptShown).to.equal(true);
      expect(assess(state.answers).level).to.equal('get-help-now');
      // The same answers with a safe home are not "get help now": the home is what tips it.
      expect(assess({ ...state.answers, 'safe-home': 'yes' }).level).to.not.equal('get-help-now');
    });
  }

  it('Continue on a question before item 9 does not mark the interrupt', () => {
    let state = act('full', initialState(), { type: 'start' });
    state = answer('full', state, [
      ['phq1', '3'],
      ['phq2', '3'],
      ['phq3', '3'],
    ]);
    expect(state.interruptShown).to.equal(false);
  });

  describe('restored progress', () => {
    const stored = (answers: Record<string, string>, extra: Record<string, unknown> = {}) => ({ screen: 'steps', index: 1, answers, ...extra });

    it('no self-harm answer and no flag: not interrupted', () => {
      expect(restoreState('brief', stored({ phq1: '0', phq2: '0', phq9: '0' }))!.interruptShown).to.equal(false);
    });

    it('a stored flag that is not exactly true is not trusted', () => {
      expect(restoreState('brief', stored({ phq9: '0' }, { interruptShown: 'yes' }))!.interruptShown).to.equal(false);
      expect(restoreState('brief', stored({ phq9: '0' }, { interruptShown: 1 }))!.interruptShown).to.equal(false);
    });

    it('a stored flag of true is kept; a stored self-harm answer above 0 sets it even without the flag', () => {
      expect(restoreState('brief', stored({ phq9: '0' }, { interruptShown: true }))!.interruptShown).to.equal(true);
      expect(restoreState('brief', stored({ phq9: '1' }))!.interruptShown).to.equal(true);
    });
  });
});
