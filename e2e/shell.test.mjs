// End-to-end: the app shell. index.html carries the first screen as static HTML (generated from
// the translation table at build time), so the page shows it before the wasm has loaded; when
// the app mounts it takes the shell's place without anything moving. Also in the one-file
// edition. Needs a release build in dist/ (and `node scripts/one-file.mjs`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, dist, assertAccessible } from './helpers.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const TITLE = 'Samenwerkingen';
const CARDS = ['Nieuwe samenwerking', 'Importeren'];

/** What must not move when the app replaces the shell (selectors inside the shell or the app). */
const PARTS = {
  header: '.site-header',
  menu: '.site-header nav',
  title: 'h1',
  intro: 'p.lead',
  cards: '.columns',
  'first card heading': '.columns > .card:nth-child(1) > h2',
  'second card heading': '.columns > .card:nth-child(2) > h2',
  'create button': '.columns > .card:nth-child(1) button',
  'list heading': 'main > section:not(.card) > h2',
  backups: 'main > section.backups',
  // Not the footer: below the backups the app adds the export reminder once the browser has
  // answered navigator.storage.persist() (there the footer moves, below the first screen).
};

/** The boxes of PARTS, inside `scope` (a selector prefix, '' for the whole page). */
function boxes(page, scope) {
  return page.evaluate(({ parts, scope }) => Object.fromEntries(Object.entries(parts).map(([name, selector]) => {
    const el = document.querySelector(`${scope}${selector}`);
    if (!el) return [name, null];
    const r = el.getBoundingClientRect();
    return [name, [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10)];
  })), { parts: PARTS, scope });
}

/**
 * A fresh profile whose .wasm requests wait until `release()` (or never come, with `block`), and
 * which adds up layout shifts from the very start (PerformanceObserver 'layout-shift', buffered).
 */
