// Pre-compressed copies of a built folder's files: X.br (brotli, best quality) and X.gz (gzip
// -9) beside every compressible file X, for servers that send them as they are (nginx's
// gzip_static and brotli_static, the Apache rules in docs/embedding.md, e2e/serve.mjs). Run last by the
// post-build step, so the copies match the final files; `node scripts/precompress.mjs DIR`.
// A copy is written only when it is smaller than its file, and a copy an earlier run left that
// is no longer smaller is removed, so running it again gives the same result.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/// The extensions of the files worth compressing, each with brotli's mode for it: text for
/// text, generic for WebAssembly. Images (PNG) are compressed already.
const MODES = {
  '.html': constants.BROTLI_MODE_TEXT,
  '.js': constants.BROTLI_MODE_TEXT,
  '.mjs': constants.BROTLI_MODE_TEXT,
  '.css': constants.BROTLI_MODE_TEXT,
  '.json': constants.BROTLI_MODE_TEXT,
  '.webmanifest': constants.BROTLI_MODE_TEXT,
  '.svg': constants.BROTLI_MODE_TEXT,
  '.txt': constants.BROTLI_MODE_TEXT,
  '.xml': constants.BROTLI_MODE_TEXT,
  '.wasm': constants.BROTLI_MODE_GENERIC,
};

/// `body` (the file `name`'s bytes) in brotli at its best quality, in the mode for its type.
export const brotli = (body, name) =>
  brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_MODE]: MODES[extname(name).toLowerCase()] ?? constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });

/// `body` in gzip at level 9 (as `gzip -9`).
export const gzip = (body) => gzipSync(body, { level: 9 });

/// The encodings written, each with the extension of its copy and how to make it.
export const ENCODINGS = [
  { encoding: 'br', extension: '.br', compress: brotli },
  { encoding: 'gzip', extension: '.gz', compress: gzip },
];

/// Whether `name` is a pre-compressed copy (X.br, X.gz), not a file of the widget.
export const isCompressedCopy = (name) => ENCODINGS.some(({ extension }) => name.endsWith(extension));

/// Whether the file `name` gets pre-compressed copies.
export const isCompressible = (name) => Object.hasOwn(MODES, extname(name).toLowerCase());

/// Writes (or removes, when not smaller) the copies of the one file `file`; gives the sizes
/// of the file and of each copy written, by encoding.
export function precompressFile(file) {
  const body = readFileSync(file);
  const sizes = { raw: body.length };
  for (const { encoding, extension, compress } of ENCODINGS) {
    const copy = file + extension;
    const compressed = compress(body, file);
    if (compressed.length < body.length) {
      writeFileSync(copy, compressed);
      sizes[encoding] = compressed.length;
    } else if (existsSync(copy)) {
      rmSync(copy);
    }
  }
  return sizes;
}

/// Every compressible file below `dir`, at any depth, as its path there.
function compressibleFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => isCompressible(name) && statSync(join(dir, name)).isFile())
    .sort();
}

/// Writes the copies of every compressible file below `dir`; gives the totals: files
/// compressed, and the bytes of those files raw and of their copies in each encoding.
export function precompress(dir) {
  const totals = { files: 0, raw: 0, br: 0, gzip: 0 };
  for (const name of compressibleFiles(dir)) {
    const sizes = precompressFile(join(dir, name));
    totals.files += 1;
    totals.raw += sizes.raw;
    for (const { encoding } of ENCODINGS) totals[encoding] += sizes[encoding] ?? sizes.raw;
  }
  return totals;
}

/// One line saying what `precompress` did, with its totals.
export const summary = ({ files, raw, br, gzip }) =>
  `precompress: ${files} files, ${raw} B raw, ${br} B brotli, ${gzip} B gzip (.br and .gz beside each where smaller)`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('usage: node scripts/precompress.mjs DIR (or run as a Trunk hook)');
  console.log(summary(precompress(dir)));
}
