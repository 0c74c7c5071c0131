import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attributes } from './attributes.js';

interface CrisisArgs {
  compact: boolean;
  heading?: string;
  resources?: string;
  theme?: 'light' | 'dark' | 'auto' | 'high-contrast';
}

const meta: Meta<CrisisArgs> = {
  title: 'Widgets/iop-crisis-help',
  component: 'iop-crisis-help',
  args: { compact: false },
  render: (args) => html`<iop-crisis-help ${attributes(args)}></iop-crisis-help>`,
};
export default meta;

type Story = StoryObj<CrisisArgs>;

export const Full: Story = {};
export const Compact: Story = { args: { compact: true } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#15191e;padding:1rem">${story()}</div>`],
};
export const ReplacedByClinic: Story = {
  args: {
    heading: 'Need to talk now?',
    resources: JSON.stringify([
      { name: 'Samaritans', description: 'UK and Ireland, any time.', actions: [{ label: 'Call 116 123', href: 'tel:116123' }] },
      { name: 'Emergency', actions: [{ label: 'Call 999', href: 'tel:999' }] },
    ]),
  },
};
/** One link is not tel:, sms: or https:: only that link is left out, the clinic's list stays. */
export const OneBadLink: Story = {
  args: {
    resources: JSON.stringify([
      {
        name: 'Samaritans',
        actions: [
          { label: 'Call 116 123', href: 'tel:116123' },
          { label: 'Email', href: 'mailto:jo@samaritans.org' },
        ],
      },
      { name: 'Shout', actions: [{ label: 'Text SHOUT to 85258', href: 'sms:85258' }] },
    ]),
  },
};
/** No usable link at all: the default (US) list, and a note for the site owner. */
export const InvalidResources: Story = { args: { resources: '[{"name":"x","actions":[{"label":"y","href":"javascript:alert(1)"}]}]' } };
