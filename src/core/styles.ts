import { css, unsafeCSS } from 'lit';

/**
 * Design tokens, two tiers. A clinic sets the public `--iop-*` properties on any ancestor (or on
 * the element); every widget reads them through the private `--_*` names below, each with a
 * fallback, so a widget renders correctly with no theme at all. Presets only change fallbacks,
 * which keeps a clinic's own tokens winning over a preset.
 *
 * Each scheme has its own colors: `--iop-color-<name>` for light, `--iop-color-<name>-dark` for
 * dark (theme="dark", and theme="auto" when the visitor's system is dark). One brand color cannot
 * serve both: a teal that reads 7:1 on white reads 2.2:1 on near-black. Both schemes are kept on
 * the host as `--_light-*` and `--_dark-*` whatever the mode, so contrast-check.ts can warn about
 * the dark colors of theme="auto" while the webmaster looks at the page in light mode.
 *
 * Light palette contrast against --_surface (#ffffff): text 15.9:1, muted 7.6:1, primary 7.4:1.
 * Dark palette against #15191e: text 14.6:1, muted 9.0:1, primary 9.6:1.
 * High contrast: black and near-black on white, dark blue and dark red accents (all 10:1 or more).
 * test/theming/contrast.test.ts measures every pair from the rendered colors.
 */
/** The color tokens: `--iop-color-<name>` (light) and `--iop-color-<name>-dark`. */
export const COLOR_NAMES = ['primary', 'on-primary', 'text', 'text-muted', 'surface', 'surface-alt', 'border', 'focus', 'danger', 'danger-surface'];

const use = (scheme: 'light' | 'dark') =>
  unsafeCSS(COLOR_NAMES.map((name) => `--_${name === 'text-muted' ? 'muted' : name}: var(--_${scheme}-${name});`).join(''));

const dark = css`
  ${use('dark')}
  color-scheme: dark;
`;

const highContrast = css`
  --_primary: var(--iop-color-primary, #00337a);
  --_on-primary: var(--iop-color-on-primary, #ffffff);
  --_text: var(--iop-color-text, #000000);
  --_muted: var(--iop-color-text-muted, #1a1a1a);
  --_surface: var(--iop-color-surface, #ffffff);
  --_surface-alt: var(--iop-color-surface-alt, #ffffff);
  --_border: var(--iop-color-border, #000000);
  --_focus: var(--iop-color-focus, #000000);
  --_danger: var(--iop-color-danger, #8b0000);
  --_danger-surface: var(--iop-color-danger-surface, #ffffff);
  color-scheme: light;
`;

