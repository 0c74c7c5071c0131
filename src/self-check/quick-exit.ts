import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { documentGet, listen } from '../core/dom.js';

const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 1500;

/** Fields where Shift is part of typing, not a request to leave. */
const isTextField = (target: EventTarget | undefined): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type);
};

/** Whether the visitor has a keyboard-and-mouse device: touch phones are not told to press Shift. */
export const hasKeyboardHint = (): boolean => globalThis.matchMedia?.('(hover: hover) and (pointer: fine)').matches ?? false;

/**
 * "Exit this page" (GOV.UK's pattern, as the clinical reference gives it): the button, and Shift
 * pressed 3 times anywhere in the page except while typing in a text field. On exit the page is
 * covered at once, the host clears what the visitor entered, no referrer goes to the neutral page,
 * and the page is replaced so Back does not return here.
 */
export class QuickExitController implements ReactiveController {
  private shiftTimes: number[] = [];
  private stopListening?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: { url: () => string | null; clear: () => void; navigate: (url: string) => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capture on window: the self-check keeps its own keys from bubbling out (privacy), and a
    // capture listener still hears them first.
    this.stopListening = listen(window, 'keydown', this.handleKeydown, { capture: true });
  }

  hostDisconnected(): void {
    this.stopListening?.();
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    if (!this.options.url()) return;
    if (event.key !== 'Shift' || isTextField(event.composedPath()[0])) {
      this.shiftTimes = [];
      return;
    }
    if (event.repeat) return;
    const now = event.timeStamp;
    this.shiftTimes = [...this.shiftTimes.filter((time) => now - time < SHIFT_WINDOW_MS), now];
    if (this.shiftTimes.length >= SHIFT_PRESSES) this.exit();
  };

  exit(): void {
    const url = this.options.url();
    if (!url) return;
    this.shiftTimes = [];
    this.cover();
    this.options.clear();
    // The neutral site must not learn which page the visitor left (a Referer would name it).
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    documentGet<HTMLHeadElement | null>('head')?.append(meta);
    this.options.navigate(url);
  }

  /**
   * Covers the whole page at once (the top layer is above anything the page has) while it is
   * replaced: the host renders a `<dialog class="leaving">` while quick exit is on.
   */
  private cover(): void {
    const cover = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.leaving');
    try {
      cover?.showModal();
    } catch {
      cover?.setAttribute('open', '');
    }
  }
}
