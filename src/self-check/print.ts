import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { documentGet, listen, setDocumentSheets } from '../core/dom.js';

/** Hides everything but the element being printed. One sheet for every self-check on the page. */
let printSheet: CSSStyleSheet | undefined;

const pageSheets = () => documentGet<CSSStyleSheet[]>('adoptedStyleSheets');

/**
 * Prints the host alone: the page around it is hidden until the print dialog closes, or until
 * the host leaves the page, so a page is never left hidden by a self-check that is gone.
 */
export class PrintController implements ReactiveController {
  #stopWaiting?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  print(): void {
    printSheet ??= new CSSStyleSheet();
    printSheet.replaceSync(
      '@media print { body * { visibility: hidden !important; } [data-iop-printing], [data-iop-printing] * { visibility: visible !important; } [data-iop-printing] { position: absolute; inset: 0 auto auto 0; width: 100%; } }',
    );
    this.#done();
    setDocumentSheets([...pageSheets(), printSheet]);
    this.host.toggleAttribute('data-iop-printing', true);
    this.#stopWaiting = listen(window, 'afterprint', () => this.#done(), { once: true });
    window.print();
  }

  hostDisconnected(): void {
    this.#done();
  }

  /** Shows the page again. */
  #done(): void {
    if (!this.#stopWaiting) return;
    this.#stopWaiting();
    this.#stopWaiting = undefined;
    this.host.removeAttribute('data-iop-printing');
    setDocumentSheets(pageSheets().filter((each) => each !== printSheet));
  }
}
