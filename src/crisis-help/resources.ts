import { fail, isRecord, ok, type Parsed } from '../core/json.js';
import { safeUrl, type SafeUrlOptions } from '../core/safe-url.js';

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

const MAX_TEXT = 300;
const text = (value: unknown) => typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT;

/**
 * Validates a clinic's replacement resources. A crisis list must never end up empty or half
 * broken, so any problem keeps the defaults; the error names the first problem found.
 */
export function validateResources(data: unknown): Parsed<CrisisResource[]> {
  if (!Array.isArray(data) || data.length === 0) {
    return fail('must be a non-empty JSON list like [{"name": "…", "actions": [{"label": "…", "href": "tel:…"}]}]');
  }
  if (data.length > 12) return fail('has more than 12 resources');
  const resources: CrisisResource[] = [];
  for (const [i, item] of data.entries()) {
    const where = `[${i}]`;
    if (!isRecord(item)) return fail(`${where} must be an object`);
    if (!text(item.name)) return fail(`${where}.name must be text of up to ${MAX_TEXT} characters`);
    for (const key of ['description', 'note'] as const) {
      if (item[key] !== undefined && !text(item[key])) return fail(`${where}.${key} must be text of up to ${MAX_TEXT} characters`);
    }
    if (!Array.isArray(item.actions) || item.actions.length === 0) return fail(`${where}.actions must be a non-empty list`);
    const actions: CrisisAction[] = [];
    for (const [j, action] of item.actions.entries()) {
      if (!isRecord(action) || !text(action.label)) return fail(`${where}.actions[${j}].label must be text`);
      const href = safeUrl(action.href, CRISIS_URL);
      if (!href) return fail(`${where}.actions[${j}].href "${String(action.href)}" must be a tel:, sms: or https: link`);
      actions.push({ label: action.label as string, href });
    }
    resources.push({
      name: item.name as string,
      description: item.description as string | undefined,
      note: item.note as string | undefined,
      actions,
    });
  }
  return ok(resources);
}
