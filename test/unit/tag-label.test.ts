import { expect } from '@open-wc/testing';
import { tagLabel } from '../../src/article-cards/tag-label.js';

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
