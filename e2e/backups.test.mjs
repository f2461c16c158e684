// End-to-end fault tests for the backups (issue 13, items 4–6): backups live in IndexedDB and
// never take the work's room in local storage (a 750 KB samenwerking imported until storage is
// full), backups an older version kept in local storage are moved out on the first start, the
// room left is shown beside the list, a restore reads its backup asynchronously (and says so in
// Dutch when it cannot), recovery from unreadable stored work offers the newest good state
// (journal or backup) and says which is newer, and the journal's restore notice says that the
// last fraction of a second of typing may be missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, newProfile, assertAccessible, tabTo, stored, createByKeyboard, waitForJournal,
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

const DB = 'vitaal-samenwerken-reservekopieen';
const INDEX = 'vitaal-samenwerken:reservekopieen';

/** The backup index in IndexedDB ([] when there is none), read the way a second tab would. */
function idbIndex(page) {
  return page.evaluate(({ DB, INDEX }) => new Promise((resolve) => {
    const open = indexedDB.open(DB);
    open.onupgradeneeded = () => open.result.createObjectStore('reservekopieen');
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('reservekopieen').objectStore('reservekopieen').get(INDEX);
      get.onsuccess = () => { db.close(); resolve(JSON.parse(get.result ?? '[]')); };
      get.onerror = () => { db.close(); resolve([]); };
    };
    open.onerror = () => resolve([]);
  }), { DB, INDEX });
}

/** The keys of local storage that hold backups (an older version's). */
function localBackupKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('reservekopie')));
}

// A samenwerking of about 750 KB: 500 partners and 16 meetings with a long note per ingrediënt.
const kinds = ['formeel', 'informeel', 'inwoner-oudere'];
const rings = ['kerngroep', 'complementaire-ring', 'vrije-ruimte'];
const ingredients = ['vermogen-tot-samenwerking', 'openheid-en-vertrouwen', 'gelijkwaardige-inbreng',
  'gezamenlijke-identiteit-en-taal', 'minimale-massa', 'maximale-mix', 'geaccepteerde-trekker',
  'georganiseerd-toeval', 'gedeelde-opgave-ambitie-en-doelen', 'zichtbare-urgentie',
  'duidelijkheid-over-belangen', 'gezamenlijk-belang', 'functionele-organisatie',
  'duidelijke-spelregels', 'voldoende-tijd', 'aandacht-voor-ontwikkeling'];
