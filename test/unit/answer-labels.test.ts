import { expect } from '@open-wc/testing';
import { SELF_CHECK_ES } from '../../src/self-check/es.js';
import { getQuestion, QUESTIONS_EN, type Audience, type QuestionId, type QuestionTexts } from '../../src/self-check/questions.js';

/**
 * Every visible answer label carries the value the instrument defines. The tables are written by
 * hand from ../shared/reference/clinical.md ("scored 0-3": Not at all / Several days / More than
 * half the days / Nearly every day = Ningún día / Varios días / Más de la mitad de los días / Casi
 * todos los días), never read from the code under test: a person answers by label, the score
 * comes from the value, so a swapped value scores the visitor wrongly while every label reads well.
 */

type Table = Array<[label: string, value: string]>;

const FREQUENCY: Record<'en' | 'es', Table> = {
  en: [
    ['Not at all', '0'],
    ['Several days', '1'],
    ['More than half the days', '2'],
    ['Nearly every day', '3'],
  ],
  es: [
    ['Ningún día', '0'],
    ['Varios días', '1'],
    ['Más de la mitad de los días', '2'],
    ['Casi todos los días', '3'],
  ],
};

const DIFFICULTY: Record<'en' | 'es', Table> = {
  en: [
    ['Not difficult at all', '0'],
    ['Somewhat difficult', '1'],
    ['Very difficult', '2'],
    ['Extremely difficult', '3'],
  ],
  es: [
    ['No ha sido difícil', '0'],
    ['Un poco difícil', '1'],
    ['Muy difícil', '2'],
    ['Extremadamente difícil', '3'],
  ],
};

/** Our own context questions: the values assess() reads ("safe-home" "no" means not safe at home). */
const CONTEXT: Record<'en' | 'es', Record<Audience, Record<string, Table>>> = {
  en: {
    adult: {
      care: [
        ['None right now', 'none'],
        ['Weekly therapy or counseling', 'weekly'],
        ['I recently left a hospital stay or a partial hospitalization program', 'hospital'],
        ['Something else', 'other'],
      ],
      'weekly-enough': [
        ['Yes, it has been enough', 'yes'],
        ['No, I need more support', 'no'],
        ["I'm not sure", 'unsure'],
      ],
      'safe-home': [
        ['Yes', 'yes'],
        ['No', 'no'],
        ["I'm not sure", 'unsure'],
      ],
      attend: [
        ['Yes', 'yes'],
        ['Maybe, with some changes', 'maybe'],
        ['No', 'no'],
      ],
      support: [
        ['Yes', 'yes'],
        ['Some', 'some'],
        ['No', 'no'],
      ],
    },
    youth: {
      care: [
        ['None right now', 'none'],
        ['Weekly therapy or counseling', 'weekly'],
        ['I recently left a hospital stay or a partial hospitalization program', 'hospital'],
        ['Something else', 'other'],
      ],
      'weekly-enough': [
        ['Yes, it has been enough', 'yes'],
        ['No, I need more support', 'no'],
        ["I'm not sure", 'unsure'],
      ],
      'safe-home': [
        ['Yes', 'yes'],
        ['No', 'no'],
        ["I'm not sure", 'unsure'],
      ],
      attend: [
        ['Yes', 'yes'],
        ['Maybe, with some changes', 'maybe'],
        ['No', 'no'],
      ],
      support: [
        ['Yes', 'yes'],
        ['Some', 'some'],
        ['No', 'no'],
      ],
    },
    parent: {
      care: [
        ['None right now', 'none'],
        ['Weekly therapy or counseling', 'weekly'],
        ['My child recently left a hospital stay or a partial hospitalization program', 'hospital'],
        ['Something else', 'other'],
      ],
      'weekly-enough': [
        ['Yes, it has been enough', 'yes'],
        ['No, my child needs more support', 'no'],
        ["I'm not sure", 'unsure'],
      ],
      'safe-home': [
        ['Yes', 'yes'],
        ['No', 'no'],
        ["I'm not sure", 'unsure'],
      ],
      attend: [
        ['Yes', 'yes'],
        ['Maybe, with some changes', 'maybe'],
        ['No', 'no'],
      ],
      support: [
        ['Yes', 'yes'],
        ['Some', 'some'],
        ['No', 'no'],
      ],
    },
  },
  es: {
    adult: {
      care: [
        ['Ninguna por ahora', 'none'],
        ['Terapia o consejería semanal', 'weekly'],
        ['Salí hace poco del hospital o de un programa de hospitalización parcial', 'hospital'],
        ['Otro tipo de atención', 'other'],
      ],
      'weekly-enough': [
        ['Sí, ha sido suficiente', 'yes'],
        ['No, necesito más apoyo', 'no'],
        ['No estoy seguro(a)', 'unsure'],
      ],
      'safe-home': [
        ['Sí', 'yes'],
        ['No', 'no'],
        ['No estoy seguro(a)', 'unsure'],
      ],
      attend: [
        ['Sí', 'yes'],
        ['Tal vez, con algunos cambios', 'maybe'],
        ['No', 'no'],
      ],
      support: [
        ['Sí', 'yes'],
        ['Algo de apoyo', 'some'],
        ['No', 'no'],
      ],
    },
    youth: {
      care: [
        ['Ninguna por ahora', 'none'],
        ['Terapia o consejería semanal', 'weekly'],
        ['Salí hace poco del hospital o de un programa de hospitalización parcial', 'hospital'],
        ['Otro tipo de atención', 'other'],
      ],
      'weekly-enough': [
        ['Sí, ha sido suficiente', 'yes'],
        ['No, necesito más apoyo', 'no'],
        ['No estoy seguro(a)', 'unsure'],
      ],
      'safe-home': [
        ['Sí', 'yes'],
        ['No', 'no'],
        ['No estoy seguro(a)', 'unsure'],
      ],
      attend: [
        ['Sí', 'yes'],
        ['Tal vez, con algunos cambios', 'maybe'],
        ['No', 'no'],
      ],
      support: [
        ['Sí', 'yes'],
        ['Algo de apoyo', 'some'],
        ['No', 'no'],
      ],
    },
    parent: {
      care: [
        ['Ninguna por ahora', 'none'],
        ['Terapia o consejería semanal', 'weekly'],
        ['Mi hijo(a) salió hace poco del hospital o de un programa de hospitalización parcial', 'hospital'],
        ['Otro tipo de atención', 'other'],
      ],
      'weekly-enough': [
        ['Sí, ha sido suficiente', 'yes'],
        ['No, mi hijo(a) necesita más apoyo', 'no'],
        ['No estoy seguro(a)', 'unsure'],
      ],
      'safe-home': [
        ['Sí', 'yes'],
        ['No', 'no'],
        ['No estoy seguro(a)', 'unsure'],
      ],
      attend: [
        ['Sí', 'yes'],
        ['Tal vez, con algunos cambios', 'maybe'],
        ['No', 'no'],
      ],
      support: [
        ['Sí', 'yes'],
        ['Algo de apoyo', 'some'],
        ['No', 'no'],
      ],
    },
  },
};

