// End-to-end: "Antwoorden scannen" on a scan's Verzamelen tab. Chromium gets a fake camera that
// plays QR codes (e2e/y4m.mjs); the app opens the camera only on the button, hands frames to the
// decoder worker (crates/qr-reader, loaded only then) and shows what each code held. By mouse and
// by keyboard; the decoded frames per second are printed; a refused camera, no camera and a
// reader that does not load each give the Dutch message with the other ways to hand in answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, newProfile, assertAccessible, tabTo, noticeText, stored, artifacts } from './helpers.mjs';
import { writeY4m } from './y4m.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
const launchWith = (extra) => chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [...ARGS, ...extra],
});

// Three codes of different lengths (the status line says how long each one was, until the
// answer format of the phone page is wired), the longest a dense code.
const CODES = [
  'VS-test kort antwoord',
  `VS-test middel ${'0123456789'.repeat(10)}`,
  `VS-test lang ${'abcdefghijklmnopqrstuvwxyz0123'.repeat(10)}`,
];
const LENGTHS = CODES.map((c) => [...c].length);
const OTHER_WAYS = /Laat de deelnemer het antwoordbestand delen of downloaden, of vul het papieren formulier in\./;

let server;
let video;
const browsers = [];

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  video = writeY4m(path.join(artifacts, 'scan-camera.y4m'), [...CODES, null], { framesPerCode: 8, fps: 10 });
  server = await serve();
});

after(async () => {
  for (const b of browsers) await b.close();
  await server?.close();
});

async function browserWith(extra) {
  const b = await launchWith(extra);
  browsers.push(b);
  return b;
}

