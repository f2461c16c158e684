// End-to-end: "Antwoorden scannen" on a scan's Verzamelen tab. Chromium gets a fake camera that
// plays QR codes (e2e/y4m.mjs) holding answer codes as the phones show them (written by the core,
// crates/core/examples/answer_codes.rs); the app opens the camera only on the button, hands
// frames to the decoder worker (crates/qr-reader, loaded only then), collects the codes (a
// series too) and merges each whole answer as an answer file: added, refused for another
// scan, and a newer answer of the same participant replacing the older after the question. By
// mouse and by keyboard; the decoded frames per second are printed; a refused camera, no camera
// and a reader that does not load each give the Dutch message with the other ways; the one-file
// edition and an offline visit scan too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve, launchWith, newProfile, assertAccessible, tabTo, noticeText, stored, artifacts } from './helpers.mjs';
import { writeY4m } from './y4m.mjs';


/** The codes a phone shows for each answer, from the core (one list per answer). */
function answerCodes(answers) {
  const run = spawnSync('cargo', ['run', '--quiet', '--locked', '-p', 'vitaal-core', '--example', 'answer_codes'], {
    input: JSON.stringify(answers), encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

const TIJD = 'voldoende-tijd';
const OPEN = 'openheid-en-vertrouwen';
// A remark (within the 1000 characters a remark may have) that compresses badly, so that its
// answer needs a series of codes.
const WORDS = ['overleg', 'wijk', 'huisarts', 'mantelzorg', 'gemeente', 'buurtteam', 'vrijwilligers', 'thuiszorg',
  'budget', 'planning', 'ouderen', 'signalen', 'afspraken', 'ruimte', 'netwerk', 'vertrouwen'];
let seed = 7;
const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
const LONG = Array.from({ length: 120 }, () => WORDS[next() % WORDS.length] + (next() % 97)).join(' ').slice(0, 950);
const OTHER_WAYS = /Laat de deelnemer het antwoordbestand delen of downloaden, of vul het papieren formulier in\./;

let server;
let video;
const browsers = [];

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  video = path.join(artifacts, 'scan-camera.y4m');
  // Until the scan exists, the camera shows a white page.
  writeY4m(video, [null], { framesPerCode: 2 });
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

/** A samenwerking with one scan, by keyboard, on its Verzamelen tab; returns the ids. */
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
  await watchStatus(page);
  return { samenwerking: sw.id, scan: sw.scans[0].id };
}

async function watchStatus(page) {
  // Every text the status line shows, in order.
  await page.evaluate(() => {
    window.statusTexts = [];
    const el = document.getElementById('scan-camera-status');
    new MutationObserver(() => window.statusTexts.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
  });
}


/** Waits until the status line has said each of `texts` (regular expression sources). */
async function waitForStatus(page, texts) {
  try {
    await page.waitForFunction((sources) => sources.every((s) => window.statusTexts.some((t) => new RegExp(s).test(t))),
      texts.map((t) => t.source), { timeout: 30000 });
  } catch (e) {
    const seen = await page.evaluate(() => [...new Set(window.statusTexts)]);
    const notice = await page.locator('.notices').innerText().catch(() => '');
    assert.fail(`the status line did not say ${texts.join(', ')}; it said ${JSON.stringify(seen)}; notices: ${notice}`);
  }
}

test('scanning answer codes with the camera: by mouse and by keyboard, off the main thread, only on request', async () => {
  const browser = await browserWith(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`]);
  const p = await newProfile(browser, server.origin);
  const { page, requests } = p;
  await p.context.grantPermissions(['camera'], { origin: server.origin });
  const ids = await collectTab(p);
  assert.equal(await page.locator('#scan-camera-video').isVisible(), false, 'no preview before the button');
  // (The service worker precaches the decoder for offline use; the page itself starts no worker.)
  assert.equal(page.workers().length, 0, 'no decoder worker before the camera is opened');
  assert.equal(await page.evaluate(() => document.querySelector('video').srcObject), null);

  // Two participants (one answer in one code, one in a series of codes) and one answer to
  // another scan; the camera shows each code for a while, in a loop.
  const base = { samenwerking: ids.samenwerking, scan: ids.scan };
  const [anna, bram, foreign] = answerCodes([
    { ...base, id: 'r-anna', name: 'Anna', submitted_ms: 1000, scores: { [TIJD]: 4, [OPEN]: 2 } },
    { ...base, id: 'r-bram', submitted_ms: 1000, scores: { [TIJD]: 1 }, remarks: { [TIJD]: LONG } },
    { ...base, scan: 'scan-van-elders', id: 'r-x', submitted_ms: 1000, scores: { [TIJD]: 3 } },
  ]);
  assert.equal(anna.length, 1);
  assert.ok(bram.length >= 2, `a series: ${bram.length} codes`);
  writeY4m(video, [...anna, ...bram, ...foreign, null], { framesPerCode: 8, fps: 10 });

  // By mouse.
  await page.getByRole('button', { name: 'Antwoorden scannen' }).click();
  await page.waitForFunction(() => document.getElementById('scan-camera-status').textContent.includes('Camera aan: houd de code van de telefoon voor de camera.'), null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'scan-camera-stop', 'focus on Stop camera');
  assert.ok(await page.locator('#scan-camera-video').isVisible());
  assert.equal(page.workers().length, 1, 'the decoder worker runs while the camera is on');
  assert.ok(requests.some((u) => u.endsWith('/qr-reader_loader.js')), 'the worker came from the app\'s own files');
  await assertAccessible(page, 'scannen met de camera');
  await waitForStatus(page, [
    new RegExp(`Code 1 van ${bram.length} gelezen\\. Houd de volgende code voor de camera\\.`),
    /Antwoord toegevoegd\. Deze scan heeft nu 2 antwoorden\./,
  ]);
  assert.match(await page.locator('#scan-telling').innerText(), /2 antwoorden: 0 op dit apparaat, 2 uit antwoordbestanden/);
  assert.match(await page.locator('.scan-responses').innerText(), /Anna/);
  await page.waitForFunction(() => /andere scan/.test(document.querySelector('.notices')?.innerText ?? ''), null, { timeout: 20000 });
  assert.match(await noticeText(page), /Dit antwoordbestand hoort bij een andere scan van deze samenwerking/);
  let saved = (await stored(page)).samenwerkingen[0].scans[0].responses;
  assert.deepEqual(saved.map((r) => r.id).sort(), ['r-anna', 'r-bram']);
  assert.equal(saved.find((r) => r.id === 'r-bram').answers[TIJD].remark, LONG, 'the whole series, in one piece');

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
  await page.waitForFunction(() => document.activeElement?.id === 'scan-camera-start');
  for (let i = 0; i < 50 && page.workers().length > 0; i++) await page.waitForTimeout(100);
  assert.equal(page.workers().length, 0, 'the worker ended with the camera');

  // By keyboard: Anna shows a changed answer, filled in later (the newer one replaces hers after
  // the question), and an older changed one (not taken).
  const [annaNewer, annaOlder] = answerCodes([
    { ...base, id: 'r-anna', name: 'Anna', submitted_ms: 5000, scores: { [TIJD]: 5, [OPEN]: 2 } },
    { ...base, id: 'r-anna', name: 'Anna', submitted_ms: 500, scores: { [TIJD]: 1 } },
  ]);
  writeY4m(video, [...annaOlder, ...annaNewer, null], { framesPerCode: 8, fps: 10 });
  await page.evaluate(() => { window.statusTexts = []; });
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, '#scan-camera-start');
  await page.keyboard.press('Enter');
  await waitForStatus(page, [/Het gelezen, oudere antwoord is niet toegevoegd\./, /Het gelezen antwoord is nieuwer\./]);
  const question = page.locator('.confirm', { hasText: 'Het oude antwoord vervangen door het nieuwe?' });
  await question.waitFor();
  await assertAccessible(page, 'nieuwer antwoord: vervangen?');
  // The question's safe answer has focus; one Shift+Tab to "Ja, vervang door het nieuwe".
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'Ja, vervang door het nieuwe');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Het oude antwoord is vervangen door het nieuwe\./.test(document.querySelector('.notices')?.innerText ?? ''));
  saved = (await stored(page)).samenwerkingen[0].scans[0].responses;
  assert.equal(saved.length, 2);
  assert.equal(saved.find((r) => r.id === 'r-anna').answers[TIJD].score, 5, 'the newer answer');
  await tabTo(page, '#scan-camera-stop');
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

test('the one-file edition scans too: the decoder worker from a Blob URL, no network', async () => {
  const edition = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'vitaal-samenwerken.html');
  const html = fs.readFileSync(edition, 'utf8');
  assert.match(html, /worker-src blob:/, 'the edition allows its own Blob worker');
  const browser = await browserWith(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const foreign = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(edition).href);
  await page.waitForSelector('h1#paginatitel');
  await tabTo(page, '#nieuw-naam');
  await page.keyboard.type('Op de USB-stick');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#scan-nieuw');
  await tabTo(page, '#scan-nieuw');
  await page.keyboard.type('Stickscan');
  await page.keyboard.press('Enter');
  await page.waitForSelector('form.scan-form');
  const sw = (await stored(page)).samenwerkingen[0];
  const [codes] = answerCodes([{ samenwerking: sw.id, scan: sw.scans[0].id, id: 'r-stick', submitted_ms: 1, scores: { [TIJD]: 3 } }]);
  writeY4m(video, [...codes, null], { framesPerCode: 8, fps: 10 });
  await page.getByRole('link', { name: 'Verzamelen' }).click();
  await page.waitForSelector('#scan-camera-start');
  await watchStatus(page);
  assert.equal(page.workers().length, 0);
  await page.getByRole('button', { name: 'Antwoorden scannen' }).click();
  await waitForStatus(page, [/Antwoord toegevoegd\. Deze scan heeft nu 1 antwoord\./]);
  assert.equal(page.workers().length, 1);
  await page.getByRole('button', { name: 'Stop camera' }).click();
  assert.deepEqual(foreign, [], 'nothing left the file');
  assert.deepEqual(errors, [], 'no errors (a CSP violation counts)');
  await context.close();
});

test('offline after one visit, scanning still works: the service worker has the decoder', async () => {
  const browser = browsers[0] ?? await browserWith(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`]);
  const p = await newProfile(browser, server.origin);
  const { page, context } = p;
  await context.grantPermissions(['camera'], { origin: server.origin });
  await page.evaluate(() => navigator.serviceWorker.ready);
  const precached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('vitaal-samenwerken')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const file of ['/qr-reader_loader.js', '/qr-reader.js', '/qr-reader_bg.wasm']) assert.ok(precached.includes(file), `${file} precached`);
  await page.reload();
  await page.waitForSelector('h1#paginatitel');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
  await context.setOffline(true);
  const ids = await collectTab(p);
  const [codes] = answerCodes([{ ...ids, id: 'r-offline', submitted_ms: 1, scores: { [TIJD]: 2 } }]);
  writeY4m(video, [...codes, null], { framesPerCode: 8, fps: 10 });
  await page.getByRole('button', { name: 'Antwoorden scannen' }).click();
  await waitForStatus(page, [/Antwoord toegevoegd\. Deze scan heeft nu 1 antwoord\./]);
  await page.getByRole('button', { name: 'Stop camera' }).click();
  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await context.close();
});
