import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assess, RESULT_LEVELS } from '../../src/self-check/assess.js';
import {
  activeAnswers,
  buildSteps,
  currentStep,
  initialState,
  progress,
  reduce,
  restoreState,
  type Action,
  type FlowState,
} from '../../src/self-check/flow.js';
import { getQuestion, QUESTION_IDS, type Answers, type Mode, type QuestionId } from '../../src/self-check/questions.js';
import { ATTRIBUTION, FREQUENCY, GAD7, PHQ9 } from '../../src/self-check/instruments.js';

const ids = (mode: Mode, answers: Answers) => buildSteps(mode, answers).map((step) => (step.type === 'question' ? step.id : 'INTERRUPT'));

/** Runs actions through the reducer. */
function run(mode: Mode, actions: Action[], state: FlowState = initialState()): FlowState {
  return actions.reduce((current, action) => reduce(mode, current, action).state, state);
}

/** Answers the current question with `value` (or the first option if invalid) and continues. */
function answerAll(mode: Mode, pick: (id: QuestionId) => string): FlowState {
  let state = run(mode, [{ type: 'start' }]);
  for (let guard = 0; guard < 40 && state.screen === 'steps'; guard++) {
    const step = currentStep(mode, state)!;
    if (step.type === 'question') state = run(mode, [{ type: 'answer', id: step.id, value: pick(step.id) }], state);
    state = run(mode, [{ type: 'continue' }], state);
  }
  return state;
}

