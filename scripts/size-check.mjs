#!/usr/bin/env node
// The size ratchet. Measures the release build in dist/ (brotli, quality 11, Node's zlib, as a
// static host serves it) per part, wasm + js + css + html (index.html; not the one-file edition,
// which is a download), and compares it with the figure recorded in docs/size.txt.
//
//   node scripts/size-check.mjs           # check (CI, scripts/test.sh): exit 1 when the wasm is
//                                         # more than 4 KiB over its recorded figure, or the
//                                         # whole app over the ceiling of 450 KB
//   node scripts/size-check.mjs --write   # record the current figures (scripts/bench.sh)
//   node scripts/size-check.mjs --dist DIR
//
// The QR decoder for "Antwoorden scannen" (crates/qr-reader: qr-reader_bg.wasm, qr-reader.js,
// qr-reader_loader.js) is a Web Worker the app loads only when the camera is opened: it is
// measured and printed as its own part, "worker", and not counted in the whole app's first load.
//
// The phone pages' own app (src/bin/deelnemer.rs: deelnemer-<hash>.js and _bg.wasm), which the
// page loads instead of the facilitator's on a phone page's address, is its own part, "phone",
// with a ratchet of its own (4 KiB over its recorded figure fails) and its own first load
// (phone + css + html), which must stay under the same ceiling. It is not in the facilitator's
// total: a browser loads one app or the other.
//
// A commit that makes the wasm grow past the tolerance records the new figure in docs/size.txt
// (run scripts/bench.sh) and says in its message why the app grew. See docs/design.md,
// "Budget". Node built-ins only.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RECORD = path.join(root, 'docs', 'size.txt');
export const PARTS = ['wasm', 'js', 'css', 'html'];
/** Loaded only on demand (the QR decoder worker): printed, not counted in the total. */
export const LAZY = 'worker';
const LAZY_FILE = /^qr-reader(_bg\.wasm|\.js|_loader\.js)$/;
/** The phone pages' app: its own part, its own first load, its own ratchet. */
export const PHONE = 'phone';
const PHONE_FILE = /^deelnemer-[0-9a-f]{16}(_bg\.wasm|\.js)$/;
/** The facilitator's glue: the one script a phone page does not load. */
const APP_GLUE = /^vitaal-samenwerken-[0-9a-f]+\.js$/;
/** The whole app, brotli: 450 KB, read strictly as 450,000 bytes. */
export const CEILING = 450_000;
/** How far the wasm may grow over its recorded figure before CI fails: 4 KiB. */
export const WASM_TOLERANCE = 4 * 1024;

export const brotli = (bytes) => zlib.brotliCompressSync(bytes, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
}).length;

/** Which part a file of the build belongs to, or null when it is not counted. */
function part(name) {
  if (name === 'index.html') return 'html';
  if (LAZY_FILE.test(name)) return LAZY;
  if (PHONE_FILE.test(name)) return PHONE;
  const ext = path.extname(name).slice(1);
  return ['wasm', 'js', 'css'].includes(ext) ? ext : null;
}

/** Every counted file of the build with its raw and brotli size, and the sums per part. */
export function measure(dist) {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run \`trunk build --release\` first`);
  const files = fs.readdirSync(dist, { withFileTypes: true })
    .filter((e) => e.isFile() && part(e.name))
    .map((e) => {
      const bytes = fs.readFileSync(path.join(dist, e.name));
      return { name: e.name, part: part(e.name), raw: bytes.length, br: brotli(bytes) };
    })
    .sort((a, b) => [...PARTS, PHONE, LAZY].indexOf(a.part) - [...PARTS, PHONE, LAZY].indexOf(b.part) || b.br - a.br);
  const parts = Object.fromEntries([...PARTS, PHONE, LAZY].map((p) => [p, { raw: 0, br: 0 }]));
  for (const f of files) {
    parts[f.part].raw += f.raw;
    parts[f.part].br += f.br;
  }
  const total = PARTS.reduce((sum, p) => sum + parts[p].br, 0);
  // What a phone loads first: its app, the page, the stylesheet and the small scripts (the
  // service worker's), not the facilitator's glue.
  const scripts = files.filter((f) => f.part === 'js' && !APP_GLUE.test(f.name)).reduce((sum, f) => sum + f.br, 0);
  const phoneTotal = parts[PHONE].raw > 0 ? parts[PHONE].br + parts.css.br + parts.html.br + scripts : null;
  return { files, parts, total, phoneTotal };
}

