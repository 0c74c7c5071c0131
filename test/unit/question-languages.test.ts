import { expect } from '@open-wc/testing';
import { QUESTIONS_ES } from '../../src/self-check/es-questions.js';
import { getQuestion, isValidAnswer, QUESTION_IDS, QUESTIONS_EN, type Audience, type QuestionId, type QuestionTexts } from '../../src/self-check/questions.js';

/**
 * Languages as data (issue 16): a language file holds words keyed by question id and answer value;
 * which questions exist, their order, and their answers' values and order are set in questions.ts.
 * So a translation that lists its labels in another order, lacks one, or adds one cannot change
 * what an answer scores or the order the answers are offered in.
 */

const AUDIENCES: Audience[] = ['adult', 'youth', 'parent'];

/** Every question's answers as value and label, for one reader. */
const shown = (texts: QuestionTexts, audience: Audience) =>
  QUESTION_IDS.map((id) => [id, getQuestion(id, audience, texts).options.map((option) => [option.value, option.label])]);

const values = (texts: QuestionTexts, audience: Audience) =>
  QUESTION_IDS.map((id) => [id, getQuestion(id, audience, texts).options.map((option) => option.value)]);

/** The same words with every keyed table written in the opposite order. */
function reversed(texts: QuestionTexts): QuestionTexts {
  const flip = <T extends object>(table: T): T => Object.fromEntries(Object.entries(table).reverse()) as T;
  const context = Object.fromEntries(
    Object.entries(texts.context)
      .reverse()
      .map(([id, words]) => [id, { ...words, options: flip(words.options) }]),
  ) as QuestionTexts['context'];
  return { ...texts, frequency: flip(texts.frequency), difficulty: flip(texts.difficulty), items: flip(texts.items), context };
}

/** Written out, not read from questions.ts: the values assess() scores, in the order shown. */
const SCALE = ['0', '1', '2', '3'];
const EXPECTED_VALUES: Record<string, string[]> = {
  difficulty: SCALE,
  care: ['none', 'weekly', 'hospital', 'other'],
  'weekly-enough': ['yes', 'no', 'unsure'],
  'safe-home': ['yes', 'no', 'unsure'],
  attend: ['yes', 'maybe', 'no'],
  support: ['yes', 'some', 'no'],
};
const expectedValues = (id: QuestionId) => EXPECTED_VALUES[id] ?? SCALE;

describe('question structure lives in questions.ts, words in the language files', () => {
  for (const audience of AUDIENCES) {
    it(`${audience}: English and Spanish offer the same answers with the same values, in the same order`, () => {
      const expected = QUESTION_IDS.map((id) => [id, expectedValues(id)]);
      expect(values(QUESTIONS_EN, audience)).to.deep.equal(expected);
      expect(values(QUESTIONS_ES, audience)).to.deep.equal(expected);
    });

    it(`${audience}: labels written in another order still label the same values, in the same order`, () => {
      expect(shown(reversed(QUESTIONS_ES), audience)).to.deep.equal(shown(QUESTIONS_ES, audience));
      expect(shown(reversed(QUESTIONS_EN), audience)).to.deep.equal(shown(QUESTIONS_EN, audience));
    });
  }

  it('a label or an item the language lacks is shown in English; no answer is dropped or moved', () => {
    const partial = structuredClone(QUESTIONS_ES) as unknown as {
      frequency: Record<string, string>;
      items: Record<string, string>;
      context: Record<string, { options: Record<string, unknown> }>;
    };
    delete partial.frequency['2'];
    delete partial.items.phq9;
    delete partial.context.care.options.hospital;
    const texts = partial as unknown as QuestionTexts;
    for (const audience of AUDIENCES) expect(values(texts, audience)).to.deep.equal(values(QUESTIONS_EN, audience));
    expect(getQuestion('phq1', 'adult', texts).options.map((option) => option.label)).to.deep.equal([
      'Ningún día',
      'Varios días',
      'More than half the days',
      'Casi todos los días',
    ]);
    expect(getQuestion('phq9', 'adult', texts).text).to.equal('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(getQuestion('phq9', 'adult', texts).caption).to.equal(QUESTIONS_ES.phqStem);
    expect(getQuestion('care', 'parent', texts).options.map((option) => option.label)).to.deep.equal([
      'Ninguna por ahora',
      'Terapia o consejería semanal',
      'My child recently left a hospital stay or a partial hospitalization program',
      'Otro tipo de atención',
    ]);
  });

  it('an answer only a language names is never offered', () => {
    const extra = structuredClone(QUESTIONS_ES) as unknown as {
      frequency: Record<string, string>;
      difficulty: Record<string, string>;
      context: Record<string, { options: Record<string, unknown> }>;
    };
    extra.frequency['4'] = 'Siempre';
    extra.difficulty['-1'] = 'Nada';
    extra.context['safe-home'].options.maybe = { adult: 'Tal vez' };
    const texts = extra as unknown as QuestionTexts;
    for (const audience of AUDIENCES) expect(values(texts, audience)).to.deep.equal(values(QUESTIONS_EN, audience));
  });

  it('whether an item is a screener item (verbatim) or one of ours is structure too, the same in every language', () => {
    const kinds = (texts: QuestionTexts) => QUESTION_IDS.map((id) => getQuestion(id, 'adult', texts).kind);
    const expected = QUESTION_IDS.map((id) => (id in EXPECTED_VALUES && id !== 'difficulty' ? 'context' : 'screener'));
    expect(kinds(QUESTIONS_EN)).to.deep.equal(expected);
    expect(kinds(QUESTIONS_ES)).to.deep.equal(expected);
  });

  it('stored answers are checked against the structure: known ids, their own values, text only', () => {
    expect(isValidAnswer('phq1', '3')).to.equal(true);
    expect(isValidAnswer('care', 'hospital')).to.equal(true);
    expect(isValidAnswer('care', '3')).to.equal(false);
    expect(isValidAnswer('phq1', 'none')).to.equal(false);
    expect(isValidAnswer('phq10', '0')).to.equal(false);
    expect(isValidAnswer('phq1', 3)).to.equal(false);
  });
});
