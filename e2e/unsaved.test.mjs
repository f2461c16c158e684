// End-to-end fault tests: the app is honest whenever it cannot save. Stored data of a newer
// version, unreadable data that cannot be set aside, a full and a blocked storage, and another
// tab's newer work: each time a persistent alert says what is true, every change is flagged as
// not saved, all work can be exported in one click and the browser asks before the page is left.
// (issue 13, items 1, 3 and 8)
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
  // (E2E_DIST: another build, e.g. of main, to check that these tests fail without the fix.)
  server = await serve(process.env.E2E_DIST || undefined);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const KEY = 'vitaal-samenwerken:werkruimte';
const OWN = 'vitaal-samenwerken-opslagversie-6:';

/** Leaves the page by reloading it; returns the beforeunload dialog's type (or null) after
 * answering it with `accept`. */
async function reloadAndAnswer(page, accept) {
  const dialog = page.waitForEvent('dialog', { timeout: 3000 }).catch(() => null);
  const reload = page.reload({ timeout: 5000 }).catch(() => null);
  const d = await dialog;
  if (d) {
    const type = d.type();
    if (accept) await d.accept(); else await d.dismiss();
    if (accept) await reload;
    return type;
  }
  await reload;
  return null;
}

async function alertText(page) {
  return (await page.locator('.save-warning[role="alert"]').innerText()).replace(/\s+/g, ' ');
}

