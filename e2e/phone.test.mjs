// End-to-end: "Doe mee met je telefoon". The facilitator opens the invitation of a scan (by
// keyboard and by mouse); the beamer's QR code, read back from a screenshot with jsQR, holds the
// app's address and no personal data. A participant opens it on a phone (touch, 390 and 320 px
// wide), fills in one factor at a time, reloads midway without losing anything, and presses
// Klaar: the QR code on the phone decodes to an answer code the core reads (one code, and a
// numbered series for a long remark, with the same response id). Keyboard only on a desktop,
// axe on every screen, touch targets of at least 44 px, no request leaves the origin, offline
// after one visit, a broken invitation, the fill tab's pointer to the invitation, and the
// participant edition as one file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { invitationPayload, payloadOf, readPayload } from './invitation.mjs';
import {
  serve, launch, newProfile, assertAccessible, tabTo, stored, artifacts,
  openPhone, tapScores, assertTouchTargets, assertNoDutch,
} from './helpers.mjs';

/** What a participant taps or types into: buttons, the score choices, text fields. */
const PHONE_TARGETS = 'main button, main label.participant-choice, main input[type=text], main textarea';

let server;
let browser;

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const SW = 'sw-mfx2k1-3h9a0b';
const fixture = path.resolve('crates/core/tests/fixtures/v1.vitaal.json');
const PERSONAL = ['Anna', 'Vries', 'Jansen'];
const DEELNAME = 'vitaal-samenwerken:deelname:';

/** Decodes the QR code shown in `locator` (a screenshot of it) with jsQR. */
async function readQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(found, 'a QR code is readable on screen');
  return found.data;
}

const B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
function base45(text) {
  const out = [];
  for (let i = 0; i < text.length; i += 3) {
    const [a, b, c] = [...text.slice(i, i + 3)].map((ch) => {
      const v = B45.indexOf(ch);
      assert.ok(v >= 0, `base45 character ${ch}`);
      return v;
    });
    if (c === undefined) {
      out.push(a + b * 45);
    } else {
      const n = a + b * 45 + c * 2025;
      out.push(n >> 8, n & 0xff);
    }
  }
  return Buffer.from(out);
}

function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Checks a series of answer codes as the core's Receiver does: the `VS1:<series>:<i>/<n>:`
 * header, every part there once, the checksum over the joined parts, and the packed body
 * (deflated or not). Returns the body's text.
 */
function readSeries(codes) {
  const parts = new Map();
  let series = null;
  let of = null;
  for (const code of codes) {
    const m = code.match(/^VS1:([0-9A-F]{8}):(\d+)\/(\d+):([0-9A-Z $%*+\-./:]+)$/);
    assert.ok(m, `an answer code: ${code.slice(0, 40)}`);
    series ??= m[1];
    of ??= Number(m[3]);
    assert.equal(m[1], series, 'one series');
    assert.equal(Number(m[3]), of, 'one length');
    parts.set(Number(m[2]), base45(m[4]));
  }
  assert.equal(parts.size, of, 'every part of the series');
  const packed = Buffer.concat([...parts.keys()].sort((a, b) => a - b).map((i) => parts.get(i)));
  assert.equal(fnv1a(packed), parseInt(series, 16), 'checksum of the series');
  const body = packed[0] === 1 ? zlib.inflateRawSync(packed.subarray(1)) : packed.subarray(1);
  return { body: body.toString('utf8'), of };
}

async function assertNoSideways(page, label) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `no horizontal scroll on "${label}" (${scroll} > ${client})`);
}

async function assertBodyText(page) {
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.participant-question .hint') ?? document.querySelector('main p')).fontSize));
  assert.ok(size >= 16, `body text ${size}px`);
}

/** Only the participant's own keys: the phone's workspace, backups and journal are never touched. */
async function assertOwnStorageOnly(page) {
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.length > 0);
  for (const key of keys) assert.match(key, /^vitaal-samenwerken:deelname(-stap)?:/, `unexpected key ${key}`);
  const dbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  assert.deepEqual(dbs, [], 'no IndexedDB of the app on the phone');
}