function bigFile(i, noteRepeat) {
  const samenwerking = {
    id: `sw-groot-${i}`,
    name: `Groot ${i}`,
    opgave: 'Hoe zorgen we voor goed ouder worden in onze gemeente? '.repeat(30).trim(),
    route: 'samen-optrekken',
    partners: Array.from({ length: 500 }, (_, j) => ({
      id: `p-${i}-${j}`,
      name: `Deelnemer ${j}`,
      organisation: `Organisatie ${j % 40}`,
      kind: kinds[j % 3],
      ring: rings[j % 3],
    })),
    bijeenkomsten: Array.from({ length: 16 }, (_, n) => ({
      id: `bk-${i}-${n}`,
      date: `2025-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
      place: 'Buurthuis',
      attendees: [],
      vorm: 'bob',
      minutes: { beeldvorming: 20, oordeelsvorming: 20, besluitvorming: 20 },
      agenda: ingredients.map((ingredient) => ({
        ingredient,
        notes: { beeldvorming: `Aantekening bij ${ingredient} in bijeenkomst ${n}. `.repeat(noteRepeat).trim() },
        checks: { besproken: 'ja', gehoord: 'deels', besloten: null, niet_aan_boord: [] },
        achterban_vragen: '',
        achterban: {},
      })),
      status: 'afgerond',
      phase: 'beeldvorming',
      timer: { elapsed_ms: 0, running_since_ms: null },
      besluiten: [],
      created_ms: 1_790_000_000_000 + n,
      updated_ms: 1_790_000_000_000 + n,
    })),
    acties: [],
    created_ms: 1_790_000_000_000 + i,
    updated_ms: 1_790_000_000_000 + i,
  };
  return JSON.stringify({ format: 'vitaal-samenwerken', version: 5, exported_ms: 1_790_000_000_000, samenwerking });
}

/** A file of 750 KB (± 2 %). */
function file750(i) {
  let repeat = 40;
  let text = bigFile(i, repeat);
  // Each repeat adds 16 × 16 short sentences; tune to the size.
  const per = (bigFile(i, repeat + 1).length - text.length);
  repeat += Math.round((750 * 1024 - text.length) / per);
  text = bigFile(i, repeat);
  return text;
}

test('quota: 750 KB samenwerkingen imported until local storage is full; the backups stay, in IndexedDB', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await createByKeyboard(page, 'Dorpsstad');
  await stored(page);
  await page.goto(`${server.origin}/#/`);
  await page.waitForSelector('#import-bestand');
  const size = file750(1).length;
  assert.ok(Math.abs(size - 750 * 1024) < 20 * 1024, `the file is ${size} bytes`);
  let imported = 0;
  let full = false;
  const timings = [];
  for (let i = 1; i <= 9 && !full; i++) {
    const buffer = Buffer.from(file750(i));
    // By mouse (a click opens the file chooser) and by keyboard (Space on the focused control).
    const chooser = page.waitForEvent('filechooser');
    if (i % 2) {
      await page.locator('#import-bestand').click();
    } else {
      await tabTo(page, '#import-bestand', 120);
      await page.keyboard.press('Space');
    }
    const started = Date.now();
    await (await chooser).setFiles({ name: `groot-${i}.vitaal.json`, mimeType: 'application/json', buffer });
    // Either it is saved, or the lasting warning says storage is full.
    const outcome = await page.waitForFunction((id) => {
      if (document.querySelector('.save-warning')) return 'warning';
      return (localStorage.getItem('vitaal-samenwerken:werkruimte') ?? '').includes(id) ? 'saved' : null;
    }, `sw-groot-${i}`, { timeout: 20_000 });
    if ((await outcome.jsonValue()) === 'saved') {
      imported = i;
      timings.push(Date.now() - started);
      assert.match(await page.locator('.samenwerkingen, main').first().innerText(), new RegExp(`Groot ${i}`));
    } else {
      full = true;
      assert.match(await page.locator('.save-warning').innerText(), /vol/);
    }
  }
  const kb = await page.evaluate(() => Math.round((localStorage.getItem('vitaal-samenwerken:werkruimte') ?? '').length / 1024));
  // Each import left a backup of the work before it: all are kept (in IndexedDB), and local
  // storage holds nothing but the work.
  const index = await idbIndex(page);
  const importBackups = index.filter((b) => b.reason === 'import').length;
  console.log(`# 750 KB samenwerking: ${imported} imports saved (work ${kb} KB in local storage), then ${full ? 'storage full' : 'no full storage'}; ${index.length} backups kept (${importBackups} before importing)`);
  assert.ok(imported >= 5, `only ${imported} imports fitted beside the backups`);
  assert.ok(full, 'storage was filled');
  assert.ok(importBackups >= Math.min(imported, 9), `backups kept: ${JSON.stringify(index.map((b) => b.reason))}`);
  assert.deepEqual(await localBackupKeys(page), [], 'no backup in local storage');
  // The list on screen shows them, and the room left beside it.
  await page.waitForFunction(() => document.querySelectorAll('.backup-list li').length >= 5);
  console.log(`# import until saved, ms: ${timings.join(', ')}`);
  assert.match(await page.locator('.opslag-ruimte').innerText(), /^Opslag: [\d,]+ [kMG]B gebruikt, nog [\d,]+ [kMG]B vrij\.$/);
  // The import that did not fit is in no local copy, but it is not lost: it waits in the
  // journal (IndexedDB has room), marked unsaved.
  const unsaved = await waitForJournal(page, (r) => r?.unsaved === true && r.text.includes(`sw-groot-${imported + 1}`));
  assert.equal(unsaved?.unsaved, true, 'the import that did not fit is kept in the journal');
  // The large workspace opens: the overview, and a samenwerking with 500 partners. Leaving
  // asks first (work is unsaved): the user leaves, and the app brings that import back from
  // the journal, still saying that storage is full.
  page.on('dialog', (dialog) => dialog.accept());
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  let t0 = Date.now();
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('.samenwerking-item').length === n, imported + 2);
  const overviewMs = Date.now() - t0;
  await page.waitForFunction(() => /teruggehaald/.test(document.querySelector('.notices')?.textContent ?? ''));
  assert.match(await page.locator('.save-warning').innerText(), /vol/);
  t0 = Date.now();
  await page.goto(`${server.origin}/#/samenwerking/sw-groot-1`);
  await page.reload();
  await page.waitForSelector('table.partners tbody tr:nth-child(500)');
  console.log(`# page open with ${kb} KB stored: overview ${overviewMs} ms, samenwerking with 500 partners ${Date.now() - t0} ms`);
  await p.context.close();
});

test('backups an older version kept in local storage move to IndexedDB on the first start, and their room is freed', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await createByKeyboard(page, 'Dorpsstad');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Werk van nu.');
  await stored(page);
  // Today's backup is written to IndexedDB after the save; a reload before it completes
  // would abort it (harmless for the user, whose work is saved, but this test counts it).
  const deadline = Date.now() + 5000;
  while (!(await idbIndex(page)).some((b) => b.reason === 'daily' && b.names.includes('Dorpsstad'))) {
    assert.ok(Date.now() < deadline, 'today\'s backup was written');
    await page.waitForTimeout(50);
  }
  // What an older version left: two backups and their index in local storage.
  await page.evaluate(() => {
    const old = (name, opgave) => JSON.stringify({
      format: 'vitaal-samenwerken-opslag',
      version: 4,
      samenwerkingen: [{ id: 'sw-oud', name, opgave, route: null, partners: [], created_ms: 1, updated_ms: 1 }],
    });
    localStorage.setItem('vitaal-samenwerken:reservekopie:1700000000000', old('Oude stad', 'Oud werk.'));
    localStorage.setItem('vitaal-samenwerken:reservekopie:1700000100000', old('Oude stad', 'Iets nieuwer werk.'));
    localStorage.setItem('vitaal-samenwerken:reservekopieen', JSON.stringify([
      { at_ms: 1700000100000, reason: 'import', names: ['Oude stad'] },
      { at_ms: 1700000000000, reason: 'daily', names: ['Oude stad'] },
    ]));
  });
  await page.goto(`${server.origin}/#/`);
  await page.reload();
  await page.waitForFunction(() => /Oude stad/.test(document.querySelector('.backup-list')?.innerText ?? ''));
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.includes('reservekopie')));
  const index = await idbIndex(page);
  assert.deepEqual(index.filter((b) => b.at_ms < 1_750_000_000_000).map((b) => b.at_ms), [1700000100000, 1700000000000]);
  assert.ok(index.some((b) => b.reason === 'daily' && b.names.includes('Dorpsstad')), 'today\'s own backup is there too');
  await assertAccessible(page, 'backups moved to IndexedDB');
  // Put the older one back by mouse: it is read from IndexedDB.
  const item = page.locator('.backup-list li', { hasText: 'vóór importeren (Oude stad)' });
  await item.locator('button', { hasText: 'Terugzetten' }).click();
  await item.locator('.confirm button.danger').click();
  await page.waitForFunction(() => /teruggezet/.test(document.querySelector('.notices')?.innerText ?? ''));
  const ws = await stored(page);
  assert.equal(ws.samenwerkingen[0].opgave, 'Iets nieuwer werk.');
  // The work it replaced became a backup itself.
  await page.waitForFunction(() => /vóór terugzetten \(Dorpsstad\)/.test(document.querySelector('.backup-list')?.innerText ?? ''));
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('a backup that cannot be read: the restore says so in Dutch and nothing changes', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await createByKeyboard(page, 'Dorpsstad');
  await stored(page);
  await page.goto(`${server.origin}/#/`);
  await page.waitForSelector('.backup-list li');
  // Its text is gone (a damaged database); the index still lists it.
  const [first] = await idbIndex(page);
  await page.evaluate(({ DB, at }) => new Promise((resolve) => {
    const open = indexedDB.open(DB);
    open.onsuccess = () => {
      const tx = open.result.transaction('reservekopieen', 'readwrite');
      tx.objectStore('reservekopieen').delete(`vitaal-samenwerken:reservekopie:${at}`);
      tx.oncomplete = () => { open.result.close(); resolve(); };
    };
  }), { DB, at: first.at_ms });
  await tabTo(page, '.backup-list li:first-child button', 120);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.backup-list .confirm');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /kan niet worden gelezen/.test(document.querySelector('.notices')?.innerText ?? ''));
  assert.match(await page.locator('.notices').innerText(), /Er is niets veranderd/);
  assert.equal((await stored(page)).samenwerkingen[0].name, 'Dorpsstad');
  await assertAccessible(page, 'unreadable backup');
  await p.context.close();
});

