// End-to-end: work survives a killed browser, a full storage is reported with a one-click
// export (never a silent loss), and unreadable stored data is kept aside while the app starts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
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

async function freePort() {
  const srv = net.createServer();
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address();
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

/** Starts Debian Chromium as its own process on a profile directory, driven over CDP. */
async function startChromium(profile) {
  const port = await freePort();
  const child = spawn(process.env.CHROME_PATH || '/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, 'about:blank',
  ], { stdio: 'ignore' });
  let cdp;
  for (let i = 0; i < 100 && !cdp; i++) {
    try {
      cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  assert.ok(cdp, 'chromium started');
  return { child, cdp, context: cdp.contexts()[0] };
}

test('work typed just before the browser is killed is there after a restart', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vitaal-kill-'));
  let run = await startChromium(profile);
  let page = await run.context.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('#nieuw-naam');
  await createByKeyboard(page, 'Dorpsstad');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Getypt vlak voor het afsluiten');
  // The app writes within 300 ms of the last keystroke, without any page event.
  await page.waitForFunction(() => (localStorage.getItem('vitaal-samenwerken:werkruimte') ?? '').includes('afsluiten'), null, { timeout: 300 + 200 });
  // Chromium commits local storage to disk only seconds later; the app's journal (IndexedDB,
  // durability "strict") is on disk as soon as its write completes, right after the save. As
  // soon as it holds the text, the process dies without any chance to run pagehide,
  // beforeunload or a clean shutdown.
  const journalled = await page.evaluate(() => new Promise((resolve) => {
    const deadline = Date.now() + 1000;
    const look = () => {
      const open = indexedDB.open('vitaal-samenwerken');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('journaal')) { db.close(); return retry(); }
        const get = db.transaction('journaal').objectStore('journaal').get('werkruimte');
        get.onsuccess = () => {
          db.close();
          if ((get.result?.text ?? '').includes('afsluiten')) resolve(Date.now());
          else retry();
        };
      };
    };
    const retry = () => (Date.now() > deadline ? resolve(null) : setTimeout(look, 20));
    look();
  }));
  assert.ok(journalled, 'the journal has the text within a second of typing');
  await page.waitForTimeout(Number(process.env.KILL_AFTER_MS ?? 0));
  run.child.kill('SIGKILL');
  await new Promise((r) => run.child.once('exit', r));

  run = await startChromium(profile);
  page = await run.context.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('.samenwerking-item');
  await page.locator('.samenwerking-item h3 a').click();
  await page.waitForSelector('#sw-opgave');
  // Either local storage made it to disk, or the journal brought the text back.
  await page.waitForFunction(() => document.querySelector('#sw-opgave')?.value === 'Getypt vlak voor het afsluiten', null, { timeout: 5000 });
  const restored = await page.locator('.notices').innerText();
  console.log(`# after the kill: ${/teruggezet/.test(restored) ? 'brought back from the journal' : 'local storage had it'}`);
  await run.cdp.close();
  run.child.kill('SIGKILL');
  // Wait until it is gone: it may still be writing the profile (service worker, caches).
  await new Promise((r) => run.child.once('exit', r));
  // (Chromium's helper processes may still write the profile: a left-over temp dir is no failure.)
  try { fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 }); } catch { /* left in /tmp */ }
});

