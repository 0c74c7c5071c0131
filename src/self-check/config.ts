import { readHeadingLevel, type HeadingLevel } from '../core/heading.js';
import { parseEnum, readText } from '../core/json.js';
import { quote } from '../core/warn.js';
import { LINK_URL, readUrl, WEB_URL } from '../core/safe-url.js';
import type { Audience, Mode } from './questions.js';

export interface SelfCheckAttributes {
  mode?: string | null;
  audience?: string | null;
  clinicName?: string | null;
  phone?: string | null;
  ctaHref?: string | null;
  ctaLabel?: string | null;
  quickExitUrl?: string | null;
  headingLevel?: string | null;
}

export interface SelfCheckConfig {
  mode: Mode;
  audience: Audience;
  headingLevel: HeadingLevel;
  clinicName: string | null;
  phone: { label: string; href: string } | null;
  /** Without a label, the widget words one in the visitor's language. */
  cta: { label?: string; href: string } | null;
  quickExitUrl: string | null;
  problems: string[];
}

/** A phone number as written by the clinic, and a tel: link made of its digits only. */
export function parsePhone(text: string): { label: string; href: string } | null {
  const label = text.trim();
  const digits = label.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  if (label.length > 40 || digits.replace('+', '').length < 3) return null;
  return { label, href: `tel:${digits}` };
}

/** Reads the attributes into typed data. Pure: no DOM, never throws. */
export function readSelfCheckConfig(attrs: SelfCheckAttributes): SelfCheckConfig {
  const problems: string[] = [];
  const mode = parseEnum(attrs.mode, ['brief', 'full'] as const, 'brief');
  if (!mode.ok) problems.push(`mode ${mode.error}`);
  const audience = parseEnum(attrs.audience, ['adult', 'youth', 'parent'] as const, 'adult');
  if (!audience.ok) problems.push(`audience ${audience.error}`);
  const headingLevel = readHeadingLevel(attrs.headingLevel, problems);

  let phone: SelfCheckConfig['phone'] = null;
  if (attrs.phone) {
    phone = parsePhone(attrs.phone);
    if (!phone) problems.push(`phone ${quote(attrs.phone)} is not a phone number; it is not shown`);
  }

  const href = readUrl('cta-href', attrs.ctaHref, LINK_URL, problems);
  const clinicName = readText('clinic-name', attrs.clinicName, 100, problems);
  const label = readText('cta-label', attrs.ctaLabel, 100, problems);
  const cta = href ? { href, label } : null;
  const quickExitUrl = readUrl('quick-exit-url', attrs.quickExitUrl, WEB_URL, problems);

  return {
    mode: mode.ok ? mode.value : 'brief',
    audience: audience.ok ? audience.value : 'adult',
    headingLevel,
    clinicName: clinicName ?? null,
    phone,
    cta,
    quickExitUrl,
    problems,
  };
}