test('unreadable stored work: the newer good copy in the journal is offered first, saying it is newer than the last backup', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  // The first save of the day leaves a backup (of the work as it was then) ...
  await createByKeyboard(page, 'Dorpsstad');
  await stored(page);
  // ... and the work goes on after it: saved, and in the journal.
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Getypt na de reservekopie.');
  await stored(page);
  await page.waitForFunction(() => new Promise((resolve) => {
    const open = indexedDB.open('vitaal-samenwerken');
    open.onsuccess = () => {
      const get = open.result.transaction('journaal').objectStore('journaal').get('werkruimte');
      get.onsuccess = () => { open.result.close(); resolve((get.result?.text ?? '').includes('reservekopie.')); };
    };
  }));
  await page.evaluate(() => localStorage.setItem('vitaal-samenwerken:werkruimte', '{"format":"vitaal-samenwerken-opslag","version":5,"samenwerkingen":[{"id":'));
  await page.reload();
  await page.waitForSelector('#journaal-terug');
  await page.waitForSelector('#reservekopie-terug');
  const notice = await page.locator('.notices').innerText();
  assert.match(notice, /niet (worden )?gelezen/);
  assert.match(notice, /Het laatst bewaarde werk \(.+\) is nieuwer dan de laatste reservekopie \(.+\)\./);
  // The newest comes first.
  const order = await page.locator('.notices button').evaluateAll((bs) => bs.map((b) => b.id).filter(Boolean));
  assert.ok(order.indexOf('journaal-terug') < order.indexOf('reservekopie-terug'), `order ${order}`);
  await assertAccessible(page, 'recovery offer');
  // By keyboard.
  await tabTo(page, '#journaal-terug');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#sw-opgave')?.value === 'Getypt na de reservekopie.');
  assert.match(await page.locator('.notices').innerText(), /laatst bewaarde werk is teruggezet/);
  assert.equal((await stored(page)).samenwerkingen[0].opgave, 'Getypt na de reservekopie.');
  await p.context.close();
});

test('the journal\'s restore notice says that the last fraction of a second of typing may be missing', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await createByKeyboard(page, 'Dorpsstad');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Alleen nog in het journaal');
  await stored(page);
  const record = await waitForJournal(page, (r) => (r?.text ?? '').includes('journaal'), { every: 20 });
  // What a killed browser leaves: local storage one save behind.
  await page.evaluate((previous) => {
    const ws = JSON.parse(localStorage.getItem('vitaal-samenwerken:werkruimte'));
    ws.samenwerkingen[0].opgave = '';
    localStorage.setItem('vitaal-samenwerken:werkruimte', JSON.stringify(ws));
    localStorage.setItem('vitaal-samenwerken:revisie', String(previous));
  }, record.revision - 1);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#sw-opgave')?.value === 'Alleen nog in het journaal');
  const notice = await page.locator('.notices').innerText();
  assert.match(notice, /teruggezet/);
  assert.match(notice, /laatste fractie van een seconde/);
  await assertAccessible(page, 'journal restore notice');
  await p.context.close();
});
