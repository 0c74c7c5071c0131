import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import '../../src/article-cards/define.js';
import type { IopArticleCards } from '../../src/article-cards/article-cards.js';
import { FeedTask, TaskStatus, type FeedArgs } from '../../src/article-cards/feed.js';
import { clearFeedCache, xmlReader } from '../../src/article-cards/load.js';
import { captureWarnings, shadow } from '../helpers.js';
import { feed, stubFetch, type StubbedFetch } from '../hardening/feed-stub.js';

/** The smallest host: its feed's arguments are a property, and it counts its updates. */
class FeedHost extends ReactiveElement {
  static override properties = { args: { attribute: false } };
  args: FeedArgs | null = null;
  updates = 0;
  task = new FeedTask(this, () => this.args);
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('test-feed-host', FeedHost);

const answer = (title: string) => feed(JSON.stringify([{ title }]), 'application/json');
const shown = (task: FeedTask) =>
  task.render({ initial: () => 'initial', pending: () => 'pending', complete: (list) => list.articles.map((a) => a.title).join(), error: () => 'error' });

describe('FeedTask: the feed as a controller (@lit/task vocabulary)', () => {
  let stub: StubbedFetch | undefined;
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clearFeedCache();
    warnings = captureWarnings();
  });
  afterEach(() => {
    stub?.restore();
    stub = undefined;
    warnings.restore();
  });

  it('initial without arguments; pending, then complete, once the arguments are set; render follows status', async () => {
    stub = stubFetch(() => answer('One'));
    const host = await fixture<FeedHost>(html`<test-feed-host></test-feed-host>`);
    expect([host.task.status, shown(host.task), stub.calls.length]).to.deep.equal([TaskStatus.INITIAL, 'initial', 0]);
    host.args = ['/one.json', 10_000, 1_000_000];
    await host.updateComplete;
    expect([host.task.status, shown(host.task)]).to.deep.equal([TaskStatus.PENDING, 'pending']);
    await waitUntil(() => host.task.status === TaskStatus.COMPLETE);
    expect(shown(host.task)).to.equal('One');
  });

  it('equal arguments in a new array do not ask again; a changed limit does', async () => {
    stub = stubFetch(() => answer('One'));
    const host = await fixture<FeedHost>(html`<test-feed-host .args=${['/one.json', 10_000, 1_000_000]}></test-feed-host>`);
    await waitUntil(() => host.task.status === TaskStatus.COMPLETE);
    host.args = ['/one.json', 10_000, 1_000_000];
    await host.updateComplete;
    expect([host.task.status, stub.calls.length]).to.deep.equal([TaskStatus.COMPLETE, 1]);
    host.args = ['/one.json', 5_000, 1_000_000];
    await host.updateComplete;
    await waitUntil(() => host.task.status === TaskStatus.COMPLETE);
    expect(stub.calls).to.have.length(2);
  });

