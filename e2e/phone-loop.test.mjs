// End-to-end: the whole loop of "Doe mee met je telefoon" in a room with twelve phones and one
// laptop, no network between them.
// - The facilitator shows the invitation; its QR code, read from a screenshot with jsQR, is the
//   address the phones open.
// - Twelve participants, each in their own mobile context (touch, 390×844), fill in by tapping
//   and press Klaar. Each phone's QR code is taken as a screenshot; the screenshots become the
//   laptop's camera (Chromium's fake capture device playing a .y4m made from them).
// - The laptop's "Antwoorden scannen" reads them and counts 12 answers. One participant then
//   corrects an answer and shows the code again: still 12, the newer answer kept. A participant
//   with long remarks shows a series of three codes, read in the order 3, 1, 2.
// - axe is clean on the participant's screens and the scanning screen; nothing leaves the origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  serve, launchWith, newProfile, assertAccessible, tabTo, stored, artifacts,
  openPhone, tapScores,
} from './helpers.mjs';
import { WIDTH, HEIGHT } from './y4m.mjs';

const fixture = path.resolve('crates/core/tests/fixtures/v1.vitaal.json');
const video = path.join(artifacts, 'phone-loop-camera.y4m');
let server;
let browser;

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  // The camera plays this file; it is written before each scanning round (read when the camera
  // starts).
  fs.writeFileSync(video, '');
  server = await serve();
  browser = await launchWith(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`]);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Decodes the QR code in a PNG screenshot with jsQR. */
function decodePng(buffer) {
  const png = PNG.sync.read(buffer);
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(found, 'a readable QR code on the screenshot');
  return found.data;
}

/**
 * One luma frame (640×480, white) with the screenshot's grey values scaled to fit 440 px,
 * centred: what a webcam sees of a phone held up to it, minus the blur.
 */
function frameOf(buffer) {
  const png = PNG.sync.read(buffer);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255);
  const scale = Math.min(440 / png.width, 440 / png.height);
  const w = Math.round(png.width * scale);
  const h = Math.round(png.height * scale);
  const left = Math.floor((WIDTH - w) / 2);
  const top = Math.floor((HEIGHT - h) / 2);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const sx = Math.min(png.width - 1, Math.floor(x / scale));
      const sy = Math.min(png.height - 1, Math.floor(y / scale));
      const i = (sy * png.width + sx) * 4;
      luma[(top + y) * WIDTH + left + x] = Math.round(0.299 * png.data[i] + 0.587 * png.data[i + 1] + 0.114 * png.data[i + 2]);
    }
  }
  return luma;
}

/** Writes the fake camera's video: each screenshot for `perCode` frames, then a white frame. */
function cameraOf(screenshots, perCode = 8) {
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const parts = [Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`)];
  const white = Buffer.concat([Buffer.from('FRAME\n'), Buffer.alloc(WIDTH * HEIGHT, 255), chroma]);
  for (const shot of screenshots) {
    const frame = Buffer.concat([Buffer.from('FRAME\n'), frameOf(shot), chroma]);
    for (let i = 0; i < perCode; i++) parts.push(frame);
    parts.push(white, white);
  }
  fs.writeFileSync(video, Buffer.concat(parts));
}

/** Five remarks, one per factor, long and varied enough to need a series of three codes. */
const LONG = [
  'Wij merken dat de samenwerking pas echt loopt als iedereen de eigen achterban meeneemt en terugkoppelt wat daar leeft.',
  'De huisarts en het wijkteam zitten nog te weinig aan tafel; zonder hen missen we juist de kwetsbare ouderen in de buurt.',
  'Onze ambitie is mooi opgeschreven, maar wie trekt eraan als de projectleider vertrekt? Dat vraagt om afspraken vóór de zomer.',
  'Belangen worden zelden hardop genoemd. Een ronde "wat levert het ons op" zou veel gedoe achteraf voorkomen, denk ik.',
  'Vergaderen kost veel tijd; liever korter en vaker, met een vaste dag in de maand en een verslag binnen een week.',
];

