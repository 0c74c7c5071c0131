// One script-tag file per widget, each with Lit inside, next to the all-in-one dist/iop-widgets.js:
// a page that shows one widget loads only that widget. Run after `vite build` (it keeps dist/).
// The widgets and their files come from scripts/lib/widgets.mjs.
import { build } from 'vite';
import { WIDGETS } from '../lib/widgets.mjs';

for (const { bundle, entry } of WIDGETS) {
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { emptyOutDir: false, lib: { entry, formats: ['es'], fileName: () => bundle } },
  });
}