/** A samenwerking with one scan, by keyboard, on its Verzamelen tab. */
async function collectTab(p) {
  const { page } = p;
  await tabTo(page, '#nieuw-naam');
  await page.keyboard.type('Camerasamenwerking');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#scan-nieuw');
  await tabTo(page, '#scan-nieuw');
  await page.keyboard.type('Telefoonscan');
  await page.keyboard.press('Enter');
  await page.waitForSelector('form.scan-form');
  const ws = await stored(page);
  const sw = ws.samenwerkingen[0];
  await page.goto(`${server.origin}/#/samenwerking/${sw.id}/scan/${sw.scans[0].id}/verzamelen`);
  await page.waitForSelector('#scan-camera-start');
  // Every text the status line shows, in order.
  await page.evaluate(() => {
    window.statusTexts = [];
    const el = document.getElementById('scan-camera-status');
    new MutationObserver(() => window.statusTexts.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
  });
}


async function waitForAllCodes(page) {
  await page.waitForFunction((lengths) => lengths.every((n) => window.statusTexts.some((t) => t.includes(`Code gelezen: ${n} tekens.`))),
    LENGTHS, { timeout: 30000 });
}

test('scanning QR codes with the camera: by mouse and by keyboard, off the main thread, only on request', async () => {
  const browser = await browserWith(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`]);
  const p = await newProfile(browser, server.origin);
  const { page, requests } = p;
  await p.context.grantPermissions(['camera'], { origin: server.origin });
  await collectTab(p);
  assert.equal(await page.locator('#scan-camera-video').isVisible(), false, 'no preview before the button');
  // (The service worker precaches the decoder for offline use; the page itself starts no worker.)
  assert.equal(page.workers().length, 0, 'no decoder worker before the camera is opened');
  assert.equal(await page.evaluate(() => document.querySelector('video').srcObject), null);

  // By mouse.
  await page.getByRole('button', { name: 'Antwoorden scannen' }).click();
  await page.waitForFunction(() => document.getElementById('scan-camera-status').textContent.includes('Camera aan: houd de code van de telefoon voor de camera.'), null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'scan-camera-stop', 'focus on Stop camera');
  assert.ok(await page.locator('#scan-camera-video').isVisible());
  await assertAccessible(page, 'scannen met de camera');
  await waitForAllCodes(page);
  assert.equal(page.workers().length, 1, 'the decoder worker runs while the camera is on');
  assert.ok(requests.some((u) => u.endsWith('/qr-reader_loader.js')), 'the worker came from the app\'s own files');

  // Frames per second the worker answered, measured in the page.
  const f0 = Number(await page.locator('#scan-camera-video').getAttribute('data-frames'));
  const t0 = Date.now();
  // Meanwhile the page keeps answering: the longest gap between two animation frames.
  const gap = await page.evaluate(() => new Promise((resolve) => {
    let last = performance.now();
    let worst = 0;
    const end = last + 3000;
    const step = (now) => {
      worst = Math.max(worst, now - last);
      last = now;
      if (now < end) requestAnimationFrame(step); else resolve(worst);
    };
    requestAnimationFrame(step);
  }));
  const f1 = Number(await page.locator('#scan-camera-video').getAttribute('data-frames'));
  const fps = (f1 - f0) / ((Date.now() - t0) / 1000);
  console.log(`# decoded frames per second: ${fps.toFixed(1)} (${f1 - f0} frames); longest main-thread frame gap while scanning: ${gap.toFixed(0)} ms`);
  assert.ok(fps >= 5, `at least 5 decoded frames per second, got ${fps.toFixed(1)}`);

  // Stop camera, by mouse: every track ended, the preview gone, focus back on the button.
  await page.evaluate(() => { window.cameraTracks = document.querySelector('video').srcObject.getTracks(); });
  await page.getByRole('button', { name: 'Stop camera' }).click();
  assert.equal(await page.evaluate(() => window.cameraTracks.every((t) => t.readyState === 'ended')), true, 'all tracks stopped');
  assert.equal(await page.evaluate(() => document.querySelector('video').srcObject), null);
  assert.equal(await page.locator('#scan-camera-video').isVisible(), false);
  assert.match(await page.locator('#scan-camera-status').innerText(), /Camera uit\./);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'scan-camera-start');
  await page.waitForFunction(() => true);
  for (let i = 0; i < 50 && page.workers().length > 0; i++) await page.waitForTimeout(100);
  assert.equal(page.workers().length, 0, 'the worker ended with the camera');

  // By keyboard: the same codes are read again in a new session.
  await page.evaluate(() => { window.statusTexts = []; });
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, '#scan-camera-start');
  await page.keyboard.press('Enter');
  await waitForAllCodes(page);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'scan-camera-stop');
  await page.evaluate(() => { window.cameraTracks = document.querySelector('video').srcObject.getTracks(); });
  await page.keyboard.press('Space');
  await page.waitForFunction(() => window.cameraTracks.every((t) => t.readyState === 'ended'));

  // Leaving the tab while the camera runs lets the camera go (on_cleanup).
  await page.locator('#scan-camera-start').click();
  await page.waitForFunction(() => document.querySelector('video').srcObject !== null, null, { timeout: 15000 });
  await page.evaluate(() => { window.cameraTracks = document.querySelector('video').srcObject.getTracks(); });
  await page.getByRole('link', { name: 'Papieren ronde' }).click();
  await page.waitForFunction(() => !document.getElementById('scan-camera-start'));
  assert.equal(await page.evaluate(() => window.cameraTracks.every((t) => t.readyState === 'ended')), true, 'tracks stopped on leaving');

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('a refused camera, no camera and a reader that does not load: a Dutch message with the other ways', async () => {
  // Refused: a camera, but the permission is not given.
  const refusing = await browserWith(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  let p = await newProfile(refusing, server.origin);
  await p.context.grantPermissions([], { origin: server.origin });
  await collectTab(p);
  await p.page.locator('#scan-camera-start').click();
  await p.page.waitForSelector('.notices :text("toestemming")', { timeout: 15000 });
  let notice = await noticeText(p.page);
  assert.match(notice, /De browser mag de camera niet gebruiken: de toestemming is geweigerd\./);
  assert.match(notice, OTHER_WAYS);
  assert.equal(await p.page.locator('#scan-camera-start').isVisible(), true, 'the button is back');
  await assertAccessible(p.page, 'camera geweigerd');
  p.assertOnlyOwnOrigin();
  await p.context.close();

  // No camera at all: no fake device, the prompt accepted.
  const without = await browserWith(['--use-fake-ui-for-media-stream']);
  p = await newProfile(without, server.origin);
  await collectTab(p);
  await p.page.keyboard.press('Shift+Tab');
  await tabTo(p.page, '#scan-camera-start');
  await p.page.keyboard.press('Enter');
  await p.page.waitForFunction(() => /camera/i.test(document.querySelector('.notices')?.innerText ?? ''), null, { timeout: 15000 });
  notice = await noticeText(p.page);
  console.log(`# without a camera device: ${notice.split('.')[0]}.`);
  assert.match(notice, /Er is geen camera gevonden op dit apparaat\.|De browser mag de camera niet gebruiken/);
  assert.match(notice, OTHER_WAYS);
  p.assertOnlyOwnOrigin();
  await p.context.close();

  // The reader cannot load (the worker's script is not there).
  const cameraBrowser = browsers[0];
  p = await newProfile(cameraBrowser, server.origin);
  await p.context.grantPermissions(['camera'], { origin: server.origin });
  await collectTab(p);
  // The page's way to make the worker (as the one-file edition offers it), here with a script
  // that is not there.
  await p.page.evaluate(() => { window.vitaalQrWorker = () => new Worker('./ontbreekt-qr-reader.js'); });
  await p.page.locator('#scan-camera-start').click();
  await p.page.waitForSelector('.notices :text("QR-codes leest")', { timeout: 25000 });
  notice = await noticeText(p.page);
  assert.match(notice, /Het onderdeel dat de QR-codes leest, kon niet worden geladen\./);
  assert.match(notice, OTHER_WAYS);
  assert.equal(await p.page.evaluate(() => document.querySelector('video').srcObject), null, 'the camera is let go');
  await p.context.close();
});
