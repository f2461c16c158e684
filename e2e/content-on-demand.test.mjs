// End-to-end: content loaded on demand (src/ui/content.rs). The worksheets are a file beside the
// app, not part of the wasm: named with their content hash in index.html and precached by the
// service worker; fetched only when a screen needs them, with a status line while they load and
// a clear message with "Opnieuw proberen" when they cannot (the rest of the app keeps working);
// offline after one visit; embedded in the one-file edition, which fetches nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import {
  dist, serve, launch, newProfile, assertAccessible, tabTo, createByKeyboard, noticeText, artifacts,
} from './helpers.mjs';

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

const content = JSON.parse(fs.readFileSync(path.resolve('content/werkbladen.nl.json'), 'utf8'));
const TITLES = content.werkbladen.map((w) => w.title);
const CONTENT_URL = /\/content\/werkbladen\.nl-[0-9a-f]{12}\.json$/;

/**
 * A fresh profile without the service worker (which would precache the worksheets and answer
 * from its cache), so the test sees and steers the app's own fetch.
 */
async function profileWithoutWorker() {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('h1#paginatitel');
  return { context, page, requests, errors };
}

/** The hashed file index.html names. */
function contentHref() {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  return html.match(/<meta name="content:werkbladen-nl" content="\.\/(content\/werkbladen\.nl-[0-9a-f]{12}\.json)">/)?.[1];
}

test('the build names the worksheets by their hash, precaches them and leaves them out of the wasm', () => {
  const href = contentHref();
  assert.ok(href, 'index.html names the worksheets file');
  const file = path.join(dist, href);
  assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), content, 'the file is content/werkbladen.nl.json');
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  assert.ok(sw.includes(`"./${href}"`), 'sw.js precaches it');
  const wasm = fs.readdirSync(dist).find((f) => f.endsWith('.wasm'));
  const bytes = fs.readFileSync(path.join(dist, wasm));
  // A question only the worksheets ask (not the gespreksmodel content): not compiled in.
  const only = content.werkbladen.flatMap((w) => w.blocks.flatMap((b) => b.items.map((i) => i.text)))
    .filter((text) => text.length > 40 && !fs.readFileSync('content/nl.json', 'utf8').includes(text));
  assert.ok(only.length > 20);
  for (const text of only) assert.ok(!bytes.includes(Buffer.from(text)), `in the wasm: ${text}`);
  // The edition carries them.
  const edition = fs.readFileSync(path.join(dist, 'vitaal-samenwerken.html'), 'utf8');
  assert.ok(edition.includes('<script type="application/json" id="content-werkbladen-nl">'));
  assert.ok(!edition.includes('content:werkbladen-nl'), 'the edition names no file to fetch');
});

test('fetched when the samenwerking page needs them, with a status line meanwhile; mouse and keyboard', async () => {
  const p = await profileWithoutWorker();
  const { page, context } = p;
  try {
    // Not on the overview.
    await page.waitForTimeout(300);
    assert.equal(p.requests.filter((u) => CONTENT_URL.test(u)).length, 0, 'not fetched for the overview');
    // Slow network: the file takes a while.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await context.route(CONTENT_URL, async (route) => { await held; await route.continue(); });
    await createByKeyboard(page, 'Werkbladen op afroep');
    const card = page.locator('section[aria-labelledby="werkbladen-kop"]');
    await card.locator('.content-status').waitFor();
    assert.equal((await card.locator('.content-status').innerText()).trim(), 'Werkbladen laden…');
    assert.equal(await card.locator('.content-status').getAttribute('role'), 'status');
    assert.equal((await card.locator('h2').innerText()).trim(), 'Werkbladen', 'the card and its heading stand while loading');
    await assertAccessible(page, 'werkbladen laden');
    release();
    await page.waitForSelector('#werkblad-nieuw');
    assert.equal(await card.locator('.content-status').count(), 0);
    assert.deepEqual(await page.locator('#werkblad-nieuw option').allInnerTexts(), TITLES);
    assert.equal(p.requests.filter((u) => CONTENT_URL.test(u)).length, 1, 'fetched once');

    // A werkblad by mouse: its page shows the worksheet's questions.
    await page.locator('#werkblad-nieuw').selectOption('visievierluik');
    await page.getByRole('button', { name: 'Werkblad maken' }).click();
    await page.waitForSelector('.werkblad');
    assert.match(await page.locator('h1').innerText(), /Visievierluik/);
    await assertAccessible(page, 'werkblad na laden');

    // Back and on again by keyboard: no second fetch (kept in memory).
    await page.goBack();
    await page.waitForSelector('#werkblad-nieuw');
    await tabTo(page, 'section[aria-labelledby="werkbladen-kop"] .meeting-list a');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.werkblad');
    assert.equal(p.requests.filter((u) => CONTENT_URL.test(u)).length, 1, 'still fetched once');
    // (sw-register.js complains that service workers are blocked here; nothing else.)
    assert.deepEqual(p.errors.filter((e) => !e.includes("reading 'waiting'")), []);
  } finally {
    await context.close();
  }
});

