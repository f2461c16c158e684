// End-to-end checks of fixes in the Ingrediëntenscan and the werkbladen:
// - Ctrl+Z while the laptop goes round never takes back a participant's handed-in answers; a
//   deliberate removal (with a truthful confirmation) can be undone;
// - counts read as Dutch ("1 antwoord", "1 organisatie … is", "0 van 1 vraag");
// - the scan's name has its own card; an answer file under Importeren says where it belongs;
// - the rule behind eensgezind / wisselend / sterk verdeeld is next to the results, with the median;
// - the 1–5 scales of the werkbladen are radio groups: nothing chosen until chosen, 3 at once
//   by keyboard and by mouse; on an empty A4 form they are five boxes, no "nog niet gekozen",
//   no "actie nodig", and the forms take few pages, none of which ends with a heading;
// - long organisation names and long scan titles are not clipped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, newProfile, assertAccessible, tabTo, noticeText, stored, artifacts,
} from './helpers.mjs';
import { pdfPages } from './pdf-text.mjs';

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
const fixture = path.resolve('crates/core/tests/fixtures/v3.vitaal.json');
const A = 'openheid-en-vertrouwen';
const B = 'voldoende-tijd';

async function openSamenwerking(page, file = fixture) {
  await page.locator('#import-bestand').setInputFiles(file);
  await page.waitForSelector('.samenwerking-item');
  await tabTo(page, '.samenwerking-item h3 a');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#scans-kop');
}

function sw(ws) {
  return ws.samenwerkingen.find((s) => s.id === SW);
}

async function responses(page, scanId) {
  return sw(await stored(page)).scans.find((s) => s.id === scanId).responses.map((r) => r.id);
}

/** Makes a scan by keyboard and returns its id; the app opens the fill-in form. */
async function newScan(page, title) {
  await page.goto(`${server.origin}/#/samenwerking/${SW}`);
  await page.waitForSelector('#scan-nieuw');
  await tabTo(page, '#scan-nieuw');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await page.waitForSelector('form.scan-form');
  return sw(await stored(page)).scans.find((s) => s.title === title).id;
}

/** Puts focus outside any text field (Ctrl+Z there is the app's undo, not the browser's). */
async function focusOutsideFields(page) {
  await page.locator('h1#paginatitel').focus();
}

