import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets a story's args on the element as attributes, exactly as a page would write them, so every
 * control works and no render lists the attributes again. Only attribute-like names (`cta-label`,
 * not `onIopBenefitToggle`) are set; an empty, false or missing value removes the attribute.
 */
class AttributesDirective extends Directive {
  private set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element: <iop-x ${attributes(args)}>');
  }

  render(_args: object): unknown {
    return nothing;
  }

  override update(part: ElementPart, [args]: [object]): unknown {
    const element = part.element;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(args)) {
      if (!/^[a-z][a-z0-9-]*$/.test(name) || value === undefined || value === null || value === false || value === '') continue;
      element.setAttribute(name, value === true ? '' : String(value));
      next.add(name);
    }
    for (const name of this.set) if (!next.has(name)) element.removeAttribute(name);
    this.set = next;
    return nothing;
  }
}

export const attributes = directive(AttributesDirective);
