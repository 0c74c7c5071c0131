/**
 * A small, non-validating XML reader for RSS and Atom.
 *
 * Why not DOMParser: under the strict Content-Security-Policy the README documents
 * (`require-trusted-types-for 'script'`), `parseFromString` is a Trusted Types sink and throws
 * for a plain string, so every RSS and Atom feed failed. A policy of our own would be one more
 * name every clinic must add to its CSP. This reader needs no sink, and it also refuses what
 * feeds never need and hostile ones abuse: a document type with its own entities (an internal
 * DTD subset, the "billion laughs" that froze a page for 30 s in DOMParser). It runs in one
 * linear pass, defines no entity, and loads nothing. References are decoded as in HTML (the five
 * of XML, character references, and the HTML names a careless CMS writes into RSS); an unknown
 * name stays as written rather than losing the whole feed.
 */

// decodeEntities (html-text.ts) is passed in, not imported: this reader is a file of its own,
// fetched only for an RSS or Atom feed (rss.ts), and a module it shared with the bundle would
// become a third file that every page fetches.

/** An element: its name as written ("dc:creator"), its attributes, and its children. */
export interface XmlElement {
  name: string;
  /** The name without a prefix ("creator"). */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  parent?: XmlElement;
}
export type XmlNode = XmlElement | string;

/** Why a document was refused; the message is for the console. */
export class XmlError extends Error {}

const NAME = /[^\s/>="']+/y;
const ATTRIBUTE = /\s*([^\s/>="']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;

/**
 * Parses a whole document; throws XmlError when it is not well-formed or asks for what feeds
 * never need. `decodeEntities` decodes the references in text and attribute values.
 */
export function parseXml(text: string, decodeEntities: (text: string) => string): XmlElement {
  let root: XmlElement | undefined;
  let current: XmlElement | undefined;
  let at = 0;
  const fail = (why: string): never => {
    throw new XmlError(why);
  };
  // Control characters are not allowed in XML; DOMParser refused such feeds too.
  // eslint-disable-next-line no-control-regex -- finding them is the point
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(text)) fail('it contains control characters XML does not allow');
  const skipPast = (end: string) => {
    const found = text.indexOf(end, at);
    if (found < 0) fail(`it ends inside a "${end}" section`);
    const start = at;
    at = found + end.length;
    return text.slice(start, found);
  };

  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const chunk = text.slice(at, lt < 0 ? text.length : lt);
    if (chunk) {
      if (current) current.children.push(decodeEntities(chunk));
      else if (chunk.trim()) fail('it has text outside its root element');
    }
    if (lt < 0) break;
    at = lt;
    if (text.startsWith('<!--', at)) {
      skipPast('-->');
    } else if (text.startsWith('<![CDATA[', at)) {
      at += 9;
      const data = skipPast(']]>');
      if (!current) fail('it has text outside its root element');
      current!.children.push(data);
    } else if (text.startsWith('<?', at)) {
      skipPast('?>');
    } else if (text.startsWith('<!DOCTYPE', at) || text.startsWith('<!doctype', at)) {
      const end = text.indexOf('>', at);
      const declaration = text.slice(at, end < 0 ? text.length : end);
      // Quoted public and system ids may not hold "[", so a "[" here opens an internal subset.
      if (declaration.replace(/"[^"]*"|'[^']*'/g, '').includes('[')) {
        fail('it declares entities of its own (an internal DTD subset), which feeds never need; it is refused');
      }
      if (end < 0) fail('its DOCTYPE is not closed');
      at = end + 1;
    } else if (text.startsWith('<!', at)) {
      fail('it has a declaration outside a DOCTYPE');
    } else if (text.startsWith('</', at)) {
      NAME.lastIndex = at + 2;
      const name = NAME.exec(text)?.[0];
      const end = text.indexOf('>', at);
      if (!current || name !== current.name || end < 0 || text.slice(NAME.lastIndex, end).trim()) {
        fail(`<${current?.name ?? name}> is not closed where it should be`);
      }
      at = end + 1;
      current = current!.parent;
    } else {
      NAME.lastIndex = at + 1;
      const name = NAME.exec(text)?.[0];
      if (!name) fail('it has a "<" that starts no tag');
      at = NAME.lastIndex;
      const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
      for (let match; (ATTRIBUTE.lastIndex = at), (match = ATTRIBUTE.exec(text)); at = ATTRIBUTE.lastIndex) {
        attrs[match[1]] = decodeEntities((match[2] ?? match[3]).replace(/[\t\n\r]/g, ' '));
      }
      TAG_END.lastIndex = at;
      const end = TAG_END.exec(text);
      if (!end) fail(`<${name}> has a malformed attribute`);
      at = TAG_END.lastIndex;
      const element: XmlElement = { name: name!, local: name!.slice(name!.indexOf(':') + 1), attrs, children: [], parent: current };
      if (current) current.children.push(element);
      else if (root) fail('it has more than one root element');
      else root = element;
      if (!end![1]) current = element;
    }
  }
  if (current) fail(`<${current.name}> is never closed`);
  if (!root) fail('it has no root element');
  return root!;
}

/** The child elements of an element. */
export const elements = (parent: XmlElement): XmlElement[] => parent.children.filter((child): child is XmlElement => typeof child !== 'string');

/** All the text inside an element, as textContent would give it. */
export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/**
 * Every element named `name` (as written, prefix included) under `root`, in document order, up to
 * `max`, and how many there are in all.
 */
export function descendants(root: XmlElement, name: string, max: number): { found: XmlElement[]; total: number } {
  const found: XmlElement[] = [];
  let total = 0;
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const element = stack.pop()!;
    if (element.name === name) {
      total++;
      if (found.length < max) found.push(element);
      continue; // feeds do not nest items
    }
    const children = elements(element);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { found, total };
}
