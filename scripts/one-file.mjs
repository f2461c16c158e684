#!/usr/bin/env node
// The one-file edition: from the release build in dist/, writes dist/vitaal-samenwerken.html, the
// whole app in one HTML file that runs from file:// (a USB stick, an e-mail attachment) without
// network. See docs/design.md, "Eén bestand".
//
//   node scripts/one-file.mjs                      # dist/ -> dist/vitaal-samenwerken.html
//   node scripts/one-file.mjs --dist DIR           # another build folder (default: $TRUNK_STAGING_DIR or dist)
//   node scripts/one-file.mjs --embed X.vitaal.json --out Y.html
//                                                  # the edition with that export embedded
//
// What it does: the CSS goes into one <style>; the wasm-bindgen glue goes into one inline
// <script type="module"> without its export lines; the .wasm goes in as gzip + base64 and is
// started with `__wbg_init({ module_or_path: bytes })`. No service worker, no manifest, no
// other script. The app shell (the first screen as static HTML, see scripts/app-shell.mjs) comes
// with index.html's body; its little script runs in the module, after the page's copy of itself
// is taken, so that copy stays as shipped. The Content-Security-Policy allows exactly that script and that style by their
// sha256 hashes, plus 'wasm-unsafe-eval', and no connections at all. Local icons become data:
// URLs. The QR decoder worker (crates/qr-reader) goes in as a Blob URL source that the app
// starts only when the camera is opened (qrWorker; CSP worker-src blob:). The output depends only on the build, so running it twice writes the same bytes.
// The service worker precaches the edition (so "Bewaar als één bestand" works offline): the
// post-build hook writes it before it stamps sw.js, and writing dist/vitaal-samenwerken.html
// here stamps a stamped dist/sw.js again (the same bytes when the edition did not change).
// Node built-ins only.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { SHELL_SCRIPT } from './app-shell.mjs';
import { stampPrecache } from './post-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EDITION_FILE = 'vitaal-samenwerken.html';
// Keep these three in step with crates/core/src/domain/onefile.rs.
export const EDITION_MARKER = '<meta name="vitaal-editie" content="een-bestand">';
export const EMBED_START = '<script type="application/json" id="vitaal-ingesloten">';
const OWN_SOURCE = 'vitaalEenBestand';

function fail(message) {
  console.error(`one-file: ${message}`);
  process.exit(1);
}

function options(argv) {
  const o = { dist: process.env.TRUNK_STAGING_DIR || path.join(root, 'dist'), out: null, embed: null };
  for (let i = 0; i < argv.length; i++) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (!['--dist', '--out', '--embed'].includes(key) || value === undefined) {
      fail(`unknown or incomplete option ${key}\nusage: node scripts/one-file.mjs [--dist DIR] [--embed FILE.vitaal.json --out FILE.html]`);
    }
    o[key.slice(2)] = path.resolve(value);
    i++;
  }
  if (o.embed && !o.out) fail('--embed needs --out (the plain edition stays as it is)');
  o.out ??= path.join(o.dist, EDITION_FILE);
  return o;
}

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(2).find((v) => v !== undefined);