  it('arguments changed to none abort the request and leave the task initial, without a warning', async () => {
    stub = stubFetch('hang');
    const host = await fixture<FeedHost>(html`<test-feed-host .args=${['/slow.json', 10_000, 1_000_000]}></test-feed-host>`);
    await waitUntil(() => stub!.calls.length === 1);
    host.args = null;
    await host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([stub.aborted, host.task.status]).to.deep.equal([1, TaskStatus.INITIAL]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a failure is error, with the reason; run() asks again past the cached failure', async () => {
    let fail = true;
    stub = stubFetch(() => (fail ? new Response('nope', { status: 503 }) : answer('Back')));
    const host = await fixture<FeedHost>(html`<test-feed-host .args=${['/down.json', 10_000, 1_000_000]}></test-feed-host>`);
    await waitUntil(() => host.task.status === TaskStatus.ERROR);
    expect(String(host.task.error)).to.contain('HTTP 503');
    fail = false;
    host.task.run();
    expect(host.task.status).to.equal(TaskStatus.PENDING);
    await waitUntil(() => host.task.status === TaskStatus.COMPLETE);
    expect([shown(host.task), host.task.error, stub.calls.length]).to.deep.equal(['Back', undefined, 2]);
  });

  it('an answer for earlier arguments is dropped: no status change, no extra update', async () => {
    let answerOld: (response: Response) => void = () => {};
    stub = stubFetch((url) => (url.includes('old') ? new Promise<Response>((resolve) => (answerOld = resolve)) : answer('New')));
    const host = await fixture<FeedHost>(html`<test-feed-host .args=${['/old.json', 10_000, 1_000_000]}></test-feed-host>`);
    await waitUntil(() => stub!.calls.length === 1);
    host.args = ['/new.json', 10_000, 1_000_000];
    await waitUntil(() => host.task.status === TaskStatus.COMPLETE);
    await host.updateComplete;
    const updates = host.updates;
    answerOld(answer('Old'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect([shown(host.task), host.updates]).to.deep.equal(['New', updates]);
  });

  it('a widget taken out while loading drops its request; put back, it asks again', async () => {
    stub = stubFetch((url) => (stub!.calls.length === 1 ? 'hang' : answer(url.slice(-9))));
    const host = await fixture<FeedHost>(html`<test-feed-host .args=${['/back.json', 10_000, 1_000_000]}></test-feed-host>`);
    const parent = host.parentElement!;
    await waitUntil(() => stub!.calls.length === 1);
    host.remove();
    await new Promise((resolve) => setTimeout(resolve));
    expect([stub.aborted, host.task.status]).to.deep.equal([1, TaskStatus.INITIAL]);
    parent.append(host);
    await waitUntil(() => host.task.status === TaskStatus.COMPLETE);
    expect([shown(host.task), stub.calls.length]).to.deep.equal(['back.json', 2]);
  });

  it('<iop-article-cards>: an articles attribute set while src loads cancels the feed', async () => {
    stub = stubFetch('hang');
    const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/slow.json"></iop-article-cards>`);
    await waitUntil(() => stub!.calls.length === 1);
    el.articles = JSON.stringify([{ title: 'Chosen', url: '/c' }]);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(stub.aborted).to.equal(1);
    expect([...shadow(el).querySelectorAll('.card [part=title]')].map((h) => h.textContent!.trim())).to.deep.equal(['Chosen']);
  });

  describe('the RSS and Atom reader, a file fetched only for an XML feed', () => {
    const rss = '<rss><channel><item><title>From RSS</title><link>/r</link></item></channel></rss>';
    const original = xmlReader.load;
    let loads = 0;
    beforeEach(() => {
      loads = 0;
      xmlReader.load = () => (loads++, original());
    });
    afterEach(() => (xmlReader.load = original));
    const titles = (el: Element) => [...shadow(el).querySelectorAll('.card [part=title]')].map((h) => h.textContent!.trim());

    it('a JSON feed never asks for it; an RSS feed does, and shows its cards', async () => {
      stub = stubFetch((url) => (url.endsWith('.json') ? answer('From JSON') : feed(rss, 'application/rss+xml')));
      const json = await fixture<IopArticleCards>(html`<iop-article-cards src="/posts.json"></iop-article-cards>`);
      await waitUntil(() => titles(json).length > 0);
      expect(loads).to.equal(0);
      const xml = await fixture<IopArticleCards>(html`<iop-article-cards src="/posts.xml"></iop-article-cards>`);
      await waitUntil(() => titles(xml).length > 0);
      expect([titles(xml), loads]).to.deep.equal([['From RSS'], 1]);
    });

    it('when its file is missing: the friendly error, and a console warning naming the file', async () => {
      xmlReader.load = () =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://clinic.example/js/iop-article-cards-rss-abc.js'));
      stub = stubFetch(() => feed(rss, 'application/rss+xml'));
      const el = await fixture<IopArticleCards>(html`<iop-article-cards src="/posts.xml"><a href="/page">A link in the page</a></iop-article-cards>`);
      await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'no error shown');
      expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('could not be loaded');
      expect(titles(el), 'the page links stand in').to.deep.equal(['A link in the page']);
      expect(warnings.messages.join('\n')).to.match(
        /posts\.xml is RSS or Atom, and the file that reads it did not load .*Copy the iop-article-cards-rss-\*\.js file beside the script/,
      );
    });
  });
});
