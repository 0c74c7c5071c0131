import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { documentGet, listen, setDocumentSheets } from '../core/dom.js';

/** Hides everything but the element being printed. One sheet for every self-check on the page. */
let printSheet: CSSStyleSheet | undefined;

const pageSheets = () => documentGet<CSSStyleSheet[]>('adoptedStyleSheets');

/**
 * Prints the host alone: the page around it is hidden until the print dialog closes, or until
 * the host leaves the page, so a page is never left hidden by a self-check that is gone.
 *
 * A printed summary also shows what is folded away (the details for a clinician): a closed
 * <details> prints closed, and print CSS cannot open one in a shadow root in every engine, so
 * each closed one is opened before any print (our button or the browser's own) and closed after.
 */
export class PrintController implements ReactiveController {
  #stopWaiting?: () => void;
  #stopListening: Array<() => void> = [];
  /** The <details> this controller opened for printing, to close again after. */
  #opened: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopListening = [listen(window, 'beforeprint', () => this.#unfold()), listen(window, 'afterprint', () => this.#refold())];
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
    // Browsers send beforeprint for window.print() too; opening here as well does not rely on it.
    this.#unfold();
    window.print();
  }

  hostDisconnected(): void {
    this.#done();
    this.#refold();
    for (const stop of this.#stopListening) stop();
    this.#stopListening = [];
  }

  #unfold(): void {
    const root = (this.host as { renderRoot?: ParentNode }).renderRoot ?? this.host.shadowRoot;
    const closed = [...(root?.querySelectorAll<HTMLDetailsElement>('details:not([open])') ?? [])];
    for (const details of closed) details.open = true;
    this.#opened.push(...closed);
  }

  /** Closes what was opened for printing; one the visitor opened stays open. */
  #refold(): void {
    for (const details of this.#opened) details.open = false;
    this.#opened = [];
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
