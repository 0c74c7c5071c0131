// One script-tag file per widget, each with Lit inside, next to the all-in-one dist/iop-widgets.js:
// a page that shows one widget loads only that widget. Run after `vite build` (it keeps dist/).
import { build } from 'vite';

export const WIDGET_BUNDLES = {
  'iop-benefits.js': 'src/benefits/define.ts',
  'iop-self-check.js': 'src/self-check/define.ts', // includes <iop-crisis-help>, which it shows
  'iop-crisis-help.js': 'src/crisis-help/define.ts',
  'iop-article-cards.js': 'src/article-cards/define.ts',
};

for (const [fileName, entry] of Object.entries(WIDGET_BUNDLES)) {
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { emptyOutDir: false, lib: { entry, formats: ['es'], fileName: () => fileName } },
  });
}
