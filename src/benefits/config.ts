import { readHeadingLevel, type HeadingLevel } from '../core/heading.js';
import { parseEnum, parseJson, parseList, readText } from '../core/json.js';
import { LINK_URL, readUrl } from '../core/safe-url.js';
import { quote } from '../core/warn.js';
import { checkContent, DEFAULT_CONTENT, mergeContent, selectBenefits, type Benefit, type BenefitsContent, type ContentOverride } from './content.js';

export const LAYOUTS = ['accordion', 'grid', 'list'] as const;
export type BenefitsLayout = (typeof LAYOUTS)[number];

/** The element's attributes, as strings straight from the page. */
export interface BenefitsAttributes {
  layout?: string | null;
  heading?: string | null;
  headingLevel?: string | null;
  benefits?: string | null;
  open?: string | null;
  ctaLabel?: string | null;
  ctaHref?: string | null;
  content?: string | null;
}

/** Everything the element renders, decided once from its attributes. */
export interface BenefitsConfig {
  layout: BenefitsLayout;
  headingLevel: HeadingLevel;
  content: BenefitsContent;
  benefits: Benefit[];
  open: string[];
  cta: { label: string; href: string } | null;
  /** One line per attribute that could not be used, naming it; empty when all is well. */
  problems: string[];
}

/** Reads the attributes into typed data. Pure: no DOM, never throws. */
export function readBenefitsConfig(attrs: BenefitsAttributes, base: BenefitsContent = DEFAULT_CONTENT): BenefitsConfig {
  const problems: string[] = [];

  const layout = parseEnum(attrs.layout, LAYOUTS, 'accordion');
  if (!layout.ok) problems.push(`layout ${layout.error}`);

  const headingLevel = readHeadingLevel(attrs.headingLevel, problems);

  let content = base;
  if (attrs.content) {
    const override = parseJson<ContentOverride>('content', attrs.content, checkContent);
    if (override.ok) content = mergeContent(base, override.value);
    else problems.push(`${override.error}; showing the standard text`);
  }
  const heading = readText('heading', attrs.heading, 200, problems);
  if (heading) content = { ...content, heading };

  const selection = selectBenefits(content.benefits, parseList(attrs.benefits));
  if (selection.unknown.length > 0) {
    problems.push(
      `benefits: unknown id(s) ${selection.unknown.slice(0, 10).map(quote).join(', ')} ` +
        `(known: ${content.benefits.map((benefit) => benefit.id).join(', ')})`,
    );
  }

  const open = parseList(attrs.open);
  const unknownOpen = open.filter((id) => !selection.benefits.some((benefit) => benefit.id === id));
  if (unknownOpen.length > 0) problems.push(`open: no shown benefit has the id(s) ${unknownOpen.slice(0, 10).map(quote).join(', ')}`);

  const label = readText('cta-label', attrs.ctaLabel, 100, problems);
  const href = readUrl('cta-href', attrs.ctaHref, LINK_URL, problems);
  const cta = href && label ? { label, href } : null;
  if (!cta && (label || attrs.ctaHref) && (href || !attrs.ctaHref)) problems.push('a button needs both cta-label and cta-href');

  return {
    layout: layout.ok ? layout.value : 'accordion',
    headingLevel,
    content,
    benefits: selection.benefits,
    open: open.filter((id) => !unknownOpen.includes(id)),
    cta,
    problems,
  };
}
