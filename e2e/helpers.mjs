// Shared helpers for the end-to-end tests: a static server for dist/, Debian Chromium via
// playwright-core, axe-core, keyboard navigation and a record of every request.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dist = path.join(root, 'dist');
export const artifacts = path.join(root, 'e2e', 'artifacts');
const axeSource = fs.readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

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

/** Serves dist/ (or another copy of the build, `root`) on a free loopback port. */
export async function serve(root = dist) {
  assert.ok(fs.existsSync(path.join(root, 'index.html')), `${root} is missing: run \`trunk build --release\` first`);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }),
  };
}

export async function launch() {
  return launchWith([]);
}

/** Debian Chromium with the tests' flags and `extra` ones (e.g. a fake camera). */
export async function launchWith(extra) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
      // A Dutch browser, as most of the app's users have: the first visit is in Dutch (ui::taal).
      // The English edition's tests ask for English per context (`locale`).
      '--accept-lang=nl-NL,nl', ...extra],
  });
}

/**
 * A fresh browser profile (own storage), a Dutch browser unless `locale` says otherwise.
 * Every request is recorded so the
 * test can assert that nothing leaves the page's own origin.
 */
export async function newProfile(browser, origin, { locale } = {}) {
  // `locale` (e.g. 'en-GB') makes an English browser: it overrides navigator.languages.
  const context = await browser.newContext({
    acceptDownloads: true, viewport: { width: 1280, height: 900 }, ...(locale ? { locale } : {}),
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${origin}/`);
  await page.waitForSelector('h1#paginatitel');
  return {
    context, page, requests, errors,
    assertOnlyOwnOrigin() {
      const foreign = requests.filter((u) => !(u.startsWith(`${origin}/`) || u.startsWith('data:') || u.startsWith('blob:')));
      assert.deepEqual(foreign, [], 'requests left the page origin');
      assert.ok(requests.length > 0);
    },
  };
}

/**
 * Patterns of source code or unfilled templates that must never be visible: a broken `view!`
 * attribute once put "= agenda_len() >Volgend ingrediënt" on the beamer, and no test read it.
 */
const CODE_FRAGMENTS = [
  /\b[a-z_][a-z0-9_]*\(\)/i, // a call: agenda_len()
  /=>|::|&&|\|\|/, // closures, paths, boolean operators
  /\bmove\s*\|/, // a Rust closure
  /[{}]/, // an unfilled "{name}" placeholder or a block
  /\b(Some|None|Ok|Err)\(|\bundefined\b|\bNaN\b|\[object /, // Rust or JS values
  /^\s*=\s/, // "= expr", the left-over of a broken attribute
];

/**
 * Fails when any visible text or accessible name on the page looks like code: the text a user
 * reads (innerText) and the labels a screen reader reads (aria-label, title, placeholder, alt).
 */
export async function assertNoCodeFragments(page, label) {
  const texts = await page.evaluate(() => {
    const out = document.body.innerText.split('\n');
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out.map((t) => t.trim()).filter(Boolean);
  });
  const found = texts.filter((t) => CODE_FRAGMENTS.some((re) => re.test(t)));
  assert.deepEqual(found, [], `code fragments visible on screen "${label}"`);
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page and fails on any violation. Every screen
 * that is checked this way is also checked for visible code fragments (assertNoCodeFragments).
 */
export async function assertAccessible(page, label) {
  await assertNoCodeFragments(page, label);
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  assert.deepEqual(result, [], `axe-core violations on screen "${label}":\n${JSON.stringify(result, null, 2)}`);
}

/**
 * Presses Tab until the element matching `selector` has focus, as a keyboard user would.
 * Fails if it is not reachable within `max` presses.
 */
export async function tabTo(page, selector, max = 200) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  assert.fail(`could not reach ${selector} with Tab (focus is on ${active})`);
}

/** Creates a samenwerking from the overview by keyboard and waits for its page. */
export async function createByKeyboard(page, name) {
  await tabTo(page, '#nieuw-naam');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#sw-opgave');
}

/** Checks that the focused element shows a visible focus indicator (outline). */
export async function assertVisibleFocus(page) {
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  assert.notEqual(outline.style, 'none', 'focused element has no outline');
  assert.ok(outline.width >= 2, `focus outline too thin: ${outline.width}px`);
}

export async function noticeText(page) {
  return (await page.locator('.notices').innerText()).trim();
}

/** The IndexedDB journal's record of the work (`src/ui/journal.rs`): `{text, revision, unsaved, at_ms}`, or null. */
export async function journalRecord(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('vitaal-samenwerken');
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('journaal')) { db.close(); resolve(null); return; }
      const get = db.transaction('journaal').objectStore('journaal').get('werkruimte');
      get.onsuccess = () => { resolve(get.result ?? null); db.close(); };
    };
    open.onerror = () => resolve(null);
  }));
}

/**
 * Reads the journal until `ok(record)` holds (the journal is written in the background), at most
 * `tries` times `every` ms apart; returns the last record read, for the test to assert on.
 */
export async function waitForJournal(page, ok, { tries = 50, every = 50 } = {}) {
  let record = await journalRecord(page);
  for (let i = 0; i < tries && !ok(record); i++) {
    await page.waitForTimeout(every);
    record = await journalRecord(page);
  }
  return record;
}

/**
 * What is in local storage. The app writes behind (within 250 ms) and at once on `pagehide`;
 * we fire `pagehide` as the browser does when leaving, so a slow machine cannot make this flaky.
 * (That the timer alone writes is checked separately with `waitForSaved`.)
 */
export async function stored(page) {
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  return page.evaluate(() => JSON.parse(localStorage.getItem('vitaal-samenwerken:werkruimte') ?? 'null'));
}

/**
 * Types a date into the focused date field the way a keyboard user does, in the field's own
 * order: day-month-year in a Dutch browser, month first in an English one (the browser's
 * default locale decides both the field and Intl's default format).
 */
export async function typeDate(page, iso) {
  const [y, m, d] = iso.split('-');
  const monthFirst = await page.evaluate(() => {
    const parts = new Intl.DateTimeFormat().formatToParts(new Date(2000, 1, 3));
    return parts.findIndex((p) => p.type === 'month') < parts.findIndex((p) => p.type === 'day');
  });
  await page.keyboard.type(monthFirst ? m + d + y : d + m + y);
  assert.equal(await page.evaluate(() => document.activeElement.value), iso, 'date typed');
}

/** Waits until local storage contains `text`, without any help: the write-behind timer alone. */
export async function waitForSaved(page, text) {
  await page.waitForFunction(
    (t) => (localStorage.getItem('vitaal-samenwerken:werkruimte') ?? '').includes(t),
    text,
    { timeout: 5000 },
  );
}

/**
 * A phone: a small touch screen with its own storage (a new browser context); every request and
 * page error recorded. With `url`, it opens that address and waits for the page title.
 * `assertOnlyOwnOrigin(origin)` checks that no request left the page's origin.
 */
export async function openPhone(browser, { width = 390, url = null, deviceScaleFactor = 1, consoleErrors = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor, acceptDownloads: true,
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (consoleErrors) page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  if (url) {
    await page.goto(url);
    await page.waitForSelector('h1#paginatitel');
  }
  return {
    context, page, requests, errors,
    assertOnlyOwnOrigin(origin) {
      const foreign = requests.filter((u) => !(u.startsWith(`${origin}/`) || u.startsWith('data:') || u.startsWith('blob:')));
      assert.deepEqual(foreign, [], 'requests left the page origin');
    },
  };
}

/**
 * Taps `score` (1–5, 0 for "weet ik niet") on every question of the participant page's factor
 * on screen, and checks that each tap chose it. Returns the questions' radio group names.
 */
export async function tapScores(page, score) {
  const groups = await page.locator('.participant-question input[type=radio]').evaluateAll(
    (inputs) => [...new Set(inputs.map((i) => i.name))],
  );
  assert.ok(groups.length > 0, 'questions on screen');
  for (const group of groups) {
    await page.locator(`label.participant-choice:has(input[name="${group}"][value="${score}"])`).tap();
    assert.equal(await page.locator(`input[name="${group}"]:checked`).getAttribute('value'), String(score));
  }
  return groups;
}

/** Every visible control matched by `selector` is at least 44 × 44 CSS pixels (WCAG 2.5.5). */
export async function assertTouchTargets(page, label, selector = 'main button, main textarea, main input, main select') {
  const small = await page.evaluate((sel) => [...document.querySelectorAll(sel)]
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ el, r }) => el.offsetParent !== null && !(r.width === 0 && r.height === 0))
    .filter(({ r }) => r.width < 44 || r.height < 44)
    .map(({ el, r }) => `${el.tagName} ${el.id || el.textContent.trim().slice(0, 30)} ${Math.round(r.width)}×${Math.round(r.height)}`), selector);
  assert.deepEqual(small, [], `touch targets under 44 px on "${label}"`);
}

/**
 * The common Dutch words and the names that stay Dutch, read from the core's own list
 * (crates/core/src/i18n/check.rs: DUTCH_WORDS, KEPT_NAMES), so the host tests of the English
 * tables and the e2e checks of the English screens use one list.
 */
export const dutch = (() => {
  const source = fs.readFileSync(path.join(root, 'crates', 'core', 'src', 'i18n', 'check.rs'), 'utf8');
  const list = (name) => {
    const m = source.match(new RegExp(`pub const ${name}[^=]*=\\s*&?\\[([\\s\\S]*?)\\];`));
    assert.ok(m, `${name} not found in check.rs`);
    return [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]);
  };
  return { words: new Set(list('DUTCH_WORDS')), keptNames: list('KEPT_NAMES') };
})();

/**
 * The Dutch words a user can see on an English screen: the visible text (innerText of `root`)
 * and the aria-label, title, placeholder and alt of visible elements in it. Before looking,
 * the users' own texts (`typed`), text in parentheses (the deliberate Dutch originals: "Shared
 * interest (Een gezamenlijk belang)"), the names that stay Dutch and the switch's "Nederlands"
 * are taken out; words in `allowed` are not counted, nor anything inside `exclude` (a
 * selector). Returns [{ word, text }], `text` being the line (or attribute) the word was seen in.
 */
export async function findDutch(page, { root = 'body', exclude = null, typed = [], allowed = [] } = {}) {
  const texts = await page.evaluate(({ sel, exclude }) => {
    const base = document.querySelector(sel);
    if (!base) return [];
    // Parts meant to be Dutch (`exclude`, e.g. a document made in Dutch) are hidden for a moment.
    const hidden = exclude ? [...base.querySelectorAll(exclude)].map((el) => [el, el.style.display]) : [];
    for (const [el] of hidden) el.style.display = 'none';
    const out = base.innerText.split('\n');
    for (const el of base.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (el.getClientRects().length === 0) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v) out.push(`[${a}] ${v}`);
      }
    }
    for (const [el, display] of hidden) el.style.display = display;
    return out.map((t) => t.trim()).filter(Boolean);
  }, { sel: root, exclude });
  return dutchWordsIn(texts, { typed, allowed });
}

/**
 * The Dutch words in `texts` (lines of an English text: a screen, a file), with the same
 * exceptions as `findDutch`: the users' own texts (`typed`), text in parentheses, the names that
 * stay Dutch, "Nederlands", and `allowed` words. A number with a Dutch decimal comma counts
 * as the word "decimal comma". Returns [{ word, text }].
 */
export function dutchWordsIn(texts, { typed = [], allowed = [] } = {}) {
  const names = [...dutch.keptNames, 'Nederlands'];
  // Longest first, so a typed text that contains another one is taken out whole.
  const own = [...typed].filter(Boolean).sort((a, b) => b.length - a.length);
  const skip = new Set(allowed.map((w) => w.toLowerCase()));
  const found = [];
  for (const text of texts) {
    // Addresses (an invitation's link on an achterban-blad) are not words.
    let plain = text.replace(/https?:\/\/\S+/g, ' ');
    for (const t of own) plain = plain.split(t).join(' ');
    let out = '';
    let depth = 0;
    for (const c of plain) {
      if (c === '(') depth += 1;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0) out += c;
    }
    for (const n of names) out = out.split(n).join(' ');
    // A Dutch decimal comma ("4,4 MB", "3,0"); an English thousands separator has 3 digits.
    if (!skip.has('decimal comma') && /(?<![\d,.])\d+,\d{1,2}(?![\d,])/.test(out)) found.push({ word: 'decimal comma', text });
    for (const w of out.split(/[^\p{L}\p{N}]+/u)) {
      const word = w.toLowerCase();
      if (word && dutch.words.has(word) && !skip.has(word)) found.push({ word, text });
    }
  }
  return found;
}

/** Fails when a Dutch word is visible on an English screen (see `findDutch`), naming each. */
export async function assertNoDutch(page, label, options = {}) {
  const found = await findDutch(page, options);
  assert.deepEqual(found, [], `Dutch visible on the English screen "${label}":\n${
    found.map((f) => `  "${f.word}" in: ${f.text.slice(0, 200)}`).join('\n')}`);
}