/**
 * One participant on a phone: the invitation, name and organisation, five factors by touch
 * (scores from `scoreOf(factor)`; `remark` typed on the first question of each factor), Klaar.
 * Returns the page on its codes screen.
 */
async function participate(url, { name, organisation, scoreOf, remark = null, check = false }) {
  const p = await openPhone(browser);
  const { page } = p;
  await page.goto(url);
  await page.waitForSelector('#deelnemer-beginnen');
  if (check) await assertAccessible(page, 'deelnemer: over jou');
  if (name) {
    await page.locator('#deelnemer-naam').tap();
    await page.locator('#deelnemer-naam').fill(name);
  }
  await page.locator('label.participant-choice', { hasText: organisation }).tap();
  await page.locator('#deelnemer-beginnen').tap();
  for (let factor = 1; factor <= 5; factor++) {
    await page.waitForFunction((f) => document.querySelector('#deelnemer-stap')?.textContent === `Factor ${f} van 5`, factor);
    const groups = await tapScores(page, scoreOf(factor));
    if (remark) {
      const field = page.locator(`#dt-${groups[0].slice(2)}`);
      await field.tap();
      await field.fill(remark[factor - 1]);
    }
    if (check && factor === 1) await assertAccessible(page, 'deelnemer: factor 1');
    await page.locator('#deelnemer-volgende').tap();
  }
  await page.locator('#antwoord-qr').waitFor();
  if (check) await assertAccessible(page, 'deelnemer: code tonen');
  return p;
}

/** Screenshots of every code the phone shows (a series: paused, then one by one). */
async function codeShots(page) {
  const place = page.locator('#code-plaats');
  if (!(await place.count())) return [await page.locator('#antwoord-qr').screenshot()];
  await page.locator('#code-pauze').tap();
  const n = Number((await place.innerText()).match(/^Code \d+ van (\d+)$/)[1]);
  const shots = new Map();
  for (let i = 0; i < n; i++) {
    const at = Number((await place.innerText()).match(/^Code (\d+) van/)[1]);
    shots.set(at, await page.locator('#antwoord-qr').screenshot());
    await page.locator('#code-volgende').tap();
  }
  return [...shots.keys()].sort((a, b) => a - b).map((k) => shots.get(k));
}

async function scanRound(page, screenshots, expect) {
  cameraOf(screenshots);
  await page.evaluate(() => { window.statusTexts = []; });
  await page.locator('#scan-camera-start').click();
  try {
    await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('scan-telling')?.innerText ?? ''),
      expect.source, { timeout: 60000 });
  } finally {
    await page.locator('#scan-camera-stop').click().catch(() => {});
  }
}

