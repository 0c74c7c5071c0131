import { readHeadingLevel, type HeadingLevel } from '../core/heading.js';
import { parseEnum, readText } from '../core/json.js';
import { quote } from '../core/warn.js';
import { parsePhone } from '../core/phone.js';
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
  /** The page's address: quick exit must lead somewhere else. */
  pageUrl?: string;
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

/** An anchor or a query of the page itself is not an exit: the visitor would stay on the clinic's page. */
function samePage(url: string, pageUrl: string): boolean {
  try {
    const target = new URL(url, pageUrl);
    const page = new URL(pageUrl);
    return target.origin === page.origin && target.pathname === page.pathname;
  } catch {
    return false;
  }
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
  let quickExitUrl = readUrl('quick-exit-url', attrs.quickExitUrl, WEB_URL, problems);
  if (quickExitUrl && attrs.pageUrl && samePage(quickExitUrl, attrs.pageUrl)) {
    problems.push(`quick-exit-url ${quote(quickExitUrl)} leads back to this page; quick exit needs a page at another address, so it is off`);
    quickExitUrl = null;
  }

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
