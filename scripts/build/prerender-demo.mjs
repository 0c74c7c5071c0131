// demo/prerendered.html: the demo page with its widgets prerendered by iop-widgets/ssr (declarative
// shadow DOM), and iop-hydrate.js loaded before the bundle so they are adopted, not drawn again.
// Generated from demo/index.html by `npm run build` (after tsc: it uses dist/lib); not committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { prerender } from '../../dist/ssr/index.js';

const source = readFileSync('demo/index.html', 'utf8');
let page = source
  .replace('<title>', '<title>Prerendered: ')
  .replace(
    '<script type="module" src="../dist/iop-widgets.js"></script>',
    '<script type="module" src="../dist/iop-hydrate.js"></script>\n    <script type="module" src="../dist/iop-widgets.js"></script>',
  );
// Every widget in the page, as written there (attributes and what is inside), through prerender().
for (const [markup] of source.matchAll(/<(iop-[a-z-]+)\b[^>]*>[^]*?<\/\1>/g)) {
  // The demo's own fallback comment stays out of the prerendered markup.
  page = page.replace(markup, await prerender(markup.replace(/<!--[^]*?-->/g, '')));
}
if (page === source || !page.includes('shadowrootmode')) throw new Error('demo/prerendered.html: nothing was prerendered');
writeFileSync('demo/prerendered.html', page);
console.log('wrote demo/prerendered.html');
