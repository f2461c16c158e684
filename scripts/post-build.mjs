// Trunk post_build hook (see Trunk.toml); node built-ins only. Works on the staged build in
// $TRUNK_STAGING_DIR, or on a folder given as argument: `node scripts/post-build.mjs dist`.
// Idempotent: running it again on its own output changes nothing.
//
// 0. App shell. The first screen as static HTML (printed by the core crate's app_shell binary
//    from the translation table, see scripts/app-shell.mjs) goes at the start of <body>, so the
//    page paints before the wasm has loaded; the app removes it when it mounts. The wasm is
//    fetched once the shell has been shown (no preload; Trunk's loader waits for it).
// 1. CSP without 'unsafe-inline'. Trunk writes an inline <script type="module"> that loads the
//    wasm (and, under `trunk serve`, an inline live-reload script). Each inline script's exact
//    text is hashed (sha256, base64) and the CSP meta's script-src becomes
//    `'self' 'wasm-unsafe-eval' 'sha256-…'`. connect-src, manifest-src and worker-src are 'self'.
// 2. The one-file edition, vitaal-samenwerken.html (scripts/one-file.mjs), from the final
//    index.html, so `trunk serve` offers "Bewaar als één bestand" as well, and so it is in the
//    precache list below.
// 2a. Content on demand (before 2, so the edition embeds it). The content files that few
//    screens need (CONTENT_FILES: the worksheets, the example) are not compiled into the wasm:
//    each is copied, minified, to content/<name>.<lang>-<hash>.json (its content hash, so no
//    cache ever serves an old one), and index.html names it in <meta name="content:<name>-<lang>"
//    content="./content/…">, where the app's loader finds it (src/ui/content.rs). Being files of
//    the build, they are precached below, so they work offline after one visit.
// 3. Offline. The staged sw.js gets the list of files to precache (every file of the build but
//    sw.js itself, the one-file edition included; index.html as "./") and a VERSION: a hash of
//    all those files' contents. So every change to the app makes a byte-different sw.js, which
//    the browser installs as a new version (see pwa/sw.js and pwa/sw-register.js). The edition
//    is precached so that "Bewaar als één bestand" works offline after one visit;
//    `node scripts/one-file.mjs` run again on the build stamps sw.js again (same bytes).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { insertShell, loadWasmAfterShell, shellHtml } from './app-shell.mjs';
import { EDITION_FILE, writeEdition } from './one-file.mjs';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const CSP_META = /(<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=")([^"]*)("[^>]*>)/i;

/** The text of every inline <script> (one without src), as the browser hashes it. */
export function inlineScripts(html) {
  return [...html.matchAll(SCRIPT)]
    .filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs))
    // The HTML parser turns CR LF and lone CR into LF before the CSP hash is taken.
    .map(([, , text]) => text.replace(/\r\n?/g, '\n'));
}

export function sha256Source(text) {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Rewrites the CSP meta of `html`: script-src allows 'self', wasm and exactly the inline scripts
 * the page holds (by hash); no 'unsafe-inline'. Other directives are kept, in their order.
 * Fails when the page has no CSP meta, so a build can never ship without one.
 */
export function pinInlineScripts(html) {
  const match = html.match(CSP_META);
  if (!match) throw new Error('index.html has no <meta http-equiv="Content-Security-Policy" content="…">');
  const hashes = [...new Set(inlineScripts(html).map(sha256Source))];
  const directives = new Map();
  for (const part of match[2].split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  directives.set('script-src', ["'self'", "'wasm-unsafe-eval'", ...hashes]);
  for (const name of ['connect-src', 'manifest-src', 'worker-src']) directives.set(name, ["'self'"]);
  const policy = [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
  return html.replace(CSP_META, (_, start, _old, end) => start + policy + end);
}

/**
 * Under `trunk serve`, Trunk fills two placeholders of its live-reload script in every HTML
 * response, which would change the script after it was hashed. Filling them here, in the same
 * way (the page's own host; the serve base "/" that public_url "./" gives), leaves Trunk nothing
 * to change, so the hash holds. A release build has no such script.
 */
export function fillReloadPlaceholders(html, publicUrl = './') {
  const base = publicUrl.startsWith('/') ? publicUrl.replace(/\/?$/, '/') : '/';
  return html
    .replaceAll("'{{__TRUNK_ADDRESS__}}'", 'window.location.host')
    .replaceAll('{{__TRUNK_WS_BASE__}}', base);
}

/**
 * What the service worker precaches: every file under `dir` (relative, with "/"), sorted. Left
 * out: dot files, sw.js itself and HTML files other than index.html and the one-file edition
 * (which "Bewaar als één bestand" downloads, also offline).
 */
export function buildFiles(dir) {
  const files = [];
  const walk = (sub) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile() && rel !== 'sw.js' && (rel === 'index.html' || rel === EDITION_FILE || !/\.html?$/i.test(rel))) files.push(rel);
    }
  };
  walk('');
  return files.sort();
}