async function download(page, action) {
  const pending = page.waitForEvent('download');
  await action();
  const file = await pending;
  const saved = path.join(os.tmpdir(), `unsaved-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  return fs.readFileSync(saved, 'utf8');
}


test('data of a newer version: a persistent alert, every change flagged, export, a prompt on leaving, and a separate storage area', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  // What a newer one-file copy on the same computer leaves in the shared storage.
  const newer = JSON.stringify({ format: 'vitaal-samenwerken-opslag', version: 7, samenwerkingen: [{ id: 'sw-nieuw', name: 'Van de nieuwere versie', toekomst: {} }] });
  await page.evaluate(([k, v]) => {
    localStorage.setItem(k, v);
    localStorage.setItem('vitaal-samenwerken:revisie', '41');
  }, [KEY, newer]);
  await page.reload();
  await page.waitForSelector('.save-warning[role="alert"]');
  let text = await alertText(page);
  assert.match(text, /Er wordt niets bewaard/);
  assert.match(text, /nieuwere versie/);
  assert.match(text, /opslagversie 7/);
  // Not dismissible: no close button in the alert.
  assert.equal(await page.locator('.save-warning button', { hasText: /sluiten/i }).count(), 0);
  await assertAccessible(page, 'newer version alert');

  // Work goes on, and each change is flagged.
  await createByKeyboard(page, 'Dorpsstad apart');
  assert.match(await page.locator('#bewaar-status').innerText(), /niet bewaard/);
  assert.doesNotMatch(await page.locator('#bewaar-status').innerText(), /direct bewaard/);
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Nog nergens bewaard');
  await page.waitForFunction(() => /wijzigingen niet bewaard/.test(document.querySelector('#niet-bewaard')?.innerText ?? ''));
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), newer, 'the newer data is untouched');

  // Export of all work, one click; its success notice does not replace the alert.
  const exported = JSON.parse(await download(page, () => page.locator('.save-warning #alles-exporteren').click()));
  assert.equal(exported.samenwerking.opgave, 'Nog nergens bewaard');
  assert.match(await page.locator('.notices').innerText(), /geëxporteerd|bestand/i);
  assert.equal(await page.locator('.save-warning[role="alert"]').count(), 1);
  assert.match(await alertText(page), /Er wordt niets bewaard/);

  // Leaving asks first; staying keeps the work on screen.
  assert.equal(await reloadAndAnswer(page, false), 'beforeunload');
  assert.equal(await page.locator('#sw-opgave').inputValue(), 'Nog nergens bewaard');

  // Work apart, in this version's own storage area, by keyboard.
  await tabTo(page, '#apart-verder');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.save-warning'));
  assert.match(await page.locator('.notices').innerText(), /aparte opslag/);
  assert.match(await page.locator('#bewaar-status').innerText(), /aparte opslag van deze versie/);
  assert.equal(await page.locator('#niet-bewaard').count(), 0);
  await tabTo(page, '#sw-opgave');
  await page.keyboard.press('End');
  await page.keyboard.type(', nu wel.');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const own = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), `${OWN}werkruimte`);
  assert.equal(own.version, 6);
  assert.equal(own.samenwerkingen[0].opgave, 'Nog nergens bewaard, nu wel.');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), newer, 'the newer data is still untouched');
  assert.equal(await page.evaluate(() => localStorage.getItem('vitaal-samenwerken:revisie')), '41');
  await assertAccessible(page, 'working apart');

  // A reload (no question: all is saved) comes back to the separate area, saying so.
  assert.equal(await reloadAndAnswer(page, true), null);
  await page.waitForSelector('#sw-opgave');
  assert.equal(await page.locator('#sw-opgave').inputValue(), 'Nog nergens bewaard, nu wel.');
  assert.match(await page.locator('#bewaar-status').innerText(), /aparte opslag van deze versie/);
  assert.equal(await page.locator('.save-warning').count(), 0);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), newer);
  await p.context.close();
});

test('unreadable data that cannot be set aside: a persistent alert with both exports and a prompt on leaving', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  // Setting aside fails (as when storage is full): then the app must not write at all.
  await p.context.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'vitaal-samenwerken:onleesbaar') throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  });
  const broken = '{"format":"vitaal-samenwerken-opslag","version":5,"samenwerkingen":[{"id":';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, broken]);
  await page.reload();
  await page.waitForSelector('.save-warning[role="alert"]');
  assert.match(await alertText(page), /niet worden gelezen en ook niet apart worden gezet/);
  await assertAccessible(page, 'unreadable, not set aside');
  const raw = await download(page, () => page.locator('#ruwe-gegevens').click());
  assert.equal(raw, broken);
  // A success notice (the export) leaves the alert in place.
  assert.equal(await page.locator('.save-warning[role="alert"]').count(), 1);
  await createByKeyboard(page, 'Toch aan het werk');
  await page.waitForSelector('#niet-bewaard');
  assert.match(await page.locator('#bewaar-status').innerText(), /niet bewaard/);
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), broken, 'the unreadable data is not written over');
  assert.equal(await reloadAndAnswer(page, false), 'beforeunload');
  assert.match(await page.locator('h1#paginatitel').innerText(), /Toch aan het werk/);
  await p.context.close();
});

async function fillStorage(page) {
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
}

test('full storage: said at start, text typed after the alert survives a reload in the journal, a prompt on leaving, and Opnieuw proberen', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await createByKeyboard(page, 'Dorpsstad');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Bewaard.');
  await stored(page);
  await fillStorage(page);
  // A reload with nothing unsaved: no question, but the app says at once that storage is full.
  assert.equal(await reloadAndAnswer(page, true), null);
  await page.waitForSelector('.save-warning[role="alert"]');
  assert.match(await alertText(page), /opslag van deze browser is vol/);
  assert.ok(await page.locator('#opnieuw-proberen').isVisible());
  await assertAccessible(page, 'full at start');

  // Typing after the alert: flagged, and kept in the journal (IndexedDB has room).
  await page.waitForSelector('#sw-opgave');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.press('End');
  await page.keyboard.type(' Getypt na de melding.');
  await page.waitForSelector('#niet-bewaard');
  assert.match(await page.locator('#bewaar-status').innerText(), /niet bewaard/);
  const record = await waitForJournal(page, (r) => (r?.text ?? '').includes('na de melding'));
  assert.match(record.text, /Bewaard\. Getypt na de melding\./);
  assert.equal(record.unsaved, true);

  // Leaving asks first; going anyway brings the text back from the journal, storage still full.
  assert.equal(await reloadAndAnswer(page, true), 'beforeunload');
  await page.waitForFunction(() => document.querySelector('#sw-opgave')?.value === 'Bewaard. Getypt na de melding.');
  assert.match(await alertText(page), /vol/);
  assert.match(await page.locator('.notices').innerText(), /teruggehaald/);
  await page.waitForSelector('#niet-bewaard');

  // Room again: "Opnieuw proberen" by mouse saves it, and the alert goes.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('ballast-')) localStorage.removeItem(key);
  });
  await page.locator('#opnieuw-proberen').click();
  await page.waitForFunction(() => !document.querySelector('.save-warning'));
  assert.equal(await page.locator('#niet-bewaard').count(), 0);
  assert.match(await page.locator('#bewaar-status').innerText(), /direct bewaard/);
  assert.equal((await stored(page)).samenwerkingen[0].opgave, 'Bewaard. Getypt na de melding.');
  assert.equal(await reloadAndAnswer(page, true), null, 'no question once all is saved');
  await p.context.close();
});

function blockStorage() {
  const refuse = () => {
    throw new DOMException('The user has blocked storage for this site.', 'SecurityError');
  };
  Object.defineProperty(window, 'localStorage', { configurable: true, get: refuse });
  Object.defineProperty(window, 'sessionStorage', { configurable: true, get: refuse });
  if (window.indexedDB) {
    Object.defineProperty(IDBFactory.prototype, 'open', { configurable: true, value: refuse });
  }
}

test('blocked storage: a persistent alert from the start, changes flagged, a prompt on leaving', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await context.addInitScript(blockStorage);
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('.save-warning[role="alert"]');
  assert.match(await alertText(page), /geblokkeerd/);
  await createByKeyboard(page, 'Zonder opslag');
  await page.waitForSelector('#niet-bewaard');
  assert.match(await page.locator('#bewaar-status').innerText(), /niet bewaard/);
  assert.equal(await reloadAndAnswer(page, false), 'beforeunload');
  assert.match(await page.locator('h1#paginatitel').innerText(), /Zonder opslag/);
  await context.close();
});

test('another tab saved newer work: "Nieuwste versie laden" asks first and offers the export', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await createByKeyboard(page, 'Dorpsstad');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Eerst bewaard.');
  await stored(page);
  // Another tab saves (its revision goes up; its storage event is not what this test is about).
  await page.evaluate(() => {
    const ws = JSON.parse(localStorage.getItem('vitaal-samenwerken:werkruimte'));
    ws.samenwerkingen[0].opgave = 'Uit het andere tabblad.';
    localStorage.setItem('vitaal-samenwerken:werkruimte', JSON.stringify(ws));
    const r = Number(localStorage.getItem('vitaal-samenwerken:revisie'));
    localStorage.setItem('vitaal-samenwerken:revisie', String(r + 1));
  });
  await tabTo(page, '#sw-opgave');
  await page.keyboard.press('End');
  await page.keyboard.type(' Alleen hier.');
  await page.waitForSelector('#nieuwste-laden');
  await page.waitForSelector('#niet-bewaard');
  // Loading the newest version asks first; nothing is dropped yet.
  await page.locator('#nieuwste-laden').click();
  await page.waitForSelector('#laden-vraag');
  assert.match(await page.locator('#laden-vraag').innerText(), /zijn ze weg/);
  assert.equal(await page.locator('#sw-opgave').inputValue(), 'Eerst bewaard. Alleen hier.');
  await assertAccessible(page, 'reload question');
  // Focus is on the first choice: export first, by keyboard.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'laden-eerst-exporteren');
  const exported = JSON.parse(await download(page, () => page.keyboard.press('Enter')));
  assert.equal(exported.samenwerking.opgave, 'Eerst bewaard. Alleen hier.');
  // Cancel keeps everything; then load without them.
  await page.locator('#laden-annuleren').click();
  assert.equal(await page.locator('#laden-vraag').count(), 0);
  assert.equal(await page.locator('#sw-opgave').inputValue(), 'Eerst bewaard. Alleen hier.');
  await page.locator('#nieuwste-laden').click();
  await page.locator('#laden-zonder').click();
  await page.waitForFunction(() => document.querySelector('#sw-opgave')?.value === 'Uit het andere tabblad.');
  assert.equal(await page.locator('.save-warning').count(), 0);
  assert.equal(await page.locator('#niet-bewaard').count(), 0);
  await p.context.close();
});

// The kill figures of issue 13 (characters kept of 1,000 typed at machine speed, the browser
// killed 0, 100 and 300 ms after the last key): a measurement, run with KILL_FIGURES=1.
async function freePort() {
  const srv = net.createServer();
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address();
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

async function startChromium(profile) {
  const port = await freePort();
  const child = spawn(process.env.CHROME_PATH || '/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, 'about:blank',
  ], { stdio: 'ignore' });
  let cdp;
  for (let i = 0; i < 100 && !cdp; i++) {
    try { cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`); } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  assert.ok(cdp, 'chromium started');
  return { child, cdp, context: cdp.contexts()[0] };
}

