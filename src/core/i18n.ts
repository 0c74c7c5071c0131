import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { prerenderTexts } from './prerender-texts.js';
import { warn } from './warn.js';

/**
 * The language tag in force for an element ("es-MX"): its own `lang`, else the nearest
 * ancestor's, across shadow roots so a widget inside another follows it; the page's last.
 */
export function langTagOf(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * Which of the `available` languages speaks to `tag`: the whole tag ("pt-br"), then its language
 * ("es-MX" -> "es"), then English. Keys are lower case.
 */
export function pickLanguage(tag: string | undefined, available: readonly string[]): string {
  const wanted = (tag ?? '').trim().toLowerCase();
  if (available.includes(wanted)) return wanted;
  const primary = wanted.split('-')[0];
  return available.includes(primary) ? primary : 'en';
}

/** The language a widget with only English and Spanish speaks. */
export const langOf = (element: Element): string => pickLanguage(langTagOf(element), ['en', 'es']);

/**
 * A widget's words in each language it speaks: English bundled (the fallback for every other
 * language), any other language a module imported the first time a widget needs it, so a page
 * loads only the languages it shows. Adding a language is one file per widget and one line here.
 */
export type Languages<T> = { en: T } & Record<string, T | (() => Promise<T>)>;

/** "Spanish" for "es", for the webmaster's warning. */
function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** Widgets to re-render when any lang attribute in the page changes; one observer for all. */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

let watchedRoots = new WeakSet<Node>();
const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

function watch(host: ReactiveControllerHost & Element): void {
  hosts.add(host);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((each) => each.requestUpdate()));
    // The document itself, not document.documentElement: a page's <img name="documentElement">
    // replaces that property, and the widgets would stop following <html lang>.
    observer.observe(document, LANG_CHANGES);
  }
  // Observing the document does not reach into shadow roots: a widget drawn inside another (the
  // self-check's crisis help, whose lang the self-check sets once its own Spanish has loaded)
  // would stay in the language it was drawn in. Its shadow root is watched too.
  const root = host.getRootNode();
  if (root !== document && !watchedRoots.has(root)) {
    watchedRoots.add(root);
    observer.observe(root, LANG_CHANGES);
  }
}

function unwatch(host: ReactiveControllerHost): void {
  hosts.delete(host);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
    watchedRoots = new WeakSet();
  }
}

/**
 * Gives a widget its words in the visitor's language. The language is resolved once per update
 * (IopElement.willUpdate calls resolve()), so every read during the update is the same words,
 * and `locale` gives dates in the same tag. While a language loads the widget shows English,
 * then re-renders.
 */
export class Texts<T> implements ReactiveController {
  /** The language of the words in use: a key of the map ("es"). */
  lang = 'en';
  /** The tag for dates and numbers: the page's own ("es-MX") where it is in that language, else the language. */
  locale = 'en';
  private words: T;
  private readonly loaded = new Map<string, T>();
  private readonly loading = new Set<string>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly languages: Languages<T>,
  ) {
    this.words = languages.en;
    host.addController(this);
  }

  /** The words to use now, as resolved at the start of this update. */
  get t(): T {
    return this.words;
  }

  /** Reads the element's language (a walk up a few ancestors) and starts loading it if needed. */
  resolve(): void {
    const tag = langTagOf(this.host);
    const lang = pickLanguage(tag, Object.keys(this.languages));
    const entry = this.languages[lang];
    // A server render cannot wait for a language to load: it has them all already (prerender-texts.ts).
    const preloaded = isServer ? (prerenderTexts.get(this.languages.en as object)?.[lang] as T | undefined) : undefined;
    const words = typeof entry === 'function' ? (this.loaded.get(lang) ?? preloaded) : entry;
    if (!words && typeof entry === 'function') this.load(lang, entry as () => Promise<T>);
    this.lang = words ? lang : 'en';
    this.words = words ?? this.languages.en;
    const own = tag?.toLowerCase();
    this.locale = own && (own === this.lang || own.split('-')[0] === this.lang) ? tag! : this.lang;
  }

  private load(lang: string, load: () => Promise<T>): void {
    if (this.loading.has(lang)) return;
    this.loading.add(lang);
    load().then(
      (words) => {
        this.loaded.set(lang, words);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // Offline, blocked, or the file was not copied next to the bundle: stay in English rather
        // than show nothing, try again on the next render, and tell the webmaster once.
        this.loading.delete(lang);
        if (this.warned.has(lang)) return;
        this.warned.add(lang);
        warn(
          this.host.localName,
          `shows English: its ${languageName(lang)} file did not load (${error}). Copy the iop-*-${lang}-*.js files beside the script.`,
        );
      },
    );
  }

  hostConnected(): void {
    watch(this.host);
  }

  hostDisconnected(): void {
    unwatch(this.host);
  }
}
