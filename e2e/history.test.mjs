// End-to-end: undo and redo by keyboard (Ctrl+Z, Ctrl+Y outside text fields) and with the
// buttons: typing comes back a sentence at a time, and a deleted samenwerking comes back whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, newProfile, assertAccessible, tabTo, stored, createByKeyboard,
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

test('undo and redo a sentence at a time, and an undone delete', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await createByKeyboard(page, 'Dorpsstad');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Eerste zin.');
  await page.waitForTimeout(1700); // a pause: the next sentence is a new step
  await page.keyboard.type(' Tweede zin.');
  // Leave the text fields (inside one, Ctrl+Z is the browser's own undo of the typing).
  await tabTo(page, '#sw-exporteer');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('#sw-opgave')?.value === 'Eerste zin.');
  assert.match(await page.locator('.notices').innerText(), /ongedaan gemaakt/);
  await tabTo(page, '#sw-exporteer');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('#sw-opgave')?.value === '');
  assert.equal((await stored(page)).samenwerkingen[0].opgave, '');
  await tabTo(page, '#sw-exporteer');
  await page.keyboard.press('Control+y');
  await page.waitForFunction(() => document.querySelector('#sw-opgave')?.value === 'Eerste zin.');
  assert.equal((await stored(page)).samenwerkingen[0].opgave, 'Eerste zin.');
  await assertAccessible(page, 'history tools');

  // Delete it, then take the delete back with the button, by keyboard.
  await tabTo(page, '.samenwerking-page button.danger, button.danger', 120);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.confirm button.danger');
  await page.locator('.confirm button.danger').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/');
  assert.equal((await stored(page)).samenwerkingen.length, 0);
  await tabTo(page, '#ongedaan', 120);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.samenwerking-item');
  const ws = await stored(page);
  assert.equal(ws.samenwerkingen.length, 1);
  assert.equal(ws.samenwerkingen[0].opgave, 'Eerste zin.');
  p.assertOnlyOwnOrigin();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('automatic backups: listed on the overview and put back by keyboard', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await createByKeyboard(page, 'Dorpsstad');
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Bewaard werk.');
  await stored(page);
  // The first save of the day made a daily backup.
  await page.goto(`${server.origin}/#/`);
  await page.waitForSelector('#reserve-kop');
  assert.match(await page.locator('.backup-list').innerText(), /dagelijks \(Dorpsstad\)/);
  // Delete: a backup "vóór verwijderen" appears; putting it back brings everything back.
  await page.locator('.samenwerking-item button.danger').focus();
  await page.keyboard.press('Enter');
  await page.locator('.confirm button.danger').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.samenwerking-item'));
  await page.waitForFunction(() => /vóór verwijderen \(Dorpsstad\)/.test(document.querySelector('.backup-list')?.innerText ?? ''));
  await assertAccessible(page, 'backups');
  const item = page.locator('.backup-list li', { hasText: 'vóór verwijderen' }).first();
  await tabTo(page, '.backup-list li:first-child button', 120);
  assert.match(await item.innerText(), /vóór verwijderen/);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.backup-list .confirm');
  await assertAccessible(page, 'restore question');
  await page.keyboard.press('Shift+Tab'); // from "Annuleren" to "Ja, terugzetten"
  await page.keyboard.press('Enter');
  await page.waitForSelector('.samenwerking-item');
  const ws = await stored(page);
  assert.equal(ws.samenwerkingen[0].opgave, 'Bewaard werk.');
  assert.match(await page.locator('.backup-list').innerText(), /vóór terugzetten/);
  assert.deepEqual(p.errors, []);
  await p.context.close();
});
