// The app shell: the first screen (the overview) as static HTML in index.html, so the browser
// paints it without waiting for the wasm. The HTML is printed by the core crate's `app_shell`
// binary from the one translation table (crates/core/src/bin/app_shell.rs): no second copy of
// the words. `ui::start()` removes it right before the app mounts, in the same task.
//
// Used by scripts/post-build.mjs (the Trunk post_build hook) and scripts/one-file.mjs.
// Node built-ins only.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHELL_ID = 'app-shell';
const START = '<!--app-shell-->';
const END = '<!--/app-shell-->';

/**
 * Run at once after the shell is parsed:
 * - The page's language as the app will choose it (`ui::taal`): the language chosen before on
 *   this device, else Dutch when any preferred language is Dutch. For English the shell's content
 *   is swapped for the English one (a `<template>` beside it) and `<html lang>` set, before the
 *   first paint, so nothing changes language when the app takes over.
 * - A participant's page (`#/doe-mee/…` or an achterban-blad's `#/achterban/…`, or a participant edition: its embedded block holds an
 *   `"uitnodiging"`) shows only the header's name and tagline, as that page does (no menu, none of
 *   the facilitator's overview); see `ui::meedoen`. The scan's page (`app-shell-scan`) also shows
 *   the part of its first step that is the same for every invitation (its intro).
 * - The shell is the overview, so on any other screen (`#/samenwerking/…`, `#/gespreksmodel`,
 *   `#/zo-werkt-het`;
 *   see `Screen::from_hash`) only its header shows, with the right menu item current, and the
 *   app fills in the rest.
 * - `window.vitaalShellPainted`, a promise that `ui::start()` awaits before it replaces the shell:
 *   it resolves once the browser has shown the page (the first contentful paint), so the shell is
 *   the page's largest contentful paint and not the app that replaces it with the same text; at
 *   once in a hidden tab (nothing paints there), and after 1 s at the latest.
 * - A first touch of localStorage, and a first (empty) listener for other tabs' `storage`
 *   events: the browser loads the site's storage, and registers the page for those events, in
 *   one blocking step each on first use; here, while the page is still being parsed, they do
 *   not hold up the app's first render later (which reads the stored work and listens at once).
 * Classic script; its only global is that promise.
 */
export const SHELL_SCRIPT = `{const s=document.getElementById('${SHELL_ID}'),h=location.hash.replace(/^#*\\/*/,'');`
  + `try{const c=localStorage.getItem('vitaal-samenwerken:taal'),p=navigator.languages||[navigator.language||''];`
  + `if(c==='en'||(!c&&!p.some((l)=>/^nl\\b/i.test(l)))){const t=document.getElementById('${SHELL_ID}-en');`
  + `if(s&&t){s.innerHTML=t.innerHTML;document.documentElement.lang='en'}}}catch(e){}`
  + `const e=document.getElementById('vitaal-ingesloten');`
  + `const d=/^doe-mee\\//.test(h)||(e&&/^\\{"uitnodiging":/.test(e.textContent));`
  + `if(s&&(d||/^achterban\\//.test(h))){s.classList.add('app-shell-participant');if(d)s.classList.add('app-shell-scan')}`
  + `else if(s&&(/^samenwerking\\/[^/]/.test(h)||h==='gespreksmodel'||h==='zo-werkt-het')){s.classList.add('app-shell-header-only');`
  + `const k={'gespreksmodel':1,'zo-werkt-het':2}[h];if(k){const a=s.querySelectorAll('nav a');a[0].removeAttribute('aria-current');a[k].setAttribute('aria-current','page')}}`
  + `window.vitaalShellPainted=new Promise((done)=>{if(document.visibilityState==='hidden'||!window.PerformanceObserver)return done();`
  + `const o=new PerformanceObserver((l)=>{if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();done()}});`
  + `o.observe({type:'paint',buffered:true});setTimeout(done,1000)});try{localStorage.length;addEventListener('storage',()=>{})}catch(e){}}`;

