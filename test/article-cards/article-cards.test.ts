import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-cards/define.js';
import type { IopArticleCards } from '../../src/article-cards/article-cards.js';
import { clearFeedCache } from '../../src/article-cards/load.js';
import { BAD_URLS, XSS_TEXT } from '../fixtures/hostile.js';
import { accessibleNodes, captureWarnings, deepActiveElement, itChromiumOnly, preferReducedMotion, shadow, widgetsRendered } from '../helpers.js';

const ARTICLES = [
  {
    title: 'How IOPs support long-term recovery',
    url: '/blog/iop',
    date: '2025-05-13',
    tags: ['IOP', 'Recovery'],
    excerpt: 'Structured care.',
    readingTime: 6,
    image: '/img/iop.jpg',
    imageAlt: '',
    imageWidth: 800,
    imageHeight: 450,
  },
  { title: 'Family involvement in treatment', url: '/blog/family', date: '2025-04-02', tags: ['Family'], author: 'Ana Ruiz' },
  { title: 'Skills for stressful days', url: '/blog/skills', date: '2025-03-20', tags: ['Skills', 'IOP'] },
  { title: 'Going back to work after a hospital stay', url: '/blog/work', date: '2025-02-11', tags: ['Recovery'] },
];
const json = JSON.stringify(ARTICLES);
const titles = (el: Element) => [...shadow(el).querySelectorAll('.card [part=title]')].map((h) => h.textContent!.trim());

/** Replaces fetch for one test; each call answers with the next response (or waits forever). */
function stubFetch(...answers: Array<(() => Response) | 'hang'>) {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(input));
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (answer === 'hang') {
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    return Promise.resolve(answer());
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}
const feedResponse =
  (body = json, type = 'application/json') =>
  () =>
    new Response(body, { headers: { 'content-type': type } });

