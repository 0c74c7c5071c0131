import { expect } from '@open-wc/testing';
import { assess, gadBand, phqBand, RESULT_LEVELS, type Reason } from '../../src/self-check/assess.js';
import { GAD_IDS, PHQ_IDS, type Answers } from '../../src/self-check/questions.js';

/** Answers that give each PHQ/GAD item the listed value (missing items: unanswered). */
function screener(phq: number[], gad: number[]): Answers {
  const answers: Answers = {};
  phq.forEach((value, i) => (answers[PHQ_IDS[i]] = String(value)));
  gad.forEach((value, i) => (answers[GAD_IDS[i]] = String(value)));
  return answers;
}
/** Full PHQ-9 summing to `total` with item 9 at `selfHarm` (raised only when 25+ needs it). */
function phqTotal(total: number, selfHarm = 0): number[] {
  const items = [0, 0, 0, 0, 0, 0, 0, 0, Math.max(selfHarm, total - 24)];
  let left = total - items[8];
  for (let i = 0; i < 8 && left > 0; i++) {
    items[i] = Math.min(3, left);
    left -= items[i];
  }
  return items;
}
const gadTotal = (total: number) =>
  phqTotal(total)
    .slice(0, 7)
    .map((_, i) => Math.min(3, Math.max(0, total - 3 * i)));
const context = { care: 'none', 'safe-home': 'yes', attend: 'yes', support: 'yes' } as const;

