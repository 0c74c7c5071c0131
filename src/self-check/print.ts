import { documentGet, listen, setDocumentSheets } from '../core/dom.js';

/** Hides everything but the element being printed. One sheet for every self-check on the page. */
let printSheet: CSSStyleSheet | undefined;

/** Prints `element` alone: the page around it is hidden until the print dialog closes. */
export function printAlone(element: HTMLElement): void {
  printSheet ??= new CSSStyleSheet();
  printSheet.replaceSync(
    '@media print { body * { visibility: hidden !important; } [data-iop-printing], [data-iop-printing] * { visibility: visible !important; } [data-iop-printing] { position: absolute; inset: 0 auto auto 0; width: 100%; } }',
  );
  const sheet = printSheet;
  setDocumentSheets([...documentGet<CSSStyleSheet[]>('adoptedStyleSheets'), sheet]);
  element.toggleAttribute('data-iop-printing', true);
  listen(
    window,
    'afterprint',
    () => {
      element.removeAttribute('data-iop-printing');
      setDocumentSheets(documentGet<CSSStyleSheet[]>('adoptedStyleSheets').filter((each) => each !== sheet));
    },
    { once: true },
  );
  window.print();
}