test('kill figures: characters kept of 1,000 typed', { skip: !process.env.KILL_FIGURES }, async () => {
  const text = Array.from({ length: 1000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
  for (const wait of [0, 100, 300]) {
    const kept = [];
    for (let run = 0; run < Number(process.env.KILL_RUNS ?? 3); run++) {
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vitaal-kill-'));
      let r = await startChromium(profile);
      let page = await r.context.newPage();
      await page.goto(`${server.origin}/`);
      await page.waitForSelector('#nieuw-naam');
      await createByKeyboard(page, 'Dorpsstad');
      await tabTo(page, '#sw-opgave');
      await page.keyboard.type(text);
      await page.waitForTimeout(wait);
      r.child.kill('SIGKILL');
      await new Promise((res) => r.child.once('exit', res));
      r = await startChromium(profile);
      page = await r.context.newPage();
      await page.goto(`${server.origin}/`);
      let value = '';
      try {
        await page.waitForSelector('.samenwerking-item', { timeout: 5000 });
        await page.locator('.samenwerking-item h3 a').click();
        await page.waitForSelector('#sw-opgave');
        await page.waitForTimeout(500);
        value = await page.locator('#sw-opgave').inputValue();
      } catch { /* nothing kept */ }
      kept.push(value.length);
      await r.cdp.close();
      r.child.kill('SIGKILL');
      await new Promise((res) => r.child.once('exit', res));
      try { fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 }); } catch { /* left in /tmp */ }
    }
    console.log(`# killed ${wait} ms after the last key: kept ${kept.join(', ')} of 1000`);
  }
});