describe('self-check scoring (pure)', () => {
  describe('bands at every boundary', () => {
    const phq: Array<[number, string]> = [
      [0, 'minimal'],
      [4, 'minimal'],
      [5, 'mild'],
      [9, 'mild'],
      [10, 'moderate'],
      [14, 'moderate'],
      [15, 'moderately-severe'],
      [19, 'moderately-severe'],
      [20, 'severe'],
      [27, 'severe'],
    ];
    for (const [total, band] of phq) it(`PHQ-9 ${total} is ${band}`, () => expect(phqBand(total)).to.equal(band));
    const gad: Array<[number, string]> = [
      [0, 'minimal'],
      [4, 'minimal'],
      [5, 'mild'],
      [9, 'mild'],
      [10, 'moderate'],
      [14, 'moderate'],
      [15, 'severe'],
      [21, 'severe'],
    ];
    for (const [total, band] of gad) it(`GAD-7 ${total} is ${band}`, () => expect(gadBand(total)).to.equal(band));

    it('the helpers build the totals they claim', () => {
      for (let t = 0; t <= 27; t++) expect(phqTotal(t).reduce((a, b) => a + b)).to.equal(t);
      for (let t = 0; t <= 21; t++) expect(gadTotal(t).reduce((a, b) => a + b)).to.equal(t);
    });

    it('full tools report score, max and band from real answers', () => {
      for (let t = 0; t <= 27; t++) {
        const [phq] = assess({ ...screener(phqTotal(t), gadTotal(0)), ...context }).scores;
        expect(phq).to.deep.equal({ tool: 'PHQ-9', score: t, max: 27, band: phqBand(t) });
      }
      for (let t = 0; t <= 21; t++) {
        const [, gad] = assess({ ...screener(phqTotal(0), gadTotal(t)), ...context }).scores;
        expect(gad).to.deep.equal({ tool: 'GAD-7', score: t, max: 21, band: gadBand(t) });
      }
    });

    it('2-item screens are positive from 3 (2/3 boundary)', () => {
      const at = (phq2: number[], gad2: number[]) => assess({ ...screener([...phq2], [...gad2]), phq9: '0', ...context }).scores;
      expect(at([1, 1], [2, 0])[0]).to.deep.equal({ tool: 'PHQ-2', score: 2, max: 6, positive: false });
      expect(at([1, 1], [2, 0])[1]).to.deep.equal({ tool: 'GAD-2', score: 2, max: 6, positive: false });
      expect(at([2, 1], [0, 3])[0]).to.deep.equal({ tool: 'PHQ-2', score: 3, max: 6, positive: true });
      expect(at([2, 1], [0, 3])[1]).to.deep.equal({ tool: 'GAD-2', score: 3, max: 6, positive: true });
    });
  });

  describe('result levels', () => {
    const level = (answers: Answers) => assess(answers).level;

    it('get-help-now when self-harm thoughts are on more than half the days or nearly every day, whatever else', () => {
      for (const selfHarm of [2, 3]) {
        const result = assess({ ...screener(phqTotal(selfHarm, selfHarm), gadTotal(0)), ...context });
        expect(result.level).to.equal('get-help-now');
        // Rule 7: the frequency is reported as answered, not rounded down.
        expect(result.reasons).to.deep.equal([selfHarm === 3 ? 'self-harm-nearly-every-day' : 'self-harm-more-than-half']);
        expect(result.selfHarm).to.equal(selfHarm);
      }
      expect(level({ phq1: '0', phq2: '0', phq9: '2' })).to.equal('get-help-now');
    });

    it('self-harm on several days is a reason on any other result', () => {
      const result = assess({ ...screener(phqTotal(1, 1), gadTotal(0)), ...context });
      expect(result.level).to.not.equal('get-help-now');
      expect(result.reasons[0]).to.equal('self-harm-several-days');
    });

    it('more-support-than-iop when the visitor cannot stay safe at home', () => {
      const result = assess({ ...screener(phqTotal(12), gadTotal(3)), ...context, 'safe-home': 'no' });
      expect(result.level).to.equal('more-support-than-iop');
      expect(result.reasons).to.include('unsafe-at-home');
    });

    it('get-help-now when the visitor cannot stay safe at home and had any self-harm thoughts', () => {
      for (const selfHarm of [1, 2, 3]) {
        const result = assess({ ...screener(phqTotal(3 + selfHarm, selfHarm), gadTotal(0)), ...context, 'safe-home': 'no' });
        expect(result.level, `item 9 at ${selfHarm}`).to.equal('get-help-now');
        expect(result.reasons[0]).to.match(/^self-harm-/);
      }
      // "Not sure" about safety is not enough on its own for "get help now".
      expect(level({ ...screener(phqTotal(2, 1), gadTotal(0)), ...context, 'safe-home': 'unsure' })).to.not.equal('get-help-now');
    });

    it('more-support-than-iop for severe symptoms when safety at home is uncertain', () => {
      expect(level({ ...screener(phqTotal(15), gadTotal(0)), ...context, 'safe-home': 'unsure' })).to.equal('more-support-than-iop');
      expect(level({ ...screener(phqTotal(0), gadTotal(15)), ...context, 'safe-home': 'unsure' })).to.equal('more-support-than-iop');
      // Moderate symptoms and unsure: not routed away from an IOP by that alone.
      expect(level({ ...screener(phqTotal(14), gadTotal(0)), ...context, 'safe-home': 'unsure', difficulty: '2' })).to.equal('iop-may-fit');
    });

    it('iop-may-fit for moderate symptoms with daily life very hard', () => {
      const result = assess({ ...screener(phqTotal(10), gadTotal(0)), difficulty: '2', ...context });
      expect(result.level).to.equal('iop-may-fit');
      expect(result.reasons).to.deep.equal(['depression-elevated', 'daily-life-very-hard'] satisfies Reason[]);
    });

    it('iop-may-fit when weekly therapy is not enough and anxiety is moderate', () => {
      const result = assess({ ...screener(phqTotal(3), gadTotal(10)), difficulty: '1', ...context, care: 'weekly', 'weekly-enough': 'no' });
      expect(result.level).to.equal('iop-may-fit');
      expect(result.reasons).to.include.members(['anxiety-elevated', 'weekly-not-enough']);
    });

    it('iop-may-fit when stepping down from hospital with any symptoms', () => {
      expect(level({ ...screener(phqTotal(5), gadTotal(0)), difficulty: '1', ...context, care: 'hospital' })).to.equal('iop-may-fit');
    });

    it('iop-may-fit still names the obstacles: hours and support', () => {
      const result = assess({ ...screener(phqTotal(16), gadTotal(12)), difficulty: '3', ...context, attend: 'no', support: 'no' });
      expect(result.level).to.equal('iop-may-fit');
      expect(result.reasons).to.include.members(['hard-to-attend', 'little-support']);
    });

    it('weekly-therapy-may-fit for one signal or mild symptoms (9/10 boundary)', () => {
      expect(level({ ...screener(phqTotal(10), gadTotal(0)), difficulty: '1', ...context })).to.equal('weekly-therapy-may-fit');
      const mild = assess({ ...screener(phqTotal(9), gadTotal(9)), difficulty: '1', ...context });
      expect(mild.level).to.equal('weekly-therapy-may-fit');
      expect(mild.reasons).to.include.members(['daily-life-somewhat-hard', 'mild-symptoms']);
    });

    it('no-clear-need for minimal symptoms and no difficulty', () => {
      const result = assess({ ...screener([0, 0], [0, 0]), phq9: '0', ...context });
      expect(result.level).to.equal('no-clear-need');
      expect(result.reasons).to.deep.equal(['few-symptoms']);
    });

    it('every level is reachable', () => {
      const seen = new Set([
        level({ phq9: '3' }),
        level({ ...context, 'safe-home': 'no' }),
        level({ ...screener(phqTotal(12), gadTotal(0)), difficulty: '2', ...context }),
        level({ ...screener(phqTotal(6), gadTotal(0)), difficulty: '1', ...context }),
        level({ ...screener(phqTotal(0), gadTotal(0)), ...context }),
      ]);
      expect([...seen].sort()).to.deep.equal([...RESULT_LEVELS].sort());
    });
  });
});
