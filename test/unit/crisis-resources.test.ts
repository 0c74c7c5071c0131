import { expect } from '@open-wc/testing';
import { checkResources, CRISIS_EN, readResources } from '../../src/crisis-help/resources.js';

// DOM-free, so they also run in Node, where Stryker mutates resources.ts.
describe('crisis resources (pure)', () => {
  it('the US defaults: 988 call, text and chat, Crisis Text Line, 911 (clinical.md, by hand)', () => {
    const links = CRISIS_EN.resources.flatMap((resource) => resource.actions.map((action) => [action.label, action.href]));
    expect(links).to.deep.equal([
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Chat at 988lifeline.org', 'https://988lifeline.org/chat/'],
      ['Text HOME to 741741', 'sms:741741?body=HOME'],
      ['Call 911', 'tel:911'],
    ]);
  });

  describe('checkResources (pure)', () => {
    const invalid: Array<[unknown, string]> = [
      [{}, 'r must be a non-empty list'],
      [[], 'r must be a non-empty list'],
      [['x'], 'r[0] must be an object'],
      [[{ actions: [] }], 'r[0].name must be non-empty text'],
      [[{ name: 'A', actions: [] }], 'r[0].actions must be a non-empty list'],
      [[{ name: 'A', actions: [{ label: 'x' }] }], 'r[0].actions[0].href must be non-empty text'],
      [[{ name: 'A', note: 5, actions: [{ label: 'x', href: 'tel:1' }] }], 'r[0].note must be non-empty text'],
      [[{ name: 'A', extra: 1, actions: [{ label: 'x', href: 'tel:1' }] }], 'r[0] has an unknown key "extra"'],
      [[{ name: 'x'.repeat(301), actions: [{ label: 'x', href: 'tel:1' }] }], 'r[0].name is longer than 300 characters'],
      [Array.from({ length: 13 }, () => ({ name: 'A', actions: [{ label: 'x', href: 'tel:1' }] })), 'r has more than 12 items'],
    ];
    for (const [data, message] of invalid) {
      it(`rejects ${JSON.stringify(data).slice(0, 60)}`, () => {
        expect(checkResources(data, 'r')).to.contain(message);
      });
    }
    it('accepts tel:, sms: and https:', () => {
      const data = [
        {
          name: 'A',
          actions: [
            { label: 'a', href: 'tel:1' },
            { label: 'b', href: 'sms:1' },
            { label: 'c', href: 'https://a.example' },
          ],
        },
      ];
      expect(checkResources(data, 'r')).to.equal(null);
    });
  });

  describe('readResources (pure)', () => {
    const one = (href: string) => JSON.stringify([{ name: 'A', actions: [{ label: 'a', href }] }]);
    for (const href of ['http://insecure.example', 'data:text/html,hi', '/relative', 'javascript:alert(1)', 'mailto:a@b.example', 'tel:', 'https://']) {
      it(`leaves out ${href}, then falls back to the defaults when nothing is left`, () => {
        const problems: string[] = [];
        expect(readResources(one(href), problems)).to.equal(null);
        expect(problems[0]).to.contain('is not a tel:, sms: or https: link');
        expect(problems.at(-1)).to.contain('showing the default (US) resources');
      });
    }
    it('keeps tel:, sms: and https: links, trimmed', () => {
      const problems: string[] = [];
      const kept = readResources(
        JSON.stringify([
          {
            name: 'A',
            actions: [
              { label: 'a', href: ' tel:1 ' },
              { label: 'b', href: 'https://a.example/x' },
            ],
          },
        ]),
        problems,
      );
      expect(kept).to.deep.equal([
        {
          name: 'A',
          actions: [
            { label: 'a', href: 'tel:1' },
            { label: 'b', href: 'https://a.example/x' },
          ],
        },
      ]);
      expect(problems).to.deep.equal([]);
    });
    it('a wrong shape keeps the defaults and names the problem', () => {
      const problems: string[] = [];
      expect(readResources('[{"name": "A"}]', problems)).to.equal(null);
      expect(problems).to.deep.equal(['resources[0].actions must be a non-empty list; showing the default (US) resources']);
    });
  });
});
