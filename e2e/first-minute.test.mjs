// End-to-end: the first minute of a new facilitator. From a fresh profile the overview offers
// "Bekijk een voorbeeld" and "Zo werkt het". The example opens (by keyboard and by mouse), shows
// its meetings, verslag and scan results, is marked as an example everywhere, is made only once,
// is removed in one click (and can be undone), is left out of "Exporteer al mijn werk", and a
// file of it comes back as the user's own samenwerking, never as the example. "Zo werkt het" is
// reached by keyboard and prints without the app's chrome. Every screen is checked with axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newProfile, assertAccessible, tabTo, createByKeyboard, noticeText, stored } from './helpers.mjs';

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

const NAME = 'Voorbeeld: Samen ouder worden in Ommen';

async function ready(page) {
  await page.waitForFunction(() => !document.getElementById('app-shell'));
}

const heading = (page) => page.locator('h1#paginatitel').innerText();

test('the example: opened by keyboard, its meetings, verslag and scan on screen, made once, removed in one click', async () => {
  const { context, page, errors, assertOnlyOwnOrigin } = await newProfile(browser, server.origin);
  await ready(page);
  await assertAccessible(page, 'overzicht, leeg');
  assert.ok(await page.locator('#voorbeeld-bekijken').isVisible());

  // By keyboard, from the top of the page.
  await tabTo(page, '#voorbeeld-bekijken');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('h1#paginatitel')?.innerText.includes(n), NAME);
  assert.match(await noticeText(page), /Het voorbeeld staat klaar/);
  const banner = page.locator('.voorbeeld-banner');
  assert.ok(await banner.isVisible(), 'the example page says it is an example');
  assert.match(await banner.innerText(), /Dit is een voorbeeld/);
  assert.match(await banner.innerText(), /Voorbeeld verwijderen/);
  // What is on screen: the text, and what the (editable) fields hold.
  const main = await page.evaluate(() => [document.querySelector('main').innerText,
    ...[...document.querySelectorAll('main input, main textarea')].map((f) => f.value)].join('\n'));
  for (const words of ['Riek Schuurman', 'Gemeente Ommen', 'Seniorenvereniging Ommen', 'eenzaamheid achter de voordeur',
    'Scan na twee bijeenkomsten', 'Startscan', 'Visievierluik']) {
    assert.ok(main.includes(words), `the example page shows ${words}`);
  }
  const meetings = await page.locator('.meeting-list').first().innerText();
  assert.match(meetings, /BOB · Afgerond/);
  assert.match(meetings, /BARB · Afgerond/);
  assert.match(meetings, /Gepland/, 'the next meeting is planned from the scan');
  await assertAccessible(page, 'voorbeeld: samenwerking');

  // The BARB meeting and its verslag, by mouse.
  await page.locator('.meeting-list li', { hasText: 'BARB' }).locator('a').click();
  await page.waitForSelector('.meeting-tabs');
  assert.ok(await banner.isVisible(), 'the banner shows on the meeting too');
  await page.locator('.meeting-tabs a', { hasText: 'Verslag' }).click();
  await page.waitForSelector('article.verslag');
  const verslag = await page.locator('article.verslag').innerText();
  for (const words of [
    'We komen één keer per zes weken bij elkaar',
    'De achterbannen zijn positiever dan gedacht',
    'Voorstel voor meerjarige financiering schrijven',
    'Visievierluik',
  ]) {
    assert.ok(verslag.includes(words), `the verslag shows ${words}`);
  }
  await assertAccessible(page, 'voorbeeld: verslag');

  // The latest scan's results, with the trend.
  await page.evaluate(() => { window.location.hash = '#/samenwerking/voorbeeld'; });
  await page.waitForFunction(() => document.querySelector('h1#paginatitel')?.innerText.includes('Ommen'));
  await page.locator('a', { hasText: 'Scan na twee bijeenkomsten' }).click();
  await page.locator('a', { hasText: 'Resultaten' }).first().click();
  await page.waitForFunction(() => /Door de tijd/.test(document.querySelector('main')?.innerText ?? ''));
  const results = await page.locator('main').innerText();
  assert.match(results, /Gemiddelde per factor per scan/);
  assert.match(results, /Openheid en vertrouwen/);
  assert.ok(await page.locator('main svg').first().isVisible(), 'the chart shows');
  assert.ok(await banner.isVisible());
  await assertAccessible(page, 'voorbeeld: scanresultaten');

  // In the list: marked with a badge.
  await page.locator('.site-header a', { hasText: 'Samenwerkingen' }).click();
  await page.waitForSelector('.samenwerking-item');
  const item = page.locator('.samenwerking-item.voorbeeld');
  assert.equal(await item.count(), 1);
  assert.equal((await item.locator('.voorbeeld-badge').innerText()).trim(), 'Voorbeeld');
  assert.equal(await page.locator('.voorbeeld-banner').count(), 0, 'no banner on the overview');
  await assertAccessible(page, 'overzicht met voorbeeld');

  // Asking again, by mouse, opens the same one: never two.
  await page.locator('#voorbeeld-bekijken').click();
  await page.waitForFunction((n) => document.querySelector('h1#paginatitel')?.innerText.includes(n), NAME);
  assert.match(await noticeText(page), /stond er al/);
  let ws = await stored(page);
  assert.deepEqual(ws.samenwerkingen.map((s) => s.id), ['voorbeeld']);

  // Removed in one click from its page (no question), and back with undo.
  await page.locator('#voorbeeld-verwijderen').click();
  await page.waitForFunction(() => /Het voorbeeld is verwijderd/.test(document.querySelector('.notices')?.innerText ?? ''));
  assert.equal(await heading(page), 'Samenwerkingen');
  assert.equal(await page.locator('.samenwerking-item').count(), 0);
  ws = await stored(page);
  assert.deepEqual(ws.samenwerkingen, []);
  await page.locator('#ongedaan').click();
  await page.waitForSelector('.samenwerking-item.voorbeeld');

  // And from the list by keyboard: one key, focus lands on "Bekijk een voorbeeld".
  await tabTo(page, '#voorbeeld-verwijderen-lijst');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.samenwerking-item').length === 0);
  await page.waitForFunction(() => document.activeElement?.id === 'voorbeeld-bekijken');
  ws = await stored(page);
  assert.deepEqual(ws.samenwerkingen, []);
  // Removing the example pushed no backup out: none was taken for it (only the day's own).
  // (Backups are in IndexedDB since issue 13: local storage holds only the work.)
  const backups = await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('vitaal-samenwerken-reservekopieen');
    open.onupgradeneeded = () => open.result.createObjectStore('reservekopieen');
    open.onsuccess = () => {
      const get = open.result.transaction('reservekopieen').objectStore('reservekopieen').get('vitaal-samenwerken:reservekopieen');
      get.onsuccess = () => { open.result.close(); resolve(JSON.parse(get.result ?? '[]')); };
    };
  }));
  assert.ok(backups.some((b) => b.reason === 'daily'), 'the day\'s own backup is in IndexedDB');
  assert.deepEqual(backups.filter((b) => b.reason !== 'daily'), [], 'no backup before removing the example');
  await assertAccessible(page, 'overzicht na verwijderen');

  assert.deepEqual(errors, []);
  assertOnlyOwnOrigin();
  await context.close();
});