/** A file in the build folder named by a relative URL such as `./base-1234.css`. */
function distFile(dist, href) {
  const file = path.resolve(dist, decodeURIComponent(href.split(/[?#]/)[0]));
  if (!file.startsWith(path.resolve(dist) + path.sep) || !fs.existsSync(file)) fail(`${href} is not in ${dist}`);
  return file;
}

/** The glue as a classic part of the inline module: no import, no export. Returns its init function's name. */
function glue(js) {
  if (/^\s*import\s/m.test(js)) fail('the wasm-bindgen glue imports other files (snippets); the one-file edition cannot include them');
  let init = null;
  const out = js
    .replace(/^export\s*\{([^}]*)\};?[ \t]*$/m, (_, names) => {
      init = names.match(/(\w+)\s+as\s+default/)?.[1] ?? null;
      return '';
    })
    .replace(/^export\s+(?=(?:async\s+)?(?:class|function|const|let|var)\b)/gm, '');
  if (!init) fail('no default export (the init function) found in the wasm-bindgen glue');
  if (/^\s*export\b/m.test(out)) fail('the wasm-bindgen glue has an export this script does not know');
  return { js: out, init };
}

/** Text that must not end or unsettle its element early. */
function checkRaw(text, what, end) {
  if (text.toLowerCase().includes(`</${end}`) || text.includes('<!--')) fail(`${what} contains </${end} or <!--`);
}

export function escapeJson(json) {
  return json.replaceAll('<', '\\u003c');
}

/** The same as `domain::onefile::embed`: replaces the embedded block or adds one before the last </body>. */
export function embed(html, json) {
  if (!html.includes(EDITION_MARKER)) throw new Error('not the one-file edition');
  const block = `${EMBED_START}${escapeJson(json)}</script>`;
  const start = html.indexOf(EMBED_START);
  if (start >= 0) {
    const end = html.indexOf('</script>', start + EMBED_START.length);
    if (end < 0) throw new Error('embedded block without end');
    return html.slice(0, start) + block + html.slice(end + '</script>'.length);
  }
  const at = html.lastIndexOf('</body>');
  if (at < 0) throw new Error('not the one-file edition');
  return html.slice(0, at) + block + html.slice(at);
}

/**
 * The QR decoder worker of "Antwoorden scannen" (crates/qr-reader), when the build has it: the
 * edition has no files next to it, so the page gets `window.vitaalQrWorker()`, which starts the
 * same worker from a Blob URL, its wasm inside (gzip + base64). Nothing is decoded or started
 * before the camera is opened (src/ui/scan/camera.rs calls it then). Returns '' without the worker.
 */
export function qrWorker(dist) {
  const [js, wasm] = ['qr-reader.js', 'qr-reader_bg.wasm'].map((f) => path.join(dist, f));
  if (!fs.existsSync(js) || !fs.existsSync(wasm)) return '';
  const glueText = fs.readFileSync(js, 'utf8');
  if (!/^let wasm_bindgen = /m.test(glueText)) fail('qr-reader.js is not the no-modules glue of wasm-bindgen');
  const bytes = zlib.gzipSync(fs.readFileSync(wasm), { level: 9 }).toString('base64');
  const source = `${glueText.trim()}
(async () => {
  const gzip = Uint8Array.from(atob('${bytes}'), (c) => c.charCodeAt(0));
  const bytes = await new Response(new Blob([gzip]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  await wasm_bindgen({ module_or_path: bytes });
})();
`;
  return `
{
  // The QR decoder for "Antwoorden scannen", made only when the camera is opened.
  const source = ${JSON.stringify(source)};
  window.vitaalQrWorker = () => new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}`;
}

export function build(dist) {
  const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const head = index.match(/<head[^>]*>([\s\S]*?)<\/head>/i)?.[1] ?? fail('dist/index.html has no <head>');
  const body = index.match(/<body[^>]*>([\s\S]*?)<\/body>/i)?.[1] ?? '';
  const lang = attr(index.match(/<html\b[^>]*>/i)?.[0] ?? '', 'lang') ?? 'nl';

  // The page's loader (scripts/app-shell.mjs) names the facilitator's glue and wasm; the
  // edition is that app (it also serves a participant edition's page).
  const [, jsHref, wasmHref] = index.match(/const app = \{ js: '([^']+\.js)', wasm: '([^']+\.wasm)' \};/) ?? fail('no loader naming the app in dist/index.html (run the post-build hook first)');

  // Head: metas (not the CSP, which is replaced), the title, icons as data: URLs, the CSS.
  const keep = [];
  const css = [];
  const contents = [];
  for (const [tag] of head.matchAll(/<meta\b[^>]*>|<title>[\s\S]*?<\/title>|<link\b[^>]*>/gi)) {
    if (/^<meta/i.test(tag)) {
      const name = attr(tag, 'name') ?? '';
      if (name.startsWith('content:')) {
        // Content loaded on demand (src/ui/content.rs): embedded, as there is nothing to fetch.
        const text = fs.readFileSync(distFile(dist, attr(tag, 'content') ?? ''), 'utf8');
        contents.push(`<script type="application/json" id="content-${name.slice('content:'.length)}">${escapeJson(text)}</script>`);
      } else if (!attr(tag, 'http-equiv')) keep.push(tag.replace(/\s*\/>$/, '>'));
    } else if (/^<title/i.test(tag)) {
      keep.push(tag);
    } else {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase();
      const href = attr(tag, 'href') ?? '';
      if (rel === 'stylesheet') {
        let text = fs.readFileSync(distFile(dist, href), 'utf8');
        if (/url\(\s*['"]?(?!data:)/i.test(text)) fail(`${href} refers to another file with url(); inline it first`);
        const media = attr(tag, 'media');
        if (media && media !== 'all') text = `@media ${media}{\n${text}\n}`;
        css.push(text.trim());
      } else if (rel === 'icon') {
        if (href.startsWith('data:')) {
          keep.push(`<link rel="icon" href="${href}">`);
        } else {
          const type = attr(tag, 'type') ?? (href.endsWith('.svg') ? 'image/svg+xml' : 'image/png');
          const data = fs.readFileSync(distFile(dist, href)).toString('base64');
          keep.push(`<link rel="icon" href="data:${type};base64,${data}">`);
        }
      }
      // Everything else (manifest, preload, modulepreload, apple-touch-icon …) stays out.
    }
  }
  const style = `\n${css.join('\n')}\n`;
  checkRaw(style, 'the CSS', 'style');

  const { js, init } = glue(fs.readFileSync(distFile(dist, jsHref), 'utf8'));
  const wasm = zlib.gzipSync(fs.readFileSync(distFile(dist, wasmHref)), { level: 9 }).toString('base64');
  const worker = qrWorker(dist);
  const script = `
// Vitaal Samenwerken, one-file edition (scripts/one-file.mjs). Nothing is loaded from anywhere.
// The page's own source, before the app changes it: "Bewaar als één bestand" starts from it.
window.${OWN_SOURCE} = '<!doctype html>\\n' + document.documentElement.outerHTML;
// The app shell (from index.html's body) shows only its header on screens other than the overview.
${SHELL_SCRIPT}${worker}
${js.trim()}
{
  // In a block, so these names cannot meet the glue's.
  const gzip = Uint8Array.from(atob('${wasm}'), (c) => c.charCodeAt(0));
  const bytes = await new Response(new Blob([gzip]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  const wasm = await ${init}({ module_or_path: bytes });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
}
`;
  checkRaw(script, 'the script', 'script');

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(style)}`,
    'img-src data: blob:',
    "connect-src 'none'",
    // The QR decoder worker comes from a Blob URL (qrWorker); without it, no worker at all.
    worker ? 'worker-src blob:' : "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // Body: what index.html has there (the app shell, the <noscript>), without scripts.
  const bodyText = body.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*>/gi, '').trim();

  const charset = keep.find((t) => /charset/i.test(t)) ?? '<meta charset="utf-8">';
  const metas = keep.filter((t) => t !== charset);
  // Laid out so that the browser serialises it back to the same bytes (no white space where
  // the parser drops or moves it): the copy the page keeps of itself is then this very text.
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head>`,
    charset,
    EDITION_MARKER,
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    ...metas,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    bodyText,
    ...contents,
    `<script type="module">${script}</script>`,
    '</body></html>',
  ].join('\n');
}

/**
 * Makes the edition from the build in `dist` and writes it to `out` (atomically: never half a
 * file), with `json` embedded when given. Returns the size in bytes. Another build step (a Trunk
 * post_build hook) can call this with `process.env.TRUNK_STAGING_DIR`.
 */
export function writeEdition(dist, out = path.join(dist, EDITION_FILE), json = null) {
  if (!fs.existsSync(path.join(dist, 'index.html'))) fail(`${dist}/index.html is missing: run \`trunk build --release\` first`);
  let html = build(dist);
  if (json !== null) html = embed(html, json.replace(/^\uFEFF/, ''));
  const tmp = `${out}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, html);
  fs.renameSync(tmp, out);
  return Buffer.byteLength(html);
}

/** `writeEdition`, then, for the build's own edition, the service worker's list and version. */
function writeAndStamp(dist, out, json) {
  const size = writeEdition(dist, out, json);
  if (json === null && path.resolve(out) === path.resolve(dist, EDITION_FILE)) {
    try {
      stampPrecache(dist, { onlyIfStamped: true });
    } catch (e) {
      fail(e.message);
    }
  }
  return size;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = options(process.argv.slice(2));
  const size = writeAndStamp(o.dist, o.out, o.embed ? fs.readFileSync(o.embed, 'utf8') : null);
  console.log(`one-file: ${path.relative(process.cwd(), o.out) || o.out}: ${size} bytes (${(size / 1024).toFixed(1)} KiB)`);
}