async function profile({ viewport = { width: 1280, height: 900 }, block = false } = {}) {
  const context = await browser.newContext({ viewport });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/*.wasm', async (route) => {
    if (block) return route.abort();
    await held;
    return route.continue();
  });
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors, release };
}

const cls = (page) => page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
const visibleText = async (page, selector) => {
  const el = page.locator(selector);
  assert.ok(await el.isVisible(), `${selector} is visible`);
  return el.innerText();
};

test('without the wasm, the shell shows the overview: header, title, intro and the two cards', async () => {
  const { context, page, errors } = await profile({ block: true });
  await page.goto(`${server.origin}/`);
  await page.waitForLoadState('load');
  assert.equal(await page.locator('#app-shell').count(), 1);
  assert.equal(await visibleText(page, '#app-shell .site-header .brand-name'), 'Vitaal Samenwerken');
  assert.equal(await visibleText(page, '#app-shell main:not(.participant) h1'), TITLE);
  assert.match(await visibleText(page, '#app-shell p.lead'), /^Elke samenwerking heeft een eigen opgave/);
  assert.deepEqual(await page.locator('#app-shell .columns > .card > h2').allInnerTexts(), CARDS);
  for (const h of await page.locator('#app-shell .columns > .card > h2').all()) assert.ok(await h.isVisible());
  // The app's ids stay the app's (tests and scripts wait for h1#paginatitel), and the shell
  // cannot be typed into: its text would be lost when the app takes over.
  assert.equal(await page.locator('#paginatitel, #nieuw-naam').count(), 0);
  assert.equal(await page.locator('#app-shell').getAttribute('inert'), '');
  // What depends on stored data is not claimed before the app has read it (its space is kept).
  assert.equal(await page.locator('#app-shell p.empty').first().isVisible(), false);
  assert.ok(await page.locator('#app-shell .site-footer').isVisible());
  // Only the wasm failed: the shell's own inline script kept to the CSP.
  assert.deepEqual(errors.filter((e) => !/wasm|fetch|Failed to load|ERR_FAILED/i.test(e)), []);
  await context.close();
});

test('with the wasm, the app takes the shell\'s place without a jump: one h1, one header, CLS <= 0.02', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 412, height: 823 }]) {
    const { context, page, errors, release } = await profile({ viewport });
    await page.goto(`${server.origin}/`, { waitUntil: 'domcontentloaded' });
    // The wasm is held back: the shell is what the page shows.
    await page.locator('#app-shell main:not(.participant) h1').waitFor({ state: 'visible' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shell = await boxes(page, '#app-shell ');
    release();
    await page.waitForSelector('h1#paginatitel');
    assert.equal(await page.locator('#app-shell').count(), 0, 'the shell is gone');
    assert.equal(await page.locator('h1').count(), 1, 'one h1');
    assert.equal(await page.locator('header, .site-header').count(), 1, 'one header');
    assert.equal(await page.locator('main').count(), 1, 'one main');
    assert.equal(await page.locator('.site-footer').count(), 1, 'one footer');
    assert.equal(await page.locator('.skip-link').count(), 1, 'one skip link');
    assert.equal(await page.locator('h1').innerText(), TITLE);
    assert.deepEqual(await page.locator('.columns > .card > h2').allInnerTexts(), CARDS);
    // Let whatever the app does after mounting (storage, journal, notices) settle.
    await page.waitForTimeout(1500);
    const app = await boxes(page, '');
    for (const [name, box] of Object.entries(shell)) {
      assert.ok(box, `the shell has the ${name}`);
      assert.ok(app[name], `the app has the ${name}`);
      const off = box.map((v, i) => Math.abs(v - app[name][i]));
      assert.ok(Math.max(...off) <= 1, `${viewport.width}px: the ${name} moved from ${box} (shell) to ${app[name]} (app)`);
    }
    // The wasm was asked for only after the shell had been shown (no preload competes with the
    // stylesheet, and the first paint does not wait for it).
    const [fcp, wasm] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.startTime,
    ]);
    assert.ok(fcp !== undefined && wasm !== undefined, 'a first contentful paint and a wasm request');
    assert.ok(wasm >= fcp, `the wasm was requested at ${wasm} ms, before the first paint at ${fcp} ms`);
    const shift = await cls(page);
    console.log(`# ${viewport.width}×${viewport.height}: layout shift while the app took over: ${shift.toFixed(4)}`);
    assert.ok(shift <= 0.02, `layout shift ${shift} > 0.02`);
    assert.deepEqual(errors, []);
    await assertAccessible(page, `overzicht na de shell (${viewport.width}px)`);
    await context.close();
  }
});

test('on another screen the shell shows only its header, with that screen\'s menu item current', async () => {
  const { context, page } = await profile({ block: true });
  await page.goto(`${server.origin}/#/gespreksmodel`);
  await page.waitForLoadState('load');
  assert.ok(await page.locator('#app-shell .site-header').isVisible());
  assert.equal(await page.locator('#app-shell main:not(.participant) h1').isVisible(), false, 'no overview title on another screen');
  assert.equal(await page.locator('#app-shell .site-footer').isVisible(), false);
  assert.equal(await page.locator('#app-shell nav a[aria-current="page"]').innerText(), 'Gespreksmodel');
  await page.goto(`${server.origin}/#/samenwerking/sw-elders`);
  await page.reload();
  await page.waitForLoadState('load');
  assert.equal(await page.locator('#app-shell main:not(.participant) h1').isVisible(), false);
  assert.equal(await page.locator('#app-shell nav a[aria-current="page"]').innerText(), 'Samenwerkingen');
  await context.close();

  // With the wasm, the app's own screen, once.
  const withApp = await profile();
  withApp.release();
  await withApp.page.goto(`${server.origin}/#/gespreksmodel`);
  await withApp.page.waitForSelector('h1#paginatitel');
  assert.equal(await withApp.page.locator('#app-shell').count(), 0);
  assert.equal(await withApp.page.locator('h1').count(), 1);
  assert.equal(await withApp.page.locator('.site-header').count(), 1);
  assert.equal(await withApp.page.locator('.site-header nav a[aria-current="page"]').innerText(), 'Gespreksmodel');
  await withApp.context.close();
});

test('the one-file edition has the same shell', async () => {
  const edition = path.join(dist, 'vitaal-samenwerken.html');
  assert.ok(fs.existsSync(edition), 'dist/vitaal-samenwerken.html is missing: run `node scripts/one-file.mjs`');
  // Without scripts the shell is all there is: it is in the file itself.
  const still = await browser.newContext({ javaScriptEnabled: false });
  const page = await still.newPage();
  await page.goto(pathToFileURL(edition).href);
  assert.equal(await visibleText(page, '#app-shell main:not(.participant) h1'), TITLE);
  assert.deepEqual(await page.locator('#app-shell .columns > .card > h2').allInnerTexts(), CARDS);
  await still.close();

  const running = await browser.newContext();
  const app = await running.newPage();
  const errors = [];
  app.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await app.goto(pathToFileURL(edition).href);
  await app.waitForSelector('h1#paginatitel');
  assert.equal(await app.locator('#app-shell').count(), 0);
  assert.equal(await app.locator('h1').count(), 1);
  assert.equal(await app.locator('.site-header').count(), 1);
  assert.deepEqual(errors, []);
  await running.close();
});
