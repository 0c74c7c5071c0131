import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { BENEFIT_IDS } from '../src/benefits/content.js';
import { attributes } from './attributes.js';

interface BenefitsArgs {
  layout: 'accordion' | 'grid' | 'list';
  heading?: string;
  'heading-level'?: string;
  benefits?: string;
  open?: string;
  'cta-label'?: string;
  'cta-href'?: string;
  content?: string;
  theme?: 'light' | 'dark' | 'auto' | 'high-contrast';
}

/** One render for every story: each story only changes args, so no markup is pasted twice. */
const meta: Meta<BenefitsArgs> = {
  title: 'Widgets/iop-benefits',
  component: 'iop-benefits',
  args: { layout: 'accordion', 'cta-label': 'Talk to our intake team', 'cta-href': 'tel:+15555550100' },
  // Controls come from custom-elements.json (see .storybook/preview.ts); every arg is an attribute.
  render: (args) => html`<iop-benefits ${attributes(args)}></iop-benefits>`,
};
export default meta;

type Story = StoryObj<BenefitsArgs>;

export const Accordion: Story = {};
export const AccordionAllOpen: Story = { args: { open: BENEFIT_IDS.join(' ') } };
export const Grid: Story = { args: { layout: 'grid' } };
export const List: Story = { args: { layout: 'list' } };
export const DarkAccordion: Story = {
  args: { theme: 'dark', open: 'structure' },
  parameters: { backgrounds: { value: 'dark' } },
  decorators: [(story) => html`<div style="background:#15191e;padding:1rem">${story()}</div>`],
};
export const DarkGrid: Story = { ...DarkAccordion, args: { theme: 'dark', layout: 'grid' } };
export const DarkList: Story = { ...DarkAccordion, args: { theme: 'dark', layout: 'list' } };
export const ChosenBenefitsAndHeading: Story = {
  args: { heading: 'Why our IOP', 'heading-level': '3', benefits: 'individualized family evidence-based', open: 'individualized' },
};
export const CustomContent: Story = {
  args: {
    content: JSON.stringify({
      heading: 'Our evening IOP',
      about: ['Our evening program meets Monday to Thursday, 6 to 9 pm, so you can keep your day job.'],
      benefits: [
        { id: 'family', title: 'Family night every Thursday' },
        { id: 'nutrition', title: 'Nutrition support', body: 'A dietitian helps you plan regular, simple meals that support your mood.' },
      ],
    }),
    open: 'nutrition',
  },
};
export const SlottedIntroAndAction: Story = {
  render: (args) => html`
    <iop-benefits layout=${args.layout}>
      <p slot="intro">At Riverbend Clinic, our IOP meets three mornings a week in a calm, private space.</p>
      <a slot="cta" href="#book">Book a free 15-minute call</a>
    </iop-benefits>
  `,
};
export const NoCallToAction: Story = { args: { 'cta-label': undefined, 'cta-href': undefined } };
export const InvalidConfiguration: Story = {
  args: { layout: 'carousel' as BenefitsArgs['layout'], content: '{not json', 'cta-href': 'javascript:alert(1)' },
};
export const Narrow320: Story = {
  args: { open: 'structure' },
  decorators: [(story) => html`<div style="max-width:320px">${story()}</div>`],
};