test('scan: answers survive Ctrl+Z, removal is undoable and says so, counts read as Dutch, rule and median shown', { timeout: 240_000 }, async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await openSamenwerking(page);
  const scanId = await newScan(page, 'Voorjaarsscan');

  // Participant 1, by keyboard: Tab into the radio group, Space, arrows; then Enter on the button.
  await tabTo(page, '#scan-organisatie');
  await page.keyboard.type('Welzijn Dorpsstad');
  await tabTo(page, `input[name="s-${A}"]`);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await tabTo(page, '.scan-submit button[type=submit]', 200);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Geef de laptop door/.test(document.querySelector('.notices')?.innerText ?? ''));
  assert.match(await noticeText(page), /Ongedaan maken haalt ingeleverde antwoorden niet weg/);
  assert.equal((await responses(page, scanId)).length, 1);

  // The next participant presses Ctrl+Z: the answer stays, and there is nothing to undo.
  await focusOutsideFields(page);
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(300);
  assert.equal((await responses(page, scanId)).length, 1, 'Ctrl+Z does not take back a handed-in answer');
  assert.equal(await page.locator('#ongedaan').isDisabled(), true, 'nothing to undo after an answer');

  // Participant 2, by mouse: click score 4 and the submit button. Ctrl+Z again: both stay.
  await page.locator(`input[name="s-${A}"][value="4"]`).click();
  await page.locator(`input[name="s-${B}"][value="3"]`).click();
  await page.locator('.scan-submit button[type=submit]').click();
  await page.waitForFunction(async () => (localStorage.getItem('vitaal-samenwerken:werkruimte') ?? '').split('"source":"laptop"').length - 1 === 2);
  await focusOutsideFields(page);
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(300);
  const two = await responses(page, scanId);
  assert.equal(two.length, 2);

  // Verzamelen: counts in Dutch, the name of the scan in its own card.
  await page.goto(`${server.origin}/#/samenwerking/${SW}/scan/${scanId}/verzamelen`);
  await page.waitForSelector('#scan-telling');
  assert.equal(await page.locator('#scan-titel').evaluate((el) => el.closest('section').querySelector('h2').textContent), 'Naam van de scan');
  assert.equal(await page.locator('#scan-beheer-kop').evaluate((h) => h.closest('section').querySelectorAll('input').length), 0, 'no rename field under "Scan verwijderen"');
  assert.match(await page.locator('.scan-responses').innerText(), /1 van de 16 ingrediënten beantwoord/);
  // Of "Resultaten tonen" and "Resultaten weer verbergen" only the one that applies shows.
  assert.deepEqual(await page.locator('#scan-tonen-kop ~ button:visible').allInnerTexts(), ['Resultaten tonen']);

  // Remove the first answer by mouse: the question says Undo brings it back (and nothing else).
  await page.locator('.scan-responses li').first().locator('button.link').click();
  const question = await page.locator('.scan-responses .confirm').innerText();
  assert.match(question, /Ongedaan maken/);
  assert.doesNotMatch(question, /kan niet ongedaan/);
  await assertAccessible(page, 'antwoord verwijderen');
  await page.locator('.scan-responses .confirm button.danger').click();
  await page.waitForFunction(() => document.querySelectorAll('.scan-responses li').length === 1);
  assert.match(await page.locator('#scan-telling').innerText(), /^1 antwoord: 1 op dit apparaat, 0 uit antwoordbestanden\./);
  assert.deepEqual(await responses(page, scanId), [two[1]]);
  // …and Ctrl+Z brings it back, on screen and in storage.
  await focusOutsideFields(page);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelectorAll('.scan-responses li').length === 2);
  assert.deepEqual(await responses(page, scanId), two);

  // Remove by keyboard: focus lands on the safe button; Shift+Tab to "Ja, verwijderen"; Enter.
  await tabTo(page, '.scan-responses li:nth-child(2) button.link', 120);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.scan-responses .confirm');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Niet verwijderen');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.scan-responses li').length === 1);
  // The Undo button, by keyboard.
  await tabTo(page, '#ongedaan', 200);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.scan-responses li').length === 2);
  assert.deepEqual(await responses(page, scanId), two);

  // Deleting the whole scan tells the truth too.
  await tabTo(page, '#scan-beheer-kop ~ button.danger, #scan-beheer-kop + button.danger', 200);
  await page.keyboard.press('Enter');
  const deleteQuestion = await page.locator('#scan-beheer-kop ~ .confirm').innerText();
  assert.match(deleteQuestion, /Ongedaan maken/);
  assert.doesNotMatch(deleteQuestion, /kan niet ongedaan/);
  await page.keyboard.press('Enter'); // the safe button has focus: nothing is deleted
  assert.ok(sw(await stored(page)).scans.some((s) => s.id === scanId), 'the scan is still there');

  // Results: counts in Dutch, the spread rule beside them, the median beside the mean.
  await page.goto(`${server.origin}/#/samenwerking/${SW}/scan/${scanId}/resultaten`);
  await page.waitForSelector('h1#paginatitel');
  await tabTo(page, 'main button.primary', 200);
  await page.keyboard.press('Enter');
  await page.waitForSelector('svg.chart');
  const main = await page.locator('main').innerText();
  assert.match(main, /^2 antwoorden \(2 op dit apparaat, 0 uit antwoordbestanden\) en 0 papieren kaartjes\./m);
  assert.match(main, /1 organisatie met minder dan 3 antwoorden is niet apart getoond \(privacy\); haar antwoorden/);
  const rule = await page.locator('#scan-regel').innerText();
  assert.match(rule, /eensgezind: .*hoogstens 0,5/);
  assert.match(rule, /wisselend: .*tussen 0,5 en 1/);
  assert.match(rule, /sterk verdeeld: .*1 of meer/);
  assert.match(rule, /te weinig antwoorden: minder dan 2 cijfers/);
  assert.equal(await page.locator('#scan-regel').isVisible(), true);
  // The link from "Waar verschillen we het meest?" leads to the rule.
  assert.equal(await page.locator('a[href="#scan-regel"]').count(), 1);
  const heads = await page.locator('table.scan-table thead th').allInnerTexts();
  assert.equal(heads[heads.indexOf('Gemiddeld') + 1], 'Mediaan');
  // A: 2 and 4 → mean 3,0, median 3,0, sterk verdeeld (stdev 1).
  const row = (await page.locator(`table.scan-table tr[data-key="${A}"]`).innerText()).split('\t').map((s) => s.trim());
  assert.deepEqual(row.slice(0, 6), ['Openheid en vertrouwen', '2', '0', '3,0', '3,0', '2–4']);
  assert.equal(row.at(-1), 'sterk verdeeld');
  assert.match(await page.locator('ol.divergence').innerText(), /gemiddeld 3,0, mediaan 3,0 \(2 antwoorden\)/);
  await assertAccessible(page, 'resultaten met de regel');

  // On the samenwerking page: a scan with one answer says "1 antwoord".
  await page.goto(`${server.origin}/#/samenwerking/${SW}/scan/${scanId}/verzamelen`);
  await page.locator('.scan-responses li').first().locator('button.link').click();
  await page.locator('.scan-responses .confirm button.danger').click();
  await page.goto(`${server.origin}/#/samenwerking/${SW}`);
  await page.waitForSelector('#scans-kop');
  assert.match(await page.locator('#scans-kop').evaluate((h) => h.closest('section').innerText), /1 antwoord · resultaten/);

  p.assertOnlyOwnOrigin();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('an answer file chosen under Importeren points to the scan and its Verzamelen tab', { timeout: 120_000 }, async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await openSamenwerking(page);
  const scanId = await newScan(page, 'Najaarsscan');
  // A participant on this device saves an answer file (by mouse).
  await page.locator(`input[name="s-${A}"][value="2"]`).click();
  const download = page.waitForEvent('download');
  await page.locator('.scan-submit button[type=button]').click();
  const file = path.join(artifacts, 'fixes-antwoord.scanantwoord.json');
  await (await download).saveAs(file);
  assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).scan, scanId);

  // Chosen under Importeren on the overview: not "geen Vitaal Samenwerken-bestand".
  await page.goto(`${server.origin}/#/`);
  await page.waitForSelector('#import-bestand');
  await page.locator('#import-bestand').setInputFiles(file);
  await page.waitForFunction(() => /antwoordbestand/.test(document.querySelector('.notices')?.innerText ?? ''));
  const here = await noticeText(page);
  assert.match(here, /Ingrediëntenscan „Najaarsscan” van „[^”]+”/);
  assert.match(here, /Verzamelen/);
  assert.doesNotMatch(here, /geen Vitaal Samenwerken-bestand/);
  const name = sw(await stored(page)).name;
  assert.ok(here.includes(`„${name}”`), `names the samenwerking: ${here}`);

  // On a device without that scan it says so, and still where the file belongs.
  const other = await newProfile(browser, server.origin);
  await other.page.locator('#import-bestand').setInputFiles(file);
  await other.page.waitForFunction(() => /antwoordbestand/.test(document.querySelector('.notices')?.innerText ?? ''));
  const elsewhere = await noticeText(other.page);
  assert.match(elsewhere, /„Najaarsscan”/);
  assert.match(elsewhere, /niet op dit apparaat/);
  assert.match(elsewhere, /Verzamelen/);
  await assertAccessible(other.page, 'antwoordbestand bij importeren');
  assert.equal((await stored(other.page))?.samenwerkingen?.length ?? 0, 0, 'nothing imported');
  await other.context.close();
  p.assertOnlyOwnOrigin();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('werkblad scales: nothing chosen until chosen, 3 directly by keyboard and by mouse', { timeout: 120_000 }, async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await openSamenwerking(page);
  // Make a Visievierluik by mouse.
  await page.locator('#werkblad-nieuw').selectOption('visievierluik');
  await page.locator('#werkblad-nieuw ~ button.primary').click();
  await page.waitForSelector('.werkblad');
  assert.equal(await page.locator('.werkblad input[type=range]').count(), 0, 'no slider');
  const belofte = '#wb-ambitie-belofte';
  // Unchosen is honest: no score checked, the line says so, nothing stored.
  assert.equal(await page.locator(`${belofte} input:checked`).count(), 0);
  assert.match(await page.locator(`${belofte}-waarde`).innerText(), /nog niet gekozen/);
  assert.match(await page.locator('.wb-product').innerText(), /Geef elk onderdeel een score/);
  // Progress counts in Dutch.
  assert.match(await page.locator('.werkblad-intro .meta').innerText(), /^0 van 7 vragen beantwoord$/);

  // Keyboard: Tab into the group (focus on 1, nothing chosen yet), two arrows: 3.
  await tabTo(page, `${belofte}-1`, 120);
  assert.equal(await page.locator(`${belofte} input:checked`).count(), 0, 'focus alone chooses nothing');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator(`${belofte}-3`).isChecked(), true);
  assert.match(await page.locator(`${belofte}-waarde`).innerText(), /3 van 5/);
  // Space on the focused option chooses it too: Tab to "Doen", Space → 1; no need to move away and back.
  await tabTo(page, '#wb-ambitie-doen-1', 40);
  await page.keyboard.press('Space');
  // Mouse: one click on "3" of Commitment.
  await page.locator('label[for="wb-ambitie-commitment-3"]').click();
  assert.equal(await page.locator('#wb-ambitie-commitment-3').isChecked(), true);
  const sheet = sw(await stored(page)).werkbladen.find((w) => w.template === 'visievierluik');
  assert.equal(sheet.answers['ambitie.belofte'], '3');
  assert.equal(sheet.answers['ambitie.commitment'], '3');
  assert.equal(sheet.answers['ambitie.doen'], '1');
  assert.match(await page.locator('.wb-product').innerText(), /= 9 \(hoogst mogelijk: 125\)/);
  assert.match(await page.locator('.werkblad-intro .meta').innerText(), /^3 van 7 vragen beantwoord$/);
  // The scale's touch targets are at least 44px high.
  const heights = await page.locator(`${belofte} .wb-scale-option`).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  assert.ok(heights.every((h) => h >= 44), `targets ${heights}`);
  await assertAccessible(page, 'visievierluik met schaal');

  // After a reload the choice is shown as stored.
  await page.reload();
  await page.waitForSelector(`${belofte}-3`);
  assert.equal(await page.locator(`${belofte}-3`).isChecked(), true);
  assert.equal(await page.locator('#wb-ambitie-commitment-3').isChecked(), true);

  // The checklist on screen: "actie nodig" shows beside an open question and goes away at "ja".
  await page.goto(`${server.origin}/#/samenwerking/${SW}`);
  await page.waitForSelector('#werkblad-nieuw');
  await page.locator('#werkblad-nieuw').selectOption('willen-kunnen');
  await page.locator('#werkblad-nieuw ~ button.primary').click();
  await page.waitForSelector('.wb-check');
  const first = page.locator('.wb-check').first();
  const second = page.locator('.wb-check').nth(1);
  assert.equal(await first.locator('.flag').isVisible(), true, 'open question: actie nodig');
  await first.locator('label', { hasText: 'Ja' }).click();
  assert.equal(await first.locator('.flag').isVisible(), false, 'ja: no flag on screen');
  assert.equal(await second.locator('.flag').isVisible(), true);

  // Deleting a werkblad says truthfully that Undo brings it back, and it does.
  await page.locator('#wb-verwijder-kop ~ button.danger').click();
  const deleteQuestion = await page.locator('#wb-verwijder-kop ~ .confirm').innerText();
  assert.match(deleteQuestion, /„Willen en kunnen we samenwerken\?” verwijderen\? Met Ongedaan maken/);
  assert.doesNotMatch(deleteQuestion, /kan niet ongedaan/);
  await page.locator('#wb-verwijder-kop ~ .confirm button.danger').click();
  await page.waitForSelector('#werkbladen-kop');
  const count = (ws) => sw(ws).werkbladen.filter((w) => w.template === 'willen-kunnen').length;
  assert.equal(count(await stored(page)), 0);
  await focusOutsideFields(page);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => (localStorage.getItem('vitaal-samenwerken:werkruimte') ?? '').includes('"template":"willen-kunnen"'));
  assert.equal(count(await stored(page)), 1);
  p.assertOnlyOwnOrigin();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

