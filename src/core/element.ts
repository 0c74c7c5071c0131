import { html, LitElement, nothing, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import { checkContrast } from './contrast-queue.js';
import { yieldToBrowser } from './tasks.js';
import { Warnings, type CommonWords } from './warn.js';

/** Color presets every element takes in its `theme` attribute. */
export type Theme = 'light' | 'dark' | 'auto' | 'high-contrast';

/** What every widget's config has: one line per setting it could not use, naming the attribute. */
export interface Configured {
  readonly problems: readonly string[];
}

/**
 * The base of every iop-* element.
 *
 * Lit renders in a microtask, so every widget that upgrades when the script runs would render
 * inside that one task: on a phone, a long task that blocks taps and scrolling while the page
 * loads. A widget placed in the page itself gives its first render a task of its own, so the
 * browser can handle input between widgets. Measured on the demo at 4x CPU (longtask observer,
 * median of 7 loads): Total Blocking Time 147 -> 30 ms, layout shift unchanged (0). Elements inside
 * another widget's shadow root (the crisis help in the self-check) render with their parent,
 * so a screen never appears without its crisis help.
 *
 * Not an element itself (it has no tag), but documented: custom-elements.json names it as every
 * element's superclass, and tools follow that reference. The theme tokens below are read by every
 * element (src/core/styles.ts); custom-elements.json lists them on each one.
 *
 * @cssprop [--iop-color-primary=#135d66] - Accent: links, buttons, the selected answer, the IOP step.
 * @cssprop [--iop-color-on-primary=#ffffff] - Text on the accent color.
 * @cssprop [--iop-color-text=#1b1f24] - Body text.
 * @cssprop [--iop-color-text-muted=#454d57] - Secondary text.
 * @cssprop [--iop-color-surface=#ffffff] - Background.
 * @cssprop [--iop-color-surface-alt=#eef4f5] - Cards and panels.
 * @cssprop [--iop-color-border=#6b7580] - Borders.
 * @cssprop [--iop-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--iop-color-danger=#a4161a] - Errors and the crisis help accent.
 * @cssprop [--iop-color-danger-surface=#fdeeee] - The crisis help background.
 * @cssprop [--iop-color-primary-dark=#8fd3dc] - Accent in dark mode (theme="dark", or "auto" on a dark system). Every color token has a `-dark` twin for the dark scheme.
 * @cssprop [--iop-color-on-primary-dark=#0c2226] - Text on the accent color in dark mode.
 * @cssprop [--iop-color-text-dark=#eceff2] - Body text in dark mode.
 * @cssprop [--iop-color-text-muted-dark=#c3cad2] - Secondary text in dark mode.
 * @cssprop [--iop-color-surface-dark=#15191e] - Background in dark mode.
 * @cssprop [--iop-color-surface-alt-dark=#222a31] - Cards and panels in dark mode.
 * @cssprop [--iop-color-border-dark=#8d97a2] - Borders in dark mode.
 * @cssprop [--iop-color-focus-dark=#9ec2ff] - Focus ring in dark mode.
 * @cssprop [--iop-color-danger-dark=#ffb4ab] - Errors and the crisis help accent in dark mode.
 * @cssprop [--iop-color-danger-surface-dark=#2b1d1f] - The crisis help background in dark mode.
 * @cssprop [--iop-background=transparent] - The widget's background: none by default (the page shows through); a `theme` attribute paints its surface color.
 * @cssprop [--iop-padding=0] - Room between the widget's edge and its content; `--iop-space` when a `theme` is set.
 * @cssprop [--iop-radius=0.5em] - Corner radius.
 * @cssprop [--iop-space=1em] - Base spacing.
 * @cssprop [--iop-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--iop-font-size=medium] - Base text size; every other size follows it. By default the visitor's own browser text size, whatever the page root's size.
 */
export abstract class IopElement<Config extends Configured = Configured> extends LitElement {
  static override properties: PropertyDeclarations = { theme: { reflect: true } };

  /**
   * Elements this one renders, registered with it through the same guard as its own tag
   * (core/define.ts), instead of imported for their side effect.
   */
  static dependencies: Record<string, CustomElementConstructor> = {};

  /** Color preset: `light`, `dark`, `auto` (follows the visitor's system setting) or `high-contrast`. */
  theme?: Theme;

  /** The widget's words in each language (a Texts); resolved once per update, before anything reads them. */
  protected abstract readonly texts: { readonly lang: string; readonly t: CommonWords; resolve(): void };

  /** Reads the element's attributes into its typed config (the widget's config.ts does the work). */
  protected abstract readConfig(): Config;

  #config?: Config;
  #warnings?: Warnings;

  /** The settings in force, read from the attributes in willUpdate (or on first use, if earlier). */
  protected get config(): Config {
    return (this.#config ??= this.readConfig());
  }

  /**
   * One place reads the configuration, for every element: the language first (some words are
   * part of the config), then the attributes, again whenever an attribute property or the
   * language changed. Each problem is named in the console once. Subclasses that override
   * willUpdate call super first.
   */
  protected override willUpdate(changed: PropertyValues): void {
    const lang = this.texts.lang;
    this.texts.resolve();
    const declared = (this.constructor as typeof IopElement).elementProperties;
    const attributeChanged = [...changed.keys()].some((key) => key !== 'theme' && !declared.get(key)?.state);
    if (!this.#config || attributeChanged || lang !== this.texts.lang) this.#config = this.readConfig();
    this.reportProblems(this.config.problems);
  }

  /** Names each problem in the console once, under the element's tag, however often it recurs. */
  protected reportProblems(problems: readonly string[]): void {
    (this.#warnings ??= new Warnings(this.localName)).report(problems);
  }

  /** The calm note for the site owner when a setting could not be used (the console names it). */
  protected renderNotice(show = this.config.problems.length > 0): unknown {
    return show ? html`<p class="notice" part="notice">${this.texts.t.notice}</p>` : nothing;
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && this.getRootNode() === document) await yieldToBrowser();
    super.scheduleUpdate();
  }

  /**
   * After the first render and on each theme change, the colors are checked off the render path
   * (in an idle moment, see contrast-queue.ts) and any pair under WCAG AA is named in the console.
   * Only widgets placed in the page: those inside another widget, or an article card that only
   * describes an article to its list, share their parent's colors. (In update(), which no element
   * overrides, so no subclass can forget to call it.)
   */
  protected override update(changed: PropertyValues): void {
    if (this.stalePrerender) this.renderRoot.replaceChildren();
    this.stalePrerender = false;
    super.update(changed);
    if (this.getRootNode() !== document || this.parentElement?.localName.startsWith('iop-')) return;
    if (changed.has('theme') || !this.contrastChecked) {
      this.contrastChecked = true;
      checkContrast(this);
    }
  }
  private contrastChecked = false;

  /**
   * Prerendered HTML (declarative shadow DOM, iop-widgets/ssr) that is not being hydrated, because
   * iop-hydrate.js was not loaded first or another version wrote it: Lit would draw after it, so it
   * is cleared, in the same task as the first render so no empty box is ever painted.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = Boolean(this.shadowRoot);
    const root = super.createRenderRoot();
    this.stalePrerender = prerendered && !(this as { iopHydrating?: boolean }).iopHydrating;
    // Lit draws before the root's first child, which is about to go.
    if (this.stalePrerender) this.renderOptions.renderBefore = null;
    return root;
  }
  private stalePrerender = false;

  /** What the element shows: subclasses implement this instead of render(). */
  protected abstract renderContent(): unknown;

  /**
   * What the element shows if renderContent() throws. A bug must not leave a visitor, perhaps in
   * distress, with an empty box and the page with an uncaught error: the self-check falls back to
   * crisis help, the article cards to the page's own links, the others to nothing.
   */
  protected renderFallback?(): unknown;

  protected override render(): unknown {
    try {
      return this.renderContent();
    } catch (error) {
      this.reportFailure(error);
      return this.renderFallback?.();
    }
  }

  /**
   * The whole update is guarded, not only render(): an error in willUpdate() or updated() (a host
   * page can clobber what the element reads, e.g. `<img name="baseURI">`) would otherwise reject
   * updateComplete, reach the page as an unhandled rejection and leave the widget blank.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      this.reportFailure(error);
      try {
        render(this.renderFallback?.() ?? nothing, this.renderRoot, this.renderOptions);
      } catch {
        // Nothing more can be drawn; the error is already in the console.
      }
    }
  }

  private reportFailure(error: unknown): void {
    console.error(`[iop-widgets] <${this.localName}>: could not render, so it shows a fallback.`, error);
  }
}