export const tokens = css`
  :host {
    --_light-primary: var(--iop-color-primary, #135d66);
    --_light-on-primary: var(--iop-color-on-primary, #ffffff);
    --_light-text: var(--iop-color-text, #1b1f24);
    --_light-text-muted: var(--iop-color-text-muted, #454d57);
    --_light-surface: var(--iop-color-surface, #ffffff);
    --_light-surface-alt: var(--iop-color-surface-alt, #eef4f5);
    --_light-border: var(--iop-color-border, #6b7580);
    --_light-focus: var(--iop-color-focus, #0b57d0);
    --_light-danger: var(--iop-color-danger, #a4161a);
    --_light-danger-surface: var(--iop-color-danger-surface, #fdeeee);
    --_dark-primary: var(--iop-color-primary-dark, #8fd3dc);
    --_dark-on-primary: var(--iop-color-on-primary-dark, #0c2226);
    --_dark-text: var(--iop-color-text-dark, #eceff2);
    --_dark-text-muted: var(--iop-color-text-muted-dark, #c3cad2);
    --_dark-surface: var(--iop-color-surface-dark, #15191e);
    --_dark-surface-alt: var(--iop-color-surface-alt-dark, #222a31);
    --_dark-border: var(--iop-color-border-dark, #8d97a2);
    --_dark-focus: var(--iop-color-focus-dark, #9ec2ff);
    --_dark-danger: var(--iop-color-danger-dark, #ffb4ab);
    --_dark-danger-surface: var(--iop-color-danger-surface-dark, #2b1d1f);
    ${use('light')}
    --_radius: var(--iop-radius, 0.5em);
    --_space: var(--iop-space, 1em);
    --_font-size: var(--iop-font-size, medium);
    /*
     * The type scale: one ratio, 1.25 (a major third), in em of the base size: body (1em), section
     * headings, screen headings. Nothing else is used, so a page never gets eight sizes. There is
     * no smaller step: 0.8em would put fine print under 14px, the smallest secondary text USWDS and
     * GOV.UK use; fine print is body size in the muted color.
     */
    --_size-1: 1.25em;
    --_size-2: 1.5625em;
    /* Line length: near 65 characters, the comfortable measure. */
    --_measure: 65ch;
    /* Panels (ladder, cards, crisis help): a quiet border, drawn at 2px where colors are reduced. */
    --_line: 1px;
    --_border-subtle: color-mix(in srgb, var(--_border) 40%, transparent);
    /*
     * No background of its own: the widget sits on the host page (a clinic's cream or photo page
     * shows through). A theme set on the element paints that theme's surface, since its text
     * colors need it, with room so text is not flush to the edge.
     */
    --_background: transparent;
    --_padding: 0;
    color-scheme: light;
  }
  :host([theme='light']),
  :host([theme='auto']),
  :host([theme='dark']),
  :host([theme='high-contrast']) {
    --_background: var(--_surface);
    --_padding: var(--_space);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :host([theme='high-contrast']) {
    ${highContrast}
    --_line: 2px;
    --_border-subtle: var(--_border);
  }
  @media (forced-colors: active) {
    :host {
      --_line: 2px;
      --_border-subtle: CanvasText;
    }
  }
`;

/**
 * A list of cards: one column, or as many columns of at least --_columns-min as fit the
 * widget's width. Shared by the explainer's grid and the article cards.
 */
export const cardList = css`
  .cards {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards.grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_columns-min, 16em)), 1fr));
  }
`;

/**
 * What every element shares: box sizing, type that ignores whatever the host page set on
 * inherited properties (except the font family, which should match the site), a visible focus
 * ring, and no motion for visitors who asked for none.
 *
 * Size: the base is `medium`, the visitor's own default text size (16px unless they changed it in
 * their browser), not the page root's. WordPress themes commonly set `html { font-size: 62.5% }`
 * so that 1rem = 10px, and `rem` inside a shadow root still means the page root, so every size in
 * the widgets is in `em` of this base instead. Unlike a fixed 16px, `medium` follows the visitor's
 * text-size setting, and page zoom scales it like everything else. `--iop-font-size` changes it.
 *
 * The host's size and box sizing are `!important`: a page rule matching the element itself (`* {
 * box-sizing: content-box }`, `.entry-content * { font-size: 14px }`) beats a normal `:host` rule,
 * but an important `:host` rule beats even the page's important ones. The token stays the way to
 * change the size.
 */
export const hostReset = css`
  :host {
    display: block;
    box-sizing: border-box !important;
    background: var(--iop-background, var(--_background));
    padding: var(--iop-padding, var(--_padding));
    font-family: var(--iop-font-family, inherit);
    font-size: var(--_font-size) !important;
  }
  /*
   * Text properties go on the shadow root's top-level elements as well as on the host: a page
   * rule such as "* { text-transform: uppercase }" matches the host element and beats :host, but
   * cannot reach inside the shadow root.
   */
  :host,
  :host > * {
    color: var(--_text);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* Set, not inherited: the host's box sizing is the page's to change, the insides are not. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2, h3, h4, h5, h6 {
    margin: 0;
    line-height: 1.25;
  }
  p {
    margin: 0;
    max-inline-size: var(--_measure);
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  /* For the site owner, not the visitor: quiet, small, out of the way. */
  .notice {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: var(--_line) dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    padding: 0.625em 1.25em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  /*
   * One filled button per view: the step forward. Every other button is an outline (.secondary)
   * or a text link, so the eye goes to one place, and no two buttons differ by hue alone.
   */
  .button:hover {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .button:active {
    transform: translateY(1px);
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  .button.secondary:hover {
    background: var(--_surface-alt);
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Forced colors need no rules here: borders (which every button and box has) stay visible. */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
