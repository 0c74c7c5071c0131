import { list, object, optional, text, url } from '../core/schema.js';
import type { SafeUrlOptions } from '../core/safe-url.js';
import { CONFIG_NOTICE } from '../core/warn.js';

export interface CrisisAction {
  label: string;
  href: string;
}

export interface CrisisResource {
  name: string;
  description?: string;
  actions: CrisisAction[];
  /** Extra options in plain text, such as other languages. */
  note?: string;
}

/** Only links that start a call, a text or open a secure page survive. */
export const CRISIS_URL: SafeUrlOptions = { schemes: ['tel:', 'sms:', 'https:'], relative: false };

/** Everything <iop-crisis-help> says, in one language. */
export interface CrisisTexts {
  heading: string;
  resources: CrisisResource[];
  notice: string;
}

/** US resources (clinical reference, verified numbers only). */
export const US_RESOURCES: CrisisResource[] = [
  {
    name: '988 Suicide & Crisis Lifeline',
    description: 'Free and private, any time, day or night.',
    actions: [
      { label: 'Call 988', href: 'tel:988' },
      { label: 'Text 988', href: 'sms:988' },
      { label: 'Chat at 988lifeline.org', href: 'https://988lifeline.org/chat/' },
    ],
    note: 'Spanish: call 988 and press 2, or text AYUDA to 988. Veterans: call 988 and press 1.',
  },
  {
    name: 'Crisis Text Line',
    description: 'Text with a trained volunteer.',
    actions: [{ label: 'Text HOME to 741741', href: 'sms:741741?body=HOME' }],
    note: 'Spanish: text AYUDA to 741741, or WhatsApp 442-AYUDAME.',
  },
  {
    name: 'In an emergency',
    description: 'If you or someone else is in danger right now.',
    actions: [{ label: 'Call 911', href: 'tel:911' }],
  },
];

const short = text(300);

/**
 * Checks a clinic's replacement resources. A crisis list must never end up empty or half broken,
 * so any problem keeps the defaults; the message names the first problem found.
 */
export const checkResources = list(
  object({ name: short, description: optional(short), note: optional(short), actions: list(object({ label: short, href: url(CRISIS_URL) }), 6) }),
  12,
);

export const CRISIS_EN: CrisisTexts = { heading: 'Help is available now', resources: US_RESOURCES, notice: CONFIG_NOTICE };
