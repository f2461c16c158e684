// End-to-end: the achterban's answers come back by camera (issue 14, point 5; the file path is
// in achterban-phone.test.mjs). A phone answers the achterban-blad of Welzijn Dorpsstad and
// shows its answer code; the code, read from the phone's screenshot, plays as the laptop's camera
// (Chromium's fake capture device); "Antwoorden van telefoons ophalen" → "Camera aanzetten"
// (keyboard) reads it and writes the answers into the Revisie. The same code again changes
// nothing; a corrected answer is shown old beside new and replaced only on the facilitator's
// yes (mouse). axe clean; nothing leaves the origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  serve, launchWith, newProfile, assertAccessible, tabTo, stored, artifacts, openPhone,
} from './helpers.mjs';
import { writeY4m } from './y4m.mjs';
import { VERSLAG, samenwerkingFile } from './fixtures.mjs';

const { SW, B2 } = VERSLAG;
const video = path.join(artifacts, 'achterban-camera.y4m');
let server;
let browser;

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  // Written before each round (the camera reads the file when it starts).
  fs.writeFileSync(video, '');
  server = await serve();
  browser = await launchWith(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`]);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The text of the QR code on screen (a screenshot of the phone's code, decoded with jsQR). */
async function codeOnScreen(page) {
  const png = PNG.sync.read(await page.locator('.telefoon-codes .qr img').first().screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(found, 'a readable QR code on the phone');
  return found.data;
}

/**
 * Every code of the phone's answer: one, or a numbered series ("VA1:<sum>:<i>/<n>:…") that the
 * phone moves through by itself; read from screenshots until all n are seen.
 */
async function codesOnScreen(page) {
  const codes = new Map();
  for (let tries = 0; tries < 40; tries++) {
    const code = await codeOnScreen(page);
    const [, i, n] = /^VA1:[0-9A-F]+:(\d+)\/(\d+):/.exec(code);
    codes.set(Number(i), code);
    if (codes.size === Number(n)) return [...codes.keys()].sort((a, b) => a - b).map((k) => codes.get(k));
    await page.waitForTimeout(500);
  }
  assert.fail(`not every code of the series was seen (${codes.size})`);
}

/** Starts the laptop's camera on the achterban tab by keyboard and waits for it to run. */
async function cameraOn(page) {
  await tabTo(page, '.achterban-intake #scan-camera-start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.achterban-intake #scan-camera-stop');
}

async function cameraOff(page) {
  await page.locator('.achterban-intake #scan-camera-stop').click();
  await page.waitForSelector('.achterban-intake #scan-camera-start');
}

test('achterban answers by camera: read into the Revisie, the same code twice, a newer answer on yes', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await p.context.grantPermissions(['camera'], { origin: server.origin });
  await page.locator('#import-bestand').setInputFiles(samenwerkingFile());
  await page.waitForSelector('.samenwerking-item');
  await page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${SW}/bijeenkomst/${B2}/achterban`);
  await page.waitForSelector('.blad-qr');
  const blad = page.locator('.achterban-org', { hasText: 'Achterban-blad voor Welzijn Dorpsstad' });
  const url = await blad.locator('.blad-qr .address').innerText();

  // The phone answers two of the three questions and shows its code.
  const ph = await openPhone(browser, { url, deviceScaleFactor: 2, consoleErrors: true });
  const pp = ph.page;
  await pp.locator('#achterban-antwoord-0').tap();
  await pp.locator('#achterban-antwoord-0').fill('Een vaste contactpersoon en twee uur per maand.');
  await pp.locator('#achterban-antwoord-1').tap();
  await pp.locator('#achterban-antwoord-1').fill('Het bestuur wil eerst de kosten zien.');
  await pp.locator('#achterban-klaar').tap();
  await pp.waitForSelector('.telefoon-codes .qr img');
  const first = await codesOnScreen(pp);

  // The laptop reads it by camera (keyboard): the answers are in the Revisie, on screen.
  writeY4m(video, [...first, null]);
  await cameraOn(page);
  await page.waitForFunction(() => /2 antwoorden van Welzijn Dorpsstad toegevoegd/.test(document.querySelector('.notices')?.innerText ?? ''), null, { timeout: 20000 });
  const fields = blad.locator('.achterban-record textarea');
  assert.equal(await fields.nth(0).inputValue(), 'Een vaste contactpersoon en twee uur per maand.');
  assert.equal(await fields.nth(1).inputValue(), 'Het bestuur wil eerst de kosten zien.');
  assert.equal(await fields.nth(2).inputValue(), '');
  await assertAccessible(page, 'achterban: camera aan');
  // The same code stays in front of the camera (the video loops): read again and again, it
  // changes nothing and asks nothing.
  const status = await page.locator('.achterban-intake #scan-camera-status').innerText();
  assert.match(status, /Welzijn Dorpsstad/);
  await page.waitForTimeout(3000);
  assert.equal(await page.locator('#achterban-vervang-ja').count(), 0);
  assert.equal(await fields.nth(1).inputValue(), 'Het bestuur wil eerst de kosten zien.');
  let ws = await stored(page);
  let item = ws.samenwerkingen[0].bijeenkomsten.find((b) => b.id === B2).agenda[1];
  assert.equal(item.achterban['Welzijn Dorpsstad'], 'Het bestuur wil eerst de kosten zien.');
  await cameraOff(page);

  // The phone corrects an answer; the laptop asks, old beside new, and replaces on yes (mouse).
  await pp.locator('button:has-text("Antwoorden aanpassen")').tap();
  await pp.locator('#achterban-antwoord-1').tap();
  await pp.locator('#achterban-antwoord-1').fill('Het bestuur stemt in, de kosten zijn helder.');
  await pp.locator('#achterban-klaar').tap();
  await pp.waitForSelector('.telefoon-codes .qr img');
  const second = await codesOnScreen(pp);
  assert.notDeepEqual(second, first);
  writeY4m(video, [...second, null]);
  await cameraOn(page);
  await page.waitForSelector('#achterban-vervang-ja', { timeout: 20000 });
  const ask = await page.locator('.achterban-intake .confirm').innerText();
  assert.match(ask, /Welzijn Dorpsstad heeft andere antwoorden gestuurd/);
  assert.match(ask, /Het bestuur wil eerst de kosten zien\./);
  assert.match(ask, /Het bestuur stemt in, de kosten zijn helder\./);
  await assertAccessible(page, 'achterban: vervangen na camera');
  await page.locator('#achterban-vervang-ja').click();
  await page.waitForFunction(() => /1 antwoord van Welzijn Dorpsstad toegevoegd/.test(document.querySelector('.notices')?.innerText ?? ''));
  assert.equal(await fields.nth(1).inputValue(), 'Het bestuur stemt in, de kosten zijn helder.');
  assert.equal(await fields.nth(0).inputValue(), 'Een vaste contactpersoon en twee uur per maand.');
  await cameraOff(page);
  ws = await stored(page);
  item = ws.samenwerkingen[0].bijeenkomsten.find((b) => b.id === B2).agenda[1];
  assert.equal(item.achterban['Welzijn Dorpsstad'], 'Het bestuur stemt in, de kosten zijn helder.');

  ph.assertOnlyOwnOrigin(server.origin);
  p.assertOnlyOwnOrigin();
  assert.deepEqual(ph.errors, []);
  assert.deepEqual(p.errors, []);
  await ph.context.close();
  await p.context.close();
});