/** The shell's HTML, from `cargo run -p vitaal-core --bin app_shell`. */
export function shellHtml() {
  const run = spawnSync('cargo', ['run', '--quiet', '--locked', '-p', 'vitaal-core', '--bin', 'app_shell'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.error) throw new Error(`cannot run cargo for the app shell: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`the app_shell binary failed (exit ${run.status})`);
  const html = run.stdout.trim();
  if (!html.startsWith(`<div id="${SHELL_ID}"`)) throw new Error(`unexpected app shell output: ${html.slice(0, 80)}`);
  return html;
}

const WASM_PRELOAD = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\.(?:wasm|js)"[^>]*>\n?/g;
const LOADER = /<script type="module">\s*(?:import init, \* as bindings from|const app = )[\s\S]*?<\/script>/;
const TRUNK_JS = /import init, \* as bindings from '([^']+\.js)';/;
const TRUNK_WASM = /module_or_path: '([^']+\.wasm)'/;
const OWN_APP = /const app = \{ js: '([^']+\.js)', wasm: '([^']+\.wasm)' \};/;
/** The addresses of the phone pages (`#/doe-mee/…`, `#/achterban/…`), as `ui::start_phone` reads them. */
export const PHONE_ROUTE = String.raw`/^(doe-mee|achterban)\//.test(location.hash.replace(/^#*\/*/, ''))`;

/**
 * The page's loader, in place of Trunk's (`import init … await init(…)`):
 * - It chooses the app: on a phone page's address the phone pages' own small app (`phone`, the
 *   `deelnemer` binary, when the build has it), else the facilitator's. A phone on mobile data
 *   then downloads only what its page needs. (A participant edition, one file, has no loader:
 *   the facilitator's app serves it, see scripts/one-file.mjs.)
 * - The glue is fetched at once; the wasm once the shell has been shown
 *   (`window.vitaalShellPainted`), not during the first paint: Trunk's preloads of the `.wasm`
 *   and the glue go. Then the wasm does not compete with the stylesheet for the network on a
 *   slow connection (the first paint comes sooner), and the first paint does not depend on the
 *   wasm's download (Lighthouse counts every request that starts before it). The price: on a
 *   slow connection the app takes over about one stylesheet's load later.
 * Idempotent: on its own output it reads the facilitator's app from its own loader.
 */
export function loadWasmAfterShell(html, phone = null) {
  const out = html.replace(WASM_PRELOAD, '');
  const script = out.match(LOADER)?.[0];
  if (!script) throw new Error('index.html has no Trunk loader `import init, * as bindings from …` to replace');
  const own = script.match(OWN_APP);
  const app = own
    ? { js: own[1], wasm: own[2] }
    : { js: script.match(TRUNK_JS)?.[1], wasm: script.match(TRUNK_WASM)?.[1] };
  if (!app.js || !app.wasm) throw new Error('the loader in index.html names no .js or no .wasm');
  const lines = [
    `const app = { js: '${app.js}', wasm: '${app.wasm}' };`,
    ...(phone ? [
      `const phone = { js: '${phone.js}', wasm: '${phone.wasm}' };`,
      `const chosen = ${PHONE_ROUTE} ? phone : app;`,
    ] : ['const chosen = app;']),
    'const glue = import(chosen.js);',
    'await window.vitaalShellPainted;',
    'const bindings = await glue;',
    'const wasm = await bindings.default({ module_or_path: chosen.wasm });',
    'window.wasmBindings = bindings;',
    "dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));",
  ];
  return out.replace(LOADER, () => `<script type="module">\n${lines.join('\n')}\n</script>`);
}

/**
 * Puts the shell (and its script) at the start of `<body>`, or replaces the one that is there,
 * so running it again on its own output changes nothing.
 */
export function insertShell(html, shell) {
  const block = `${START}${shell}<script>${SHELL_SCRIPT}</script>${END}`;
  const start = html.indexOf(START);
  if (start >= 0) {
    const end = html.indexOf(END, start);
    if (end < 0) throw new Error('index.html has an app shell without end');
    return html.slice(0, start) + block + html.slice(end + END.length);
  }
  const body = html.match(/<body\b[^>]*>/i);
  if (!body) throw new Error('index.html has no <body>');
  const at = body.index + body[0].length;
  return `${html.slice(0, at)}\n${block}${html.slice(at)}`;
}
