import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
// Registers every element in the server's registry (Lit's DOM shim: in Node, or the embed builder's worker, worker.ts).
import '../index.js';
import { BENEFITS_EN } from '../benefits/content.js';
import { BENEFITS_ES } from '../benefits/es.js';
import { CARDS_ES } from '../article-cards/es.js';
import { CARDS_EN } from '../article-cards/texts.js';
import { VERSION } from '../core/define.js';
import { prerenderTexts } from '../core/prerender-texts.js';
import { CRISIS_ES } from '../crisis-help/es.js';
import { CRISIS_EN } from '../crisis-help/resources.js';
import { SELF_CHECK_ES } from '../self-check/es.js';
import { SELF_CHECK_EN } from '../self-check/texts.js';
import { fallbackHtml, type Attributes } from './fallback.js';
import { PRERENDER_ATTRIBUTE } from './prerendered.js';

// A server render cannot wait for a widget's Spanish file: every language is loaded up front.
prerenderTexts
  .set(BENEFITS_EN, { es: BENEFITS_ES })
  .set(CRISIS_EN, { es: CRISIS_ES })
  .set(SELF_CHECK_EN, { es: SELF_CHECK_ES })
  .set(CARDS_EN, { es: CARDS_ES });

export interface PrerenderOptions {
  /** The page's language ("es", "es-MX"), for an element without a `lang` of its own. */
  lang?: string;
}

const TAGS = ['iop-benefits', 'iop-self-check', 'iop-crisis-help', 'iop-article-cards', 'iop-article-card'];

/**
 * Elements whose first render in the browser depends on what only the browser knows, so it cannot
 * match a server's: the article cards (a feed, or the page's own links read at run time), and a
 * self-check that restores saved answers (`remember`) or shows the quick-exit keyboard hint (only
 * on a device with a keyboard). They get their no-JS fallback instead of a shadow root and draw
 * themselves when the script runs, as without prerendering.
 */
const clientOnly = (tag: string, attributes: Attributes) =>
  tag.startsWith('iop-article-card') || (tag === 'iop-self-check' && ('remember' in attributes || 'quick-exit-url' in attributes));

const ELEMENT = /^\s*<([a-z][a-z0-9]*-[a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>(?:([^]*)<\/\1\s*>)?\s*$/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name]);
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Reads `<iop-x a="1" b>children</iop-x>`: the tag, its attributes, and what is written inside. */
export function parseElement(markup: string): { tag: string; attributes: Attributes; children: string } {
  const match = ELEMENT.exec(markup);
  if (!match || !TAGS.includes(match[1].toLowerCase())) {
    throw new Error(`expected one element, <${TAGS.join('>, <')}>, with its attributes: got ${JSON.stringify(markup.slice(0, 80))}`);
  }
  const attributes: Attributes = {};
  for (const [, name, double, single, bare] of match[2].matchAll(ATTRIBUTE)) {
    attributes[name.toLowerCase()] = decode(double ?? single ?? bare ?? '');
  }
  return { tag: match[1].toLowerCase(), attributes, children: match[3] ?? '' };
}

/**
 * Renders one element, written as it would be in a page, to HTML with its shadow root as
 * declarative shadow DOM: `await prerender('<iop-benefits layout="grid"></iop-benefits>')`. The
 * HTML shows (and is crawlable) without any script; the script-tag bundle with `iop-hydrate.js`
 * loaded before it then takes it over without drawing it again. What was written inside the
 * element is kept; an element with nothing inside gets its no-JS fallback (fallback.ts) only when it
 * is not prerendered, since a shadow root hides it anyway. Throws for anything but one iop-* element.
 */
export async function prerender(markup: string, options: PrerenderOptions = {}): Promise<string> {
  const { tag, attributes, children } = parseElement(markup);
  if (options.lang && !attributes.lang) attributes.lang = options.lang;
  if (clientOnly(tag, attributes)) {
    const inside = children.trim() ? children : fallbackHtml(tag, attributes);
    return `<${tag}${serialize(attributes)}>${inside}</${tag}>`;
  }
  const open = `<${tag}${serialize({ ...attributes, [PRERENDER_ATTRIBUTE]: VERSION })}>`;
  const result = await collectResult(render(html`${unsafeStatic(open)}${unsafeStatic(children)}${unsafeStatic(`</${tag}>`)}`));
  // The outer template's own hydration markers: the page never hydrates it, only the element.
  return result.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}

const serialize = (attributes: Attributes) =>
  Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