/** The facilitator: the fixture samenwerking with a new scan, on its Verzamelen tab. */
async function facilitatorWithScan() {
  const facilitator = await newProfile(browser, server.origin);
  const { page } = facilitator;
  await page.locator('#import-bestand').setInputFiles(fixture);
  await page.waitForSelector('.samenwerking-item');
  await page.locator('.samenwerking-item h3 a').click();
  await page.waitForSelector('#scans-kop');
  await tabTo(page, '#scan-nieuw');
  await page.keyboard.type('Telefoonscan');
  await page.keyboard.press('Enter');
  await page.waitForSelector('form.scan-form');
  const scanId = (await stored(page)).samenwerkingen[0].scans[0].id;
  return { facilitator, page, scanId };
}

let invitationUrl;

test('the facilitator invites by QR code (keyboard and mouse); the code holds no personal data', async () => {
  const { facilitator, page, scanId } = await facilitatorWithScan();

  // The trap: the fill tab says it is for passing the laptop round and points to the invitation.
  const laptop = page.locator('#invullen-laptop');
  assert.match(await laptop.innerText(), /laptop van de procesbegeleider te laten rondgaan/);
  assert.match(await laptop.innerText(), /eigen telefoon/);
  await laptop.locator('a').click();
  await page.waitForSelector('#deelnemers-uitnodigen');
  assert.match(page.url(), new RegExp(`/scan/${scanId}/verzamelen$`));

  // By keyboard: the dialog opens with focus inside, Esc closes it and focus comes back.
  await tabTo(page, '#deelnemers-uitnodigen');
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.invite-dialog[open] #uitnodiging-qr');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), true, 'focus is in the dialog');
  await assertAccessible(page, 'uitnodiging');
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.invite-dialog:not([open])', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'deelnemers-uitnodigen');

  // By mouse.
  await page.locator('#deelnemers-uitnodigen').click();
  const qr = page.locator('#uitnodiging-qr');
  await qr.waitFor();
  // Large on the beamer: most of the screen's height.
  const box = await qr.boundingBox();
  assert.ok(box.height >= 600, `QR code ${box.height}px high on a 900 px screen`);
  await page.screenshot({ path: path.join(artifacts, 'phone-invitation.png') });
  invitationUrl = await readQr(qr);
  assert.ok(invitationUrl.startsWith(`${server.origin}/#/doe-mee/2`), invitationUrl);
  // The ingrediënten travel as a bit set: all sixteen is 65535, and the address stays short.
  assert.equal(readPayload(payloadOf(invitationUrl)).ingredients, 65535);
  assert.ok(invitationUrl.length < 360, `${invitationUrl.length} characters`);
  assert.equal(await page.locator('#uitnodiging-adres').innerText(), invitationUrl, 'the address is shown as text');
  for (const name of PERSONAL) assert.ok(!invitationUrl.includes(name), `no ${name} in the address`);
  // The served address is 127.0.0.1: said plainly.
  assert.match(await page.locator('#uitnodiging-localhost').innerText(), /Telefoons kunnen dit adres niet openen/);

  // Printed while the invitation is open: only the A4 handout (QR code, three steps, address).
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.invite-handout');
  assert.equal(await handout.isVisible(), true);
  assert.equal(await page.locator('.invite-screen').isVisible(), false);
  assert.equal(await page.locator('#scan-ontvangen-kop').isVisible(), false);
  assert.equal(await handout.locator('ol li').count(), 3);
  assert.match(await handout.innerText(), /Tik op Klaar/);
  await page.screenshot({ path: path.join(artifacts, 'phone-handout-print.png') });
  assert.equal(await readQr(handout.locator('img')), invitationUrl);
  await page.emulateMedia({ media: 'screen' });

  // The participant edition: one file with only the invitation.
  const download = page.waitForEvent('download');
  await page.locator('#deelnemersversie').click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^telefoonscan-deelnemers\.html$/);
  const edition = path.join(artifacts, file.suggestedFilename());
  await file.saveAs(edition);
  const html = fs.readFileSync(edition, 'utf8');
  assert.match(html, /<script type="application\/json" id="vitaal-ingesloten">\{"uitnodiging":"2[A-Za-z0-9_-]+"\}<\/script>/);
  const embedded = html.match(/id="vitaal-ingesloten">([^<]*)</)[1];
  for (const name of PERSONAL) assert.ok(!embedded.includes(name), `no ${name} in the edition`);

  await page.locator('#uitnodiging-sluiten').click();
  await page.waitForSelector('dialog.invite-dialog:not([open])', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'deelnemers-uitnodigen');
  facilitator.assertOnlyOwnOrigin();
  assert.deepEqual(facilitator.errors, []);

  // The edition opens from file:// straight into the participant's page.
  const fromFile = await browser.newContext();
  const filePage = await fromFile.newPage();
  await filePage.goto(`file://${edition}`);
  await filePage.waitForSelector('#deelnemer-beginnen', { timeout: 20000 });
  assert.match(await filePage.locator('h1').innerText(), /Telefoonscan/);
  assert.equal(await filePage.locator('nav').count(), 0);
  await fromFile.close();
  await facilitator.context.close();
});

