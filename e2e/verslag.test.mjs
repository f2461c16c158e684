// End-to-end: the verslag as a document for a municipality, and the achterban-bladen, printed
// to PDF by Chromium and read back page by page (e2e/pdf-text.mjs).
// - A closed meeting's verslag keeps the acties as they stood at the close: an actie set to
//   klaar in the next meeting still says "Open (nu: klaar)" on screen, in Markdown and in CSV.
// - The A4 print of a meeting with three ingrediënten: the summary first, at most 3 pages,
//   "Pagina n van m" and the samenwerking's name on every page, tables within the page.
// - Afwezig, the scan's participants (paper included), one date style in the CSV.
// - Achterban-bladen: the facilitator chooses which to print (by keyboard and by mouse); one
//   A4 per chosen organisation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, newProfile, assertAccessible, tabTo, noticeText, stored, artifacts,
} from './helpers.mjs';
import { pdfPageCount, pdfPages } from './pdf-text.mjs';
import { VERSLAG, samenwerkingFile } from './fixtures.mjs';

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

const { SW, B1, B2, NAME, OV, DS, VT } = VERSLAG;

async function withSamenwerking() {
  const p = await newProfile(browser, server.origin);
  await p.page.locator('#import-bestand').setInputFiles(samenwerkingFile());
  await p.page.waitForSelector('.samenwerking-item');
  return p;
}