test('when loading fails: a clear message with "Opnieuw proberen", the rest keeps working, nothing lost', async () => {
  const p = await profileWithoutWorker();
  const { page, context } = p;
  try {
    let mode = 'offline';
    await context.route(CONTENT_URL, (route) => {
      if (mode === 'offline') return route.abort('internetdisconnected');
      if (mode === 'corrupt') return route.fulfill({ status: 200, contentType: 'application/json', body: '{"language": "nl", "werkbl' });
      return route.continue();
    });
    await createByKeyboard(page, 'Zonder verbinding');
    const retry = page.locator('.notices').getByRole('button', { name: 'Opnieuw proberen' });
    await retry.waitFor();
    assert.match(await noticeText(page), /De werkbladen konden niet worden geladen\. Is er verbinding met internet\? De rest van de app werkt gewoon en je werk blijft bewaard\./);
    const card = page.locator('section[aria-labelledby="werkbladen-kop"]');
    assert.equal((await card.locator('.content-status').innerText()).trim(), 'De werkbladen zijn nu niet beschikbaar.');
    await assertAccessible(page, 'werkbladen niet geladen');

    // The rest works: the opgave is typed and kept.
    await tabTo(page, '#sw-opgave');
    await page.keyboard.type('Eenzaamheid achter de voordeur');

    // A corrupt file: its own message. Retried by mouse.
    mode = 'corrupt';
    await retry.click();
    await page.locator('.notices').getByRole('button', { name: 'Opnieuw proberen' }).waitFor();
    assert.match(await noticeText(page), /Het bestand met de werkbladen is beschadigd/);

    // Back online: retried by keyboard, the worksheets appear.
    mode = 'ok';
    await tabTo(page, '.notices .notice-retry');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#werkblad-nieuw');
    assert.deepEqual(await page.locator('#werkblad-nieuw option').allInnerTexts(), TITLES);
    assert.equal(await page.locator('#sw-opgave').inputValue(), 'Eenzaamheid achter de voordeur', 'nothing lost');
    await assertAccessible(page, 'werkbladen na opnieuw proberen');
  } finally {
    await context.close();
  }
});

test('a worksheet page opened directly waits for the worksheets with its heading in place', async () => {
  const p = await profileWithoutWorker();
  const { page, context } = p;
  try {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await context.route(CONTENT_URL, async (route) => { await held; await route.continue(); });
    await createByKeyboard(page, 'Direct naar het formulier');
    const id = await page.evaluate(() => location.hash.split('/')[2]);
    await page.evaluate((hash) => { location.hash = hash; }, `#/samenwerking/${id}/formulier/eisenhower`);
    await page.waitForFunction(() => location.hash.includes('formulier'));
    await page.locator('.content-status').waitFor();
    assert.equal((await page.locator('h1#paginatitel').innerText()).trim(), 'Werkblad');
    assert.equal((await page.locator('.content-status').innerText()).trim(), 'Werkbladen laden…');
    release();
    await page.waitForFunction(() => document.querySelector('h1#paginatitel')?.textContent.includes('Eisenhower'));
    assert.match(await page.title(), /Eisenhower/);
  } finally {
    await context.close();
  }
});

