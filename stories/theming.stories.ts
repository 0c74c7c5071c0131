import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The live examples of the Theming page (stories/Theming.mdx). Each shows what a site writes:
 * a theme attribute, or a rule in the site's own stylesheet (inline style="" is blocked by a
 * strict Content-Security-Policy, so the examples never use it for tokens).
 */
const meta: Meta = {
  title: 'Design/Theming examples',
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

const PRESETS = ['light', 'dark', 'auto', 'high-contrast'] as const;
const backdrop = { light: '#ffffff', dark: '#15191e', auto: 'Canvas', 'high-contrast': '#ffffff' };

const sample = (theme: string) => html`
  <iop-article-card theme=${theme} date="2025-05-13" tags="IOP" href="#iop" heading="How IOPs support recovery" excerpt="Structured care while you live at home." heading-level="3"></iop-article-card>
  <iop-crisis-help theme=${theme} compact></iop-crisis-help>
`;

/** The four presets, each on a page background it suits. */
export const Presets: Story = {
  render: () => html`
    <style>
      .presets { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 1rem; }
      .presets > div { display: grid; gap: 0.75rem; align-content: start; padding: 1rem; border-radius: 0.5rem; }
      .presets p { margin: 0; font-weight: 600; }
      .presets .dark p { color: #eceff2; }
      @media (prefers-color-scheme: dark) { .presets .auto p { color: #eceff2; } }
    </style>
    <div class="presets">
      ${PRESETS.map((theme) => html`<div class=${theme} style="background:${backdrop[theme]}"><p>theme="${theme}"</p>${sample(theme)}</div>`)}
    </div>
  `,
};

/** A clinic's brand: tokens set once in the site's stylesheet, on a wrapper or on the widgets. */
export const BrandColors: Story = {
  render: () => html`
    <style>
      .clinic-brand {
        --iop-color-primary: #6b2d8c;
        --iop-color-surface-alt: #f6f0fa;
        --iop-radius: 0;
        --iop-font-family: Georgia, 'Times New Roman', serif;
      }
      .clinic-brand { display: grid; gap: 0.75rem; max-width: 28rem; }
    </style>
    <div class="clinic-brand">${sample('light')}</div>
  `,
};

/**
 * theme="auto" with a brand color: the dark scheme needs its own, lighter brand color, set with
 * the -dark twin of each color token. The light purple would fail contrast on the dark surface.
 */
export const BrandColorsInDarkMode: Story = {
  render: () => html`
    <style>
      .clinic-auto {
        --iop-color-primary: #6b2d8c;
        --iop-color-on-primary: #ffffff;
        --iop-color-primary-dark: #d9b8f0;
        --iop-color-on-primary-dark: #25102f;
      }
      .clinic-auto { display: grid; gap: 0.75rem; max-width: 28rem; }
      .clinic-auto > div { display: grid; gap: 0.75rem; padding: 1rem; border-radius: 0.5rem; }
      .clinic-auto p { margin: 0; font-weight: 600; }
    </style>
    <div class="clinic-auto">
      <div style="background:#ffffff"><p>theme="light"</p>${sample('light')}</div>
      <div style="background:#15191e"><p style="color:#eceff2">theme="dark"</p>${sample('dark')}</div>
    </div>
  `,
};

/** Finer styling through the documented parts, scoped to the page's own class. */
export const Parts: Story = {
  render: () => html`
    <style>
      .parts-example iop-benefits::part(cta) { border-radius: 999px; padding-inline: 2rem; }
      .parts-example iop-benefits::part(heading) { letter-spacing: 0.02em; }
      .parts-example iop-benefits::part(benefit) { border-inline-start: 4px solid #135d66; }
    </style>
    <div class="parts-example">
      <iop-benefits layout="list" benefits="structure family" cta-label="Talk to our intake team" cta-href="tel:+15555550100"></iop-benefits>
    </div>
  `,
};
