// Trunk pre_build hook (see Trunk.toml): the one stylesheet. Compiles style/main.scss, which
// pulls in the plain CSS files of style/ (one per feature) with `@use`, into one minified file,
// target/style/main.css; index.html links that file with `data-trunk rel="css"`, so Trunk gives
// it a content hash in dist/. Uses the npm package `sass` (Dart Sass compiled to JavaScript,
// installed by scripts/setup.sh), so nothing is downloaded. Trunk's own Sass pipeline is not
// used: it writes expanded CSS unless the whole build is minified, and Trunk's HTML and JS
// minification would rewrite index.html and the wasm-bindgen glue that the post_build hook and
// the one-file edition read.
//
//   node scripts/build-css.mjs        # writes target/style/main.css when it changed
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = path.join(root, 'style', 'main.scss');
export const OUTPUT = path.join(root, 'target', 'style', 'main.css');

/** The stylesheet: compressed, no source map, no @charset or byte order mark (the one-file
 *  edition puts it in a <style>, where a BOM would be a character of the first selector). */
export function compile() {
  return `${sass.compile(SOURCE, { style: 'compressed', charset: false, sourceMap: false }).css}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const css = compile();
    fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
    // Unchanged output is not rewritten, so `trunk serve` sees no change it did not cause.
    if (!fs.existsSync(OUTPUT) || fs.readFileSync(OUTPUT, 'utf8') !== css) {
      const tmp = `${OUTPUT}.tmp-${process.pid}`;
      fs.writeFileSync(tmp, css);
      fs.renameSync(tmp, OUTPUT);
    }
    console.log(`build-css: ${path.relative(root, SOURCE)} -> ${path.relative(root, OUTPUT)} (${Buffer.byteLength(css)} bytes)`);
  } catch (e) {
    console.error(`build-css: ${e.message}`);
    process.exit(1);
  }
}
