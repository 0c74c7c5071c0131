import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-cards/define.js';
import { preferReducedMotion, shadow, widgetsRendered } from '../helpers.js';

const ARTICLES = JSON.stringify(['One', 'Two', 'Three', 'Four', 'Five'].map((title, i) => ({ title, url: `/${i}` })));

/**
 * How far the carousel has moved toward its inline end, in pixels, whatever the writing direction:
 * scrollLeft grows from 0 in a left-to-right page and falls from 0 to negative values in a
 * right-to-left one.
 */
const progress = (track: HTMLElement) => (getComputedStyle(track).direction === 'rtl' ? -track.scrollLeft : track.scrollLeft);

/** Resolves once `read()` has changed from `before` and kept still for two frames (scroll snapping done). */
async function settled(read: () => number, before: number, message: string): Promise<number> {
  await waitUntil(() => read() !== before, message, { timeout: 3000 });
  let last = read();
  for (let still = 0; still < 2;) {
    await new Promise(requestAnimationFrame);
    still = read() === last ? still + 1 : 0;
    last = read();
  }
  return last;
}

async function carousel(dir: 'ltr' | 'rtl') {
  const wrapper = await fixture(
    html`<div dir=${dir} style="width: 400px"><iop-article-cards articles=${ARTICLES} layout="carousel" sort="given"></iop-article-cards></div>`,
  );
  await widgetsRendered(wrapper);
  const el = wrapper.querySelector('iop-article-cards')!;
  const track = shadow(el).querySelector<HTMLElement>('.track')!;
  const [previous, next] = [...shadow(el).querySelectorAll<HTMLButtonElement>('.frame > button')];
  return { el, track, previous, next };
}

describe('carousel scrolling in both writing directions', () => {
  before(() => preferReducedMotion());
  after(() => preferReducedMotion(false));

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: Next moves toward the inline end, Previous back toward the start`, async () => {
      const { track, previous, next } = await carousel(dir);
      expect(track.scrollWidth, 'the track overflows').to.be.greaterThan(track.clientWidth);
      expect(progress(track), 'starts at the first card').to.equal(0);
      const firstCard = track.querySelector('li')!;
      const startX = firstCard.getBoundingClientRect().x;

      next.click();
      const afterNext = await settled(() => progress(track), 0, 'Next did not move the carousel');
      expect(afterNext, 'Next moved forward, by about one card').to.be.greaterThan(100);
      // What the visitor sees: the first card slides out toward the start side of the page.
      const moved = firstCard.getBoundingClientRect().x - startX;
      expect(dir === 'rtl' ? moved : -moved, 'first card moved toward the start side').to.be.greaterThan(100);

      next.click();
      const afterTwo = await settled(() => progress(track), afterNext, 'a second Next did not move on');
      expect(afterTwo).to.be.greaterThan(afterNext);

      previous.click();
      const back = await settled(() => progress(track), afterTwo, 'Previous did not move back');
      expect(back, 'Previous moved back one card').to.be.closeTo(afterNext, 2);
      previous.click();
      expect(await settled(() => progress(track), back, 'Previous did not reach the start'), 'back at the start').to.equal(0);
    });

    it(`${dir}: the arrow keys move the way they point`, async () => {
      const { track } = await carousel(dir);
      track.focus();
      // The arrow pointing at the inline end: right in English, left in Arabic or Hebrew.
      const [toEnd, toStart] = dir === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
      await sendKeys({ press: toEnd });
      const forward = await settled(() => progress(track), 0, `${toEnd} did not move toward the end`);
      expect(forward).to.be.greaterThan(100);
      await sendKeys({ press: toStart });
      expect(await settled(() => progress(track), forward, `${toStart} did not move back`)).to.equal(0);
    });
  }
});