test('local storage that lost the last save is brought back from the journal, with a notice', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await createByKeyboard(page, 'Dorpsstad');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Alleen nog in het journaal');
  await stored(page);
  const record = await waitForJournal(page, (r) => (r?.text ?? '').includes('journaal'), { every: 20 });
  assert.match(record.text, /Alleen nog in het journaal/);
  // What a killed browser leaves: local storage one save behind (here: the save before typing).
  const revision = Number(await page.evaluate(() => localStorage.getItem('vitaal-samenwerken:revisie')));
  assert.equal(record.revision, revision, 'the journal carries the revision of the last save');
  // (Creating and typing may have been one save, so "one back" is counted from the journal.)
  await page.evaluate((previous) => {
    const ws = JSON.parse(localStorage.getItem('vitaal-samenwerken:werkruimte'));
    ws.samenwerkingen[0].opgave = '';
    localStorage.setItem('vitaal-samenwerken:werkruimte', JSON.stringify(ws));
    localStorage.setItem('vitaal-samenwerken:revisie', String(previous));
  }, record.revision - 1);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#sw-opgave')?.value === 'Alleen nog in het journaal');
  assert.match(await page.locator('.notices').innerText(), /teruggezet/);
  // And it is saved again, so local storage is whole once more.
  assert.equal((await stored(page)).samenwerkingen[0].opgave, 'Alleen nog in het journaal');
  await assertAccessible(page, 'brought back from the journal');
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('full storage: a persistent Dutch warning with a one-click export; saving resumes when there is room', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await createByKeyboard(page, 'Dorpsstad');
  await stored(page);
  // Fill the origin's storage to the last character.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`ballast-${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Dit past niet meer');
  await page.waitForSelector('.save-warning');
  assert.match(await page.locator('.save-warning').innerText(), /vol/);
  await assertAccessible(page, 'storage full warning');
  // The typed text is still on screen, and one click exports it.
  assert.equal(await page.locator('#sw-opgave').inputValue(), 'Dit past niet meer');
  await tabTo(page, '#alles-exporteren');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  const saved = path.join(os.tmpdir(), file.suggestedFilename());
  await file.saveAs(saved);
  assert.equal(JSON.parse(fs.readFileSync(saved, 'utf8')).samenwerking.opgave, 'Dit past niet meer');
  // The warning stays while saving fails, and goes once there is room again.
  assert.equal(await page.locator('.save-warning').count(), 1);
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('ballast-')) localStorage.removeItem(key);
  });
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('!');
  await page.waitForFunction(() => !document.querySelector('.save-warning'));
  assert.equal((await stored(page)).samenwerkingen[0].opgave, 'Dit past niet meer!');
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('unreadable stored data: the app starts, keeps it aside, offers it as a file and the last good backup', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  // Some work first: the first save of the day leaves a backup.
  await createByKeyboard(page, 'Dorpsstad');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Van voor de schade.');
  await stored(page);
  // The backup is written to IndexedDB after the save, asynchronously: wait until it is there
  // (without creating the database when it is not there yet), or the reload below races it.
  await page.waitForFunction(async () => {
    const DB = 'vitaal-samenwerken-reservekopieen';
    if (!(await indexedDB.databases()).some((d) => d.name === DB)) return false;
    return new Promise((resolve) => {
      const open = indexedDB.open(DB);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('reservekopieen')) { db.close(); resolve(false); return; }
        const get = db.transaction('reservekopieen').objectStore('reservekopieen').get('vitaal-samenwerken:reservekopieen');
        get.onsuccess = () => { db.close(); resolve(JSON.parse(get.result ?? '[]').length > 0); };
        get.onerror = () => { db.close(); resolve(false); };
      };
      open.onerror = () => resolve(false);
    });
  });
  await page.evaluate(() => localStorage.setItem('vitaal-samenwerken:werkruimte', '{"format":"vitaal-samenwerken-opslag","version":3,"samenwerkingen":[{"id":'));
  await page.reload();
  await page.waitForSelector('h1#paginatitel');
  assert.match(await page.locator('.notices').innerText(), /niet (worden )?gelezen|onleesbaar/i);
  assert.equal(
    await page.evaluate(() => localStorage.getItem('vitaal-samenwerken:onleesbaar')),
    '{"format":"vitaal-samenwerken-opslag","version":3,"samenwerkingen":[{"id":',
  );
  await assertAccessible(page, 'unreadable storage');
  const download = page.waitForEvent('download');
  await page.locator('.notices button', { hasText: /ruwe|gegevens/i }).first().click();
  const raw = await download;
  assert.match(raw.suggestedFilename(), /ruwe-gegevens/);
  // The last good backup, by keyboard.
  await tabTo(page, '#reservekopie-terug');
  await page.keyboard.press('Enter');
  // The reload was on the samenwerking's own page: it is there again.
  await page.waitForSelector('#sw-opgave');
  assert.match(await page.locator('.notices').innerText(), /teruggezet/);
  assert.equal((await stored(page)).samenwerkingen[0].name, 'Dorpsstad');
  assert.equal(
    await page.evaluate(() => localStorage.getItem('vitaal-samenwerken:onleesbaar')),
    '{"format":"vitaal-samenwerken-opslag","version":3,"samenwerkingen":[{"id":',
    'the unreadable text stays aside',
  );
  await p.context.close();
});
