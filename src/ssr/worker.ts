/**
 * The embed builder's prerenderer (dist/builder/prerender.js, a module worker): the very
 * `prerender()` of iop-widgets/ssr, run in the browser. A worker, not the builder page: the page's
 * registry already holds its preview's elements, built for the browser (they load Spanish on
 * demand and read the page's address), so rendering them there gives English for a Spanish
 * element. In a worker, as in Node, Lit's server build brings its DOM shim and registry and
 * `isServer` is true, so the elements render exactly as they do in Node.
 *
 * Message in: `{ id, markup, lang? }`; out: `{ id, html }` or `{ id, error }`.
 */
import { prerender } from './render.js';

interface Request {
  id: number;
  markup: string;
  lang?: string;
}

addEventListener('message', async ({ data }: MessageEvent<Request>) => {
  try {
    postMessage({ id: data.id, html: await prerender(data.markup, { lang: data.lang }) });
  } catch (error) {
    postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
});