describe('<iop-article-cards>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clearFeedCache();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('from the articles attribute', () => {
    /** The elements under `node`, as tag.class[part](children): what a card draws, text aside. */
    const outline = (node: Element): string => {
      const children = [...node.children].map(outline).join(',');
      const cls = node.getAttribute('class') ? `.${node.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
      const part = node.getAttribute('part') ? `[${node.getAttribute('part')}]` : '';
      return `${node.localName}${cls}${part}${children ? `(${children})` : ''}`;
    };

    it('each card shape draws the same elements as one template per part did, with every value as text', async () => {
      const articles = [
        { ...ARTICLES[0], author: 'Ana', date: '2025-05-13' },
        { title: 'Only a title', date: '2025-05-12' },
        { title: 'Author, no date', author: 'Ana Ruiz', tags: ['A', 'B', 'C', 'D'], date: 'not a date' },
        // Data that looks like the template's own markup or its value marker stays text.
        { title: 'A ~ b <i>x</i> ${y} </h3>', url: '/blog/~', excerpt: '~~ <p part="link">', tags: ['~'], date: '2025-05-10' },
      ];
      const el = await fixture<IopArticleCards>(html`<iop-article-cards heading-level="2" articles=${JSON.stringify(articles)}></iop-article-cards>`);
      const items = [...shadow(el).querySelectorAll('.cards > li')];
      expect(items.map(outline)).to.deep.equal([
        'li(article.card[card](img[image],div.body(h2[title](a[link]),p.meta[meta](time),p[excerpt],ul.tags[tags](li,li))))',
        'li(article.card[card](div.body(h2[title],p.meta[meta](time))))',
        'li(article.card[card](div.body(h2[title](a[link]),p.meta[meta](time),p[excerpt],ul.tags[tags](li))))',
        'li(article.card[card](div.body(h2[title],p.meta[meta],ul.tags[tags](li,li,li,li))))',
      ]);
      const [full, , marked, noDate] = items;
      expect(full!.querySelector('.meta')!.textContent).to.equal('May 13, 2025 · \u2068Ana\u2069 · 6 min read');
      expect(full!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-05-13');
      expect(full!.querySelector('img')!.getAttribute('width')).to.equal('800');
      expect(noDate!.querySelector('.meta')!.textContent).to.equal('\u2068Ana Ruiz\u2069');
      expect(marked!.querySelector('[part=title]')!.textContent).to.equal('A ~ b <i>x</i> ${y} </h3>');
      expect(marked!.querySelector('a')!.getAttribute('href')).to.equal('/blog/~');
      expect(marked!.querySelector('[part=excerpt]')!.textContent).to.equal('~~ <p part="link">');
      expect(marked!.querySelector('.tags')!.textContent).to.equal('~');
    });

    it('heading-level 2-6 draws that heading, the card link inside it', async () => {
      for (const [level, tag] of [
        ['2', 'h2'],
        ['6', 'h6'],
        ['4', 'h4'],
      ]) {
        const el = await fixture<IopArticleCards>(html`<iop-article-cards heading-level=${level!} articles=${json}></iop-article-cards>`);
        expect(shadow(el).querySelector('[part=title]')!.localName, level).to.equal(tag);
        expect(shadow(el).querySelectorAll(`.card > .body > ${tag}[part=title] > a[part=link]`).length).to.equal(ARTICLES.length);
      }
    });

    it('renders one card per article, newest first, each with one link covering it', async () => {
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${json}></iop-article-cards>`);
      expect(titles(el)).to.deep.equal(ARTICLES.map((a) => a.title));
      const first = shadow(el).querySelector('.card')!;
      expect(first.querySelectorAll('a')).to.have.length(1);
      expect(first.querySelector('a')!.getAttribute('href')).to.equal('/blog/iop');
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2025-05-13');
      expect(first.querySelector('[part=meta]')!.textContent).to.contain('6 min read');
      const img = first.querySelector('img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect([img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('alt')]).to.deep.equal(['800', '450', '']);
      // A short list renders fully; content-visibility is for long ones (see the 10,000 test).
      expect(getComputedStyle(first).contentVisibility).to.equal('visible');
      await expect(el).to.be.accessible();
    });

    it('formats dates in the page language, with its words (English dates while the Spanish words load)', async () => {
      const wrapper = await fixture(html`<div lang="es"><iop-article-cards articles=${json}></iop-article-cards></div>`);
      await widgetsRendered(wrapper);
      const el = wrapper.querySelector('iop-article-cards')!;
      await waitUntil(
        () => shadow(el).querySelector('time')!.textContent === '13 de mayo de 2025',
        `dates stayed ${shadow(el).querySelector('time')!.textContent}`,
      );
    });

    it('sort="oldest" and sort="given"', async () => {
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${json} sort="oldest"></iop-article-cards>`);
      expect(titles(el)[0]).to.equal('Going back to work after a hospital stay');
      el.sort = 'given';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(ARTICLES.map((a) => a.title));
    });

    it('list and carousel layouts', async () => {
      for (const layout of ['list', 'carousel'] as const) {
        const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${json} layout=${layout}></iop-article-cards>`);
        expect(shadow(el).querySelector(`ul.cards.${layout}`)).to.exist;
        await expect(el).to.be.accessible();
      }
    });

    it('fires a cancelable iop-article-open with url and title', async () => {
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${json}></iop-article-cards>`);
      el.addEventListener('iop-article-open', (event) => event.preventDefault(), { once: true });
      const link = shadow(el).querySelector<HTMLAnchorElement>('.card a')!;
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'iop-article-open');
      expect(event.detail).to.deep.equal({ url: '/blog/iop', title: ARTICLES[0].title });
      expect(event.defaultPrevented).to.equal(true);
    });

    it('Tab goes through the topic buttons, then each card once', async () => {
      const wrapper = await fixture(html`<div><button>before</button><iop-article-cards articles=${json}></iop-article-cards></div>`);
      await widgetsRendered(wrapper);
      const el = wrapper.querySelector('iop-article-cards')!;
      wrapper.querySelector('button')!.focus();
      const expected = [...shadow(el).querySelectorAll('[part=filters] button'), ...shadow(el).querySelectorAll('.card a')];
      expect(expected).to.have.length(8);
      for (const [index, target] of expected.entries()) {
        await sendKeys({ press: 'Tab' });
        // Compared by identity: chai would try to print a whole element tree on failure.
        expect(deepActiveElement() === target, `tab stop ${index}`).to.equal(true);
      }
    });
  });

  describe('topics, limit and show more', () => {
    itChromiumOnly('accessibility tree', 'topic chips are toggle buttons that filter, and announce the count', async () => {
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${json}></iop-article-cards>`);
      const chips = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=filters] button')];
      expect(chips.map((c) => c.textContent)).to.deep.equal(['IOP', 'Recovery', 'Family', 'Skills']);
      expect(shadow(el).querySelector('[part=filters]')!.getAttribute('role')).to.equal('group');
      chips[2].click();
      await el.updateComplete;
      expect(chips[2].getAttribute('aria-pressed')).to.equal('true');
      expect(titles(el)).to.deep.equal(['Family involvement in treatment']);
      expect(shadow(el).querySelector('.count')!.textContent).to.equal('Showing 1 of 4 articles');
      // What a screen reader hears: the topic alone (the check mark is decoration), and its state.
      const pressed = (await accessibleNodes('button')).filter((node) => node.pressed === true);
      expect(pressed.map((node) => node.name)).to.deep.equal(['Family']);
      await expect(el).to.be.accessible();
      chips[2].click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(4);
    });

    itChromiumOnly('accessibility tree', 'the # before each topic is seen, not spoken', async () => {
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${json}></iop-article-cards>`);
      const tag = shadow(el).querySelector('.tags li')!;
      expect(getComputedStyle(tag, '::before').content).to.contain('#');
      const spoken = (await accessibleNodes('StaticText')).map((node) => node.name);
      expect(spoken).to.include('Family');
      expect(spoken.filter((name) => name.includes('#'))).to.deep.equal([]);
    });

    it('tags preselects topics', async () => {
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${json} tags="#Skills, Family"></iop-article-cards>`);
      expect(titles(el)).to.deep.equal(['Family involvement in treatment', 'Skills for stressful days']);
    });

    it('limit cuts the list; show-more reveals the rest and moves focus to the first new card', async () => {
      const limited = await fixture<IopArticleCards>(html`<iop-article-cards articles=${json} limit="2"></iop-article-cards>`);
      expect(titles(limited)).to.have.length(2);
      expect(shadow(limited).querySelector('.more')).to.equal(null);
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${json} limit="2" show-more></iop-article-cards>`);
      const more = shadow(el).querySelector<HTMLButtonElement>('.more')!;
      expect(more.textContent).to.equal('Show 2 more articles');
      await expect(el).to.be.accessible();
      more.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(4);
      expect(deepActiveElement() === shadow(el).querySelectorAll('.card a')[2], 'focus on the first new card').to.equal(true);
      expect(shadow(el).querySelector('.more')).to.equal(null);
    });

    it('preselected topics that no article has are ignored', async () => {
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${json} tags="Nope"></iop-article-cards>`);
      expect(titles(el)).to.have.length(4);
    });
  });

  describe('narrow screens', () => {
    for (const layout of ['grid', 'list', 'carousel']) {
      it(`${layout}: nothing overflows 320 px`, async () => {
        const wrapper = await fixture(html`<div style="width: 320px"><iop-article-cards articles=${json} layout=${layout}></iop-article-cards></div>`);
        await widgetsRendered(wrapper);
        const el = wrapper.querySelector('iop-article-cards')!;
        const right = el.getBoundingClientRect().right + 0.5;
        for (const node of shadow(el).querySelectorAll('*')) {
          // The carousel, and the topic row on a phone (issue 19), scroll sideways by design; the row itself fits.
          if (node.closest('.track') || node.parentElement?.closest('.filters')) continue;
          expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right);
        }
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('carousel', () => {
    it('Previous/Next and the arrow keys scroll by a card', async () => {
      const wrapper = await fixture(html`<div style="width: 400px"><iop-article-cards articles=${json} layout="carousel"></iop-article-cards></div>`);
      await widgetsRendered(wrapper);
      const el = wrapper.querySelector('iop-article-cards')!;
      await emulateReducedMotion();
      const track = shadow(el).querySelector<HTMLElement>('.track')!;
      expect(track.scrollWidth).to.be.greaterThan(track.clientWidth);
      const [previous, next] = [...shadow(el).querySelectorAll<HTMLButtonElement>('.frame > button')];
      expect([previous.textContent, next.textContent]).to.deep.equal(['Previous articles', 'Next articles']);
      // Where a smooth scroll comes to rest (WebKit scrolls smoothly even when reduced motion is asked
      // for in Chromium only): the position once it has not changed for four checks in a row. One
      // unchanged check was not enough on a loaded machine: WebKit's smooth scroll can skip a frame
      // mid-way, and the test then read a position the scroll had not reached yet.
      const settle = async () => {
        let [last, still] = [track.scrollLeft, 0];
        for (let tries = 0; tries < 80 && still < 4; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          still = track.scrollLeft === last ? still + 1 : 0;
          last = track.scrollLeft;
        }
        return last;
      };
      next.click();
      await waitUntil(() => track.scrollLeft > 0, 'Next scrolled');
      const afterNext = await settle();
      track.focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => track.scrollLeft > afterNext, 'ArrowRight scrolled');
      // Back by a card, from where it is now: "Previous" scrolling forward (or not at all) fails here.
      const afterArrow = await settle();
      previous.click();
      await waitUntil(() => track.scrollLeft < afterArrow, 'Previous scrolled back');
      // Back by about a card (how far an arrow key moves differs between engines, so not to an exact spot;
      // test/article-cards/carousel.test.ts checks exact card positions in every engine).
      const card = (track.firstElementChild as HTMLElement).getBoundingClientRect().width;
      expect(afterArrow - (await settle()), 'Previous went back about one card').to.be.greaterThan(card / 2);
      track.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => track.scrollLeft < 2, 'ArrowLeft scrolled back to the first card', { timeout: 3000 });
      await expect(el).to.be.accessible();
    });
  });

  describe('from src', () => {
    it('loading reserves space and announces, then shows the cards', async () => {
      const stub = stubFetch('hang');
      try {
        const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/feed.json" limit="3"></iop-article-cards>`);
        expect(shadow(el).querySelector('[role=status]')!.textContent).to.equal('Loading articles…');
        const placeholders = shadow(el).querySelectorAll('.placeholder');
        expect(placeholders).to.have.length(3);
        expect(placeholders[0].getBoundingClientRect().height).to.be.greaterThan(100);
        await expect(el).to.be.accessible();
      } finally {
        stub.restore();
      }
    });

    it('loads a JSON Feed, RSS and Atom from the URL', async () => {
      const rss = `<rss><channel><item><title>From RSS</title><link>/r</link></item></channel></rss>`;
      const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>From Atom</title><link href="/a"/></entry></feed>`;
      for (const [body, type, title] of [
        [
          JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ title: 'From JSON Feed', url: '/j' }] }),
          'application/feed+json',
          'From JSON Feed',
        ],
        [rss, 'application/rss+xml', 'From RSS'],
        [atom, 'text/xml', 'From Atom'],
      ]) {
        clearFeedCache();
        const stub = stubFetch(feedResponse(body, type));
        try {
          const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/feed"></iop-article-cards>`);
          await waitUntil(() => titles(el).length > 0, `no cards from ${type}`);
          expect(titles(el)).to.deep.equal([title]);
        } finally {
          stub.restore();
        }
      }
    });

    it('one request per URL, however many widgets use it', async () => {
      const stub = stubFetch(feedResponse());
      try {
        const wrapper = await fixture(html`<div>
          <iop-article-cards src="/shared.json"></iop-article-cards>
          <iop-article-cards src="/shared.json" layout="list"></iop-article-cards>
          <iop-article-cards src="./shared.json" limit="1"></iop-article-cards>
        </div>`);
        await widgetsRendered(wrapper);
        const all = [...wrapper.querySelectorAll('iop-article-cards')];
        await waitUntil(() => all.every((el) => titles(el).length > 0));
        expect(stub.calls).to.have.length(1);
      } finally {
        stub.restore();
      }
    });

    it('a late answer for an earlier src never replaces the current feed', async () => {
      const original = window.fetch;
      let answerOld: (response: Response) => void = () => {};
      window.fetch = ((input: RequestInfo | URL) =>
        String(input).includes('old')
          ? new Promise<Response>((resolve) => (answerOld = resolve))
          : Promise.resolve(feedResponse(JSON.stringify([{ title: 'New feed', url: '/n' }]))())) as typeof fetch;
      try {
        const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/old.json"></iop-article-cards>`);
        el.src = '/new.json';
        await waitUntil(() => titles(el).length > 0, 'the new feed did not load');
        // Everything the widget shows from here on: neither the old cards nor a loading flash.
        const seen: string[] = [];
        const observer = new MutationObserver(() => seen.push(shadow(el).textContent ?? ''));
        observer.observe(shadow(el), { childList: true, subtree: true, characterData: true });
        answerOld(feedResponse(JSON.stringify([{ title: 'Old feed', url: '/o' }]))());
        await new Promise((resolve) => setTimeout(resolve, 50));
        await el.updateComplete;
        observer.disconnect();
        expect(titles(el)).to.deep.equal(['New feed']);
        expect(seen.filter((text) => /Old feed|Loading/.test(text))).to.deep.equal([]);
      } finally {
        window.fetch = original;
      }
    });

    it('a failure shows a friendly error with Try again, which really retries', async () => {
      const stub = stubFetch(() => new Response('nope', { status: 500 }), feedResponse());
      try {
        const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/flaky.json"></iop-article-cards>`);
        await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'no error shown');
        expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('could not be loaded');
        expect(warnings.messages.join('\n')).to.contain('answered HTTP 500');
        await expect(el).to.be.accessible();
        shadow(el).querySelector<HTMLButtonElement>('[role=alert] button')!.click();
        await waitUntil(() => titles(el).length === 4, 'retry did not load');
        expect(stub.calls).to.have.length(2);
        await el.updateComplete;
        expect(deepActiveElement() === shadow(el).querySelector('.card a'), 'focus moves to the first card').to.equal(true);
      } finally {
        stub.restore();
      }
    });

    it('a feed that never answers times out into the error', async () => {
      const stub = stubFetch('hang');
      try {
        const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/slow.json" timeout="1"></iop-article-cards>`);
        await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'no timeout', { timeout: 3000 });
        expect(warnings.messages.join('\n')).to.contain('did not answer within 1 s');
      } finally {
        stub.restore();
      }
    });

    it('invalid XML and a wrong format are errors; an empty feed is the empty state', async () => {
      for (const [body, type, selector] of [
        ['<rss><channel>', 'application/rss+xml', '[role=alert]'],
        ['hello', 'text/plain', '[role=alert]'],
        ['{"version":"https://jsonfeed.org/version/1.1","items":[]}', 'application/json', '[role=status]'],
      ]) {
        clearFeedCache();
        const stub = stubFetch(feedResponse(body, type));
        try {
          const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/f"></iop-article-cards>`);
          await waitUntil(() => !shadow(el).querySelector('.placeholder'), 'still loading');
          expect(shadow(el).querySelector(selector), `${type}: ${body}`).to.exist;
        } finally {
          stub.restore();
        }
      }
    });

    it('a failing widget leaves the others working', async () => {
      const stub = stubFetch(() => new Response('', { status: 404 }));
      try {
        const wrapper = await fixture(
          html`<div><iop-article-cards src="/missing.json"></iop-article-cards><iop-article-cards articles=${json}></iop-article-cards></div>`,
        );
        await widgetsRendered(wrapper);
        const [broken, working] = [...wrapper.querySelectorAll('iop-article-cards')];
        await waitUntil(() => shadow(broken).querySelector('[role=alert]'));
        expect(titles(working)).to.have.length(4);
      } finally {
        stub.restore();
      }
    });
  });

  describe('progressive enhancement', () => {
    it('reads plain links written in the page', async () => {
      const el = await fixture<IopArticleCards>(
        html`<iop-article-cards sort="given"><ul><li><a href="/one">One</a></li><li><a href="/two">Two</a></li></ul></iop-article-cards>`,
      );
      expect(titles(el)).to.deep.equal(['One', 'Two']);
    });

    it('reads <iop-article-card> children and an inline JSON script', async () => {
      const el = await fixture<IopArticleCards>(html`<iop-article-cards>
        <iop-article-card date="2025-05-13" tags="IOP"><a href="/iop">How IOPs help</a><p>Structured care.</p></iop-article-card>
      </iop-article-cards>`);
      expect(titles(el)).to.deep.equal(['How IOPs help']);
      expect(shadow(el).querySelector('[part=excerpt]')!.textContent).to.equal('Structured care.');
      const script = await fixture<IopArticleCards>(html`<iop-article-cards><script type="application/json">${json}</script></iop-article-cards>`);
      expect(titles(script)).to.have.length(4);
    });

    it('with src, the links in the page stand in while it loads and if it fails', async () => {
      const stub = stubFetch('hang');
      try {
        const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/slow.json" timeout="1"><a href="/one">One</a></iop-article-cards>`);
        expect(titles(el)).to.deep.equal(['One']);
        await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'no error', { timeout: 3000 });
        expect(titles(el)).to.deep.equal(['One']);
      } finally {
        stub.restore();
      }
      clearFeedCache();
      const ok = stubFetch(feedResponse());
      try {
        const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/feed.json"><a href="/one">One</a></iop-article-cards>`);
        await waitUntil(() => titles(el).length === 4, 'the feed did not replace the links');
      } finally {
        ok.restore();
      }
    });

    it('follows changes to its children', async () => {
      const el = await fixture<IopArticleCards>(html`<iop-article-cards><a href="/one">One</a></iop-article-cards>`);
      el.insertAdjacentHTML('beforeend', '<a href="/two">Two</a>');
      await waitUntil(() => titles(el).length === 2);
    });

    it('<iop-article-card> alone renders itself as a card', async () => {
      const card = await fixture(html`<iop-article-card href="/x" heading="Alone" excerpt="On its own."></iop-article-card>`);
      expect(shadow(card).querySelector('a')!.textContent).to.equal('Alone');
      await expect(card).to.be.accessible();
    });
  });

  describe('bad and hostile input', () => {
    it('empty: a friendly empty state', async () => {
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles="[]"></iop-article-cards>`);
      expect(shadow(el).querySelector('[role=status]')!.textContent).to.equal('No articles yet.');
      await expect(el).to.be.accessible();
    });

    it('malformed JSON: a friendly message and a warning naming the attribute', async () => {
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles="[{oops"></iop-article-cards>`);
      expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('could not be loaded');
      expect(warnings.messages[0]).to.contain('<iop-article-cards>: articles is not valid JSON');
    });

    it('bad attributes warn and fall back', async () => {
      const el = await fixture<IopArticleCards>(
        html`<iop-article-cards articles=${json} layout="masonry" limit="-1" src="javascript:alert(1)"></iop-article-cards>`,
      );
      expect(titles(el)).to.have.length(4);
      expect(shadow(el).querySelector('[part=notice]')).to.exist;
      const text = warnings.messages.join('\n');
      for (const name of ['layout "masonry"', 'limit "-1"', 'src "javascript:alert(1)"']) expect(text).to.contain(name);
    });

    it('XSS payloads in every field render as text, with no unsafe link or image', async () => {
      const hostile = [
        ...XSS_TEXT.map((payload) => ({ title: payload, excerpt: payload, author: payload, tags: [payload], image: '/ok.png', imageAlt: payload, url: '/ok' })),
        ...BAD_URLS.map((url) => ({ title: 'Bad link', url, image: url })),
      ];
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${JSON.stringify(hostile)} sort="given"></iop-article-cards>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
      const root = shadow(el);
      expect(root.querySelector('script, iframe, svg, math, style:not([data-lit]), [onerror], [onload]')).to.equal(null);
      for (const node of root.querySelectorAll<HTMLElement>('[href], [src]')) {
        const value = node.getAttribute('href') ?? node.getAttribute('src')!;
        expect(['http:', 'https:']).to.include(new URL(value, location.href).protocol);
      }
      expect(titles(el).slice(0, XSS_TEXT.length)).to.deep.equal(XSS_TEXT.map((payload) => payload.slice(0, 300)));
    });

    it('10,000 articles are capped without freezing the page', async () => {
      // Short items, so the list stays under the 200,000-character limit of a JSON attribute.
      const many = JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ title: `P${i}` })));
      const start = performance.now();
      const el = await fixture<IopArticleCards>(html`<iop-article-cards articles=${many} limit="20" show-more></iop-article-cards>`);
      expect(performance.now() - start).to.be.lessThan(2000);
      expect(titles(el)).to.have.length(20);
      expect(shadow(el).querySelector('.more')!.textContent).to.equal('Show 1980 more articles');
      shadow(el).querySelector<HTMLButtonElement>('.more')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(2000);
      expect(getComputedStyle(shadow(el).querySelector('.card')!).contentVisibility).to.equal('auto');
      expect(warnings.messages.join('\n')).to.contain('only the first 2000 of 10000');
    });
  });
});

async function emulateReducedMotion() {
  await preferReducedMotion();
}