test('twelve phones answer by QR code; the laptop camera counts 12; a correction replaces, a series arrives out of order', async () => {
  const facilitator = await newProfile(browser, server.origin);
  const { page } = facilitator;
  await facilitator.context.grantPermissions(['camera'], { origin: server.origin });
  await page.locator('#import-bestand').setInputFiles(fixture);
  await page.waitForSelector('.samenwerking-item');
  await page.locator('.samenwerking-item h3 a').click();
  await page.waitForSelector('#scans-kop');
  await tabTo(page, '#scan-nieuw');
  await page.keyboard.type('Scan in de zaal');
  await page.keyboard.press('Enter');
  await page.waitForSelector('form.scan-form');
  const ws = await stored(page);
  const sw = ws.samenwerkingen[0];
  await page.goto(`${server.origin}/#/samenwerking/${sw.id}/scan/${sw.scans[0].id}/verzamelen`);
  await page.waitForSelector('#deelnemers-uitnodigen');

  // The invitation on the beamer, read from a screenshot.
  await page.locator('#deelnemers-uitnodigen').click();
  const url = decodePng(await page.locator('#uitnodiging-qr').screenshot());
  assert.ok(url.startsWith(`${server.origin}/#/doe-mee/`), url);
  await page.keyboard.press('Escape');
  const organisations = await (async () => {
    const p = await openPhone(browser);
    await p.page.goto(url);
    await p.page.waitForSelector('#deelnemer-beginnen');
    const list = await p.page.locator('label.participant-choice').allInnerTexts();
    await p.context.close();
    return list.map((t) => t.trim()).filter((t) => !/Anders/.test(t));
  })();
  assert.ok(organisations.length >= 2, JSON.stringify(organisations));

  // Twelve participants; number 3 will correct an answer; number 12 writes long remarks.
  const phones = [];
  const shots = [];
  let series = null;
  for (let n = 1; n <= 12; n++) {
    const long = n === 12 ? LONG : null;
    const p = await participate(url, {
      name: n % 4 === 0 ? '' : `Deelnemer ${n}`,
      organisation: organisations[n % organisations.length],
      scoreOf: (factor) => ((n + factor) % 6),
      remark: long,
      check: n === 1,
    });
    const codes = await codeShots(p.page);
    if (n === 12) {
      assert.ok(codes.length >= 3, `long remarks make a series of at least three codes (${codes.length})`);
      series = codes;
    } else {
      assert.equal(codes.length, 1, `participant ${n}: one code`);
      shots.push(codes[0]);
    }
    const foreign = p.requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(foreign, [], `participant ${n}: no request leaves the origin`);
    assert.deepEqual(p.errors, []);
    phones.push(p);
  }

  // The laptop's camera sees the eleven single codes, then the series out of order: the last
  // code first, then the others from the first.
  await scanRound(page, [...shots, series.at(-1), ...series.slice(0, -1)], /^12 antwoorden/);
  await assertAccessible(page, 'twaalf antwoorden gescand');
  let responses = (await stored(page)).samenwerkingen[0].scans[0].responses;
  assert.equal(responses.length, 12);
  assert.ok(responses.some((r) => Object.values(r.answers).some((a) => a.remark.includes('eigen achterban'))), 'the series arrived whole');

  // Participant 3 corrects one answer and shows the code again: the laptop asks, keeps the
  // newer one, and still counts 12.
  const third = phones[2].page;
  await third.locator('#antwoorden-aanpassen').tap();
  await third.waitForSelector('#deelnemer-volgende');
  const groups = await tapScores(third, 1);
  await third.locator('#deelnemer-volgende').tap();
  await third.locator('#antwoord-qr').waitFor();
  const corrected = await codeShots(third);
  assert.equal(corrected.length, 1);
  cameraOf(corrected);
  await page.locator('#scan-camera-start').click();
  const question = page.locator('.confirm', { hasText: 'Het oude antwoord vervangen door het nieuwe?' });
  await question.waitFor({ timeout: 60000 });
  await page.locator('#scan-camera-stop').click().catch(() => {});
  await assertAccessible(page, 'gecorrigeerd antwoord: vervangen?');
  await question.getByRole('button', { name: 'Ja, vervang door het nieuwe' }).click();
  await page.waitForFunction(() => /Het oude antwoord is vervangen door het nieuwe\./.test(document.querySelector('.notices')?.innerText ?? ''));
  assert.match(await page.locator('#scan-telling').innerText(), /^12 antwoorden/);
  responses = (await stored(page)).samenwerkingen[0].scans[0].responses;
  assert.equal(responses.length, 12);
  const third3 = responses.find((r) => r.name === 'Deelnemer 3');
  const ingredient = groups[0].slice(2);
  assert.ok(ingredient in third3.answers, `${ingredient} answered`);
  assert.equal(third3.answers[ingredient].score, 1, 'the corrected, newer answer is kept');

  // The results stay hidden until revealed.
  assert.equal((await stored(page)).samenwerkingen[0].scans[0].revealed, false);

  for (const p of phones) await p.context.close();
  assert.deepEqual(facilitator.errors, []);
  facilitator.assertOnlyOwnOrigin();
  await facilitator.context.close();
});