let firstBody;

test('a participant fills in by touch, reloads midway, and shows the answer as a QR code', async () => {
  assert.ok(invitationUrl, 'the invitation test ran first');
  const p = await openPhone(browser, { width: 390 });
  const { page } = p;
  // The page's own requests (the service worker then precaches the whole app, for offline use).
  const loaded = [];
  page.on('request', (r) => { if (/\.(wasm|js)$/.test(new URL(r.url()).pathname)) loaded.push(r.url()); });
  await page.goto(invitationUrl);
  await page.waitForSelector('#deelnemer-beginnen');
  // The phone downloads the phone pages' own small app, never the facilitator's.
  assert.ok(loaded.some((u) => /\/deelnemer-[0-9a-f]{16}_bg\.wasm$/.test(u)), `the phone app's wasm: ${loaded.join(', ')}`);
  assert.deepEqual(loaded.filter((u) => /vitaal-samenwerken/.test(u)), [], 'nothing of the facilitator\'s app');
  // Only the participant's page: no menu, no samenwerkingen of the phone.
  assert.equal(await page.locator('nav').count(), 0);
  assert.equal(await page.locator('#app-shell').count(), 0);
  assert.match(await page.locator('h1').innerText(), /Ingrediëntenscan: Telefoonscan/);
  assert.match(await page.locator('.participant-samenwerking').innerText(), /Samen ouder worden in Dorpsstad/);
  assert.match(await page.title(), /Telefoonscan/);
  await assertAccessible(page, 'deelnemer: over jou');
  await assertTouchTargets(page, 'deelnemer: over jou', PHONE_TARGETS);
  await assertNoSideways(page, 'deelnemer: over jou');

  await page.locator('#deelnemer-naam').tap();
  await page.keyboard.type('Bea');
  await page.locator('label.participant-choice', { hasText: 'KBO-PCOB afdeling Dorpsstad' }).tap();
  await page.locator('#deelnemer-beginnen').tap();
  await page.waitForSelector('#factor-kop');
  assert.equal(await page.locator('#deelnemer-stap').innerText(), 'Factor 1 van 5');
  await assertAccessible(page, 'deelnemer: factor 1');
  await assertTouchTargets(page, 'deelnemer: factor 1', PHONE_TARGETS);
  await assertNoSideways(page, 'deelnemer: factor 1');
  await assertBodyText(page);

  const first = await tapScores(page, 4);
  const remark = page.locator(`#dt-${first[0].slice(2)}`);
  await remark.tap();
  await page.keyboard.type('Goed gesprek.');
  assert.match(await page.locator('#deelnemer-beantwoord').innerText(), new RegExp(`^${first.length} van de 16 ingrediënten beantwoord$`));
  await page.locator('#deelnemer-volgende').tap();
  await page.waitForFunction(() => document.querySelector('#deelnemer-stap')?.textContent === 'Factor 2 van 5');
  await tapScores(page, 0);

  // A reload (or a lost tab) loses nothing: the same step, the answers and the remark.
  await page.reload();
  await page.waitForSelector('#factor-kop');
  assert.equal(await page.locator('#deelnemer-stap').innerText(), 'Factor 2 van 5');
  assert.equal(await page.locator('.participant-question input[value="0"]:checked').count() > 0, true);
  await page.locator('#deelnemer-vorige').tap();
  await page.waitForFunction(() => document.querySelector('#deelnemer-stap')?.textContent === 'Factor 1 van 5');
  assert.equal(await remark.inputValue(), 'Goed gesprek.');
  assert.equal(await page.locator(`input[name="${first[0]}"]:checked`).getAttribute('value'), '4');
  for (let step = 1; step < 5; step++) {
    await page.locator('#deelnemer-volgende').tap();
    await page.waitForFunction((n) => document.querySelector('#deelnemer-stap')?.textContent === `Factor ${n} van 5`, step + 1);
    if (step >= 2) await tapScores(page, 3);
  }
  assert.equal(await page.locator('#deelnemer-volgende').innerText(), 'Klaar');
  await page.locator('#deelnemer-volgende').tap();

  // Klaar: one QR code with the whole answer.
  const code = page.locator('#antwoord-qr');
  await code.waitFor();
  assert.match(await page.locator('#codes-uitleg').innerText(), /Laat de procesbegeleider deze code scannen/);
  await assertAccessible(page, 'deelnemer: code');
  await assertTouchTargets(page, 'deelnemer: code', PHONE_TARGETS);
  await assertNoSideways(page, 'deelnemer: code');
  const width = (await code.boundingBox()).width;
  assert.ok(width >= 300, `the code fills most of the phone's width (${width}px)`);
  await page.screenshot({ path: path.join(artifacts, 'phone-code.png') });
  const one = await readQr(code);
  assert.match(one, /^VS1:[0-9A-F]{8}:1\/1:/);
  firstBody = readSeries([one]).body;
  assert.match(firstBody, /Bea/);
  assert.match(firstBody, /KBO-PCOB afdeling Dorpsstad/);
  assert.match(firstBody, /Goed gesprek\./);
  const kept = await page.evaluate((prefix) => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith(prefix)))), DEELNAME);
  assert.ok(firstBody.includes(kept.response.id), 'the code carries the kept response id');
  assert.equal(typeof kept.sent_ms, 'number');
  assert.equal(kept.response.name, 'Bea');

  // The answer file, the same format as the laptop's.
  const download = page.waitForEvent('download');
  await page.locator('#download-antwoorden').tap();
  const file = await download;
  assert.match(file.suggestedFilename(), /^antwoord-dn-.*\.scanantwoord\.json$/);
  const saved = path.join(artifacts, file.suggestedFilename());
  await file.saveAs(saved);
  const answer = JSON.parse(fs.readFileSync(saved, 'utf8'));
  assert.equal(answer.response.id, kept.response.id);

  // Correcting: a long remark gives a numbered series, with the same response id.
  await page.locator('#antwoorden-aanpassen').tap();
  await page.waitForSelector('#factor-kop');
  const long = Array.from({ length: 90 }, (_, i) => `zin${i} ${(i * 7919 % 1000).toString(36)}q${i % 13}`).join(' ').slice(0, 950);
  await page.locator('.participant-question textarea').first().fill(long);
  await page.locator('#deelnemer-volgende').tap();
  await code.waitFor();
  const place = page.locator('#code-plaats');
  await place.waitFor();
  const n = Number((await place.innerText()).match(/^Code \d+ van (\d+)$/)[1]);
  assert.ok(n > 1, `a series of ${n} codes`);
  assert.match(await page.locator('#codes-uitleg').innerText(), new RegExp(`deze ${n} codes`));
  // It moves on by itself; the pause button stops it (WCAG 2.2.2).
  const before = await place.innerText();
  await page.waitForFunction((b) => document.querySelector('#code-plaats').textContent !== b, before, { timeout: 5000 });
  await page.locator('#code-pauze').tap();
  assert.equal(await page.locator('#code-pauze').getAttribute('aria-pressed'), 'true');
  const paused = await place.innerText();
  await page.waitForTimeout(2500);
  assert.equal(await place.innerText(), paused, 'paused');
  await assertAccessible(page, 'deelnemer: reeks');
  await assertTouchTargets(page, 'deelnemer: reeks', PHONE_TARGETS);
  const codes = [];
  for (let i = 0; i < n; i++) {
    codes.push(await readQr(code));
    await page.locator('#code-volgende').tap();
  }
  const series = readSeries(codes);
  assert.equal(series.of, n);
  assert.ok(series.body.includes(kept.response.id), 'sending again keeps the response id');
  assert.ok(series.body.includes(long), 'the long remark travels whole');

  await assertOwnStorageOnly(page);
  p.assertOnlyOwnOrigin(server.origin);
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('a participant switches to English halfway: the page speaks English and every answer is still there', async () => {
  assert.ok(invitationUrl, 'the invitation test ran first');
  const p = await openPhone(browser, { width: 390 });
  const { page } = p;
  await page.goto(invitationUrl);
  await page.waitForSelector('#deelnemer-beginnen');
  await page.locator('#deelnemer-naam').tap();
  await page.keyboard.type('Sam');
  await page.locator('#deelnemer-beginnen').tap();
  await page.waitForSelector('#factor-kop');
  const first = await tapScores(page, 2);
  const remark = page.locator(`#dt-${first[0].slice(2)}`);
  await remark.tap();
  await page.keyboard.type('Nog even over nadenken.');
  await page.locator('#deelnemer-volgende').tap();
  await page.waitForFunction(() => document.querySelector('#deelnemer-stap')?.textContent === 'Factor 2 van 5');
  // The switch, by touch, on the phone's own page.
  await page.locator('#taal-en').tap();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.waitForFunction(() => document.querySelector('#deelnemer-stap')?.textContent === 'Factor 2 of 5');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'taal-en');
  assert.match(await page.locator('h1').innerText(), /^Ingredients scan/);
  await assertAccessible(page, 'participant: factor 2 (English)');
  await assertTouchTargets(page, 'participant: factor 2 (English)', PHONE_TARGETS);
  await assertNoDutch(page, 'participant: factor 2', { typed: ['Telefoonscan', 'Samen ouder worden in Dorpsstad', 'Nog even over nadenken.'] });
  await page.locator('#deelnemer-vorige').tap();
  await page.waitForFunction(() => document.querySelector('#deelnemer-stap')?.textContent === 'Factor 1 of 5');
  assert.equal(await remark.inputValue(), 'Nog even over nadenken.');
  assert.equal(await page.locator(`input[name="${first[0]}"]:checked`).getAttribute('value'), '2');
  await p.context.close();
});