/** docs/size.txt: `<part> <brotli bytes>` per line, then `total <bytes>`; `#` starts a comment. */
export function readRecord(file = RECORD) {
  const record = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const text = line.replace(/#.*/, '').trim();
    if (!text) continue;
    const [name, value, ...rest] = text.split(/\s+/);
    if (rest.length || !/^\d+$/.test(value ?? '')) throw new Error(`${file}: cannot read the line "${line}"`);
    record[name] = Number(value);
  }
  for (const name of [...PARTS, 'total']) {
    if (!(name in record)) throw new Error(`${file} has no line for ${name}`);
  }
  return record;
}

export function formatRecord({ parts, total, phoneTotal }, exception) {
  return [
    '# The size ratchet: the release build, brotli (quality 11), in bytes. Written by scripts/bench.sh,',
    '# checked by scripts/size-check.mjs in scripts/test.sh. A commit that raises these figures says why.',
    ...PARTS.map((p) => `${p} ${parts[p].br}`),
    `total ${total}`,
    ...(phoneTotal === null ? [] : [
      '# The phone pages\' own app (wasm + js), loaded instead of the rest on a phone page\'s address.',
      `${PHONE} ${parts[PHONE].br}`,
    ]),
    ...(exception ? [
      '# A known, temporary breach of the 450 KB ceiling, allowed up to this total (see docs/design.md,',
      '# "Budget"). It is written by hand, never by --write, and goes away with the fix it names.',
      `ceiling-exception ${exception}`,
    ] : []),
    '',
  ].join('\n');
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const signed = (n) => (n > 0 ? `+${n}` : `${n}`);

/** The table a reviewer reads: per file, per part with the change against the record, the total. */
export function report(m, record) {
  const lines = [];
  lines.push('file                                             raw bytes  brotli bytes');
  for (const f of m.files) lines.push(`  ${f.name.padEnd(46)} ${String(f.raw).padStart(10)} ${String(f.br).padStart(13)}`);
  lines.push('');
  lines.push(`part    brotli bytes          ${record ? 'recorded   change' : ''}`);
  for (const p of PARTS) {
    const now = m.parts[p].br;
    const was = record?.[p];
    lines.push(`  ${p.padEnd(5)} ${String(now).padStart(10)} ${kib(now).padStart(11)}`
      + (record ? ` ${String(was).padStart(10)} ${signed(now - was).padStart(8)}` : ''));
  }
  lines.push(`  ${'total'.padEnd(5)} ${String(m.total).padStart(10)} ${kib(m.total).padStart(11)}`
    + (record ? ` ${String(record.total).padStart(10)} ${signed(m.total - record.total).padStart(8)}` : '')
    + `   (ceiling ${CEILING} bytes = 450 KB)`);
  if (m.phoneTotal !== null) {
    const ph = m.parts[PHONE].br;
    const was = record?.[PHONE];
    lines.push(`  ${PHONE.padEnd(5)} ${String(ph).padStart(10)} ${kib(ph).padStart(11)}`
      + (record && was !== undefined ? ` ${String(was).padStart(10)} ${signed(ph - was).padStart(8)}` : '')
      + '   (the phone pages\' own app, instead of wasm + js on a phone page)');
    lines.push(`  phone's first load (phone + css + html + the service worker's js) ${m.phoneTotal} bytes, ${kib(m.phoneTotal)}   (ceiling ${CEILING})`);
  }
  if (m.parts[LAZY].raw > 0) {
    const w = m.parts[LAZY].br;
    lines.push(`  ${LAZY.padEnd(5)} ${String(w).padStart(10)} ${kib(w).padStart(11)}   (the QR decoder, loaded only when the camera is opened; not in the total)`);
  }
  return lines.join('\n');
}

/** What breaks the rules, as sentences; empty when the build is within them. A total over the
 * ceiling but within a recorded `ceiling-exception` is not a failure; it is printed as a warning. */
export function problems(m, record) {
  const out = [];
  const allowed = record?.['ceiling-exception'] ?? CEILING;
  if (m.total > Math.max(CEILING, allowed)) out.push(`the whole app is ${m.total} bytes brotli, over the ceiling of ${CEILING} bytes (450 KB)`
    + (allowed > CEILING ? ` and over the recorded exception of ${allowed} bytes` : ''));
  return out.concat(ratchet(m, record));
}

/** The warning for a total over the ceiling that a recorded exception allows. */
export function ceilingWarning(m, record) {
  const allowed = record?.['ceiling-exception'];
  return allowed && m.total > CEILING && m.total <= allowed
    ? `WARNING: the whole app is ${m.total} bytes brotli, ${m.total - CEILING} over the ceiling of ${CEILING} bytes (450 KB); `
      + `allowed only by the temporary ceiling-exception ${allowed} in docs/size.txt (see docs/design.md, "Budget")`
    : null;
}

function ratchet(m, record) {
  const out = [];
  if (m.phoneTotal !== null && m.phoneTotal > CEILING) {
    out.push(`a phone page's first load is ${m.phoneTotal} bytes brotli, over the ceiling of ${CEILING} bytes (450 KB)`);
  }
  if (record && m.phoneTotal !== null && record[PHONE] !== undefined && m.parts[PHONE].br > record[PHONE] + WASM_TOLERANCE) {
    out.push(`the phone pages' app grew from ${record[PHONE]} to ${m.parts[PHONE].br} bytes brotli (${signed(m.parts[PHONE].br - record[PHONE])}), `
      + `more than ${WASM_TOLERANCE} bytes (4 KiB) over docs/size.txt: record the new figure (scripts/bench.sh) in the same commit and say why`);
  }
  if (record && m.phoneTotal !== null && record[PHONE] === undefined) {
    out.push(`docs/size.txt has no line for ${PHONE} (the phone pages' app): record it (scripts/bench.sh)`);
  }
  if (record && m.parts.wasm.br > record.wasm + WASM_TOLERANCE) {
    out.push(`the wasm grew from ${record.wasm} to ${m.parts.wasm.br} bytes brotli (${signed(m.parts.wasm.br - record.wasm)}), `
      + `more than ${WASM_TOLERANCE} bytes (4 KiB) over docs/size.txt: if that is worth it, record the new figure `
      + '(scripts/bench.sh) in the same commit and say why');
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const at = args.indexOf('--dist');
  const dist = at >= 0 ? path.resolve(args[at + 1]) : path.join(root, 'dist');
  try {
    const m = measure(dist);
    const record = fs.existsSync(RECORD) ? readRecord() : null;
    console.log(report(m, record));
    const found = problems(m, write ? null : record);
    const warning = ceilingWarning(m, record);
    if (write && warning) found.length = 0;
    if (warning) console.error(warning);
    if (!write && !record) found.push(`${path.relative(root, RECORD)} is missing: run scripts/bench.sh to record the figures`);
    if (write) {
      fs.writeFileSync(RECORD, formatRecord(m, record?.['ceiling-exception']));
      console.log(`recorded in ${path.relative(root, RECORD)}`);
    }
    if (found.length) {
      for (const p of found) console.error(`SIZE: ${p}`);
      process.exit(1);
    }
    if (warning) console.log(write ? 'recorded; over the ceiling, within the recorded exception' : 'size: within the ratchet; over the ceiling, within the recorded exception');
    else console.log(write ? 'within the ceiling' : 'size: within the ratchet and the ceiling');
  } catch (e) {
    console.error(`size-check: ${e.message}`);
    process.exit(2);
  }
}