/** The precache list and the version (a hash of the listed files' names and contents). */
export function precache(dir) {
  const files = buildFiles(dir);
  if (!files.includes('index.html')) throw new Error(`${dir} has no index.html`);
  const hash = crypto.createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, file))).digest());
  }
  return {
    urls: files.map((f) => (f === 'index.html' ? './' : `./${f}`)),
    version: hash.digest('hex').slice(0, 16),
  };
}

/**
 * What a phone page precaches (sw.js?telefoon): every file but the facilitator's app (its glue
 * and wasm), the QR decoder, the one-file edition and the content only the facilitator's screens
 * load (worksheets, example). The phone pages' app, index.html, the stylesheet, the English
 * model (for the language switch), the icons and the manifest stay.
 */
export function phoneFiles(urls) {
  const facilitatorOnly = /^\.\/(vitaal-samenwerken[-.]|qr-reader|content\/(werkbladen|voorbeeld)\.)/;
  return urls.filter((u) => !facilitatorOnly.test(u));
}

/** Writes the version and the lists into sw.js's three "post-build" lines. */
export function stampServiceWorker(source, { urls, version }) {
  const lines = [
    [/^const PHONE_PRECACHE = .*; \/\/ post-build: phone files$/m, `const PHONE_PRECACHE = ${JSON.stringify(phoneFiles(urls))}; // post-build: phone files`],
    [/^const VERSION = .*; \/\/ post-build: version$/m, `const VERSION = ${JSON.stringify(version)}; // post-build: version`],
    [/^const PRECACHE = .*; \/\/ post-build: files$/m, `const PRECACHE = ${JSON.stringify(urls)}; // post-build: files`],
  ];
  return lines.reduce((text, [pattern, line]) => {
    if (!pattern.test(text)) throw new Error(`sw.js has no line matching ${pattern}`);
    return text.replace(pattern, () => line);
  }, source);
}

/**
 * Stamps `dir`/sw.js with the list and version of what is in `dir` now. With `onlyIfStamped`,
 * leaves an unstamped sw.js (a folder the hook never ran on) as it is. Returns the list, or null.
 */