async function open(page, bijeenkomst, view) {
  await page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${SW}/bijeenkomst/${bijeenkomst}/${view}`);
}

async function download(page, selector, how) {
  const promise = page.waitForEvent('download');
  if (how === 'keyboard') {
    await tabTo(page, selector);
    await page.keyboard.press('Enter');
  } else {
    await page.click(selector);
  }
  const d = await promise;
  const file = path.join(artifacts, `e2e-verslag-${d.suggestedFilename()}`);
  await d.saveAs(file);
  return fs.readFileSync(file, 'utf8');
}

test('a sent verslag does not change: an actie set to klaar in meeting 2 stays open in meeting 1', async () => {
  const p = await withSamenwerking();
  const { page } = p;

  // Meeting 2 starts; in its review of open acties the koffieochtend is set to klaar (mouse).
  await open(page, B2, 'voorbereiden');
  await page.waitForSelector('#bk-start');
  await tabTo(page, '#bk-start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('table.acties select');
  const row = page.locator('table.acties tbody tr', { hasText: 'Eerste koffieochtend organiseren' });
  await row.locator('select').selectOption('klaar');
  let data = await stored(page);
  assert.equal(data.samenwerkingen[0].acties[0].status, 'klaar');

  // Meeting 1's verslag on screen: still open when it was sent, and what it is now.
  await open(page, B1, 'verslag');
  await page.waitForSelector('.verslag');
  const acties = page.locator('table[aria-labelledby="verslag-acties-kop"] tbody tr');
  assert.deepEqual(await acties.first().locator('td').allInnerTexts(), ['Anna de Vries', '1 oktober 2026', 'Open (nu: klaar)', 'Openheid en vertrouwen']);
  assert.equal(await acties.nth(2).locator('td').nth(2).innerText(), 'Bezig');
  await assertAccessible(page, 'verslag van een afgeronde bijeenkomst');

  // Markdown (keyboard) and CSV (mouse) say the same.
  const md = await download(page, '#verslag-markdown', 'keyboard');
  assert.match(md, /\| Eerste koffieochtend organiseren \| Anna de Vries \| 1 oktober 2026 \| Open \(nu: klaar\) \|/);
  const csv = await download(page, '#verslag-csv', 'mouse');
  // One date style, dd-mm-jjjj, in both date columns.
  assert.match(csv, /\r\nEerste koffieochtend organiseren;Anna de Vries;01-10-2026;Open;Openheid en vertrouwen;15-09-2026\r\n/);
  assert.match(csv, /;Gemeente Dorpsstad;08-12-2026;Bezig;Voldoende tijd;15-09-2026\r\n/);
  assert.doesNotMatch(csv, /\d{4}-\d{2}-\d{2}|september|december/, 'no ISO dates and no month names');

  // Meeting 2's own verslag shows today's state: the koffieochtend is done and not carried over.
  await open(page, B2, 'verslag');
  await page.waitForSelector('#verslag-open-acties-kop');
  const carried = await page.locator('table[aria-labelledby="verslag-open-acties-kop"]').innerText();
  assert.doesNotMatch(carried, /koffieochtend/);
  assert.match(carried, /Spelregels op één A4 zetten/);

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('the verslag of a meeting with three ingrediënten prints as a short A4 document, summary first', async () => {
  const p = await withSamenwerking();
  const { page } = p;
  await open(page, B1, 'verslag');
  await page.waitForSelector('.verslag');

  // On screen: who was there and who not, and everyone who took the scan, paper included.
  const facts = await page.locator('.verslag-samenvatting .report-facts').innerText();
  assert.match(facts, /Afwezig\s+Huisartsen Dorpsstad/);
  assert.match(facts, /Aanwezig\s+Anna de Vries \(Welzijn Dorpsstad\)/);
  // 1 laptop, 1 answer file, 1 paper form and a paper round of 5 cards per ingrediënt.
  assert.match(facts, /8 deelnemers: 1 op de laptop, 1 via een antwoordbestand, 6 op papier/);

  // The summary comes first: right after the title, with every besluit and the acties.
  const order = await page.evaluate(() => [...document.querySelectorAll('.verslag > *')].map((e) => e.tagName + (e.className ? `.${e.className}` : '')));
  assert.deepEqual(order.slice(0, 3), ['H2', 'SECTION.verslag-samenvatting', 'SECTION.verslag-agenda']);
  const summary = await page.locator('.verslag-samenvatting').innerText();
  for (const t of ['Elke maand een koffieochtend', 'De spelregels komen op één A4', 'twee uur per maand', 'Eerste koffieochtend organiseren']) {
    assert.ok(summary.includes(t), `summary has ${t}`);
  }

  // Print (the button by mouse; the browser's dialog is replaced, the PDF is what it prints).
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.click('#verslag-afdrukken');
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.emulateMedia({ media: 'print' });
  // Tables stay within the page: the acties table's right border is inside the verslag.
  const fits = await page.evaluate(() => {
    const v = document.querySelector('.verslag').getBoundingClientRect();
    return [...document.querySelectorAll('.verslag table')].every((t) => t.getBoundingClientRect().right <= v.right + 0.5);
  });
  assert.equal(fits, true, 'tables fit the page width');
  const styles = await page.evaluate(() => ({
    checks: getComputedStyle(document.querySelector('.report-checks')).breakInside,
    row: getComputedStyle(document.querySelector('.report-table tbody tr')).breakInside,
    h3: getComputedStyle(document.querySelector('.verslag-ingredient h3')).breakAfter,
    ingredient: getComputedStyle(document.querySelectorAll('.verslag-ingredient')[1]).breakBefore,
  }));
  assert.deepEqual(styles, { checks: 'avoid', row: 'avoid', h3: 'avoid', ingredient: 'auto' });
  const pdf = await page.pdf({ format: 'A4' });
  fs.writeFileSync(path.join(artifacts, 'verslag-drie-ingredienten.pdf'), pdf);
  await page.emulateMedia({ media: 'screen' });

  const count = pdfPageCount(pdf);
  assert.ok(count >= 2 && count <= 3, `3 ingrediënten on at most 3 pages, got ${count}`);
  const pages = pdfPages(pdf);
  assert.equal(pages.length, count);
  const flat = pages.map((t) => t.replace(/\s+/g, ' '));
  // Page 1 starts with the title and the summary, before the agenda and the ingrediënten.
  const first = flat[0];
  const at = (t) => first.indexOf(t);
  assert.ok(at('Samenvatting') >= 0 && at('Samenvatting') < at('Agenda'), first.slice(0, 400));
  assert.ok(at('Elke maand een koffieochtend') < at('Agenda'), 'besluiten in the summary');
  assert.ok(at('Eerste koffieochtend organiseren') < at('Agenda'), 'acties in the summary');
  // Every page: "Pagina n van m" and the samenwerking's name in the footer.
  flat.forEach((t, n) => {
    assert.ok(t.includes(`Pagina ${n + 1} van ${count}`), `page number on page ${n + 1}: ${t.slice(0, 200)}`);
    assert.ok(t.includes(`Verslag: ${NAME}`), `footer on page ${n + 1}`);
  });
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('achterban-bladen: the facilitator chooses which to print, one A4 each (keyboard and mouse)', async () => {
  const p = await withSamenwerking();
  const { page } = p;
  await open(page, B2, 'achterban');
  await page.waitForSelector('.blad-keuze');
  assert.equal(await page.locator('.achterban-blad').count(), 7, 'all seven on screen, to record answers');

  // By default: the organisations that attend, without inwoners.
  const checked = async () => page.evaluate(() => [...document.querySelectorAll('.blad-keuze input')]
    .filter((i) => i.checked).map((i) => i.labels[0].querySelector('.choice-name').textContent));
  assert.deepEqual(await checked(), ['Welzijn Dorpsstad', 'KBO-PCOB afdeling Dorpsstad', 'Gemeente Dorpsstad', 'Wijkteam Noord']);
  assert.match(await page.locator('.blad-keuze').innerText(), /Huisartsen Dorpsstad\s+niet aanwezig/);
  assert.match(await page.locator('.blad-keuze').innerText(), /Mevrouw Pietersen\s+niet aanwezig, inwoner/);
  assert.equal(await page.locator('#achterban-afdrukken').innerText(), 'Afdrukken (4 bladen)');
  await assertAccessible(page, 'achterban-bladen kiezen');

  // Two of them left out: Gemeente by keyboard (Space), Wijkteam by mouse.
  const idOf = (name) => page.locator('.blad-keuze li', { hasText: name }).locator('input').getAttribute('id');
  await tabTo(page, `#${await idOf('Gemeente Dorpsstad')}`);
  await page.keyboard.press('Space');
  await page.locator('.blad-keuze label', { hasText: 'Wijkteam Noord' }).click();
  assert.deepEqual(await checked(), ['Welzijn Dorpsstad', 'KBO-PCOB afdeling Dorpsstad']);
  assert.equal(await page.locator('#achterban-afdrukken').innerText(), 'Afdrukken (2 bladen)');

  // Print by keyboard.
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await tabTo(page, '#achterban-afdrukken');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.achterban-blad:visible').count(), 2);
  const pdf = await page.pdf({ format: 'A4' });
  fs.writeFileSync(path.join(artifacts, 'achterban-twee-bladen.pdf'), pdf);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(pdfPageCount(pdf), 2, 'two bladen, one A4 each');
  const pages = pdfPages(pdf).map((t) => t.replace(/\s+/g, ' '));
  assert.match(pages[0], /Achterban-blad voor Welzijn Dorpsstad/);
  assert.doesNotMatch(pages[0], /KBO-PCOB/);
  assert.match(pages[1], /Achterban-blad voor KBO-PCOB afdeling Dorpsstad/);
  for (const t of pages) {
    // Each blad whole on its page: all three ingrediënten, the questions and the footer.
    for (const name of ['Openheid en vertrouwen', 'Duidelijke spelregels', 'Voldoende tijd']) assert.ok(t.includes(name), `${name} on the page`);
    assert.ok(t.includes(NAME), 'samenwerking in the footer');
    assert.ok(t.includes('Antwoorden met je telefoon'), 'the invitation QR on the blad (issue 14)');
    assert.doesNotMatch(t, /Gemeente Dorpsstad|Wijkteam Noord|Huisartsen|Pietersen|Meneer Jansen/);
  }

  // None chosen: nothing is printed, and the notice says why.
  await page.locator('.blad-keuze label', { hasText: 'Welzijn Dorpsstad' }).click();
  await tabTo(page, `#${await idOf('KBO-PCOB afdeling Dorpsstad')}`);
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#achterban-afdrukken').innerText(), 'Afdrukken (0 bladen)');
  await page.click('#achterban-afdrukken');
  assert.equal(await page.evaluate(() => window.__printed), 1, 'not printed again');
  assert.match(await noticeText(page), /Vink eerst minstens één blad aan/);

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});
