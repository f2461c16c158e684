// End-to-end: a browser that blocks storage (privacy settings, some private modes). Reading
// `window.localStorage` then throws a SecurityError, and IndexedDB refuses to open. The app must
// start anyway, say in Dutch that nothing is kept, keep working on screen, and export the work:
// a thrown exception out of the wasm would stop the app (see docs/design.md, "Why the adapter
// talks to web-sys, not gloo-storage").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, assertAccessible, tabTo, createByKeyboard } from './helpers.mjs';

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

test('blocked storage: the app starts, says so in Dutch, keeps working and exports', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await context.addInitScript(blockStorage);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('h1#paginatitel');
  // The storage really is blocked in this page.
  assert.equal(await page.evaluate(() => { try { localStorage; return 'open'; } catch (e) { return e.name; } }), 'SecurityError');

  // The persistent alert says, in Dutch, that nothing will be kept and what to do.
  await page.waitForFunction(() => /geblokkeerd/.test(document.querySelector('.save-warning[role="alert"]')?.innerText ?? ''));
  const notice = await page.locator('.save-warning').innerText();
  assert.match(notice, /niet toe dat er gegevens worden bewaard/);
  assert.match(notice, /exporteer je werk/);
  await assertAccessible(page, 'overview with blocked storage');

  // Work goes on on screen, by keyboard.
  await createByKeyboard(page, 'Dorpsstad zonder opslag');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Goed ouder worden in Dorpsstad');
  assert.equal(await page.locator('#sw-opgave').inputValue(), 'Goed ouder worden in Dorpsstad');
  assert.match(await page.locator('h1#paginatitel').innerText(), /Dorpsstad zonder opslag/);

  // And it can leave as a file, which is the only copy there is.
  await page.evaluate(() => { window.location.hash = '#/'; });
  // The work is in no stored copy: the browser asks before leaving; going on is the user's choice.
  let asked = null;
  page.once('dialog', (d) => { asked = d.type(); d.accept(); });
  await page.reload();
  assert.equal(asked, 'beforeunload');
  await page.waitForSelector('h1#paginatitel');
  await page.waitForFunction(() => !document.getElementById('app-shell'));
  // A reload in a blocked browser starts empty again: that is exactly what the notice warned.
  assert.equal(await page.getByText('Dorpsstad zonder opslag').count(), 0);
  await createByKeyboard(page, 'Tweede poging');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Meteen exporteren');
  await tabTo(page, '#alles-exporteren');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  const saved = path.join(os.tmpdir(), file.suggestedFilename());
  await file.saveAs(saved);
  const exported = JSON.parse(fs.readFileSync(saved, 'utf8'));
  assert.equal(exported.format, 'vitaal-samenwerken');
  assert.equal(exported.samenwerking.naam ?? exported.samenwerking.name, 'Tweede poging');
  assert.equal(exported.samenwerking.opgave, 'Meteen exporteren');

  assert.deepEqual(errors, [], 'no uncaught exception in the page');
  const foreign = requests.filter((u) => !(u.startsWith(`${server.origin}/`) || u.startsWith('data:') || u.startsWith('blob:')));
  assert.deepEqual(foreign, [], 'requests left the page origin');
  await context.close();
});