test('320 px wide: no horizontal scroll on any participant screen', async () => {
  const p = await openPhone(browser, { width: 320 });
  const { page } = p;
  await page.goto(invitationUrl);
  await page.waitForSelector('#deelnemer-beginnen');
  await assertNoSideways(page, '320: over jou');
  await assertTouchTargets(page, '320: over jou', PHONE_TARGETS);
  await page.locator('#deelnemer-beginnen').tap();
  for (let step = 1; step <= 5; step++) {
    await page.waitForFunction((n) => document.querySelector('#deelnemer-stap')?.textContent === `Factor ${n} van 5`, step);
    await assertNoSideways(page, `320: factor ${step}`);
    await assertTouchTargets(page, `320: factor ${step}`, PHONE_TARGETS);
    await tapScores(page, 2);
    await page.locator('#deelnemer-volgende').tap();
  }
  await page.locator('#antwoord-qr').waitFor();
  await assertNoSideways(page, '320: code');
  assert.match(await readQr(page.locator('#antwoord-qr')), /^VS1:/);
  p.assertOnlyOwnOrigin(server.origin);
  await p.context.close();
});

test('keyboard only on a desktop', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(invitationUrl);
  await page.waitForSelector('#deelnemer-beginnen');
  await tabTo(page, '#deelnemer-naam');
  await page.keyboard.type('Cor');
  await tabTo(page, 'input[name="deelnemer-organisatie"]');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('input[name="deelnemer-organisatie"]:checked').count(), 1);
  await tabTo(page, '#deelnemer-beginnen');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#factor-kop');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'paginatitel', 'focus at the top of the new step');
  for (let step = 1; step <= 5; step++) {
    // Each step starts with focus on the page title (moved there in the next frame).
    await page.waitForFunction((n) => document.activeElement?.id === 'paginatitel'
      && document.querySelector('#deelnemer-stap')?.textContent === `Factor ${n} van 5`, step);
    const groups = await page.locator('.participant-question input[type=radio]').evaluateAll(
      (inputs) => [...new Set(inputs.map((i) => i.name))],
    );
    for (const group of groups) {
      await tabTo(page, `input[name="${group}"]`);
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.locator(`input[name="${group}"]:checked`).getAttribute('value'), '3');
    }
    await tabTo(page, '#deelnemer-volgende');
    await page.keyboard.press('Enter');
  }
  await page.locator('#antwoord-qr').waitFor();
  const body = readSeries([await readQr(page.locator('#antwoord-qr'))]).body;
  assert.match(body, /Cor/);
  await context.close();
});

