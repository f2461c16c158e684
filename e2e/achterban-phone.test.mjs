// End-to-end: the achterban of a BARB meeting answers on a phone (issue 14, point 5).
// - Every achterban-blad carries an invitation QR; the address it holds is shown beside it,
//   with a warning when phones cannot open it (here: 127.0.0.1). The invitation holds the
//   group's questions, never a person's name or the meeting's notes.
// - On a phone (390×844, touch) the organisation answers by tapping and typing; a reload loses
//   nothing; Klaar shows the answer code(s); the answer file is downloaded.
// - On the laptop the file goes into the Revisie: new answers are added; changed answers are
//   shown side by side and replaced only when the facilitator says so (keyboard); the same file
//   twice changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  serve, launch, newProfile, assertAccessible, tabTo, noticeText, stored, artifacts,
  openPhone, assertTouchTargets,
} from './helpers.mjs';
import { VERSLAG, samenwerkingFile } from './fixtures.mjs';

const { SW, B2 } = VERSLAG;
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

async function downloaded(page, selector) {
  const promise = page.waitForEvent('download');
  await page.locator(selector).tap();
  const d = await promise;
  const file = path.join(artifacts, `e2e-achterban-${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(file);
  return { file, name: d.suggestedFilename() };
}

/**
 * Taps a field (touch), then enters the text as a phone's on-screen keyboard does (`fill`
 * sends it as text input; key-by-key typing into an emulated phone was lost at random while the
 * tap's gesture was still settling).
 */
async function tapAndType(page, selector, text) {
  await page.locator(selector).tap();
  await page.waitForFunction((s) => document.activeElement?.matches(s), selector);
  await page.locator(selector).fill(text);
}

test('achterban on a phone: invitation QR on the blad, answered by touch, back into the Revisie by file', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await page.locator('#import-bestand').setInputFiles(samenwerkingFile());
  await page.waitForSelector('.samenwerking-item');
  await page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${SW}/bijeenkomst/${B2}/achterban`);
  await page.waitForSelector('.blad-qr');

  // The blad of Welzijn Dorpsstad: its QR, the address it holds, and why phones can't open it here.
  const blad = page.locator('.achterban-org', { hasText: 'Achterban-blad voor Welzijn Dorpsstad' });
  const qr = blad.locator('.blad-qr');
  assert.equal(await qr.locator('.qr img').count(), 1);
  assert.match(await qr.locator('.qr img').getAttribute('alt'), /Welzijn Dorpsstad/);
  const url = await qr.locator('.address').innerText();
  assert.ok(url.startsWith(`${server.origin}/#/achterban/1`), url);
  assert.match(await qr.innerText(), /alleen op deze computer/);
  const payload = url.split('#/achterban/')[1];
  const invitation = JSON.parse(zlib.inflateRawSync(Buffer.from(payload.slice(1), 'base64url')).toString());
  assert.equal(invitation.group, 'Welzijn Dorpsstad');
  assert.equal(invitation.vragen.length, 3);
  assert.match(invitation.vragen[0].vragen, /Wat heeft jullie organisatie nodig/);
  const data = JSON.stringify(invitation);
  for (const personal of ['Anna', 'Fatima', 'Pietersen', 'Jansen', 'vrijwilligers en het wijkteam']) {
    assert.ok(!data.includes(personal), `the invitation holds no "${personal}"`);
  }
  await assertAccessible(page, 'achterban-bladen met QR');

  // The phone opens the address: only the questions of this blad, nothing else of the app.
  const ph = await openPhone(browser, { url, deviceScaleFactor: 2, consoleErrors: true });
  const pp = ph.page;
  assert.equal(await pp.locator('h1').innerText(), 'Vragen voor je achterban');
  assert.match(await pp.locator('main').innerText(), /Welzijn Dorpsstad beantwoordt hier de vragen van de samenwerking Samen ouder worden in Dorpsstad\./);
  assert.equal(await pp.locator('.telefoon-vraag').count(), 3);
  assert.equal(await pp.locator('nav, .samenwerking-item, #import-bestand').count(), 0, 'no facilitator screens');
  await assertAccessible(pp, 'achterban op de telefoon');
  await assertTouchTargets(pp, 'achterban op de telefoon');
  const width = await pp.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no horizontal scroll (${width})`);

  // Answers by touch; kept on the phone as typed.
  await tapAndType(pp, '#achterban-antwoord-0', 'Een vaste contactpersoon en twee uur per maand.');
  await tapAndType(pp, '#achterban-antwoord-2', 'Dat lukt vanaf januari.');
  assert.equal(await pp.locator('.telefoon-vragen [role=status]').innerText(), '2 vragen beantwoord');
  await pp.reload();
  await pp.waitForSelector('#achterban-antwoord-0');
  assert.equal(await pp.locator('#achterban-antwoord-0').inputValue(), 'Een vaste contactpersoon en twee uur per maand.');
  assert.equal(await pp.locator('#achterban-antwoord-2').inputValue(), 'Dat lukt vanaf januari.');

  // Klaar: the code on screen, and the file.
  await pp.locator('#achterban-klaar').tap();
  await pp.waitForSelector('.telefoon-codes .qr img');
  assert.equal(await pp.locator('#codes-kop').innerText(), 'Laat deze code scannen');
  await assertAccessible(pp, 'achterban: code tonen');
  await assertTouchTargets(pp, 'achterban op de telefoon');
  const first = await downloaded(pp, 'button:has-text("Download antwoordbestand")');
  assert.equal(first.name, 'achterban-welzijn-dorpsstad.achterbanantwoord.json');

  // The laptop takes the file in: two answers added, shown under Welzijn Dorpsstad.
  await page.locator('#achterban-bestand').setInputFiles(first.file);
  await page.waitForFunction(() => /2 antwoorden van Welzijn Dorpsstad toegevoegd/.test(document.querySelector('.notices')?.innerText ?? ''));
  const fields = blad.locator('.achterban-record textarea');
  assert.equal(await fields.nth(0).inputValue(), 'Een vaste contactpersoon en twee uur per maand.');
  assert.equal(await fields.nth(1).inputValue(), '');
  assert.equal(await fields.nth(2).inputValue(), 'Dat lukt vanaf januari.');
  let ws = await stored(page);
  const item = ws.samenwerkingen[0].bijeenkomsten.find((b) => b.id === B2).agenda[0];
  assert.equal(item.achterban['Welzijn Dorpsstad'], 'Een vaste contactpersoon en twee uur per maand.');

  // The same file again: nothing changes.
  await page.locator('#achterban-bestand').setInputFiles(first.file);
  await page.waitForFunction(() => /staan er al/.test(document.querySelector('.notices')?.innerText ?? ''));

  // The phone corrects one answer and sends again: the laptop shows old and new, and replaces
  // only when asked (keyboard: focus is on the replace button).
  await pp.locator('button:has-text("Antwoorden aanpassen")').tap();
  await pp.locator('#achterban-antwoord-2').fill('Dat lukt vanaf februari.');
  await pp.locator('#achterban-klaar').tap();
  await pp.waitForSelector('.telefoon-codes .qr img');
  const second = await downloaded(pp, 'button:has-text("Download antwoordbestand")');
  await page.locator('#achterban-bestand').setInputFiles(second.file);
  await page.waitForSelector('#achterban-vervang-ja');
  const ask = await page.locator('.achterban-intake .confirm').innerText();
  assert.match(ask, /Welzijn Dorpsstad heeft andere antwoorden gestuurd/);
  assert.match(ask, /Dat lukt vanaf januari\./);
  assert.match(ask, /Dat lukt vanaf februari\./);
  await assertAccessible(page, 'achterban: vervangen?');
  await page.waitForFunction(() => document.activeElement?.id === 'achterban-vervang-ja');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /1 antwoord van Welzijn Dorpsstad toegevoegd/.test(document.querySelector('.notices')?.innerText ?? ''));
  assert.equal(await fields.nth(2).inputValue(), 'Dat lukt vanaf februari.');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'achterban-bestand');

  // A file of another meeting is refused in Dutch, nothing changes.
  const other = JSON.parse(fs.readFileSync(second.file, 'utf8'));
  other.antwoorden.bijeenkomst = 'bk-ander-1';
  const otherFile = path.join(artifacts, 'e2e-achterban-ander.achterbanantwoord.json');
  fs.writeFileSync(otherFile, JSON.stringify(other));
  await page.locator('#achterban-bestand').setInputFiles(otherFile);
  await page.waitForFunction(() => /andere bijeenkomst/.test(document.querySelector('.notices')?.innerText ?? ''));
  assert.match(await noticeText(page), /Er is niets veranderd/);
  ws = await stored(page);
  assert.equal(ws.samenwerkingen[0].bijeenkomsten.find((b) => b.id === B2).agenda[2].achterban['Welzijn Dorpsstad'], 'Dat lukt vanaf februari.');

  // The phone never touched its own storage of samenwerkingen, and nothing left either origin.
  const phoneKeys = await pp.evaluate(() => Object.keys(localStorage));
  assert.ok(phoneKeys.every((k) => k.startsWith('vitaal-samenwerken:achterban:')), JSON.stringify(phoneKeys));
  ph.assertOnlyOwnOrigin(server.origin);
  assert.deepEqual(ph.errors, []);
  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await ph.context.close();
  await p.context.close();
});

test('achterban on a phone: a broken invitation says so in Dutch; 320 px wide works', async () => {
  const bad = await openPhone(browser, { url: `${server.origin}/#/achterban/1AAAAkapot`, deviceScaleFactor: 2, consoleErrors: true });
  assert.match(await bad.page.locator('[role=alert]').innerText(), /niet compleet of beschadigd/);
  await assertAccessible(bad.page, 'kapotte uitnodiging');
  await bad.context.close();

  // The smallest phone: the page fits without sideways scrolling.
  const p = await newProfile(browser, server.origin);
  await p.page.locator('#import-bestand').setInputFiles(samenwerkingFile());
  await p.page.waitForSelector('.samenwerking-item');
  await p.page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${SW}/bijeenkomst/${B2}/achterban`);
  const url = await p.page.locator('.blad-qr .address').first().innerText();
  const small = await openPhone(browser, { url, width: 320, deviceScaleFactor: 2, consoleErrors: true });
  const width = await small.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `no horizontal scroll at 320 px (${width})`);
  await assertTouchTargets(small.page, 'achterban op de telefoon');
  await small.context.close();
  await p.context.close();
});
