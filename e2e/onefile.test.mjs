// End-to-end: the one-file edition (dist/vitaal-samenwerken.html, made by scripts/one-file.mjs).
// It runs from file:// with every network request blocked; a samenwerking embedded in it is
// offered with a question first, "Niet nu" changes nothing, and "Openen" goes through the normal
// import (clash question: keep both / replace / cancel). axe-core checks the questions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  serve, launch, newProfile, assertAccessible, tabTo, noticeText, artifacts, dist, waitForSaved,
} from './helpers.mjs';

const edition = path.join(dist, 'vitaal-samenwerken.html');
const KEY = 'vitaal-samenwerken:werkruimte';

let browser;

before(async () => {
  assert.ok(fs.existsSync(edition), 'dist/vitaal-samenwerken.html is missing: run `node scripts/one-file.mjs` after the release build');
  fs.mkdirSync(artifacts, { recursive: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/**
 * A fresh browser profile without network: every request that is not file:, data: or blob: is
 * aborted and recorded, and so are console errors (a CSP violation is one).
 */
async function offlineProfile() {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const blocked = [];
  const requests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return {
    context, page, errors,
    /** Opens a file as a user does (no hash), and waits for the app. */
    async open(file) {
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('h1#paginatitel');
    },
    assertOffline() {
      assert.deepEqual(blocked, [], 'the page tried to reach the network');
      assert.deepEqual(requests.filter((u) => !/^(file|data|blob):/.test(u)), []);
      assert.deepEqual(errors, [], 'errors in the page (a CSP violation counts)');
    },
  };
}

/** The HTML without its embedded block: saving as one file changes nothing else. */
const withoutBlock = (html) => html.replace(/<script type="application\/json" id="vitaal-ingesloten">[^<]*<\/script>/, '');
const raw = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const question = (page) => page.locator('#ingesloten-vraag');

/** Presses a button with the keyboard and returns the download it starts. */
async function download(page, selector) {
  await tabTo(page, selector);
  const started = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  if (selector === '#sw-een-bestand') {
    // The warning first (focus on "Niet bewaren"); the next button saves all the same.
    await page.waitForFunction(() => document.activeElement?.id === 'een-bestand-niet');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  }
  return started;
}

test('the edition is one file: inline script and style by hash, no network, no service worker', () => {
  const html = fs.readFileSync(edition, 'utf8');
  const size = fs.statSync(edition).size;
  console.log(`# dist/vitaal-samenwerken.html: ${size} bytes (${(size / 1024).toFixed(1)} KiB)`);
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(csp, 'CSP meta');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval';/);
  assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+';/);
  assert.match(csp, /connect-src 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
  assert.doesNotMatch(html, /<script[^>]*\ssrc=|<link[^>]*rel="(?:stylesheet|manifest|modulepreload|preload)"/);
  assert.doesNotMatch(html, /sw-register|manifest\.webmanifest/);
  assert.equal((html.match(/<script type="module">/g) ?? []).length, 1);
  assert.ok(html.includes('<meta name="vitaal-editie" content="een-bestand">'));
  assert.ok(!html.includes('id="vitaal-ingesloten"'), 'the plain edition carries no samenwerking');
  // Idempotent: making it again gives the same bytes.
  const again = spawnSync(process.execPath, ['scripts/one-file.mjs'], { cwd: path.join(dist, '..'), encoding: 'utf8' });
  assert.equal(again.status, 0, again.stderr);
  assert.equal(fs.readFileSync(edition, 'utf8'), html);
});

test('the edition runs from file:// without network; create by keyboard and save as one file', async () => {
  const p = await offlineProfile();
  const { page } = p;
  await p.open(edition);
  assert.equal(await page.locator('#ingesloten-kop').count(), 0, 'no question without an embedded samenwerking');
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker?.getRegistrations().catch(() => []))?.length ?? 0), 0);
  await assertAccessible(page, 'één bestand: overzicht');

  await tabTo(page, '#nieuw-naam');
  await page.keyboard.type('Dorpsstad zonder internet');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#sw-naam');
  assert.equal(await page.locator('h1').innerText(), 'Dorpsstad zonder internet');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Alles op de USB-stick.');
  await waitForSaved(page, 'Alles op de USB-stick.');

  // From file:// there is nothing to fetch: the edition starts from its own copy.
  const file = await download(page, '#sw-een-bestand');
  assert.equal(file.suggestedFilename(), 'dorpsstad-zonder-internet.html');
  const saved = path.join(artifacts, 'onefile-offline.html');
  await file.saveAs(saved);
  assert.match(await noticeText(page), /is bewaard als één bestand: dorpsstad-zonder-internet\.html/);
  // The page's own copy is the edition byte for byte, plus the block.
  assert.equal(withoutBlock(fs.readFileSync(saved, 'utf8')), fs.readFileSync(edition, 'utf8'));
  p.assertOffline();
  await p.context.close();

  // The saved file runs in another profile (the CSP hash still fits) and offers its samenwerking.
  const q = await offlineProfile();
  await q.open(saved);
  assert.equal(await question(q.page).innerText(), 'Dit bestand bevat de samenwerking ‘Dorpsstad zonder internet’. Wil je die openen?');
  await tabTo(q.page, '#ingesloten-openen');
  await q.page.keyboard.press('Enter');
  await q.page.waitForSelector('#sw-opgave');
  assert.equal(await q.page.locator('#sw-opgave').inputValue(), 'Alles op de USB-stick.');
  assert.match(await noticeText(q.page), /„Dorpsstad zonder internet” is geïmporteerd/);
  q.assertOffline();
  await q.context.close();
});

test('an embedded samenwerking: ask first, "Niet nu" changes nothing, a clash asks again', async () => {
  // 1. On the served app, "Bewaar als één bestand" fetches the edition and embeds the samenwerking.
  const server = await serve();
  let saved;
  try {
    const a = await newProfile(browser, server.origin);
    await tabTo(a.page, '#nieuw-naam');
    await a.page.keyboard.type('Samen ouder worden in Dorpsstad');
    await a.page.keyboard.press('Enter');
    await a.page.waitForSelector('#sw-opgave');
    await tabTo(a.page, '#sw-opgave');
    await a.page.keyboard.type('Versie uit het bestand, voor wie < 65 is');
    await waitForSaved(a.page, 'Versie uit het bestand');
    const file = await download(a.page, '#sw-een-bestand');
    assert.equal(file.suggestedFilename(), 'samen-ouder-worden-in-dorpsstad.html');
    saved = path.join(artifacts, 'onefile-dorpsstad.html');
    await file.saveAs(saved);
    a.assertOnlyOwnOrigin();
    assert.deepEqual(a.errors, []);
    await a.context.close();
  } finally {
    await server.close();
  }
  const html = fs.readFileSync(saved, 'utf8');
  const block = html.match(/<script type="application\/json" id="vitaal-ingesloten">([^<]*)<\/script>/);
  assert.ok(block, 'embedded block without any < inside');
  assert.equal(withoutBlock(html), fs.readFileSync(edition, 'utf8'));
  assert.equal(JSON.parse(block[1]).samenwerking.opgave, 'Versie uit het bestand, voor wie < 65 is');

  // 2. Opened from file:// in a fresh profile: the question, axe-clean; "Openen" imports it.
  const p = await offlineProfile();
  const { page } = p;
  await p.open(saved);
  assert.equal(await question(page).innerText(), 'Dit bestand bevat de samenwerking ‘Samen ouder worden in Dorpsstad’. Wil je die openen?');
  await assertAccessible(page, 'één bestand: vraag');
  assert.equal(await raw(page), null, 'nothing stored before the answer');
  await tabTo(page, '#ingesloten-openen');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#sw-opgave');
  assert.match(await noticeText(page), /„Samen ouder worden in Dorpsstad” is geïmporteerd/);

  // This browser now holds a different version.
  await tabTo(page, '#sw-opgave');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Versie op dit apparaat');
  await waitForSaved(page, 'Versie op dit apparaat');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const mine = await raw(page);

  // 3. "Niet nu" changes nothing, and the question stays away for this page load.
  await p.open(saved);
  await question(page).waitFor();
  await tabTo(page, '#ingesloten-niet-nu');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#ingesloten-kop').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'paginatitel');
  await page.evaluate(() => { location.hash = '#/gespreksmodel'; });
  await page.waitForFunction(() => document.title.startsWith('Gespreksmodel'));
  await page.evaluate(() => { location.hash = '#/'; });
  await page.waitForSelector('#nieuw-naam');
  assert.equal(await page.locator('#ingesloten-kop').count(), 0);
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(await raw(page), mine, '"Niet nu" changed the stored work');

  // 4. "Openen" on a clash asks keep both / replace / cancel; cancel changes nothing.
  await p.open(saved);
  await tabTo(page, '#ingesloten-openen');
  await page.keyboard.press('Enter');
  const clash = page.locator('#botsing-vraag');
  await clash.waitFor();
  assert.match(await clash.innerText(), /Op dit apparaat staat al een samenwerking met dezelfde herkomst: „Samen ouder worden in Dorpsstad”/);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Beide bewaren');
  await assertAccessible(page, 'één bestand: botsing');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Annuleren');
  await page.keyboard.press('Enter');
  assert.match(await noticeText(page), /Importeren geannuleerd\. Er is niets veranderd\./);
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(await raw(page), mine, 'cancel changed the stored work');

  // 5. Keep both: the file's version is added as a copy and opened.
  await p.open(saved);
  await tabTo(page, '#ingesloten-openen');
  await page.keyboard.press('Enter');
  await clash.waitFor();
  await page.keyboard.press('Enter'); // "Beide bewaren" has focus
  await page.waitForSelector('#sw-opgave');
  assert.equal(await page.locator('h1').innerText(), 'Samen ouder worden in Dorpsstad (kopie)');
  assert.equal(await page.locator('#sw-opgave').inputValue(), 'Versie uit het bestand, voor wie < 65 is');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const both = JSON.parse(await raw(page));
  assert.deepEqual(both.samenwerkingen.map((s) => s.opgave).sort(), ['Versie op dit apparaat', 'Versie uit het bestand, voor wie < 65 is']);

  // 6. Replace: the device's version becomes the file's.
  await p.open(saved);
  await tabTo(page, '#ingesloten-openen');
  await page.keyboard.press('Enter');
  await clash.waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Vervangen door het bestand');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#sw-opgave');
  assert.equal(await page.locator('h1').innerText(), 'Samen ouder worden in Dorpsstad');
  assert.equal(await page.locator('#sw-opgave').inputValue(), 'Versie uit het bestand, voor wie < 65 is');
  assert.match(await noticeText(page), /is vervangen door de versie uit het bestand/);

  // 7. The same samenwerking with the same content: "Openen" just opens it.
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const same = await raw(page);
  await p.open(saved);
  await tabTo(page, '#ingesloten-openen');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#sw-opgave');
  assert.equal(await page.locator('#botsing-vraag').count(), 0);
  assert.equal(await page.locator('h1').innerText(), 'Samen ouder worden in Dorpsstad');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(await raw(page), same);
  p.assertOffline();
  await p.context.close();
});

test('bad embedded data gets the normal Dutch import error and changes nothing', async () => {
  const make = (name, text) => {
    const json = path.join(artifacts, `${name}.vitaal.json`);
    const out = path.join(artifacts, `${name}.html`);
    fs.writeFileSync(json, text);
    const r = spawnSync(process.execPath, ['scripts/one-file.mjs', '--embed', json, '--out', out], { cwd: path.join(dist, '..'), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return out;
  };
  const newer = make('onefile-nieuwer', JSON.stringify({ format: 'vitaal-samenwerken', version: 99, samenwerking: {} }));
  // Markup in the data stays data: the block cannot end early, and validation refuses it.
  const hostile = make('onefile-markup', JSON.stringify({
    format: 'vitaal-samenwerken', version: 3, exported_ms: 0,
    samenwerking: { id: 'sw-x', name: '</script><img src=x onerror=alert(1)>', created_ms: 0, updated_ms: 0 },
  }));

  const p = await offlineProfile();
  const { page } = p;
  await p.open(newer);
  assert.equal(await question(page).innerText(), 'Dit bestand bevat een samenwerking. Wil je die openen?');
  await tabTo(page, '#ingesloten-openen');
  await page.keyboard.press('Enter');
  assert.match(await noticeText(page), /Het bestand is gemaakt met een nieuwere versie van Vitaal Samenwerken \(bestandsversie 99/);
  assert.equal(await page.locator('#ingesloten-kop').count(), 0);

  await p.open(hostile);
  assert.equal(await page.locator('img').count(), 0);
  await tabTo(page, '#ingesloten-openen');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.notice-error').count(), 1);
  assert.equal(await raw(page), null, 'nothing was stored');
  p.assertOffline();
  await p.context.close();
});

test('the one-file edition speaks English from file:// without network: the model, worksheets and example are in the file', async () => {
  const p = await offlineProfile();
  const { page } = p;
  await p.open(edition);
  assert.equal(await page.locator('h1#paginatitel').innerText(), 'Samenwerkingen');
  await page.click('#taal-en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('h1#paginatitel').innerText(), 'Collaborations');
  // The English example, from the file's own embedded copy.
  await page.click('#voorbeeld-bekijken');
  await page.waitForFunction(() => location.hash === '#/samenwerking/voorbeeld');
  await page.waitForSelector('h1#paginatitel');
  assert.match(await page.locator('h1#paginatitel').innerText(), /^Example: /);
  // The English model: names with their Dutch original in the headings.
  await page.evaluate(() => { location.hash = '#/gespreksmodel'; });
  await page.waitForSelector('#ingredient-openheid-en-vertrouwen');
  assert.equal(await page.locator('#ingredient-openheid-en-vertrouwen').innerText(), 'Openness and trust (Openheid en vertrouwen)');
  await assertAccessible(page, 'one-file edition: conversation model (English)');
  p.assertOffline();
  await p.context.close();
});
