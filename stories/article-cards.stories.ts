import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attributes } from './attributes.js';

interface CardsArgs {
  layout: 'grid' | 'list' | 'carousel';
  src?: string;
  articles?: string;
  limit?: string;
  sort?: 'newest' | 'oldest' | 'given';
  tags?: string;
  'show-more': boolean;
  theme?: 'light' | 'dark' | 'auto' | 'high-contrast';
}

const meta: Meta<CardsArgs> = {
  title: 'Widgets/iop-article-cards',
  component: 'iop-article-cards',
  args: { layout: 'grid', src: 'feeds/posts.json', 'show-more': false },
  render: (args) => html`<iop-article-cards ${attributes(args)}></iop-article-cards>`,
};
export default meta;

type Story = StoryObj<CardsArgs>;

// The Loading story needs a feed that never answers: requests for "feeds/never" wait forever.
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).includes('feeds/never') ? new Promise<Response>(() => {}) : realFetch(input, init);

/** Waits until the cards (or a final state) are on screen, so checks see the loaded widget. */
const loaded = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = canvasElement.querySelector('iop-article-cards')!;
  for (let i = 0; i < 100 && el.shadowRoot?.querySelector('.placeholder'); i++) await new Promise((r) => setTimeout(r, 20));
};

export const GridFromJsonFeed: Story = { play: loaded };
export const ListFromRss: Story = { args: { layout: 'list', src: 'feeds/posts.xml' }, play: loaded };
export const Carousel: Story = { args: { layout: 'carousel' }, play: loaded };
export const TopicSelected: Story = { args: { tags: 'Family' }, play: loaded };
export const LimitWithShowMore: Story = { args: { limit: '2', 'show-more': true }, play: loaded };
export const InlineArticles: Story = {
  args: {
    src: undefined,
    articles: JSON.stringify([
      {
        title: 'How Intensive Outpatient Programs Support Long-Term Mental Health Recovery',
        url: '#iop',
        date: '2025-05-13',
        tags: ['IOP', 'Recovery'],
        readingTime: 5,
      },
      { title: 'What to expect from family sessions', url: '#family', date: '2025-04-22', tags: ['Family'] },
    ]),
  },
};
export const Loading: Story = {
  args: { src: 'feeds/never.json', limit: '3' },
  render: (args) => html`<iop-article-cards src=${args.src!} limit=${args.limit!} timeout="120"></iop-article-cards>`,
};
export const Empty: Story = { args: { src: undefined, articles: '[]' } };
export const LoadError: Story = { args: { src: 'feeds/broken.xml' }, play: loaded };
export const ProgressiveEnhancement: Story = {
  render: () => html`
    <iop-article-cards>
      <iop-article-card date="2025-05-13" tags="IOP, Recovery" reading-time="5">
        <a href="#iop">How Intensive Outpatient Programs Support Long-Term Mental Health Recovery</a>
        <p>Flexible, structured care that supports long-term recovery.</p>
      </iop-article-card>
      <iop-article-card date="2025-04-22" tags="Family"><a href="#family">What to expect from family sessions</a></iop-article-card>
    </iop-article-cards>
  `,
};
export const SingleCard: Story = {
  render: () =>
    html`<iop-article-card date="2025-05-13" tags="IOP" href="#iop" heading="How IOPs support recovery" excerpt="Structured care while you live at home."></iop-article-card>`,
};
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#15191e;padding:1rem">${story()}</div>`],
  play: loaded,
};
