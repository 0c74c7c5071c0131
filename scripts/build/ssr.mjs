// Browser files for prerendering (issue 17), after `vite build` (it keeps dist/):
// - dist/iop-hydrate.js: loaded before the widgets on a page with prerendered HTML, so they adopt it
//   instead of drawing it again (src/ssr/hydrate.ts). Its own file and budget (scripts/check/size-budgets.json):
//   pages without prerendered HTML never load it.
// - dist/ssr/index.js and cli.js: iop-widgets/ssr and the `iop-widgets` command, for Node. Built with
//   the bundles' own template minifier, so the server writes exactly the templates the script-tag
//   files hydrate (Lit matches them by a digest of the template text; dist/lib's unminified copy
//   would not match). Lit and @lit-labs/ssr stay imports.
// - dist/builder/fallback.js: the no-JS fallback generator (src/ssr/fallback.ts) as one module for
//   the embed builder, which runs from the built files with no bundler (dist/lib's copy imports
//   `lit` by its bare name, which a browser cannot resolve). Not in the npm package.
// - dist/builder/prerender.js: the same prerender() as dist/ssr, as a module worker for the embed
//   builder's "prerendered HTML" output (src/ssr/worker.ts says why a worker). Built like dist/ssr
//   (the same template minifier, Lit's server build by the `node` export condition, never `browser`),
//   but with everything inside, so a browser can load it. Not in the npm package.
import { build } from 'vite';
import { minifyLiterals } from './minify-literals.mjs';

await build({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  build: { emptyOutDir: false, lib: { entry: 'src/ssr/hydrate.ts', formats: ['es'], fileName: () => 'iop-hydrate.js' } },
});
await build({
  configFile: false,
  // Not 'warn': that the Spanish files are imported statically here, not split off, is the point.
  logLevel: 'error',
  build: {
    target: 'es2022',
    outDir: 'dist/builder',
    emptyOutDir: true,
    reportCompressedSize: false,
    lib: { entry: 'src/ssr/fallback.ts', formats: ['es'], fileName: () => 'fallback.js' },
  },
});
await build({
  configFile: false,
  logLevel: 'error',
  plugins: [minifyLiterals()],
  // Lit's server build, as Node resolves it: its packages list `browser` before `node`.
  resolve: { conditions: ['node', 'module', 'import', 'default'] },
  build: {
    target: 'es2022',
    outDir: 'dist/builder',
    emptyOutDir: false,
    reportCompressedSize: false,
    lib: { entry: 'src/ssr/worker.ts', formats: ['es'], fileName: () => 'prerender.js' },
    rolldownOptions: { output: { minify: true, comments: false, chunkFileNames: 'prerender-[name]-[hash].js' } },
  },
});
await build({
  configFile: false,
  // Not 'warn': that the Spanish files are imported statically here, not split off, is the point.
  logLevel: 'error',
  plugins: [minifyLiterals()],
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist/ssr',
    emptyOutDir: true,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { index: 'src/ssr/index.ts', cli: 'src/ssr/cli.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
