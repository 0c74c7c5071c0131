import { expect } from '@open-wc/testing';
import { readBenefitsConfig } from '../../src/benefits/config.js';
import { BENEFIT_IDS, checkContent, DEFAULT_CONTENT, mergeContent, selectBenefits } from '../../src/benefits/content.js';

describe('benefits configuration (pure)', () => {
  it('defaults: accordion, level 2, all seven benefits, nothing open, no CTA, no problems', () => {
    const config = readBenefitsConfig({});
    expect(config.layout).to.equal('accordion');
    expect(config.headingLevel).to.equal(2);
    expect(config.benefits.map((b) => b.id)).to.deep.equal(BENEFIT_IDS);
    expect(BENEFIT_IDS).to.have.length(7);
    expect(config.open).to.deep.equal([]);
    expect(config.cta).to.equal(null);
    expect(config.problems).to.deep.equal([]);
  });

  it('the content covers the four levels of care with their hours', () => {
    const hours = DEFAULT_CONTENT.levels.map((level) => level.hours).join(' | ');
    expect(DEFAULT_CONTENT.levels.map((level) => level.id)).to.deep.equal(['weekly', 'iop', 'php', 'inpatient']);
    expect(hours).to.contain('Less than 9 hours');
    expect(hours).to.contain('9 to 19 hours');
    expect(hours).to.contain('20 or more hours');
  });

  it('names CBT, DBT, ACT and trauma-informed care', () => {
    const body = DEFAULT_CONTENT.benefits.find((b) => b.id === 'evidence-based')!.body;
    for (const term of ['CBT', 'DBT', 'ACT', 'trauma-informed']) expect(body).to.contain(term);
  });

  it('reads layout, heading level and heading', () => {
    const config = readBenefitsConfig({ layout: 'Grid', headingLevel: '3', heading: '  Our IOP  ' });
    expect(config.layout).to.equal('grid');
    expect(config.headingLevel).to.equal(3);
    expect(config.content.heading).to.equal('Our IOP');
    expect(config.problems).to.deep.equal([]);
  });

  it('falls back and names the attribute for a bad layout or heading level', () => {
    const config = readBenefitsConfig({ layout: 'carousel', headingLevel: '9' });
    expect(config.layout).to.equal('accordion');
    expect(config.headingLevel).to.equal(2);
    expect(config.problems[0]).to.match(/^layout "carousel" is not one of accordion, grid, list/);
    expect(config.problems[1]).to.match(/^heading-level "9"/);
  });

  it('shows benefits in the order given and reports unknown ids', () => {
    const config = readBenefitsConfig({ benefits: 'family, structure nope structure' });
    expect(config.benefits.map((b) => b.id)).to.deep.equal(['family', 'structure']);
    expect(config.problems).to.have.length(1);
    expect(config.problems[0]).to.contain('"nope"');
  });

  it('shows all benefits when every id is unknown rather than an empty section', () => {
    const config = readBenefitsConfig({ benefits: 'nope' });
    expect(config.benefits).to.have.length(7);
    expect(config.problems[0]).to.contain('unknown id');
  });

  it('keeps only open ids that are shown', () => {
    const config = readBenefitsConfig({ benefits: 'family skills', open: 'skills structure' });
    expect(config.open).to.deep.equal(['skills']);
    expect(config.problems[0]).to.contain('open: no shown benefit has the id(s) "structure"');
  });

  describe('call to action', () => {
    it('accepts safe URLs', () => {
      for (const href of ['https://clinic.example/iop', '/contact', 'tel:+15555550100', 'mailto:intake@clinic.example']) {
        expect(readBenefitsConfig({ ctaLabel: 'Call us', ctaHref: href }).cta).to.deep.equal({ label: 'Call us', href });
      }
    });

    it('drops javascript:, data: and other schemes with a problem naming cta-href', () => {
      for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x']) {
        const config = readBenefitsConfig({ ctaLabel: 'Call us', ctaHref: href });
        expect(config.cta).to.equal(null);
        expect(config.problems[0]).to.match(/^cta-href/);
      }
    });

    it('needs both a label and an href', () => {
      expect(readBenefitsConfig({ ctaLabel: 'Call us' }).problems).to.deep.equal(['a button needs both cta-label and cta-href']);
      expect(readBenefitsConfig({ ctaHref: '/x' }).problems).to.deep.equal(['a button needs both cta-label and cta-href']);
      expect(readBenefitsConfig({ ctaLabel: 'Call us', ctaHref: 'javascript:x' }).problems).to.have.length(1);
      expect(readBenefitsConfig({ ctaLabel: '   ', ctaHref: '/x' }).cta).to.equal(null);
    });
  });

  describe('content JSON', () => {
    it('replaces texts of known benefits and appends new ones', () => {
      const config = readBenefitsConfig({
        content: JSON.stringify({
          heading: 'Why our IOP',
          benefits: [
            { id: 'family', title: 'Families welcome' },
            { id: 'nutrition', title: 'Nutrition support', body: 'A dietitian joins your team.' },
          ],
        }),
      });
      expect(config.problems).to.deep.equal([]);
      expect(config.content.heading).to.equal('Why our IOP');
      const family = config.benefits.find((b) => b.id === 'family')!;
      expect(family.title).to.equal('Families welcome');
      expect(family.body).to.equal(DEFAULT_CONTENT.benefits.find((b) => b.id === 'family')!.body);
      expect(config.benefits.at(-1)).to.deep.equal({ id: 'nutrition', title: 'Nutrition support', body: 'A dietitian joins your team.' });
    });

    it('does not change the shared defaults when merging', () => {
      mergeContent(DEFAULT_CONTENT, { benefits: [{ id: 'family', title: 'Changed' }] });
      expect(DEFAULT_CONTENT.benefits.find((b) => b.id === 'family')!.title).to.equal('Family involvement and education');
    });

    const invalid: Array<[string, string]> = [
      ['not json', 'content is not valid JSON'],
      ['[]', 'content must be an object'],
      ['{"colour":"red"}', 'content has an unknown key "colour" (allowed: heading, about, benefits)'],
      ['{"heading":42}', 'content.heading must be non-empty text'],
      ['{"heading":"  "}', 'content.heading must be non-empty text'],
      ['{"about":"one paragraph"}', 'content.about must be a non-empty list'],
      ['{"about":[]}', 'content.about must be a non-empty list'],
      ['{"about":[1]}', 'content.about[0] must be non-empty text'],
      ['{"benefits":{}}', 'content.benefits must be a non-empty list'],
      ['{"benefits":["x"]}', 'content.benefits[0] must be an object'],
      ['{"benefits":[{"id":"Bad Id","title":"t","body":"b"}]}', 'content.benefits[0].id must be lowercase letters, digits and dashes'],
      ['{"benefits":[{"id":"x","title":"t"}]}', 'the new benefit "x" needs a title and a body'],
      ['{"benefits":[{"id":"family","title":"a"},{"id":"family","title":"b"}]}', 'benefit "family" appears twice'],
      [JSON.stringify({ heading: 'x'.repeat(2001) }), 'content.heading is longer than 2000 characters'],
    ];
    for (const [json, message] of invalid) {
      it(`rejects ${json.slice(0, 50)} with "${message}" and keeps the defaults`, () => {
        const config = readBenefitsConfig({ content: json });
        expect(config.content).to.equal(DEFAULT_CONTENT);
        expect(config.problems).to.have.length(1);
        expect(config.problems[0]).to.match(/^content\b/);
        expect(config.problems[0]).to.contain(message);
      });
    }

    it('keeps markup in content as plain text data (rendering escapes it)', () => {
      expect(checkContent({ heading: '<img src=x onerror=alert(1)>' }, 'content')).to.equal(null);
    });
  });

  it('selectBenefits with no ids returns everything', () => {
    expect(selectBenefits(DEFAULT_CONTENT.benefits, []).benefits).to.equal(DEFAULT_CONTENT.benefits);
  });
});