test('after one visit the worksheets load offline (precached)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitaal-dist-'));
  fs.cpSync(dist, dir, { recursive: true });
  const own = await serve(dir);
  const p = await newProfile(browser, own.origin);
  const { page, context } = p;
  try {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 })
      .catch(async () => { await page.reload(); await page.waitForFunction(() => navigator.serviceWorker.controller !== null); });
    // The worksheets were never opened online: only the service worker's precache has them.
    await own.close();
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('h1#paginatitel');
    await createByKeyboard(page, 'Offline werkbladen');
    await page.waitForSelector('#werkblad-nieuw');
    assert.deepEqual(await page.locator('#werkblad-nieuw option').allInnerTexts(), TITLES);
    assert.deepEqual(p.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally {
    await context.close();
    await own.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the one-file edition has the worksheets from file:// and fetches nothing', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(pathToFileURL(path.join(dist, 'vitaal-samenwerken.html')).href);
    await page.waitForSelector('h1#paginatitel');
    await createByKeyboard(page, 'Eén bestand met werkbladen');
    await page.waitForSelector('#werkblad-nieuw');
    assert.deepEqual(await page.locator('#werkblad-nieuw option').allInnerTexts(), TITLES);
    await tabTo(page, '#werkblad-nieuw');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.werkblad');
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

const EXAMPLE_URL = /\/content\/voorbeeld\.nl-[0-9a-f]{12}\.json$/;

test('the example is a data file too: fetched on click, "Voorbeeld laden…" meanwhile, then opened', async () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const href = html.match(/<meta name="content:voorbeeld-nl" content="\.\/(content\/voorbeeld\.nl-[0-9a-f]{12}\.json)">/)?.[1];
  assert.ok(href, 'index.html names the example file');
  assert.deepEqual(
    JSON.parse(fs.readFileSync(path.join(dist, href), 'utf8')),
    JSON.parse(fs.readFileSync('content/voorbeeld.nl.json', 'utf8')),
  );
  assert.ok(fs.readFileSync(path.join(dist, 'sw.js'), 'utf8').includes(`"./${href}"`), 'precached');
  const wasm = fs.readdirSync(dist).find((f) => f.endsWith('.wasm'));
  assert.ok(!fs.readFileSync(path.join(dist, wasm)).includes(Buffer.from('Riek vertelde over de lange zondagen')), 'not in the wasm');

  const p = await profileWithoutWorker();
  const { page, context } = p;
  try {
    await page.waitForTimeout(300);
    assert.equal(p.requests.filter((u) => EXAMPLE_URL.test(u)).length, 0, 'not fetched before the click');
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await context.route(EXAMPLE_URL, async (route) => { await held; await route.continue(); });
    // By mouse.
    await page.locator('#voorbeeld-bekijken').click();
    const status = page.locator('.first-minute .content-status');
    await page.waitForFunction(() => document.querySelector('.first-minute .content-status')?.textContent === 'Voorbeeld laden…');
    assert.equal(await status.getAttribute('role'), 'status');
    await assertAccessible(page, 'voorbeeld laden');
    release();
    await page.waitForSelector('#sw-opgave');
    assert.equal(await page.locator('h1').innerText(), 'Voorbeeld: Samen ouder worden in Ommen');
    assert.match(await noticeText(page), /voorbeeld/i);
    await page.waitForSelector('#werkblad-nieuw');
    assert.equal(await page.locator('section[aria-labelledby="werkbladen-kop"] .meeting-list li').count(), 3, 'its three werkbladen');
    assert.equal(p.requests.filter((u) => EXAMPLE_URL.test(u)).length, 1);
  } finally {
    await context.close();
  }
});

test('the example cannot load: the notice says so, "Opnieuw proberen" by keyboard opens it', async () => {
  const p = await profileWithoutWorker();
  const { page, context } = p;
  try {
    let offline = true;
    await context.route(EXAMPLE_URL, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    // By keyboard.
    await tabTo(page, '#voorbeeld-bekijken');
    await page.keyboard.press('Enter');
    await page.locator('.notices .notice-retry').waitFor();
    assert.match(await noticeText(page), /Het voorbeeld kon niet worden geladen\. Is er verbinding met internet\?/);
    assert.equal(await page.locator('h1#paginatitel').innerText(), 'Samenwerkingen', 'still on the overview, which works');
    await assertAccessible(page, 'voorbeeld niet geladen');
    offline = false;
    await tabTo(page, '.notices .notice-retry');
    await page.keyboard.press('Enter');
    // Loaded now; the button opens it.
    await tabTo(page, '#voorbeeld-bekijken');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#sw-opgave');
    assert.equal(await page.locator('h1').innerText(), 'Voorbeeld: Samen ouder worden in Ommen');
  } finally {
    await context.close();
  }
});

test('the one-file edition opens the example from file:// without fetching', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const edition = fs.readFileSync(path.join(dist, 'vitaal-samenwerken.html'), 'utf8');
    assert.ok(edition.includes('<script type="application/json" id="content-voorbeeld-nl">'));
    await page.goto(pathToFileURL(path.join(dist, 'vitaal-samenwerken.html')).href);
    await page.waitForSelector('h1#paginatitel');
    await page.locator('#voorbeeld-bekijken').click();
    await page.waitForSelector('#sw-opgave');
    assert.equal(await page.locator('h1').innerText(), 'Voorbeeld: Samen ouder worden in Ommen');
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('an edition with an embedded samenwerking with werkbladen names it, opens it and shows its werkbladen', async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  const out = path.join(artifacts, 'onefile-met-werkbladen.html');
  const r = spawnSync(process.execPath, ['scripts/one-file.mjs', '--embed', 'crates/core/tests/fixtures/v5.vitaal.json', '--out', out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => (/^(file|data|blob):/.test(route.request().url()) ? route.continue() : route.abort()));
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(out).href);
    await page.waitForFunction(() => document.querySelector('#ingesloten-vraag')?.textContent.includes('Samen ouder worden in Dorpsstad'));
    await tabTo(page, '#ingesloten-openen');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#werkblad-nieuw');
    assert.equal(await page.locator('section[aria-labelledby="werkbladen-kop"] .meeting-list li').count(), 3);
  } finally {
    await context.close();
  }
});
