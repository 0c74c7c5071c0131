// Measures 1,000 article cards in headless Chromium with the built bundle: time to create them
// (attribute set -> rendered and painted) and to update them (re-sort), with and without
// content-visibility. Medians of 15 runs (the machine is shared and noisy). Run after `npm run build`: `npm run bench:cards (bench/cards.mjs)`.
import { existsSync } from 'node:fs';
import { launch } from '../scripts/check/page-check.mjs';
import { startServer } from '../scripts/lib/serve.mjs';

if (!existsSync('dist/iop-widgets.js')) {
  console.error('dist/iop-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
const RUNS = 15;
const server = await startServer({ root: '.' });
const { browser, context } = await launch();
const page = await context.newPage();
await page.setViewportSize({ width: 1280, height: 800 });
await page.goto(`http://127.0.0.1:${server.address().port}/demo/embed-check.html`);
await page.waitForFunction(() => customElements.get('iop-article-cards'));

const results = await page.evaluate(async (runs) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  // Right after the browser paints the next frame: a task queued from its animation frame runs
  // once that frame's rendering is done. The same mark as `npm run bench`'s render times; a second
  // animation frame would add up to a whole frame of waiting to every number.
  const painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      }),
    );
  // Under the `articles` attribute's 200,000-character limit (src/core/json.ts): over it, the
  // element shows its error message instead, and the bench would time that (it once did).
  const articles = JSON.stringify(
    Array.from({ length: 1000 }, (_, i) => ({
      title: `Article ${i}: how an IOP can help`,
      url: `/blog/${i}`,
      date: new Date(Date.UTC(2025, 0, 1) - i * 86400000).toISOString().slice(0, 10),
      excerpt: 'A short summary that wraps over two lines on a narrow card.',
      tags: [`Topic${i % 7}`, 'IOP'],
      readingTime: (i % 9) + 1,
    })),
  );
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const measure = async (visible) => {
    const create = [];
    const update = [];
    for (let run = 0; run < runs; run++) {
      const el = document.createElement('iop-article-cards');
      document.body.append(el);
      if (visible) {
        const style = document.createElement('style');
        style.textContent = 'iop-article-cards.visible::part(card) { content-visibility: visible; }';
        document.head.append(style);
        el.classList.add('visible');
      }
      await frame();
      let start = performance.now();
      el.setAttribute('articles', articles);
      await el.updateComplete;
      await painted();
      create.push(performance.now() - start);
      const cards = el.shadowRoot.querySelectorAll('[part~="card"]').length;
      if (cards !== 1000) throw new Error(`expected 1,000 cards, the element drew ${cards}: ${el.shadowRoot.textContent.trim().slice(0, 120)}`);
      start = performance.now();
      el.setAttribute('sort', 'oldest');
      await el.updateComplete;
      await painted();
      update.push(performance.now() - start);
      el.remove();
    }
    return { create: median(create), update: median(update) };
  };
  return { auto: await measure(false), visible: await measure(true) };
}, RUNS);

await browser.close();
server.close();
const ms = (n) => `${n.toFixed(0)} ms`;
console.log(`1,000 cards, median of ${RUNS} runs (Chromium, 1280x800):`);
console.log(`  content-visibility: auto    create ${ms(results.auto.create)}, update ${ms(results.auto.update)}`);
console.log(`  content-visibility: visible create ${ms(results.visible.create)}, update ${ms(results.visible.update)}`);