/** Text with every run of white space as one space. */
const flat = (text) => text.replace(/\s+/g, ' ').trim();

/** Pages in a PDF made by Chromium. */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

test('empty A4 forms: boxes 1–5 for scales, no "nog niet gekozen" or "actie nodig", few pages, no heading ends a page', { timeout: 180_000 }, async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await openSamenwerking(page);
  // Upper bounds on A4 pages of the empty forms (the checklist used to take four sheets, and the
  // first page of every form held only the introduction).
  const limits = { 'willen-kunnen': 2, visievierluik: 2, paradoxen: 2, waarom: 2, startvragen: 1 };
  for (const [id, max] of Object.entries(limits)) {
    await page.goto(`${server.origin}/#/samenwerking/${SW}/formulier/${id}`);
    await page.waitForSelector('.werkblad');
    await page.emulateMedia({ media: 'print' });
    const blocks = (await page.locator('.werkblad-block').allInnerTexts()).join('\n');
    assert.doesNotMatch(blocks, /nog niet gekozen/, `${id}: no "nog niet gekozen" on the empty form`);
    assert.doesNotMatch(blocks, /actie nodig/i, `${id}: no "actie nodig" on the empty form`);
    assert.equal(await page.locator('.werkblad .flag').count(), 0, `${id}: no flags`);
    assert.equal(await page.locator('.werkblad input[type=range]').count(), 0, `${id}: no slider`);
    const headings = (await page.locator('main :is(h1, h2, h3)').allInnerTexts()).map(flat).filter(Boolean);
    const pdf = await page.pdf({ format: 'A4' });
    fs.writeFileSync(path.join(artifacts, `leeg-${id}.pdf`), pdf);
    const pages = pageCount(pdf);
    assert.ok(pages >= 1 && pages <= max, `${id}: ${pages} A4 pages (at most ${max})`);
    // No heading is the last thing on a page, its text on the next (the checklist's "Willen en
    // kunnen we samenwerken?" used to end page 1).
    const texts = pdfPages(pdf).map(flat);
    assert.equal(texts.length, pages);
    texts.forEach((text, i) => {
      const last = headings.find((h) => text.endsWith(h));
      assert.equal(last, undefined, `${id}: page ${i + 1} of ${pages} ends with the heading "${last}"`);
    });
    if (id === 'paradoxen' || id === 'visievierluik') {
      // Each scale prints as five visible boxes, 1 to 5, between its poles.
      const scales = await page.locator('.wb-scale').evaluateAll((sets) => sets.map((f) => [...f.querySelectorAll('input[type=radio]')].map((i) => {
        const r = i.getBoundingClientRect();
        const s = getComputedStyle(i);
        return { value: i.value, w: r.width, border: s.borderTopStyle, checked: i.checked };
      })));
      assert.ok(scales.length >= 3, `${id}: scales`);
      for (const boxes of scales) {
        assert.deepEqual(boxes.map((b) => b.value), ['1', '2', '3', '4', '5']);
        assert.ok(boxes.every((b) => b.w > 8 && b.border === 'solid' && !b.checked), `${id}: empty boxes ${JSON.stringify(boxes)}`);
      }
    }
    await page.emulateMedia({ media: 'screen' });
  }
  // The first block starts on the first page: the introduction does not stand alone.
  await page.goto(`${server.origin}/#/samenwerking/${SW}/formulier/willen-kunnen`);
  await page.waitForSelector('.werkblad');
  await page.setViewportSize({ width: 658, height: 986 }); // A4 within 18 mm margins, at 96 dpi
  await page.emulateMedia({ media: 'print' });
  const top = await page.locator('.werkblad-block h2').first().evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
  assert.ok(top < 986, `first block heading on page 1 (at ${top}px)`);
  await page.emulateMedia({ media: 'screen' });
  p.assertOnlyOwnOrigin();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('layout: long organisation names and long scan titles are not clipped', { timeout: 180_000 }, async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await openSamenwerking(page);
  const long = 'Stichting Welzijn, Zorg en Mantelzorgondersteuning voor Ouderen in de Gemeente Dorpsstad en Omstreken';
  // A partner with a long organisation name, by keyboard.
  await tabTo(page, '#partner-naam', 200);
  await page.keyboard.type('Fatima');
  await tabTo(page, '#partner-organisatie');
  await page.keyboard.type(long);
  await page.keyboard.press('Enter');
  await page.waitForFunction((l) => [...document.querySelectorAll('table.partners textarea')].some((t) => t.value === l), long);
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 900 });
    const cells = await page.locator('table.partners textarea').evaluateAll((els) => els.map((t) => ({
      value: t.value, sw: t.scrollWidth, cw: t.clientWidth, sh: t.scrollHeight, ch: t.clientHeight,
    })));
    for (const c of cells) {
      assert.ok(c.sw <= c.cw, `${width}px: "${c.value}" is not cut off sideways (${c.sw} > ${c.cw})`);
      assert.ok(c.sh <= c.ch + 1, `${width}px: "${c.value}" is not cut off below (${c.sh} > ${c.ch})`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  // Editing by keyboard: Enter adds no line break; the name stays one line.
  const org = page.locator('table.partners textarea[aria-label^="Organisatie van"]').last();
  await org.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(' BV');
  await page.waitForFunction((l) => JSON.parse(localStorage.getItem('vitaal-samenwerken:werkruimte')).samenwerkingen.some((s) => s.partners.some((x) => x.organisation === `${l} BV`)), long);
  await assertAccessible(page, 'partners met lange naam');

  // Two revealed scans with long titles: the trend's labels stay inside the chart.
  // (The fixture has two revealed scans already: four points on the axis.)
  const titles = ['Voorjaarsscan Dorpsstad 2027', 'Najaarsscan met alle partners, vrijwilligers en de inwoners van Dorpsstad en omstreken 2027'];
  for (const title of titles) {
    const id = await newScan(page, title);
    await page.locator(`input[name="s-${A}"][value="3"]`).click();
    await page.locator('.scan-submit button[type=submit]').click();
    await page.waitForFunction(() => /Geef de laptop door/.test(document.querySelector('.notices')?.innerText ?? ''));
    await page.goto(`${server.origin}/#/samenwerking/${SW}/scan/${id}/resultaten`);
    await page.locator('main button.primary').click();
    await page.waitForSelector('svg.chart');
  }
  await page.waitForSelector('svg.trend');
  for (const width of [1280, 420]) {
    await page.setViewportSize({ width, height: 900 });
    const outside = await page.locator('svg.trend').evaluate((svg) => {
      const vb = svg.viewBox.baseVal;
      return [...svg.querySelectorAll('text')].map((t) => {
        const b = t.getBBox();
        return { text: t.textContent, x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height, vw: vb.width, vh: vb.height };
      }).filter((b) => b.x < 0 || b.y < 0 || b.right > b.vw || b.bottom > b.vh);
    });
    assert.deepEqual(outside, [], `${width}px: trend labels inside the viewBox`);
  }
  const labels = await page.locator('svg.trend .trend-label').allTextContents();
  assert.equal(labels.length, 4);
  const squash = (t) => t.replace(/\s+/g, '');
  assert.equal(squash(labels[2]), squash(titles[0]), 'a title is wrapped, not cut');
  // A very long title is shortened with "…" under the axis, and is whole in the table beside it.
  assert.ok(labels[3].endsWith('…') && squash(titles[1]).startsWith(squash(labels[3]).slice(0, -1)), labels[3]);
  assert.ok((await page.locator('#scan-trend-kop').evaluate((h) => h.closest('section').querySelector('table').innerText)).includes(titles[1]));
  p.assertOnlyOwnOrigin();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});
