// Runs Lighthouse (mobile, its default simulated throttling) against the release build served
// the way a static host serves it: brotli-compressed, from 127.0.0.1. Prints the category scores
// and the main timings. Needs `lighthouse` (installed on demand by scripts/bench.sh).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { dist } from './helpers.mjs';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
  if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
  if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
  const body = fs.readFileSync(file);
  const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, {
    'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'max-age=31536000',
    ...(br ? { 'content-encoding': 'br' } : {}),
  });
  res.end(br ? zlib.brotliCompressSync(body) : body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
const report = path.join(path.dirname(dist), 'e2e', 'artifacts', 'lighthouse.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
// Lighthouse runs in a child process while this process keeps serving.
const run = () => new Promise((resolve) => {
  {
    const child = spawn('node_modules/.bin/lighthouse', [url, '--quiet', '--output=json', `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run'],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } });
    child.on('exit', resolve);
  }
});
const code = await run();
server.close();
if (code !== 0) { console.error('lighthouse failed'); process.exit(1); }
const r = JSON.parse(fs.readFileSync(report, 'utf8'));
console.log('lighthouse (mobile, simulated throttling, brotli-served):');
for (const [key, cat] of Object.entries(r.categories)) console.log(`  ${key.padEnd(16)} ${Math.round(cat.score * 100)}`);
for (const a of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
  console.log(`  ${a.padEnd(26)} ${r.audits[a].displayValue}`);
}
