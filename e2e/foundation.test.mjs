// End-to-end: a facilitator creates a samenwerking by keyboard, reloads, exports it, and a
// participant imports the file in a fresh browser profile. Bad files are refused in Dutch.
// axe-core runs on every screen; no request may leave the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, newProfile, assertAccessible, tabTo, assertVisibleFocus, noticeText, stored, artifacts, waitForSaved,
} from './helpers.mjs';

let server;
let browser;
let exportedFile; // path of the file exported in the first test

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('create a samenwerking by keyboard, reload, export', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await assertAccessible(page, 'overzicht (leeg)');

  // The skip link is the first stop and is visible when focused.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Naar de inhoud');
  await assertVisibleFocus(page);

  // Create.
  await tabTo(page, '#nieuw-naam');
  await assertVisibleFocus(page);
  await page.keyboard.type('Samen ouder worden in Dorpsstad');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#sw-naam');
  assert.match(await page.evaluate(() => location.hash), /^#\/samenwerking\/sw-/);
  assert.equal(await page.locator('h1').innerText(), 'Samen ouder worden in Dorpsstad');
  assert.equal(await page.title(), 'Samen ouder worden in Dorpsstad – Vitaal Samenwerken');
  assert.match(await noticeText(page), /is aangemaakt/);
  // Focus moved to the page heading after navigation.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'paginatitel');

  // Opgave.
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type('Hoe zorgen we voor goed ouder worden in onze gemeente?');
  // Written by the app on its own, shortly after typing stops.
  await waitForSaved(page, 'Hoe zorgen we voor goed ouder worden in onze gemeente?');

  // Route: radio buttons are reached with Tab and chosen with the arrow keys / space.
  // Tab lands on the checked option ("Nog niet gekozen", the first); arrows move the choice.
  await tabTo(page, 'input[name=route]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'route-geen');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#route-flexibel-meebewegen').isChecked(), true);

  // Two partners through the add form.
  const addPartner = async (name, org, kindSteps, ringSteps) => {
    await tabTo(page, '#partner-naam');
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(org);
    await page.keyboard.press('Tab');
    for (let i = 0; i < kindSteps; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    for (let i = 0; i < ringSteps; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Partner toevoegen');
    await page.keyboard.press('Enter');
  };
  await addPartner('Anna de Vries', 'Welzijn Dorpsstad', 0, 0);
  await page.waitForSelector('table.partners tbody tr');
  assert.match(await noticeText(page), /Anna de Vries \(Welzijn Dorpsstad\)” is toegevoegd/);
  // Focus returns to the name field for the next partner.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'partner-naam');
  await addPartner('Meneer Jansen', '', 2, 2);
  assert.equal(await page.locator('table.partners tbody tr').count(), 2);
  await assertAccessible(page, 'samenwerking');

  const data = await stored(page);
  const s = data.samenwerkingen[0];
  assert.equal(s.opgave, 'Hoe zorgen we voor goed ouder worden in onze gemeente?');
  assert.equal(s.route, 'flexibel-meebewegen');
  assert.deepEqual(s.partners.map((x) => [x.name, x.organisation, x.kind, x.ring]), [
    ['Anna de Vries', 'Welzijn Dorpsstad', 'formeel', 'kerngroep'],
    ['Meneer Jansen', '', 'inwoner-oudere', 'vrije-ruimte'],
  ]);

  // Reload: nothing is lost, the same screen comes back.
  await page.reload();
  await page.waitForSelector('#sw-naam');
  assert.equal(await page.locator('#sw-opgave').inputValue(), 'Hoe zorgen we voor goed ouder worden in onze gemeente?');
  assert.equal(await page.locator('#route-flexibel-meebewegen').isChecked(), true);
  assert.equal(await page.locator('table.partners tbody tr').count(), 2);

  // Rename by typing: saved at once.
  await tabTo(page, '#sw-naam');
  await page.keyboard.press('End');
  await page.keyboard.type(' 2027');
  assert.equal((await stored(page)).samenwerkingen[0].name, 'Samen ouder worden in Dorpsstad 2027');
  assert.equal(await page.locator('h1').innerText(), 'Samen ouder worden in Dorpsstad 2027');

  // Export by keyboard.
  await tabTo(page, '#sw-exporteer');
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloadPromise;
  assert.equal(download.suggestedFilename(), 'samen-ouder-worden-in-dorpsstad-2027.vitaal.json');
  exportedFile = path.join(artifacts, download.suggestedFilename());
  await download.saveAs(exportedFile);
  const file = JSON.parse(fs.readFileSync(exportedFile, 'utf8'));
  assert.equal(file.format, 'vitaal-samenwerken');
  assert.equal(file.version, 6);
  assert.equal(file.samenwerking.partners.length, 2);

  // The overview lists it; the model screen is reachable from the menu.
  await tabTo(page, 'nav a[href="#/"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.samenwerking-item');
  // The export message belonged to the previous screen.
  assert.equal(await noticeText(page), '');
  await assertAccessible(page, 'overzicht (met samenwerking)');
  await page.screenshot({ path: path.join(artifacts, 'overzicht.png') });

  await tabTo(page, 'nav a[href="#/gespreksmodel"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.ingredient');
  assert.equal(await page.locator('section.factor').count(), 5);
  assert.equal(await page.locator('article.ingredient').count(), 16);
  assert.equal(await page.locator('article.ingredient').first().locator('.checkvragen li').count(), 3);
  await assertAccessible(page, 'gespreksmodel');
  // Open an explanation by keyboard.
  await tabTo(page, 'article.ingredient summary');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('article.ingredient details').first().evaluate((d) => d.open), true);
  await assertAccessible(page, 'gespreksmodel (toelichting open)');

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('import into a fresh profile; a clash asks before anything is overwritten', async () => {
  assert.ok(exportedFile, 'the export test ran first');
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await tabTo(page, '#import-bestand');
  await page.locator('#import-bestand').setInputFiles(exportedFile);
  await page.waitForSelector('.samenwerking-item');
  assert.match(await noticeText(page), /is geïmporteerd/);
  let data = await stored(page);
  assert.equal(data.samenwerkingen.length, 1);
  assert.equal(data.samenwerkingen[0].partners.length, 2);
  assert.equal(data.samenwerkingen[0].name, 'Samen ouder worden in Dorpsstad 2027');

  // Change it here, then import the same file again: the app asks.
  await page.locator('.samenwerking-item h3 a').click();
  await page.waitForSelector('#sw-naam');
  await page.locator('#sw-naam').fill('Lokale versie');
  await page.goto(`${server.origin}/#/`);
  await page.waitForSelector('.samenwerking-item');
  await page.locator('#import-bestand').setInputFiles(exportedFile);
  await page.waitForSelector('.confirm');
  assert.match(await page.locator('.confirm').innerText(), /„Lokale versie”/);
  // Focus is on the safe first choice; nothing has changed yet.
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Beide bewaren');
  assert.equal((await stored(page)).samenwerkingen[0].name, 'Lokale versie');
  await assertAccessible(page, 'importeren: botsing');

  // Keep both (keyboard: Enter on the focused button).
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.samenwerking-item').length === 2);
  data = await stored(page);
  assert.deepEqual(data.samenwerkingen.map((s) => s.name).sort(), ['Lokale versie', 'Samen ouder worden in Dorpsstad 2027 (kopie)']);

  // Again, and cancel: nothing changes.
  await page.locator('#import-bestand').setInputFiles(exportedFile);
  await page.waitForSelector('.confirm');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.match(await noticeText(page), /Importeren geannuleerd/);
  assert.deepEqual(await stored(page), data);

  // Again, and replace: the local version becomes the file's.
  await page.locator('#import-bestand').setInputFiles(exportedFile);
  await page.waitForSelector('.confirm');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Vervangen door het bestand');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.confirm'));
  data = await stored(page);
  assert.deepEqual(data.samenwerkingen.map((s) => s.name).sort(), ['Samen ouder worden in Dorpsstad 2027', 'Samen ouder worden in Dorpsstad 2027 (kopie)']);

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('bad files get a clear Dutch message and change nothing', async () => {
  assert.ok(exportedFile);
  const good = fs.readFileSync(exportedFile, 'utf8');
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await page.locator('#import-bestand').setInputFiles(exportedFile);
  await page.waitForSelector('.samenwerking-item');
  const before = JSON.stringify(await stored(page));

  const cases = [
    ['kapot.vitaal.json', 'dit is {geen json', /geen geldige JSON/],
    ['ander.json', JSON.stringify({ type: 'excalidraw', elements: [] }), /geen Vitaal Samenwerken-bestand/],
    ['nieuw.vitaal.json', good.replace(/"version":\s*\d+/, '"version": 7'), /nieuwere versie van Vitaal Samenwerken \(bestandsversie 7/],
    ['script.vitaal.json', good.replace('"Anna de Vries"', '"<script>window.__xss = 1</script>"'), /HTML-code/],
    ['img.vitaal.json', good.replace('"Welzijn Dorpsstad"', '"<img src=x onerror=window.__xss=1>"'), /HTML-code/],
    ['groot.vitaal.json', `{"format":"vitaal-samenwerken","x":"${'x'.repeat(6 * 1024 * 1024)}"}`, /te groot \(6,1 MB\); het maximum is 5,0 MB/],
    ['diep.vitaal.json', '['.repeat(5000) + ']'.repeat(5000), /te diep genest/],
  ];
  for (const [name, contents, message] of cases) {
    await page.locator('#import-bestand').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
    await page.waitForFunction(() => document.querySelector('.notice-error'));
    const text = await noticeText(page);
    assert.match(text, message, name);
    assert.match(text, /Er is niets geïmporteerd of veranderd\./, name);
    assert.equal(JSON.stringify(await stored(page)), before, name);
    assert.equal(await page.locator('.samenwerking-item').count(), 1, name);
    await assertAccessible(page, `foutmelding ${name}`);
    await page.getByRole('button', { name: 'Melding sluiten' }).click();
  }
  // No injected element ever reached the DOM.
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('delete asks first, by keyboard, and cancel keeps everything', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await tabTo(page, '#nieuw-naam');
  await page.keyboard.type('Tijdelijk');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#sw-naam');
  await tabTo(page, 'nav a[href="#/"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.samenwerking-item');

  await tabTo(page, '.samenwerking-item button.danger');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.confirm');
  // Focus is on "Annuleren": Enter does the safe thing.
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Annuleren');
  await assertAccessible(page, 'verwijderen bevestigen');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.confirm').count(), 0);
  assert.equal((await stored(page)).samenwerkingen.length, 1);

  await tabTo(page, '.samenwerking-item button.danger');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.confirm');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.samenwerking-item'));
  assert.equal((await stored(page)).samenwerkingen.length, 0);
  assert.match(await noticeText(page), /„Tijdelijk” is verwijderd/);

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});
