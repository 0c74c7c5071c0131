import { a11ySnapshot } from '@web/test-runner-commands';

/** Records console.warn calls while a test runs, so a test can assert what a webmaster would see. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The element's shadow root, typed, for querying rendered parts. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** The element focused inside a shadow root, following nested roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Waits until every iop-* element inside `root` has rendered. A widget placed in the page renders
 * in a task of its own (core/element.ts), so markup that wraps widgets needs this after fixture().
 */
export async function widgetsRendered(root: ParentNode): Promise<void> {
  const widgets = [...root.querySelectorAll('*')].filter((node) => node.localName.startsWith('iop-'));
  await Promise.all(widgets.map((node) => (node as Element & { updateComplete: Promise<unknown> }).updateComplete));
}

/** A node of Chromium's accessibility tree: what a screen reader is given. */
export interface AxNode {
  role: string;
  name: string;
  pressed?: boolean | 'mixed';
  children?: AxNode[];
}

/** The nodes with this role in the page's accessibility tree (shadow roots included), in order. */
export async function accessibleNodes(role: string): Promise<AxNode[]> {
  const found: AxNode[] = [];
  const walk = (node: AxNode) => {
    if (node.role === role) found.push(node);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return found;
}