test('offline after one visit', async () => {
  const p = await openPhone(browser, { width: 390 });
  const { page, context } = p;
  await page.goto(invitationUrl);
  await page.waitForSelector('#deelnemer-beginnen');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 }).catch(async () => {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
  });
  await page.waitForSelector('#deelnemer-beginnen');
  // The phone precached what its page needs, not the facilitator's app (about 650 KB brotli),
  // the QR decoder or the one-file edition.
  const cached = await page.evaluate(async () => {
    const paths = [];
    for (const name of await caches.keys()) {
      for (const r of await (await caches.open(name)).keys()) paths.push(new URL(r.url).pathname);
    }
    return paths;
  });
  assert.ok(cached.some((p) => /\/deelnemer-[0-9a-f]{16}_bg\.wasm$/.test(p)), `cached: ${cached.join(', ')}`);
  assert.deepEqual(cached.filter((p) => /vitaal-samenwerken|qr-reader|werkbladen|voorbeeld/.test(p)), []);
  await page.locator('#deelnemer-naam').fill('Dirk');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#deelnemer-beginnen');
  assert.equal(await page.locator('#deelnemer-naam').inputValue(), 'Dirk');
  await page.locator('#deelnemer-beginnen').tap();
  await page.waitForSelector('#factor-kop');
  await context.setOffline(false);
  await context.close();
});

