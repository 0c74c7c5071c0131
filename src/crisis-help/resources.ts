import { parseJson } from '../core/json.js';
import { list, object, optional, text } from '../core/schema.js';
import { safeUrl, type SafeUrlOptions } from '../core/safe-url.js';
import { COMMON_EN, quote, type CommonWords } from '../core/warn.js';

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
export interface CrisisTexts extends CommonWords {
  heading: string;
  /** Said after a link that opens a new tab (a chat page), so it does not surprise anyone. */
  newTab: string;
  resources: CrisisResource[];
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

/** The shape of a clinic's replacement resources; their links are checked one by one below. */
export const checkResources = list(
  object({ name: short, description: optional(short), note: optional(short), actions: list(object({ label: short, href: text(2048) }), 6) }),
  12,
);

/**
 * Reads a clinic's replacement resources. A wrong shape keeps the defaults (the message names the
 * first problem). A link that is not tel:, sms: or https: is left out on its own, and so is a
 * resource left with no link: one typo must not put US numbers on a page abroad. Only when no
 * usable link is left do the defaults come back. Each problem is added to `problems`.
 */
export function readResources(json: string, problems: string[]): CrisisResource[] | null {
  const parsed = parseJson<CrisisResource[]>('resources', json, checkResources);
  const kept = (parsed.ok ? parsed.value : []).flatMap((resource, i) => {
    const actions = resource.actions.flatMap((action, j) => {
      const href = safeUrl(action.href, CRISIS_URL);
      if (!href) problems.push(`resources[${i}].actions[${j}].href ${quote(action.href)} is not a tel:, sms: or https: link; it is left out`);
      return href ? [{ ...action, href }] : [];
    });
    return actions.length ? [{ ...resource, actions }] : [];
  });
  if (kept.length) return kept;
  problems.push(`${parsed.ok ? 'resources has no usable link' : parsed.error}; showing the default (US) resources`);
  return null;
}

export const CRISIS_EN: CrisisTexts = { ...COMMON_EN, heading: 'Help is available now', newTab: 'opens in a new tab', resources: US_RESOURCES };
