import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes as a webmaster's server could send them: raw (minified), gzip -9 and brotli 11. */
export function measure(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
