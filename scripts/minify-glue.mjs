// Minifies wasm-bindgen's JavaScript glue in a built folder, and updates the integrity hashes
// that index.html gives it. Trunk's own minifier gives up on the glue (it cannot parse its
// `export default`) and ships it as written; esbuild minifies it safely. Running it again
// gives the same result. Used by the widget's post-build step and by the benchmark's Yew
// reference, so both pages are built the same way: `node scripts/minify-glue.mjs DIR`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

/// What starts a minified file, so a second run leaves it as it is.
const MARK = '/*minified*/';

/// Minifies every `*.js` glue file that index.html gives an integrity hash; gives their names.
export function minifyGlue(dir) {
  const page = join(dir, 'index.html');
  let html = readFileSync(page, 'utf8');
  const glue = readdirSync(dir).filter((name) => html.includes(`${name} integrity=`) && name.endsWith('.js'));
  for (const name of glue) {
    const file = join(dir, name);
    let code = readFileSync(file, 'utf8');
    if (!code.startsWith(MARK)) {
      code = transformSync(code, { minify: true, format: 'esm', target: 'es2020', banner: MARK }).code;
      writeFileSync(file, code);
    }
    const integrity = `sha384-${createHash('sha384').update(code, 'utf8').digest('base64')}`;
    html = html.replace(new RegExp(`(${name.replaceAll('.', '\\.')} integrity=)"?sha384-[A-Za-z0-9+/=]+"?`), `$1${integrity}`);
  }
  writeFileSync(page, html);
  return glue;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('usage: node scripts/minify-glue.mjs DIR (or run as a Trunk hook)');
  console.log(`minify-glue: ${minifyGlue(dir).join(', ') || 'no glue found'}`);
}
