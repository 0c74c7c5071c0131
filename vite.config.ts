import { defineConfig } from 'vite';
import { minifyLiterals } from './scripts/build/minify-literals.mjs';
import { ALL_BUNDLE } from './scripts/lib/widgets.mjs';

/**
 * Builds dist/iop-widgets.js: one ES module, Lit included, that registers every element. It is
 * the file a clinic loads with one script tag (scripts/build/widgets.mjs builds one per widget with
 * this config). The npm entries (Lit left as an import, so apps
 * share one copy) are emitted by `tsc -p tsconfig.build.json` into dist/lib.
 */
export default defineConfig({
  plugins: [minifyLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
    // Source maps next to the script-tag files (*.js.map, with the TypeScript sources inside), for
    // a webmaster debugging a page. 'hidden': no sourceMappingURL comment in the files visitors
    // download (it costs 20-30 bytes gzip each and would push crisis help past its 10 KB target);
    // devtools load a map on request (Chrome: right-click the file, "Add source map").
    sourcemap: 'hidden',
    lib: {
      entry: ALL_BUNDLE.entry,
      formats: ['es'],
      fileName: () => ALL_BUNDLE.bundle,
    },
    rolldownOptions: {
      output: {
        minify: true,
        comments: false,
        // The Spanish texts, one small file per widget, fetched only by Spanish pages:
        // iop-self-check-es-<hash>.js and so on.
        chunkFileNames: (chunk) => `iop-${chunk.facadeModuleId?.split('/').at(-2) ?? 'shared'}-[name]-[hash].js`,
      },
    },
  },
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js'],
  },
});
