import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { tagLabel, unicodeTagLabel } from '../../src/article-cards/tag-label.js';
import { regexesUsedBy } from './regexes-used.js';

describe('tagLabel: topics as a person reads them', () => {
  it('splits PascalCase tags into words, keeping acronyms together', () => {
    expect(tagLabel('IntensiveOutpatientProgram')).to.equal('Intensive Outpatient Program');
    expect(tagLabel('LongTermRecovery')).to.equal('Long Term Recovery');
    expect(tagLabel('DBTSkills')).to.equal('DBT Skills');
    expect(tagLabel('ÁreaDeSalud')).to.equal('Área De Salud');
  });

  it('leaves acronyms, single words, phrases and lower-case brands alone', () => {
    for (const tag of ['IOP', 'DBT', 'Family', 'family support', 'Family Support', 'iPhone', '', 'CBT-I']) expect(tagLabel(tag)).to.equal(tag);
  });
});

describe('tagLabel: the ASCII path gives what the Unicode path gives', () => {
  const TAGS = [
    'IntensiveOutpatientProgram',
    'DBTSkills',
    'IOP',
    'CBT-I',
    'Family',
    'family support',
    'Family Support',
    'iPhone',
    '',
    'Top10Tips',
    'Covid19Care',
    'A',
    'AB',
    'ABc',
    'aBC',
    'X1Y2',
    'Mind&BodyCare',
    'Step\tByStep',
    'Tab\u0001Stop',
    'ÁreaDeSalud',
    'SaludMentalÉxito',
    'NiñosYAdolescentes',
    'ÉXITOTotal',
    'Café',
    'ǅemalSalud',
    '١٢٣Test',
  ];

  it('for ASCII and non-ASCII tags alike', () => {
    for (const tag of TAGS) expect(tagLabel(tag), JSON.stringify(tag)).to.equal(unicodeTagLabel(tag));
    expect(tagLabel('Top10Tips')).to.equal('Top10 Tips');
    expect(tagLabel('SaludMentalÉxito')).to.equal('Salud Mental Éxito');
  });

  it('for any ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'AZaz09 -_\t\u0001\u007f'.split('')), maxLength: 12 }), (tag) => {
        expect(tagLabel(tag), JSON.stringify(tag)).to.equal(unicodeTagLabel(tag));
      }),
    );
  });

  it('an ASCII tag goes through no Unicode (u flag) regex', () => {
    const used = regexesUsedBy(() => {
      for (const tag of ['IntensiveOutpatientProgram', 'DBTSkills', 'family support', 'iPhone']) tagLabel(tag);
    });
    expect(used.length).to.be.greaterThan(0);
    expect(used.filter((regex) => regex.unicode).map(String)).to.deep.equal([]);
  });
});
