/**
 * Page-wide DOM access that a host page cannot break by accident. `<img name="addEventListener">`
 * or `<form name="head">` replaces `document.addEventListener` / `document.head` with the element
 * (named properties override the document's own), so anything we need from `document` or `window`
 * is read from the prototypes the browser defined, not from the objects a page can shadow.
 */

/** Adds a listener and returns the function that removes it. */
export function listen<K extends keyof WindowEventMap>(
  target: EventTarget,
  type: K,
  handler: (event: WindowEventMap[K]) => void,
  options?: AddEventListenerOptions,
): () => void {
  EventTarget.prototype.addEventListener.call(target, type, handler as EventListener, options);
  return () => EventTarget.prototype.removeEventListener.call(target, type, handler as EventListener, options);
}

const documentDescriptor = (name: string) => Object.getOwnPropertyDescriptor(Document.prototype, name);

/** `document[name]` as the browser defines it. */
export function documentGet<T>(name: 'head' | 'adoptedStyleSheets'): T {
  return documentDescriptor(name)?.get?.call(document) as T;
}

/** `document.adoptedStyleSheets = sheets`, immune to a page element named "adoptedStyleSheets". */
export function setDocumentSheets(sheets: CSSStyleSheet[]): void {
  documentDescriptor('adoptedStyleSheets')?.set?.call(document, sheets);
}

/** `document.querySelectorAll(selectors)` as the browser defines it, immune to a page element named "querySelectorAll". */
export function documentQueryAll<E extends Element = Element>(selectors: string): E[] {
  return [...Document.prototype.querySelectorAll.call(document, selectors)] as E[];
}
