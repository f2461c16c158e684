// End-to-end: "Bewaar als één bestand" after one visit with the network off, the app deployed in
// a sub folder of its host (https://host/vitaal-app/). The service worker precaches the one-file
// edition (vitaal-samenwerken.html) with the app, so the download works offline, by mouse and by
// keyboard, and carries the samenwerking. When the edition is not there, or not on this device
// and the network is off, or the server is gone, or the host gives another page, the notice says
// which: each message is true.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  dist, serve, launch, tabTo, createByKeyboard, waitForSaved, assertAccessible,
} from './helpers.mjs';

const EDITION = 'vitaal-samenwerken.html';
const SUB = 'vitaal-app';
let browser;

before(async () => {
  assert.ok(fs.existsSync(path.join(dist, EDITION)), `dist/${EDITION} is missing: run \`node scripts/one-file.mjs\` after the release build`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** A host folder with a copy of dist/ in its sub folder SUB, so a test can change it. */
function hostWithApp({ withoutEdition = false, fallbackPage = false } = {}) {
  const host = fs.mkdtempSync(path.join(os.tmpdir(), 'vitaal-host-'));
  fs.cpSync(dist, path.join(host, SUB), { recursive: true });
  // The host's own page (serve() wants one); the app is not at the root.
  fs.writeFileSync(path.join(host, 'index.html'), '<!doctype html><html lang="nl"><title>Gastheer</title></html>\n');
  // A deployment that left the edition out (the build's sw.js still names it).
  if (withoutEdition) fs.rmSync(path.join(host, SUB, EDITION));
  // A host that answers every unknown path with the app's index.html.
  if (fallbackPage) fs.copyFileSync(path.join(host, SUB, 'index.html'), path.join(host, SUB, EDITION));
  return host;
}

/** A fresh profile on the app in its sub folder; records requests and errors. */
async function openApp(origin) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${origin}/${SUB}/`);
  await page.waitForSelector('h1#paginatitel');
  // Controlled by the service worker of the sub folder (after one reload if need be).
  await page.evaluate(() => navigator.serviceWorker.ready);
  const controlled = () => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
  try {
    await controlled();
  } catch {
    await page.reload();
    await page.waitForSelector('h1#paginatitel');
    await controlled();
  }
  assert.equal(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope),
    `${origin}/${SUB}/`,
  );
  return { context, page, requests, errors };
}

/** Network off for real: the server is gone and the browser is offline. */
async function goOffline(server, context) {
  await server.close();
  await context.setOffline(true);
}

/** Presses "Bewaar als één bestand" and, after its warning, "Toch bewaren". */
async function start(page, how) {
  if (how === 'mouse') {
    await page.locator('#sw-een-bestand').click();
    await page.locator('#een-bestand-toch').click();
  } else {
    await tabTo(page, '#sw-een-bestand');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'een-bestand-niet');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  }
}

/** Starts "Bewaar als één bestand" and returns the download. */
async function saveOneFile(page, how) {
  const started = page.waitForEvent('download', { timeout: 10000 });
  await start(page, how);
  return started;
}

/** Presses the button and returns the notice; no download may start. */
async function failToSave(page, how) {
  let downloads = 0;
  const count = () => { downloads++; };
  page.on('download', count);
  // Close the notice shown now ("Melding sluiten"), to see the next one appear.
  const close = page.locator('.notices .notice-close');
  if (await close.count()) await close.click();
  await page.locator('.notices .notice').waitFor({ state: 'detached' });
  await start(page, how);
  await page.locator('.notices .notice-error').waitFor({ timeout: 10000 });
  await page.waitForTimeout(300);
  page.off('download', count);
  assert.equal(downloads, 0, 'no download');
  return noticeText(page);
}

/** The text of the notice shown (without its "Melding sluiten" button). */
const noticeText = async (page) => (await page.locator('.notices .notice p').innerText()).trim();

const BLOCK = /<script type="application\/json" id="vitaal-ingesloten">([^<]*)<\/script>/;

/** Checks a downloaded edition: the build's edition byte for byte plus the samenwerking. */
async function assertEdition(download, name, opgave) {
  assert.equal(download.suggestedFilename(), 'dorpsstad-zonder-netwerk.html');
  const file = await download.path();
  const html = fs.readFileSync(file, 'utf8');
  const block = html.match(BLOCK);
  assert.ok(block, 'the samenwerking is embedded');
  const embedded = JSON.parse(block[1]);
  assert.equal(embedded.samenwerking.name, name);
  assert.equal(embedded.samenwerking.opgave, opgave);
  assert.equal(html.replace(BLOCK, ''), fs.readFileSync(path.join(dist, EDITION), 'utf8'));
}

test('offline after one visit (app in a sub folder): "Bewaar als één bestand" by mouse and by keyboard', async () => {
  const host = hostWithApp();
  const server = await serve(host);
  const { context, page, requests, errors } = await openApp(server.origin);
  try {
    // The edition is on this device, in the service worker's cache of this version.
    const cached = await page.evaluate(async (file) => {
      const names = await caches.keys();
      const hits = await Promise.all(names.map(async (n) => Boolean(await (await caches.open(n)).match(file))));
      return { names, hits };
    }, new URL(`${SUB}/${EDITION}`, `${server.origin}/`).href);
    assert.deepEqual(cached.hits, [true], `the edition is precached: ${cached.names}`);

    await createByKeyboard(page, 'Dorpsstad zonder netwerk');
    await tabTo(page, '#sw-opgave');
    await page.keyboard.type('Bewaard in de trein.');
    await waitForSaved(page, 'Bewaard in de trein.');

    await goOffline(server, context);
    assert.equal(await page.evaluate(() => navigator.onLine), false);

    // By mouse.
    const byMouse = await saveOneFile(page, 'mouse');
    await assertEdition(byMouse, 'Dorpsstad zonder netwerk', 'Bewaard in de trein.');
    assert.equal(
      await noticeText(page),
      '„Dorpsstad zonder netwerk” is bewaard als één bestand: dorpsstad-zonder-netwerk.html.',
    );

    // The app opened again without network, then by keyboard, with a change made offline.
    const response = await page.reload();
    assert.ok(response.fromServiceWorker(), 'the page came from the service worker');
    await page.waitForSelector('#sw-opgave');
    await tabTo(page, '#sw-opgave');
    await page.keyboard.press('End');
    await page.keyboard.type(' En offline aangevuld.');
    const byKeyboard = await saveOneFile(page, 'keyboard');
    await assertEdition(byKeyboard, 'Dorpsstad zonder netwerk', 'Bewaard in de trein. En offline aangevuld.');
    assert.match(await noticeText(page), /^„Dorpsstad zonder netwerk” is bewaard als één bestand: dorpsstad-zonder-netwerk\.html\.$/);
    await assertAccessible(page, 'één bestand offline bewaard');

    // Nothing outside the app's own folder was asked for, and nothing went wrong.
    const foreign = requests.filter((u) => !(u.startsWith(`${server.origin}/${SUB}/`) || /^(data|blob):/.test(u)));
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(host, { recursive: true, force: true });
  }
});

test('without the edition next to the app: the app still works offline and every message is true', async () => {
  const host = hostWithApp({ withoutEdition: true });
  const server = await serve(host);
  const { context, page } = await openApp(server.origin);
  try {
    await createByKeyboard(page, 'Dorpsstad zonder bestand');
    await tabTo(page, '#sw-opgave');
    await page.keyboard.type('Niet verloren.');
    await waitForSaved(page, 'Niet verloren.');

    // Online: the server has no edition (404).
    assert.equal(
      await failToSave(page, 'mouse'),
      'Bewaren als één bestand lukt hier niet: de versie in één bestand (vitaal-samenwerken.html) staat niet naast deze app op de server. Exporteer de samenwerking dan als .vitaal.json-bestand. Er is niets veranderd.',
    );
    await assertAccessible(page, 'één bestand ontbreekt');

    // The server is gone, the browser still thinks it is online.
    await server.close();
    assert.equal(
      await failToSave(page, 'keyboard'),
      'Bewaren als één bestand lukt nu niet: de server van deze app is niet bereikbaar en de versie in één bestand staat niet op dit apparaat. Probeer het later opnieuw, of exporteer de samenwerking als .vitaal.json-bestand. Er is niets veranderd.',
    );

    // Offline: the app itself still starts from the cache, and says why saving fails.
    await context.setOffline(true);
    const response = await page.reload();
    assert.ok(response.fromServiceWorker(), 'the app is still offline-ready without its edition');
    await page.waitForSelector('#sw-opgave');
    assert.equal(await page.locator('#sw-opgave').inputValue(), 'Niet verloren.');
    const offline = 'Bewaren als één bestand lukt nu niet: er is geen internetverbinding en de versie in één bestand staat niet op dit apparaat. Probeer het opnieuw als je weer online bent, of exporteer de samenwerking als .vitaal.json-bestand. Er is niets veranderd.';
    assert.equal(await failToSave(page, 'mouse'), offline);
    assert.equal(await failToSave(page, 'keyboard'), offline);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(host, { recursive: true, force: true });
  }
});

test('a host that answers with another page instead of the edition: told so, nothing downloaded', async () => {
  const host = hostWithApp({ fallbackPage: true });
  const server = await serve(host);
  const { context, page } = await openApp(server.origin);
  try {
    await createByKeyboard(page, 'Dorpsstad met een omweg');
    const text = 'Bewaren als één bestand lukt hier niet: wat de server als vitaal-samenwerken.html geeft, is niet de versie in één bestand van deze app. Exporteer de samenwerking dan als .vitaal.json-bestand. Er is niets veranderd.';
    assert.equal(await failToSave(page, 'keyboard'), text);
    // Offline the same (the worker cached what the host gave), never "not next to this app".
    await goOffline(server, context);
    assert.equal(await failToSave(page, 'mouse'), text);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(host, { recursive: true, force: true });
  }
});