/** Written out rather than taken from PHQ_IDS/GAD_IDS, which are code under test too. */
const SCREENER_IDS: QuestionId[] = [
  'phq1',
  'phq2',
  'phq3',
  'phq4',
  'phq5',
  'phq6',
  'phq7',
  'phq8',
  'phq9',
  'gad1',
  'gad2',
  'gad3',
  'gad4',
  'gad5',
  'gad6',
  'gad7',
];
const LANGUAGES: Array<['en' | 'es', QuestionTexts]> = [
  ['en', QUESTIONS_EN],
  ['es', SELF_CHECK_ES.questions],
];
const AUDIENCES: Audience[] = ['adult', 'youth', 'parent'];

const shown = (id: QuestionId, audience: Audience, texts: QuestionTexts): Table =>
  getQuestion(id, audience, texts).options.map((option) => [option.label, option.value]);

describe('answer labels carry the values the instrument defines', () => {
  for (const [lang, texts] of LANGUAGES) {
    for (const audience of AUDIENCES) {
      describe(`${lang}, ${audience}`, () => {
        it('every PHQ-9 and GAD-7 item: the four frequency answers, scored 0-3, in their natural order', () => {
          for (const id of SCREENER_IDS) expect(shown(id, audience, texts), id).to.deep.equal(FREQUENCY[lang]);
        });

        it('the difficulty question: its four answers, 0-3', () => {
          expect(shown('difficulty', audience, texts)).to.deep.equal(DIFFICULTY[lang]);
        });

        for (const [id, table] of Object.entries(CONTEXT[lang][audience])) {
          it(`${id}: each label carries its meaning`, () => {
            expect(shown(id as QuestionId, audience, texts)).to.deep.equal(table);
          });
        }
      });
    }
  }
});
