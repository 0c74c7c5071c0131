import { defineConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.mjs';

/**
 * Builds dist/iop-widgets.js: one ES module, Lit included, that registers every element. It is
 * the file a clinic loads with one script tag. The npm entries (Lit left as an import, so apps
 * share one copy) are emitted by `tsc -p tsconfig.build.json` into dist/lib.
 */
export default defineConfig({
  plugins: [minifyLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'iop-widgets.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        comments: false,
        // The Spanish texts, one small file per widget, fetched only by Spanish pages:
        // iop-self-check-es-<hash>.js and so on.
        chunkFileNames: (chunk) => `iop-${chunk.facadeModuleId?.split('/').at(-2) ?? 'chunk'}-[name]-[hash].js`,
      },
    },
  },
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js'],
  },
});
