import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { IopSelfCheck } from '../src/self-check/self-check.js';
import { attributes } from './attributes.js';
import { answerThrough, button, choose, click, SPANISH } from './self-check-driver.js';
// Issue 12's result variants and one path per level: the same answers the browser tests play.
import { CONTEXT_OK, ITEM9_ONLY, LEVEL_PATHS, PARENT_DANGER, SEVERE } from '../test/self-check/answer-paths.js';

interface SelfCheckArgs {
  mode: 'brief' | 'full';
  audience: 'adult' | 'youth' | 'parent';
  'clinic-name'?: string;
  phone?: string;
  'cta-href'?: string;
  'cta-label'?: string;
  'quick-exit-url'?: string;
  theme?: 'light' | 'dark' | 'auto' | 'high-contrast';
}

/** Plays a path through the check, the way a visitor would, before the story is shown. */
const playTo =
  (answers: Record<string, string> | null, steps: (el: IopSelfCheck) => Promise<void> = async () => {}) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('iop-self-check')!;
    await el.updateComplete;
    await click(el, 'Start');
    if (answers) await answerThrough(el, answers);
    await steps(el);
  };

/** The same, in Spanish: waits for the Spanish words to load, then answers with them. */
const playToSpanish =
  (answers: Record<string, string>) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('iop-self-check')!;
    for (let wait = 0; wait < 100; wait++) {
      await el.updateComplete;
      try {
        button(el, 'Empezar');
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await click(el, 'Empezar');
    await answerThrough(el, answers, SPANISH);
  };
const spanish = [(story: () => unknown) => html`<div lang="es">${story()}</div>`];

const meta: Meta<SelfCheckArgs> = {
  title: 'Widgets/iop-self-check',
  component: 'iop-self-check',
  args: { mode: 'brief', audience: 'adult', 'clinic-name': 'Riverbend', phone: '(555) 555-0100', 'cta-href': '#contact' },
  render: (args) => html`<iop-self-check ${attributes(args)}></iop-self-check>`,
};
export default meta;

type Story = StoryObj<SelfCheckArgs>;
const dark = [(story: () => unknown) => html`<div style="background:#15191e;padding:1rem">${story()}</div>`];

export const Start: Story = {};
export const StartYouth: Story = { args: { audience: 'youth' } };
export const StartParent: Story = { args: { audience: 'parent' } };
export const StartWithQuickExit: Story = { args: { 'quick-exit-url': 'https://www.example.com/' } };
export const FirstQuestion: Story = { play: playTo(null) };
export const FullMode: Story = { args: { mode: 'full' }, play: playTo(null) };
export const ErrorSummary: Story = { play: playTo(null, (el) => click(el, 'Continue')) };
export const ContextQuestionParent: Story = {
  args: { audience: 'parent' },
  play: playTo(null, async (el) => {
    for (const value of ['0', '0', '0', '0', '0']) {
      await choose(el, value);
      await click(el, 'Continue');
    }
  }),
};
export const CrisisInterrupt: Story = {
  play: playTo(null, async (el) => {
    for (const value of ['1', '1', '1']) {
      await choose(el, value);
      await click(el, 'Continue');
    }
  }),
};
export const ResultGetHelpNow: Story = { play: playTo(LEVEL_PATHS['get-help-now']) };
export const ResultMoreSupport: Story = { play: playTo(LEVEL_PATHS['more-support-than-iop']) };
export const ResultIopMayFit: Story = { play: playTo(LEVEL_PATHS['iop-may-fit']) };
export const ResultIopMayFitWithSelfHarm: Story = {
  play: playTo({ ...LEVEL_PATHS['iop-may-fit'], phq9: '1' }),
};
export const ResultWeeklyTherapy: Story = { play: playTo(LEVEL_PATHS['weekly-therapy-may-fit']) };
export const ResultNoClearNeed: Story = { play: playTo(LEVEL_PATHS['no-clear-need']) };
export const DarkStart: Story = { args: { theme: 'dark' }, decorators: dark };
export const DarkQuestionError: Story = { args: { theme: 'dark' }, decorators: dark, play: playTo(null, (el) => click(el, 'Continue')) };
export const DarkResult: Story = {
  args: { theme: 'dark' },
  decorators: dark,
  play: playTo({ phq1: '3', phq2: '3', phq9: '1', difficulty: '2', ...CONTEXT_OK }),
};
export const ResultItem9Only: Story = { play: playTo(ITEM9_ONLY) };
export const ResultItem9OnlySpanish: Story = { decorators: spanish, play: playToSpanish(ITEM9_ONLY) };
export const ResultSevere: Story = { args: { mode: 'full' }, play: playTo(SEVERE) };
export const ResultSevereSpanish: Story = { args: { mode: 'full' }, decorators: spanish, play: playToSpanish(SEVERE) };
export const ResultParentDanger: Story = { args: { audience: 'parent' }, play: playTo(PARENT_DANGER) };
export const ResultParentDangerSpanish: Story = { args: { audience: 'parent' }, decorators: spanish, play: playToSpanish(PARENT_DANGER) };
export const InterruptYouth: Story = {
  args: { audience: 'youth', 'quick-exit-url': 'https://www.example.com/' },
  play: playTo(null, async (el) => {
    for (const value of ['0', '0', '1']) {
      await choose(el, value);
      await click(el, 'Continue');
    }
  }),
};
