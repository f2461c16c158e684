// Lighthouse against the release build served as a static host serves it, and the budget's
// rules on the medians (docs/design.md, "Budget"). Run by scripts/bench.sh; needs `lighthouse`
// (installed on demand there).
//
//   node e2e/lighthouse.mjs [name=path ...]   # default: overview=/
//
// The server: brotli (`Content-Encoding: br`, Node's zlib.brotliCompressSync) for every file when
// the browser accepts it; Trunk's hashed files (name-<16 hex>.ext) `immutable` for a year,
// everything else (index.html, sw.js, sw-register.js, the manifest, the icons) `no-cache` with
// an ETag, so a return visit revalidates them with a 304.
// Each page runs 3 times with the mobile preset (simulated throttling: slow 4G, 4x CPU) and 3
// times with the desktop preset; the medians are printed and checked:
//   mobile:  performance >= 95, LCP <= 2.0 s, TBT <= 100 ms, CLS <= 0.02, accessibility 100
//   desktop: performance 100, accessibility 100
// Exit 1 when a median misses a rule.
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { dist } from './helpers.mjs';

// For a quick look while working: LIGHTHOUSE_RUNS=1 LIGHTHOUSE_PRESETS=mobile, and
// LIGHTHOUSE_SAVE_ASSETS=1 keeps each run's trace beside its report (e2e/artifacts/).
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PRESETS = (process.env.LIGHTHOUSE_PRESETS ?? 'mobile,desktop').split(',');
// The pages to measure, `name=path` (scripts/bench.sh passes the overview and the participant
// page; see LIGHTHOUSE_PAGES there).
const pages = (process.argv.slice(2).length ? process.argv.slice(2) : ['overview=/']).map((arg) => {
  const [name, ...rest] = arg.split('=');
  if (!name || !rest.length) throw new Error(`expected name=path, got ${arg}`);
  return { name, path: rest.join('=') };
});

const RULES = {
  mobile: { performance: 95, accessibility: 100, lcp: 2000, tbt: 100, cls: 0.02 },
  desktop: { performance: 100, accessibility: 100 },
};

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const HASHED = /-[0-9a-f]{8,16}(?:_bg)?\.(?:js|wasm|css)$/;

/** A file of dist/ as the server sends it: compressed once, with its ETag. */
const cache = new Map();
function load(file) {
  if (!cache.has(file)) {
    const body = fs.readFileSync(file);
    cache.set(file, {
      body,
      br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
      etag: `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    });
  }
  return cache.get(file);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
  if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
  if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) { res.writeHead(404).end(); return; }
  const { body, br, etag } = load(file);
  const headers = {
    'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    etag,
    vary: 'Accept-Encoding',
  };
  if (req.headers['if-none-match'] === etag) { res.writeHead(304, headers).end(); return; }
  const useBr = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, { ...headers, ...(useBr ? { 'content-encoding': 'br' } : {}) });
  res.end(useBr ? br : body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const reportDir = path.join(path.dirname(dist), 'e2e', 'artifacts');
fs.mkdirSync(reportDir, { recursive: true });

/** One Lighthouse run in a child process (this process keeps serving); returns the parsed report. */
function lighthouse(url, preset, out) {
  return new Promise((resolve, reject) => {
    const args = [url, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run --accept-lang=nl-NL,nl'];
    if (preset === 'desktop') args.push('--preset=desktop');
    if (process.env.LIGHTHOUSE_SAVE_ASSETS) args.push('--save-assets');
    const child = spawn('node_modules/.bin/lighthouse', args,
      { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(fs.readFileSync(out, 'utf8'))) : reject(new Error(`lighthouse exited with ${code}`))));
  });
}

/** The figures of one run: scores 0–100, times in ms, CLS unitless. */
function figures(r) {
  return {
    performance: Math.round(r.categories.performance.score * 100),
    accessibility: Math.round(r.categories.accessibility.score * 100),
    'best-practices': Math.round(r.categories['best-practices'].score * 100),
    fcp: r.audits['first-contentful-paint'].numericValue,
    lcp: r.audits['largest-contentful-paint'].numericValue,
    tbt: r.audits['total-blocking-time'].numericValue,
    cls: r.audits['cumulative-layout-shift'].numericValue,
    si: r.audits['speed-index'].numericValue,
    lcpElement: r.audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node')?.selector ?? '?',
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

let failed = false;
for (const page of pages) {
  for (const preset of PRESETS) {
    const runs = [];
    for (let i = 1; i <= RUNS; i++) {
      const out = path.join(reportDir, `lighthouse-${page.name}-${preset}-${i}.json`);
      runs.push(figures(await lighthouse(`${origin}${page.path}`, preset, out)));
    }
    const m = Object.fromEntries(['performance', 'accessibility', 'best-practices', 'fcp', 'lcp', 'tbt', 'cls', 'si']
      .map((k) => [k, median(runs.map((r) => r[k]))]));
    const each = (k, f) => runs.map((r) => f(r[k])).join(' / ');
    const ms = (v) => `${Math.round(v)} ms`;
    console.log(`lighthouse ${page.name} (${page.path}), ${preset} preset, brotli + cache headers: median of ${RUNS} runs (each run in brackets)`);
    console.log(`  performance     ${String(m.performance).padStart(8)}   (${each('performance', String)})`);
    console.log(`  accessibility   ${String(m.accessibility).padStart(8)}   (${each('accessibility', String)})`);
    console.log(`  best-practices  ${String(m['best-practices']).padStart(8)}   (${each('best-practices', String)})`);
    console.log(`  FCP             ${ms(m.fcp).padStart(8)}   (${each('fcp', ms)})`);
    console.log(`  LCP             ${ms(m.lcp).padStart(8)}   (${each('lcp', ms)})`);
    console.log(`  TBT             ${ms(m.tbt).padStart(8)}   (${each('tbt', ms)})`);
    console.log(`  CLS             ${m.cls.toFixed(3).padStart(8)}   (${each('cls', (v) => v.toFixed(3))})`);
    console.log(`  Speed Index     ${ms(m.si).padStart(8)}   (${each('si', ms)})`);
    console.log(`  LCP element     ${runs[0].lcpElement}`);
    const rule = RULES[preset];
    const misses = [];
    if (m.performance < rule.performance) misses.push(`performance ${m.performance} < ${rule.performance}`);
    if (m.accessibility < rule.accessibility) misses.push(`accessibility ${m.accessibility} < ${rule.accessibility}`);
    if (rule.lcp !== undefined && m.lcp > rule.lcp) misses.push(`LCP ${ms(m.lcp)} > ${rule.lcp} ms`);
    if (rule.tbt !== undefined && m.tbt > rule.tbt) misses.push(`TBT ${ms(m.tbt)} > ${rule.tbt} ms`);
    if (rule.cls !== undefined && m.cls > rule.cls) misses.push(`CLS ${m.cls.toFixed(3)} > ${rule.cls}`);
    for (const miss of misses) console.log(`  OVER BUDGET: ${miss}`);
    if (!misses.length) console.log('  within budget');
    failed ||= misses.length > 0;
  }
}
server.close();
process.exit(failed ? 1 : 0);
