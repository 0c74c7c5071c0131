import { headingLevel, oneOf, readAttributes, textUpTo, urlOf, type AttributeValues, type Reader } from '../core/attributes.js';
import type { HeadingLevel } from '../core/heading.js';
import { quote } from '../core/warn.js';
import { parsePhone } from '../core/phone.js';
import { LINK_URL, WEB_URL } from '../core/safe-url.js';
import type { Audience, Mode } from './questions.js';

/** A phone number as a call link, or null (with a problem) when it is not one. */
const phoneNumber: Reader<{ label: string; href: string } | null> = (text, name, problems) => {
  if (!text) return null;
  const phone = parsePhone(text);
  if (!phone) problems.push(`${name} ${quote(text)} is not a phone number; it is not shown`);
  return phone;
};

/** The attributes of <iop-self-check> that carry settings, each with its reader. */
export const SELF_CHECK_ATTRIBUTES = {
  mode: oneOf(['brief', 'full'] as const, 'brief'),
  audience: oneOf(['adult', 'youth', 'parent'] as const, 'adult'),
  headingLevel: headingLevel(),
  phone: phoneNumber,
  ctaHref: urlOf(LINK_URL),
  clinicName: textUpTo(100),
  ctaLabel: textUpTo(100),
  quickExitUrl: urlOf(WEB_URL),
};

export type SelfCheckAttributes = AttributeValues<typeof SELF_CHECK_ATTRIBUTES>;

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

/** Reads the attributes into typed data; `pageUrl` is the page's address (quick exit must lead elsewhere). Pure: no DOM, never throws. */
export function readSelfCheckConfig(attrs: SelfCheckAttributes, pageUrl?: string): SelfCheckConfig {
  const problems: string[] = [];
  const { ctaHref: href, ctaLabel: label, clinicName, quickExitUrl, ...read } = readAttributes(SELF_CHECK_ATTRIBUTES, attrs, problems);
  let exitUrl = quickExitUrl;
  if (exitUrl && pageUrl && samePage(exitUrl, pageUrl)) {
    problems.push(`quick-exit-url ${quote(exitUrl)} leads back to this page; quick exit needs a page at another address, so it is off`);
    exitUrl = null;
  }
  return { ...read, clinicName: clinicName ?? null, cta: href ? { href, label } : null, quickExitUrl: exitUrl, problems };
}
