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
 * Run at once after the shell is parsed: the shell is the overview, so on any other screen
 * (`#/samenwerking/…`, `#/gespreksmodel`; see `Screen::from_hash`) only its header shows, with
 * the right menu item current, and the app fills in the rest. Classic script, no globals.
 */
export const SHELL_SCRIPT = `{const s=document.getElementById('${SHELL_ID}'),h=location.hash.replace(/^#*\\/*/,'');`
  + `if(s&&(/^samenwerking\\/[^/]/.test(h)||h==='gespreksmodel')){s.classList.add('app-shell-header-only');`
  + `if(h==='gespreksmodel'){const a=s.querySelectorAll('nav a');a[0].removeAttribute('aria-current');a[1].setAttribute('aria-current','page')}}}`;

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
