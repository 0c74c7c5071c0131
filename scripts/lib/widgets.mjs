// The widgets, listed once. The build (vite.config.ts, scripts/build/widgets.mjs), the size
// budget, the package, manifest, story and demo checks and the WordPress check read this list
// instead of naming the widgets themselves; a new widget is one entry here (CONTRIBUTING.md).
// What cannot import it (package.json's exports, the WordPress plugin's PHP list, the embed
// builder's menu) is checked against it: check/npm.mjs, check/wordpress.mjs, check/demo.mjs.

/** The all-in-one script-tag file: every widget, Lit inside. */
export const ALL_BUNDLE = { bundle: 'iop-widgets.js', entry: 'src/script-tag.ts' };

/**
 * One entry per widget folder in src/, in the order pages and menus show them.
 * - `folder`: src/<folder>/, whose define.ts registers the widget's elements;
 * - `tag`: the element a page writes; `elements`: every tag the folder itself registers;
 * - `includes`: other widgets its own bundle registers too (the self-check shows crisis help);
 * - `story`: the Storybook story the toolbar checks (language, theme) open for it.
 */
const LIST = [
  { folder: 'benefits', elements: ['iop-benefits'], includes: [], story: 'accordion' },
  { folder: 'self-check', elements: ['iop-self-check'], includes: ['crisis-help'], story: 'first-question' },
  { folder: 'crisis-help', elements: ['iop-crisis-help'], includes: [], story: 'full' },
  { folder: 'article-cards', elements: ['iop-article-cards', 'iop-article-card'], includes: [], story: 'grid-from-json-feed' },
];

/**
 * Everything else follows from the folder by convention: the tag `iop-<folder>`, its script-tag
 * file `dist/iop-<folder>.js`, its npm entry `iop-widgets/<folder>.js`.
 */
export const WIDGETS = LIST.map((widget) => {
  const tag = `iop-${widget.folder}`;
  return {
    ...widget,
    tag,
    bundle: `${tag}.js`,
    entry: `src/${widget.folder}/define.ts`,
    npmEntry: `./${widget.folder}.js`,
    storyId: `widgets-${tag}--${widget.story}`,
  };
});

/** Every custom element the library registers, sorted. */
export const TAGS = WIDGETS.flatMap((widget) => widget.elements).sort();

/** The tags a widget's own bundle registers: its elements and those of the widgets it includes. */
export function registeredBy(widget) {
  return [widget, ...widget.includes.map((folder) => WIDGETS.find((w) => w.folder === folder))].flatMap((w) => w.elements);
}

/** Every script-tag bundle, the all-in-one first. */
export const BUNDLES = [ALL_BUNDLE.bundle, ...WIDGETS.map((widget) => widget.bundle)];

/** Prerendered pages load it before the widgets (scripts/build/ssr.mjs); no element of its own. */
export const HYDRATE_BUNDLE = 'iop-hydrate.js';

/** Every script-tag file with a size budget (scripts/check/size-budgets.json). */
export const SIZED_FILES = [...BUNDLES, HYDRATE_BUNDLE];
