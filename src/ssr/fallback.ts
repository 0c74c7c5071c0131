import { BENEFITS_EN } from '../benefits/content.js';
import { readBenefitsConfig } from '../benefits/config.js';
import { BENEFITS_ES } from '../benefits/es.js';
import { CRISIS_ES } from '../crisis-help/es.js';
import { CRISIS_EN, readResources, type CrisisAction, type CrisisResource } from '../crisis-help/resources.js';
import { readSelfCheckConfig } from '../self-check/config.js';
import { SELF_CHECK_ES } from '../self-check/es.js';
import { SELF_CHECK_EN } from '../self-check/texts.js';

/**
 * The light-DOM content written inside an element in the page: what shows before the script
 * upgrades it, and all that shows when script never runs (blocked, failed, an old phone, a crawler).
 * Once the element renders, its shadow root has no default slot, so this content is neither drawn
 * nor in the accessibility tree: a screen reader does not meet it twice.
 *
 * Pure (no DOM): the embed builder, the `iop-widgets/ssr` API and the CLI all use it. Everything
 * comes from the element's own parsers and texts, so a link the widget would refuse is refused here
 * too, and every value is escaped: nothing from an attribute becomes markup.
 */

/** An element's attributes as written in the page: name to value, `''` for a boolean attribute. */
export type Attributes = Record<string, string>;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
const link = (href: string, label: string) => `<a href="${escapeAttribute(href)}">${escapeText(label)}</a>`;
const line = (links: string[]) => links.join(' · ');

/** Spanish for any "es-*" tag, as the widgets decide (core/i18n.ts); `pageLang` is the page's own. */
const isSpanish = (attributes: Attributes, pageLang?: string) => /^es\b/i.test(attributes.lang ?? pageLang ?? '');

/**
 * The crisis numbers as call and text links: every tel: and sms: link of each resource (a resource
 * with neither keeps its first link, a chat page say), from the clinic's own resources when valid.
 * `notes` are the resources' own notes ("press 2 for Spanish", "text AYUDA", veterans), which a
 * link label has no room for and a visitor without script must not lose.
 */
function crisisLinks(resources: string | undefined, spanish: boolean): { title: string; links: string[]; notes: string } {
  const texts = spanish ? CRISIS_ES : CRISIS_EN;
  const list: CrisisResource[] = (resources && readResources(resources, [])) || texts.resources;
  const isNumber = (action: CrisisAction) => /^(tel|sms):/.test(action.href);
  const actions = list.flatMap((resource) => (resource.actions.some(isNumber) ? resource.actions.filter(isNumber) : resource.actions.slice(0, 1)));
  const notes = list.flatMap((resource) => (resource.note ? [resource.note] : [])).join(' ');
  return { title: texts.heading, links: actions.map((action) => link(action.href, action.label)), notes: escapeText(notes) };
}

function crisisHelp(attributes: Attributes, spanish: boolean): string {
  const { title, links, notes } = crisisLinks(attributes.resources, spanish);
  return `<p><strong>${escapeText(title)}:</strong> ${line(links)}</p>${notes ? `<p>${notes}</p>` : ''}`;
}

/** One line: the self-check's title, the clinic's contact (link and phone), and the crisis numbers. */
function selfCheck(attributes: Attributes, spanish: boolean): string {
  const { ui } = spanish ? SELF_CHECK_ES : SELF_CHECK_EN;
  const config = readSelfCheckConfig({
    audience: attributes.audience,
    clinicName: attributes['clinic-name'],
    phone: attributes.phone,
    ctaHref: attributes['cta-href'],
    ctaLabel: attributes['cta-label'],
  });
  const clinic = [
    ...(config.cta ? [link(config.cta.href, config.cta.label ?? ui.contact(config.clinicName))] : []),
    ...(config.phone ? [link(config.phone.href, ui.call(config.phone.label))] : []),
  ];
  const crisis = crisisLinks(attributes['crisis-resources'], spanish);
  const title = `<strong>${escapeText(ui.title[config.audience])}</strong>`;
  const notes = crisis.notes ? `. ${crisis.notes}` : '';
  return `<p>${title} ${clinic.length ? `${line(clinic)}. ` : ''}<strong>${escapeText(crisis.title)}:</strong> ${line(crisis.links)}${notes}</p>`;
}

/** The explainer's heading (at its level) and first paragraph, and its call to action if set. */
function benefits(attributes: Attributes, spanish: boolean): string {
  const base = (spanish ? BENEFITS_ES : BENEFITS_EN).content;
  const config = readBenefitsConfig(
    {
      heading: attributes.heading,
      headingLevel: attributes['heading-level'],
      content: attributes.content,
      ctaLabel: attributes['cta-label'],
      ctaHref: attributes['cta-href'],
    },
    base,
  );
  const level = config.headingLevel;
  const first = config.content.about[0];
  return [
    `<h${level}>${escapeText(config.content.heading)}</h${level}>`,
    first ? `<p>${escapeText(first)}</p>` : '',
    config.cta ? `<p>${link(config.cta.href, config.cta.label)}</p>` : '',
  ].join('');
}

const FALLBACKS: Record<string, (attributes: Attributes, spanish: boolean) => string> = {
  'iop-crisis-help': crisisHelp,
  'iop-self-check': selfCheck,
  'iop-benefits': benefits,
};

/**
 * The fallback HTML to write inside `<tag ...attributes>`: empty for the article cards, whose
 * fallback is the page's own links to its articles (written by the page, read by the widget).
 * `pageLang` is the page's language when the element has no `lang` of its own.
 */
export function fallbackHtml(tag: string, attributes: Attributes = {}, pageLang?: string): string {
  return FALLBACKS[tag]?.(attributes, isSpanish(attributes, pageLang)) ?? '';
}
