// End-to-end: the same samenwerking open in two tabs. A change in one shows in the other, and a
// tab that missed newer work can never overwrite it: it is refused, the user is told, and one
// keypress loads the newest version.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, newProfile, assertAccessible, tabTo, stored } from './helpers.mjs';

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

const SW = 'sw-mfx2k1-3h9a0b';

async function typeOpgave(page, text, { at_once = false } = {}) {
  await tabTo(page, '#sw-opgave');
  await page.keyboard.press('Control+a');
  if (at_once) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
}

test('two tabs: changes travel, a stale tab is refused and told', async () => {
  const a = await newProfile(browser, server.origin);
  await a.page.locator('#import-bestand').setInputFiles(path.resolve('crates/core/tests/fixtures/v1.vitaal.json'));
  await a.page.waitForSelector('.samenwerking-item');
  await a.page.goto(`${server.origin}/#/samenwerking/${SW}`);
  await a.page.waitForSelector('#sw-opgave');
  const b = await a.context.newPage();
  const errors = [];
  b.on('pageerror', (e) => errors.push(e.message));
  await b.goto(`${server.origin}/#/samenwerking/${SW}`);
  await b.waitForSelector('#sw-opgave');

  // A change in tab A shows in tab B.
  await typeOpgave(a.page, 'Samen met de bibliotheek.');
  await stored(a.page); // A leaves nothing pending
  await b.waitForFunction(() => document.querySelector('#sw-opgave')?.value === 'Samen met de bibliotheek.');
  assert.match(await b.locator('.notices').innerText(), /ander tabblad/);

  // Both change at once: A first, then B; A's change is written first (its write-behind timer
  // started earlier, and leaving the page writes at once), while B's still waits.
  await typeOpgave(a.page, 'Versie van tab A', { at_once: true });
  await typeOpgave(b, 'Versie van tab B', { at_once: true });
  await a.page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await b.waitForSelector('.save-warning');
  assert.match(await b.locator('.save-warning').innerText(), /nieuwer werk/);
  await assertAccessible(b, 'stale tab warning');
  // B's later saves are refused too: A's newer work stays.
  await b.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const raw = await a.page.evaluate(() => localStorage.getItem('vitaal-samenwerken:werkruimte'));
  assert.match(raw, /Versie van tab A/);
  assert.doesNotMatch(raw, /Versie van tab B/);

  // Load the newest version: B's unsaved change is flagged, and B is asked first (issue 13).
  assert.match(await b.locator('#niet-bewaard').innerText(), /niet bewaard/);
  await tabTo(b, '#nieuwste-laden');
  await b.keyboard.press('Enter');
  await tabTo(b, '#laden-zonder');
  await b.keyboard.press('Enter');
  await b.waitForFunction(() => !document.querySelector('.save-warning'));
  assert.equal(await b.locator('#sw-opgave').inputValue(), 'Versie van tab A');
  await typeOpgave(b, 'Verder in tab B');
  const ws = await stored(b);
  assert.equal(ws.samenwerkingen[0].opgave, 'Verder in tab B');
  await a.page.waitForFunction(() => document.querySelector('#sw-opgave')?.value === 'Verder in tab B');
  assert.deepEqual(errors, []);
  a.assertOnlyOwnOrigin();
  await a.context.close();
});
