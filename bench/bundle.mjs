// How every bench page and size entry is bundled: the same esbuild settings for ours and the peers.
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;

/** Bundles bench/entries/<entry>.js into `outdir`, minified, CSS as text. */
export const bundle = (entry, outdir, splitting = false) =>
  build({
    entryPoints: [`${here}entries/${entry}.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    loader: { '.css': 'text' },
    splitting,
    outdir,
    legalComments: 'none',
    logLevel: 'error',
  });

/**
 * A timed page (bench/page.html?<name>). Ours keeps its Spanish texts in files of their own, as
 * dist/ does: without splitting esbuild would inline them and our page would parse Spanish no
 * English page loads.
 */
export const bundlePage = (name) => bundle(name, `${here}out/${name}`, name === 'ours');
