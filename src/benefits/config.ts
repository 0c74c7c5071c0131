import { asWritten, headingLevel, idList, oneOf, readAttributes, textUpTo, urlOf, type AttributeValues } from '../core/attributes.js';
import type { HeadingLevel } from '../core/heading.js';
import { parseJson } from '../core/json.js';
import { LINK_URL } from '../core/safe-url.js';
import { quote } from '../core/warn.js';
import { checkContent, DEFAULT_CONTENT, mergeContent, selectBenefits, type Benefit, type BenefitsContent, type ContentOverride } from './content.js';

export const LAYOUTS = ['accordion', 'grid', 'list'] as const;
export type BenefitsLayout = (typeof LAYOUTS)[number];

/** The attributes of <iop-benefits> that carry settings, each with its reader. */
export const BENEFITS_ATTRIBUTES = {
  layout: oneOf(LAYOUTS, 'accordion'),
  headingLevel: headingLevel(),
  content: asWritten,
  heading: textUpTo(200),
  benefits: idList,
  open: idList,
  ctaLabel: textUpTo(100),
  ctaHref: urlOf(LINK_URL),
};

export type BenefitsAttributes = AttributeValues<typeof BENEFITS_ATTRIBUTES>;

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
  const read = readAttributes(BENEFITS_ATTRIBUTES, attrs, problems);

  let content = base;
  if (read.content) {
    const override = parseJson<ContentOverride>('content', read.content, checkContent);
    if (override.ok) content = mergeContent(base, override.value);
    else problems.push(`${override.error}; showing the standard text`);
  }
  if (read.heading) content = { ...content, heading: read.heading };

  const selection = selectBenefits(content.benefits, read.benefits);
  if (selection.unknown.length > 0) {
    problems.push(
      `benefits: unknown id(s) ${selection.unknown.slice(0, 10).map(quote).join(', ')} ` +
        `(known: ${content.benefits.map((benefit) => benefit.id).join(', ')})`,
    );
  }

  const unknownOpen = read.open.filter((id) => !selection.benefits.some((benefit) => benefit.id === id));
  if (unknownOpen.length > 0) problems.push(`open: no shown benefit has the id(s) ${unknownOpen.slice(0, 10).map(quote).join(', ')}`);

  const { ctaLabel: label, ctaHref: href } = read;
  const cta = href && label ? { label, href } : null;
  if (!cta && (label || attrs.ctaHref) && (href || !attrs.ctaHref)) problems.push('a button needs both cta-label and cta-href');

  return {
    layout: read.layout,
    headingLevel: read.headingLevel,
    content,
    benefits: selection.benefits,
    open: read.open.filter((id) => !unknownOpen.includes(id)),
    cta,
    problems,
  };
}