test('"Exporteer al mijn werk" leaves the example out; its own export says "voorbeeld"; a file of it comes back as own work', async () => {
  // Blocked storage shows the save warning with "Exporteer al mijn werk" (see storage-blocked).
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const refuse = () => { throw new DOMException('blocked', 'SecurityError'); };
    Object.defineProperty(window, 'localStorage', { configurable: true, get: refuse });
    Object.defineProperty(window, 'sessionStorage', { configurable: true, get: refuse });
    if (window.indexedDB) Object.defineProperty(IDBFactory.prototype, 'open', { configurable: true, value: refuse });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('h1#paginatitel');
  await ready(page);

  await page.locator('#voorbeeld-bekijken').click();
  await page.waitForFunction((n) => document.querySelector('h1#paginatitel')?.innerText.includes(n), NAME);
  await page.evaluate(() => { window.location.hash = '#/'; });
  await page.waitForSelector('#nieuw-naam');
  await createByKeyboard(page, 'Eigen werk Dalfsen');
  await page.waitForSelector('#alles-exporteren');

  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.locator('#alles-exporteren').click();
  await page.waitForFunction(() => /bestand gedownload/.test(document.querySelector('.notices')?.innerText ?? ''));
  await page.waitForTimeout(500);
  assert.deepEqual(downloads.map((d) => d.suggestedFilename()), ['eigen-werk-dalfsen.vitaal.json']);
  assert.match(await noticeText(page), /1 bestand gedownload/);
  assert.match(await noticeText(page), /Het voorbeeld is niet meegenomen/);

  // Exported alone, the file name says it is an example.
  await page.locator('.site-header a', { hasText: 'Samenwerkingen' }).click();
  await page.waitForSelector('.samenwerking-item.voorbeeld');
  const one = page.waitForEvent('download');
  await page.locator('.samenwerking-item.voorbeeld button', { hasText: 'Exporteren' }).click();
  const file = await one;
  assert.equal(file.suggestedFilename(), 'voorbeeld-samen-ouder-worden-in-ommen.vitaal.json');
  const saved = path.join(os.tmpdir(), `first-minute-${Date.now()}.vitaal.json`);
  await file.saveAs(saved);
  assert.equal(JSON.parse(fs.readFileSync(saved, 'utf8')).samenwerking.id, 'voorbeeld');

  // Imported again, it is the user's own samenwerking: a new id, no badge, not the example.
  await page.locator('#import-bestand').setInputFiles(saved);
  await page.waitForFunction(() => document.querySelectorAll('.samenwerking-item').length === 3);
  assert.equal(await page.locator('.samenwerking-item.voorbeeld').count(), 1, 'still one example');
  assert.equal(await page.locator('.samenwerking-item', { hasText: NAME }).count(), 2);
  const ownCopy = page.locator('.samenwerking-item:not(.voorbeeld)', { hasText: NAME });
  assert.equal(await ownCopy.locator('.voorbeeld-badge').count(), 0);
  assert.match(await ownCopy.locator('h3 a').getAttribute('href'), /^#\/samenwerking\/sw-/);
  await assertAccessible(page, 'overzicht met voorbeeld en geïmporteerde kopie');
  fs.rmSync(saved, { force: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Zo werkt het": by keyboard from the menu, the model, meetings, scan, sharing and storage; printable', async () => {
  const { context, page, errors } = await newProfile(browser, server.origin);
  await ready(page);
  await tabTo(page, '.site-header a[href="#/zo-werkt-het"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h1#paginatitel')?.innerText === 'Zo werkt het');
  assert.equal(await page.locator('.site-header a[aria-current="page"]').innerText(), 'Zo werkt het');
  assert.match(await page.title(), /^Zo werkt het – Vitaal Samenwerken/);
  const h2 = await page.locator('main h2').allInnerTexts();
  for (const title of ['Het Gespreksmodel op één scherm', 'Een bijeenkomst', 'De Ingrediëntenscan', 'Delen en reservekopieën', 'Waar staat je werk?']) {
    assert.ok(h2.includes(title), `heading ${title}`);
  }
  assert.equal(await page.locator('.howto-factor').count(), 5);
  assert.equal(await page.locator('.howto-factor li').count(), 16);
  assert.equal(await page.locator('.howto-phases tbody tr').count(), 5);
  const text = await page.locator('main').innerText();
  for (const words of ['BOB: Beeldvorming → Oordeelsvorming → Besluitvorming', 'Wat vindt mijn achterban ervan?', 'Laptop rond', 'Antwoordbestanden', 'Op papier', 'Is iedereen gehoord en aan boord?', 'opslag van deze browser']) {
    assert.ok(text.includes(words), `the page says ${words}`);
  }
  await assertAccessible(page, 'Zo werkt het');

  // Printed: the text, without the menu or buttons.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('main button', { hasText: 'Deze pagina afdrukken' }).isVisible(), false);
  assert.ok(await page.locator('main h2', { hasText: 'Waar staat je werk?' }).isVisible());
  await page.emulateMedia({ media: 'screen' });

  // On to the full Gespreksmodel by keyboard.
  await tabTo(page, 'main a[href="#/gespreksmodel"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.site-header a[aria-current="page"]')?.innerText === 'Gespreksmodel');

  // And from the overview's own link, by mouse; then the example from this page.
  await page.locator('.site-header a', { hasText: 'Samenwerkingen' }).click();
  await page.locator('.first-minute a', { hasText: 'Zo werkt het' }).click();
  await page.waitForFunction(() => document.querySelector('h1#paginatitel')?.innerText === 'Zo werkt het');
  await page.locator('#voorbeeld-bekijken-uitleg').click();
  await page.waitForFunction((n) => document.querySelector('h1#paginatitel')?.innerText.includes(n), NAME);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the first-minute buttons are large enough to touch', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('h1#paginatitel');
  await ready(page);
  for (const selector of ['#voorbeeld-bekijken', '.first-minute a']) {
    const box = await page.locator(selector).boundingBox();
    assert.ok(box.height >= 44 && box.width >= 44, `${selector} is ${box.width}×${box.height}`);
  }
  await page.locator('#voorbeeld-bekijken').tap();
  await page.waitForSelector('#voorbeeld-verwijderen');
  const box = await page.locator('#voorbeeld-verwijderen').boundingBox();
  assert.ok(box.height >= 44, `remove button height ${box.height}`);
  await assertAccessible(page, 'voorbeeld op een telefoon');
  await context.close();
});

test('the app shell (before the wasm) shows "Nieuw hier?" and marks "Zo werkt het" in the menu on its page', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForLoadState('load');
  assert.ok(await page.locator('#app-shell .first-minute').isVisible());
  assert.deepEqual(await page.locator('#app-shell .first-minute button, #app-shell .first-minute a').allInnerTexts(),
    ['Bekijk een voorbeeld', 'Zo werkt het']);
  await page.goto(`${server.origin}/#/zo-werkt-het`);
  await page.reload();
  await page.waitForLoadState('load');
  assert.equal(await page.locator('#app-shell main:not(.participant) h1').isVisible(), false, 'only the header on another screen');
  assert.equal(await page.locator('#app-shell nav a[aria-current="page"]').innerText(), 'Zo werkt het');
  await context.close();
});
