// The no-JS fallback generator (src/ssr/fallback.ts) as one browser module for the embed builder,
// which runs from the built files with no bundler: dist/lib's copy imports `lit` by its bare name
// (through the heading-level reader), which a browser cannot resolve. Run after `vite build`.
import { build } from 'vite';

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: 'dist/builder',
    emptyOutDir: true,
    reportCompressedSize: false,
    lib: { entry: 'src/ssr/fallback.ts', formats: ['es'], fileName: () => 'fallback.js' },
  },
});