test('a broken invitation says so in Dutch, and nothing else', async () => {
  const p = await openPhone(browser, { width: 390 });
  const { page } = p;
  await page.goto(`${server.origin}/#/doe-mee/1AAAAzz`);
  await page.waitForSelector('h1.participant-error');
  assert.match(await page.locator('h1').innerText(), /niet compleet of beschadigd/);
  assert.equal(await page.locator('nav').count(), 0);
  assert.equal(await page.locator('main button').count(), 0);
  await assertAccessible(page, 'kapotte uitnodiging');
  // A newer app's invitation.
  await page.goto(`${server.origin}/#/doe-mee/9abc`);
  await page.waitForFunction(() => /nieuwere versie/.test(document.querySelector('h1')?.textContent ?? ''));
  // An invitation of the older encoding (a handout printed before) still opens.
  await page.goto(`${server.origin}/#/doe-mee/${invitationPayload({ encoding: 1 })}`);
  await page.waitForSelector('#deelnemer-beginnen');
  assert.match(await page.locator('.participant-samenwerking').innerText(), /Ommen: goed ouder worden/);
  p.assertOnlyOwnOrigin(server.origin);
  await p.context.close();
});

test('the participant route: the shell shows the header and the scan\'s intro (no facilitator overview), then no jump', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/*.wasm', async (route) => { await held; return route.continue(); });
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(invitationUrl, { waitUntil: 'domcontentloaded' });
  await page.locator('#app-shell .brand-name').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#app-shell nav').isVisible(), false, 'no menu in the shell');
  // Not the overview: the part of the scan's first step that is the same for every invitation,
  // so the phone reads what this is while the app loads.
  assert.deepEqual(await page.locator('#app-shell h1:visible').allInnerTexts(), ['Ingrediëntenscan']);
  assert.match(await page.locator('#app-shell main.participant > p:not([class]):visible').innerText(), /^Geef bij elk ingrediënt aan/);
  assert.equal(await page.locator('#app-shell .columns').isVisible(), false, 'not the overview');
  const header = await page.locator('#app-shell .site-header').boundingBox();
  release();
  await page.waitForSelector('#deelnemer-beginnen');
  assert.equal(await page.locator('#app-shell').count(), 0);
  assert.equal(await page.locator('.site-header').count(), 1);
  const after = await page.locator('.site-header').boundingBox();
  assert.deepEqual([after.x, after.y, after.width, after.height].map(Math.round), [header.x, header.y, header.width, header.height].map(Math.round));
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  assert.ok(shift <= 0.02, `layout shift ${shift} > 0.02`);
  await context.close();
});

test('one tab: the invitation\'s address starts the phone app, the app\'s own address the facilitator\'s again', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  // The page's own requests (not the service worker's precaching).
  const wasm = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.endsWith('.wasm')) wasm.push(path.basename(new URL(r.url()).pathname)); });
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('h1#paginatitel');
  assert.match(wasm.join(' '), /^vitaal-samenwerken-[0-9a-f]+_bg\.wasm$/);
  // The address typed or pasted into the same tab: the page loads again, with the small app.
  await page.evaluate((hash) => { location.hash = hash; }, new URL(invitationUrl).hash);
  await page.waitForSelector('#deelnemer-beginnen');
  assert.match(wasm.at(-1), /^deelnemer-[0-9a-f]{16}_bg\.wasm$/);
  assert.equal(await page.locator('nav').count(), 0);
  // Back to the app's own address: the facilitator's app again, with its menu.
  await page.evaluate(() => { location.hash = '#/'; });
  await page.waitForSelector('nav a[href="#/"]');
  await page.waitForSelector('h1#paginatitel');
  assert.match(wasm.at(-1), /^vitaal-samenwerken-[0-9a-f]+_bg\.wasm$/);
  await context.close();
});