export function stampPrecache(dir, { onlyIfStamped = false } = {}) {
  const sw = path.join(dir, 'sw.js');
  if (!fs.existsSync(sw)) {
    if (onlyIfStamped) return null;
    throw new Error(`${sw} is missing (index.html copies pwa/sw.js)`);
  }
  const source = fs.readFileSync(sw, 'utf8');
  if (onlyIfStamped && /^const PRECACHE = \[\]; \/\/ post-build: files$/m.test(source)) return null;
  const list = precache(dir);
  const stamped = stampServiceWorker(source, list);
  if (stamped !== source) write(sw, stamped);
  return list;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The content files loaded on demand (from content/): the file, and the name and language the
 * app asks for (src/ui/content.rs). The Dutch model (nl.json) is compiled into the wasm; the
 * other language's model, the worksheets and the example are loaded when a screen needs them.
 */
export const CONTENT_FILES = [
  { file: 'werkbladen.nl.json', name: 'werkbladen', lang: 'nl' },
  { file: 'voorbeeld.nl.json', name: 'voorbeeld', lang: 'nl' },
  { file: 'en.json', name: 'model', lang: 'en' },
  { file: 'werkbladen.en.json', name: 'werkbladen', lang: 'en' },
  { file: 'voorbeeld.en.json', name: 'voorbeeld', lang: 'en' },
];
const CONTENT_META = /<meta name="content:[^"]*" content="[^"]*">\n?/g;

/**
 * Copies each of CONTENT_FILES from `source` into `dir`/content/ under its hashed name (removing
 * older copies) and names it in `html` by a meta; returns the new html. Idempotent.
 */
export function writeContent(dir, html, source = path.join(root, 'content')) {
  const out = path.join(dir, 'content');
  fs.mkdirSync(out, { recursive: true });
  const metas = [];
  for (const { file, name, lang } of CONTENT_FILES) {
    const json = JSON.stringify(JSON.parse(fs.readFileSync(path.join(source, file), 'utf8')));
    const hash = crypto.createHash('sha256').update(json).digest('hex').slice(0, 12);
    const hashed = `${name}.${lang}-${hash}.json`;
    for (const old of fs.readdirSync(out)) {
      if (old.startsWith(`${name}.${lang}-`) && old !== hashed) fs.rmSync(path.join(out, old));
    }
    if (!fs.existsSync(path.join(out, hashed))) write(path.join(out, hashed), json);
    metas.push(`<meta name="content:${name}-${lang}" content="./content/${hashed}">`);
  }
  const clean = html.replace(CONTENT_META, '');
  const at = clean.search(/<\/head>/i);
  if (at < 0) throw new Error('index.html has no </head>');
  return `${clean.slice(0, at)}${metas.map((m) => `${m}\n`).join('')}${clean.slice(at)}`;
}

/** Replaces a file in one step, so a reader never sees it half written. */
function write(file, text) {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** The phone pages' app as Trunk writes it (`data-bin="deelnemer"`, no hash, no loader). */
export const PHONE_APP = 'deelnemer';

/**
 * Gives the phone pages' app (src/bin/deelnemer.rs) a content hash, as Trunk does for the
 * facilitator's app (Trunk does not hash it: it builds it as a "worker", an app it does not load
 * itself), so a static host may cache it for good. Returns its two files' URLs, or null when the
 * build has none. Idempotent: on its own output it finds the hashed files.
 */
export function hashPhoneApp(dir) {
  const [js, wasm] = [`${PHONE_APP}.js`, `${PHONE_APP}_bg.wasm`];
  const hashedName = new RegExp(`^${PHONE_APP}-[0-9a-f]{16}(\\.js|_bg\\.wasm)$`);
  if (fs.existsSync(path.join(dir, js)) && fs.existsSync(path.join(dir, wasm))) {
    const hash = crypto.createHash('sha256');
    for (const f of [js, wasm]) hash.update(fs.readFileSync(path.join(dir, f)));
    const name = `${PHONE_APP}-${hash.digest('hex').slice(0, 16)}`;
    for (const old of fs.readdirSync(dir)) if (hashedName.test(old)) fs.rmSync(path.join(dir, old));
    for (const [from, to] of [[js, `${name}.js`], [wasm, `${name}_bg.wasm`]]) fs.renameSync(path.join(dir, from), path.join(dir, to));
    return { js: `./${name}.js`, wasm: `./${name}_bg.wasm` };
  }
  const found = fs.readdirSync(dir).filter((f) => hashedName.test(f)).sort();
  if (found.length === 0) return null;
  if (found.length !== 2) throw new Error(`${dir} has ${found.length} files of the phone app: ${found.join(', ')}`);
  const name = found[0].replace(/(\.js|_bg\.wasm)$/, '');
  return { js: `./${name}.js`, wasm: `./${name}_bg.wasm` };
}

export function postBuild(dir, publicUrl, shell = shellHtml()) {
  const index = path.join(dir, 'index.html');
  const sw = path.join(dir, 'sw.js');
  if (!fs.existsSync(sw)) throw new Error(`${sw} is missing (index.html copies pwa/sw.js)`);
  // The shell first: its script is one of the inline scripts the CSP pins.
  let html = loadWasmAfterShell(insertShell(fs.readFileSync(index, 'utf8'), shell), hashPhoneApp(dir));
  html = writeContent(dir, html);
  write(index, pinInlineScripts(fillReloadPlaceholders(html, publicUrl)));
  // The edition from the final index.html, before the list, so the service worker precaches it.
  writeEdition(dir);
  // After index.html and the edition are final, so the version covers them too.
  return stampPrecache(dir);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/post-build.mjs <dir> (or run as a Trunk hook, with TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  try {
    const { urls, version } = postBuild(dir, process.env.TRUNK_PUBLIC_URL);
    // (One hook, in sequence: Trunk runs post_build hooks at the same time.)
    console.log(`post-build: app shell in index.html; content files named; CSP pinned to the inline scripts; one-file edition written; sw.js version ${version}, ${urls.length} files to precache`);
  } catch (e) {
    console.error(`post-build: ${e.message}`);
    process.exit(1);
  }
}
