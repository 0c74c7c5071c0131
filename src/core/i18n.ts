import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from './warn.js';

export type Lang = 'en' | 'es';

/**
 * The language tag in force for an element ("es-MX"): its own `lang`, else the nearest
 * ancestor's, across shadow roots so a widget inside another follows it; the page's last.
 */
export function langTagOf(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}

/** The language a widget speaks: Spanish for any "es-*", else English. */
export const langOf = (element: Element): Lang => (/^es\b/i.test(langTagOf(element) ?? '') ? 'es' : 'en');

/** Widgets to re-render when any lang attribute in the page changes; one observer for all. */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

function watch(host: ReactiveControllerHost): void {
  hosts.add(host);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((each) => each.requestUpdate()));
    // The document itself, not document.documentElement: a page's <img name="documentElement">
    // replaces that property, and the widgets would stop following <html lang>.
    observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(host: ReactiveControllerHost): void {
  hosts.delete(host);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Gives a widget its texts in the visitor's language. English is bundled; Spanish is a separate
 * module, imported the first time a Spanish widget renders, so English pages never load it.
 * While it loads the widget shows English, then re-renders.
 */
export class Texts<T> implements ReactiveController {
  lang: Lang = 'en';
  private spanish?: T;
  private loading?: Promise<void>;
  private warned = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly english: T,
    private readonly loadSpanish: () => Promise<T>,
  ) {
    host.addController(this);
  }

  /**
   * The texts to use now. Reading them checks the language (a walk up a few ancestors), so they
   * are right in willUpdate and render alike, and starts loading Spanish the first time it is needed.
   */
  get t(): T {
    this.lang = langOf(this.host);
    if (this.lang === 'es' && !this.spanish && !this.loading) {
      this.loading = this.loadSpanish().then(
        (texts) => {
          this.spanish = texts;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          // Offline, blocked, or the file was not copied next to the bundle: stay in English rather
          // than show nothing, try again on the next render, and tell the webmaster once.
          this.loading = undefined;
          if (!this.warned) {
            this.warned = true;
            warn(this.host.localName, `shows English: its Spanish file did not load (${error}). Copy the iop-*-es-*.js files beside the script.`);
          }
        },
      );
    }
    return this.lang === 'es' && this.spanish ? this.spanish : this.english;
  }

  hostConnected(): void {
    watch(this.host);
  }

  hostDisconnected(): void {
    unwatch(this.host);
  }
}