describe('self-check flow (pure)', () => {
  describe('instrument wording is verbatim', () => {
    it('PHQ-9, GAD-7, answers and attribution', () => {
      expect(PHQ9).to.have.length(9);
      expect(GAD7).to.have.length(7);
      expect(PHQ9[8]).to.equal('Thoughts that you would be better off dead or of hurting yourself in some way');
      expect(GAD7[0]).to.equal('Feeling nervous, anxious or on edge');
      expect(FREQUENCY).to.deep.equal(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
      expect(ATTRIBUTION).to.contain('Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke');
      expect(getQuestion('phq1', 'youth').caption).to.equal('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
      expect(getQuestion('gad1', 'parent').caption).to.equal('Over the last 2 weeks, how often have you been bothered by the following problems?');
    });

    it('screener wording is the same for every audience; context wording changes for parents', () => {
      for (const id of QUESTION_IDS.filter((id) => id.startsWith('phq') || id.startsWith('gad'))) {
        expect(getQuestion(id, 'parent').text).to.equal(getQuestion(id, 'adult').text);
      }
      expect(getQuestion('care', 'parent').text).to.contain('your child');
      // The parent's part starts at the first question about care, and says so; nobody else sees that line.
      expect(getQuestion('care', 'parent').caption).to.equal('Parent or caregiver: the questions from here on are for you.');
      expect(getQuestion('care', 'adult').caption).to.equal(undefined);
      expect(getQuestion('care', 'youth').caption).to.equal(undefined);
      expect(getQuestion('support', 'parent').caption).to.equal(undefined);
      expect(getQuestion('attend', 'youth').text).to.contain('after school');
    });

    it('every question has an error message starting with "Select"', () => {
      for (const id of QUESTION_IDS) expect(getQuestion(id, 'adult').error).to.match(/^Select /);
    });
  });

  describe('steps', () => {
    const context = ['care', 'safe-home', 'attend', 'support'];

    it('brief: PHQ-2, the self-harm item, GAD-2, then context', () => {
      expect(ids('brief', {})).to.deep.equal(['phq1', 'phq2', 'phq9', 'gad1', 'gad2', ...context]);
    });

    it('brief: a positive PHQ-2 or GAD-2 (3+) is followed up with the full tool', () => {
      const phq = ids('brief', { phq1: '2', phq2: '1' });
      expect(phq.slice(0, 9)).to.deep.equal(['phq1', 'phq2', 'phq3', 'phq4', 'phq5', 'phq6', 'phq7', 'phq8', 'phq9']);
      expect(ids('brief', { phq1: '1', phq2: '1' })).to.not.include('phq3');
      const gad = ids('brief', { gad1: '3', gad2: '0' });
      expect(gad).to.include.members(['gad3', 'gad7']);
    });

    it('full: every item of both tools', () => {
      const steps = ids('full', {});
      expect(steps.filter((id) => id.startsWith('phq'))).to.have.length(9);
      expect(steps.filter((id) => id.startsWith('gad'))).to.have.length(7);
    });

    it('the self-harm item is on every path', () => {
      fc.assert(
        fc.property(
          fc.constantFrom<Mode>('brief', 'full'),
          fc.dictionary(fc.constantFrom(...QUESTION_IDS), fc.constantFrom('0', '1', '2', '3')),
          (mode, answers) => {
            expect(ids(mode, answers as Answers)).to.include('phq9');
          },
        ),
      );
    });

    it('the interrupt follows item 9 when it is above zero, and only then', () => {
      expect(ids('brief', { phq9: '0' })).to.not.include('INTERRUPT');
      for (const value of ['1', '2', '3']) {
        const steps = ids('brief', { phq9: value });
        expect(steps[steps.indexOf('phq9') + 1]).to.equal('INTERRUPT');
      }
    });

    it('difficulty is asked once a problem was reported; weekly-enough only for weekly therapy', () => {
      expect(ids('brief', { phq1: '0' })).to.not.include('difficulty');
      expect(ids('brief', { gad2: '1' })).to.include('difficulty');
      expect(ids('brief', { care: 'weekly' })).to.include('weekly-enough');
      expect(ids('brief', { care: 'none' })).to.not.include('weekly-enough');
    });

    it('activeAnswers drops answers that left the path', () => {
      const answers: Answers = { phq1: '1', phq2: '1', phq3: '3', care: 'none', 'weekly-enough': 'no' };
      expect(activeAnswers('brief', answers)).to.deep.equal({ phq1: '1', phq2: '1', care: 'none' });
    });
  });

  describe('reducer', () => {
    it('start, answer, continue, back, restart', () => {
      let state = run('brief', [{ type: 'start' }]);
      expect(state.screen).to.equal('steps');
      expect(currentStep('brief', state)).to.deep.equal({ type: 'question', id: 'phq1' });
      // The longest path the answers still allow: PHQ-9, GAD-7, difficulty and 5 context questions.
      expect(progress('brief', state)).to.deep.equal({ number: 1, total: 22 });

      expect(reduce('brief', state, { type: 'continue' }).error).to.equal('no-answer');
      state = run('brief', [{ type: 'answer', id: 'phq1', value: '1' }, { type: 'continue' }], state);
      expect(currentStep('brief', state)).to.deep.equal({ type: 'question', id: 'phq2' });
      // phq1 "Several days" still allows a positive PHQ-2 (1 + 3), so the longest path is unchanged.
      expect(progress('brief', state)).to.deep.equal({ number: 2, total: 22 });

      state = run('brief', [{ type: 'back' }], state);
      expect(currentStep('brief', state)).to.deep.equal({ type: 'question', id: 'phq1' });
      expect(state.answers.phq1).to.equal('1');
      state = run('brief', [{ type: 'back' }], state);
      expect(state.screen).to.equal('start');
      expect(run('brief', [{ type: 'restart' }], state)).to.deep.equal(initialState());
    });

    it('ignores answers that are not options', () => {
      const state = run('brief', [{ type: 'start' }, { type: 'answer', id: 'phq1', value: '7' }]);
      expect(state.answers).to.deep.equal({});
    });

    it('item 9 above zero interrupts at once, and the visitor may continue', () => {
      let state = run('brief', [{ type: 'start' }]);
      for (const [id, value] of [
        ['phq1', '0'],
        ['phq2', '0'],
        ['phq9', '1'],
      ] as const) {
        state = run('brief', [{ type: 'answer', id, value }, { type: 'continue' }], state);
      }
      expect(currentStep('brief', state)).to.deep.equal({ type: 'interrupt' });
      expect(state.interruptShown).to.equal(true);
      state = run('brief', [{ type: 'continue' }], state);
      // Brief mode then asks the rest of the PHQ-9, after the interrupt (flow.ts says why).
      expect(buildSteps('brief', state.answers).map((step) => (step.type === 'question' ? step.id : 'INTERRUPT'))).to.deep.equal([
        'phq1',
        'phq2',
        'phq9',
        'INTERRUPT',
        'phq3',
        'phq4',
        'phq5',
        'phq6',
        'phq7',
        'phq8',
        'gad1',
        'gad2',
        'difficulty',
        'care',
        'safe-home',
        'attend',
        'support',
      ]);
      expect(currentStep('brief', state)).to.deep.equal({ type: 'question', id: 'phq3' });
    });

    it('reaches a result and Back from the result returns to the last question', () => {
      const state = answerAll('brief', (id) => (id === 'care' ? 'none' : id === 'safe-home' ? 'yes' : getQuestion(id, 'adult').options[0].value));
      expect(state.screen).to.equal('result');
      expect(assess(state.answers).level).to.equal('no-clear-need');
      const back = run('brief', [{ type: 'back' }], state);
      expect(currentStep('brief', back)).to.deep.equal({ type: 'question', id: 'support' });
    });
  });

  describe('restoreState trusts nothing', () => {
    it('rejects junk', () => {
      for (const junk of [null, 1, 'x', [], { screen: 'hacked', answers: {} }, { screen: 'steps' }]) {
        expect(restoreState('brief', junk)).to.equal(null);
      }
    });
    it('drops unknown ids and invalid values and clamps the index', () => {
      const state = restoreState('brief', { screen: 'steps', index: 99, answers: { phq1: '2', nope: '1', phq2: '9', __proto__: 'x' } })!;
      expect(state.answers).to.deep.equal({ phq1: '2' });
      expect(state.index).to.equal(buildSteps('brief', state.answers).length - 1);
    });
    it('a stored result with gaps resumes at the first unanswered question', () => {
      const state = restoreState('brief', { screen: 'result', index: 0, answers: { phq1: '0', phq2: '0' } })!;
      expect(state.screen).to.equal('steps');
      expect(currentStep('brief', state)).to.deep.equal({ type: 'question', id: 'phq9' });
    });
    it('a stored self-harm answer keeps the interrupt flag', () => {
      expect(restoreState('brief', { screen: 'steps', index: 0, answers: { phq9: '1' } })!.interruptShown).to.equal(true);
    });
  });

  describe('properties (fast-check)', () => {
    const actionArb = fc.oneof(
      fc.constant<Action>({ type: 'continue' }),
      fc.constant<Action>({ type: 'back' }),
      fc.constant<Action>({ type: 'start' }),
      fc.constant<Action>({ type: 'restart' }),
      fc.record({
        type: fc.constant('answer' as const),
        id: fc.constantFrom(...QUESTION_IDS),
        value: fc.constantFrom('0', '1', '2', '3', 'none', 'weekly', 'hospital', 'other', 'yes', 'no', 'unsure', 'maybe', 'some', 'junk'),
      }),
    );

    it('any sequence of actions keeps a consistent state', () => {
      fc.assert(
        fc.property(fc.constantFrom<Mode>('brief', 'full'), fc.array(actionArb, { maxLength: 80 }), (mode, actions) => {
          let state = initialState();
          for (const action of actions) {
            state = reduce(mode, state, action).state;
            const steps = buildSteps(mode, state.answers);
            if (state.screen === 'steps') expect(state.index).to.be.within(0, steps.length - 1);
            if (state.screen === 'result') {
              for (const step of steps) if (step.type === 'question') expect(state.answers[step.id], step.id).to.not.equal(undefined);
              expect(RESULT_LEVELS).to.include(assess(state.answers).level);
            }
          }
        }),
        { numRuns: 300 },
      );
    });

    /** Answers the current screen from a list of choices, with Back pressed where the plan says. */
    it('any answers with any Back/Continue order end in a valid result; item 9 above zero always interrupts', () => {
      const planArb = fc.array(fc.record({ choice: fc.nat(3), back: fc.boolean(), skipAnswer: fc.boolean() }), { minLength: 60, maxLength: 120 });
      fc.assert(
        fc.property(fc.constantFrom<Mode>('brief', 'full'), planArb, (mode, plan) => {
          let state = run(mode, [{ type: 'start' }]);
          let sawInterrupt = false;
          for (const { choice, back, skipAnswer } of plan) {
            if (state.screen === 'result') break;
            const step = currentStep(mode, state)!;
            if (step.type === 'interrupt') sawInterrupt = true;
            if (back && choice === 0) {
              state = run(mode, [{ type: 'back' }], state);
              if (state.screen === 'start') state = run(mode, [{ type: 'start' }], state);
              continue;
            }
            if (step.type === 'question' && !(skipAnswer && choice === 1)) {
              const options = getQuestion(step.id, 'adult').options;
              state = run(mode, [{ type: 'answer', id: step.id, value: options[choice % options.length].value }], state);
            }
            const before = state;
            const transition = reduce(mode, state, { type: 'continue' });
            if (transition.error) expect(transition.state).to.equal(before);
            state = transition.state;
          }
          // Finish whatever is left with the first option.
          for (let guard = 0; guard < 40 && state.screen !== 'result'; guard++) {
            const step = currentStep(mode, state);
            if (step?.type === 'interrupt') sawInterrupt = true;
            if (step?.type === 'question' && state.answers[step.id] === undefined) {
              state = run(mode, [{ type: 'answer', id: step.id, value: getQuestion(step.id, 'adult').options[0].value }], state);
            }
            state = run(mode, [{ type: state.screen === 'start' ? 'start' : 'continue' }], state);
          }
          expect(state.screen).to.equal('result');
          const result = assess(state.answers);
          expect(RESULT_LEVELS).to.include(result.level);
          if (Number(state.answers.phq9) > 0) {
            expect(sawInterrupt, 'interrupt shown').to.equal(true);
            expect(state.interruptShown).to.equal(true);
          }
          if (Number(state.answers.phq9) >= 2) expect(result.level).to.equal('get-help-now');
        }),
        { numRuns: 300 },
      );
    });
  });
});
