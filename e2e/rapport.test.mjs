// End-to-end: the Voortgangsrapportage of the Dorpsstad samenwerking (e2e/fixtures.mjs).
// - Reached from the samenwerking's page by keyboard; a period typed by keyboard; the meetings,
//   besluiten, acties and the summary's figures of that period on screen; a period that cannot
//   be is said in the notice area.
// - A quick choice by mouse ("Sinds de start"); printed to an A4 PDF (the samenwerking's name
//   and "Pagina n van m" on every page, the summary first, no UI chrome, the trend chart); the
//   PDF and a screenshot are kept in e2e/artifacts.
// - The Markdown download says what the screen says; axe clean; reflow at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, newProfile, assertAccessible, tabTo, typeDate, noticeText, artifacts,
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

const { SW, NAME } = VERSLAG;

async function withSamenwerking(b = browser) {
  const p = await newProfile(b, server.origin);
  await p.page.locator('#import-bestand').setInputFiles(samenwerkingFile());
  await p.page.waitForSelector('.samenwerking-item');
  return p;
}

/** The summary's figures on screen: { label: number text }. */
async function figures(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.rapport-cijfers > div')]
    .map((d) => [d.querySelector('dt').textContent.trim(), d.querySelector('dd').textContent.trim()])));
}

async function rows(page, group) {
  return page.locator(`table.rapport-${group} tbody tr`).allInnerTexts();
}

test('a period chosen by keyboard shows its meetings, besluiten, acties and figures; Markdown says the same', async () => {
  const p = await withSamenwerking();
  const { page } = p;
  await page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${SW}`);
  await page.waitForSelector('#sw-rapport');

  // From the samenwerking's page to the report, by keyboard.
  await tabTo(page, '#sw-rapport');
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.rapport');
  assert.equal(await page.evaluate(() => location.hash), `#/samenwerking/${SW}/rapport`);
  assert.equal(await page.locator('h1#paginatitel').innerText(), `Voortgangsrapportage: ${NAME}`);
  await assertAccessible(page, 'voortgangsrapportage');

  // September and October 2026, typed.
  await tabTo(page, '#rapport-van');
  await typeDate(page, '2026-09-01');
  await tabTo(page, '#rapport-tot');
  await typeDate(page, '2026-10-31');
  await page.waitForFunction(() => document.querySelector('article.rapport > dl dd')?.textContent === '1 september 2026 t/m 31 oktober 2026');

  // The meeting of 15 September with its three besluiten; the planned one of December is not held.
  const meetings = page.locator('.rapport-bijeenkomsten');
  assert.deepEqual(await meetings.locator('h3').allInnerTexts(), ['15 september 2026 – BOB, afgerond']);
  assert.equal(await meetings.locator('h3 a').getAttribute('href'), `#/samenwerking/${SW}/bijeenkomst/${VERSLAG.B1}/verslag`);
  const besluiten = await meetings.locator('.verslag-besluiten li').allInnerTexts();
  assert.deepEqual(besluiten, [
    'Elke maand een koffieochtend voor alle partners. (Openheid en vertrouwen)',
    'De spelregels komen op één A4 en gaan mee naar elke bijeenkomst. (Duidelijke spelregels)',
    'Elke partner maakt twee uur per maand vrij voor de samenwerking. (Voldoende tijd)',
  ]);
  // Acties: the koffieochtend was due on 1 October and is not done: late. The other two are
  // open (no date; due in December).
  const late = await rows(page, 'te-laat');
  assert.equal(late.length, 1);
  assert.match(late[0], /Eerste koffieochtend organiseren\s+Anna de Vries\s+1 oktober 2026\s+Open/);
  const open = await rows(page, 'open');
  assert.equal(open.length, 2);
  assert.match(open[0], /Spelregels op één A4 zetten/);
  assert.match(open[1], /Agenda van de partners naast elkaar leggen.*8 december 2026\s+Bezig/);
  assert.equal(await page.locator('table.rapport-klaar').count(), 0);
  assert.match(await page.locator('.rapport-acties').innerText(), /Klaar\s+Geen\./);
  // The scans were made in November: none in this period.
  assert.match(await page.locator('section[aria-labelledby="scan-trend-kop"]').innerText(), /geen Ingrediëntenscan/);

  // The summary, first in the document.
  const order = await page.evaluate(() => [...document.querySelectorAll('article.rapport > section')].map((s) => s.className));
  assert.equal(order[0], 'rapport-samenvatting');
  const shown = await figures(page);
  assert.deepEqual(shown, {
    'Bijeenkomsten gehouden': '1',
    Besluiten: '3',
    'Acties klaar': '0',
    'Acties open': '2',
    'Acties te laat': '1',
    Ingrediëntenscans: '0',
    'Metingen van indicatoren': '0',
    'Lessen in het leerlog': '0',
    'Werkbladen ingevuld': '0',
    'Ingrediënten met aandacht nodig (einde periode)': shown['Ingrediënten met aandacht nodig (einde periode)'],
  });
  // The summary's count of De stand agrees with De stand's own table at the end of the report.
  const standRows = await rows(page, 'stand');
  assert.equal(standRows.length, 16);
  assert.equal(String(standRows.filter((r) => r.includes('Aandacht nodig')).length), shown['Ingrediënten met aandacht nodig (einde periode)']);
  assert.match(await page.locator('.rapport-stand').first().innerText(), /De stand op 31 oktober 2026:/);
  const summary = await page.locator('.rapport-samenvatting').innerText();
  assert.match(summary, /In deze periode: 1 bijeenkomst gehouden, met 3 besluiten\./);
  assert.match(summary, /3 acties: 0 klaar, 2 open en 1 te laat\./);
  await assertAccessible(page, 'voortgangsrapportage september-oktober');

  // Markdown, by keyboard: the same figures and acties.
  const download = page.waitForEvent('download');
  await tabTo(page, '#rapport-markdown');
  await page.keyboard.press('Enter');
  const d = await download;
  assert.equal(d.suggestedFilename(), 'samen-ouder-worden-in-dorpsstad-voortgangsrapportage-2026-09-01-2026-10-31.md');
  const file = path.join(artifacts, `e2e-rapport-${d.suggestedFilename()}`);
  await d.saveAs(file);
  const md = fs.readFileSync(file, 'utf8');
  assert.ok(md.startsWith(`# Voortgangsrapportage: ${NAME}\n`));
  for (const [label, value] of Object.entries(shown)) {
    assert.ok(md.includes(`- **${label}:** ${value}\n`), `Markdown has ${label}: ${value}`);
  }
  assert.match(md, /### Te laat\n\n\| Wat \| Wie \| Wanneer \| Status \| Ingrediënt \|\n\| --- \| --- \| --- \| --- \| --- \|\n\| Eerste koffieochtend organiseren \| Anna de Vries \| 1 oktober 2026 \| Open \| Openheid en vertrouwen \|\n/);
  assert.match(md, /### 15 september 2026 – BOB, afgerond/);
  assert.ok(md.indexOf('## Samenvatting') < md.indexOf('## Opgave'));

  // A period that cannot be: said in the notice area; the report waits for a right one.
  await page.fill('#rapport-van', '2026-12-01');
  await page.waitForFunction(() => !document.querySelector('article.rapport'));
  assert.match(await noticeText(page), /De periode klopt niet: ‘Van’ ligt na ‘Tot en met’/);
  assert.equal(await page.locator('#rapport-van').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#rapport-markdown').isDisabled(), true);
  await page.fill('#rapport-van', '2026-09-01');
  await page.waitForSelector('article.rapport');
  assert.doesNotMatch(await noticeText(page), /De periode klopt niet/);

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('since the start (mouse): the scan trend, printed as an A4 document with name and page numbers', async () => {
  const p = await withSamenwerking();
  const { page } = p;
  await page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${SW}/rapport`);
  await page.waitForSelector('article.rapport');
  await page.fill('#rapport-van', '2026-11-20');
  await page.waitForFunction(() => document.querySelector('article.rapport > dl dd')?.textContent.startsWith('20 november 2026'));

  // "Sinds de start", by mouse: from the first meeting (15 September; the samenwerking was
  // made in the app later, on 6 November) to today.
  await page.click('#rapport-snel-2');
  await page.waitForFunction(() => document.querySelector('article.rapport > dl dd')?.textContent.startsWith('15 september 2026 t/m'));
  assert.equal(await page.locator('#rapport-van').inputValue(), '2026-09-15');
  const shown = await figures(page);
  assert.equal(shown.Ingrediëntenscans, '2');
  assert.equal(shown['Bijeenkomsten gehouden'], '1');
  // The trend of both scans, as a chart and a table.
  const trend = page.locator('section[aria-labelledby="scan-trend-kop"]');
  assert.equal(await trend.locator('svg.chart.trend').count(), 1);
  assert.match(await trend.locator('table').innerText(), /Relatie\s+2,8\s+2,9\s+\+0,1/);
  assert.match(await page.locator('.rapport-samenvatting').innerText(),
    /van Startscan \(8 november 2026\) naar Tussenmeting najaar \(25 november 2026\) ging het gemiddelde van 3 factoren omhoog, van 1 omlaag/);
  await assertAccessible(page, 'voortgangsrapportage sinds de start');
  await page.screenshot({ path: path.join(artifacts, 'rapport-scherm.png'), fullPage: true });

  // Print: the button opens the browser's dialog (replaced here); the PDF is what it prints.
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.click('#rapport-afdrukken');
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.emulateMedia({ media: 'print' });
  const chrome = await page.evaluate(() => ['.rapport-periode', '.report-tools', '.site-header', '#paginatitel', '.breadcrumb']
    .map((s) => [s, document.querySelector(s) ? getComputedStyle(document.querySelector(s)).display : 'absent']));
  for (const [s, display] of chrome) assert.ok(display === 'none' || display === 'absent', `${s} is not printed (${display})`);
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.querySelector('.rapport svg.chart')).display), 'none', 'the chart prints');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  fs.writeFileSync(path.join(artifacts, 'rapport-sinds-de-start.pdf'), pdf);
  await page.screenshot({ path: path.join(artifacts, 'rapport-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  const count = pdfPageCount(pdf);
  assert.ok(count >= 1 && count <= 4, `a short document, got ${count} pages`);
  const pages = pdfPages(pdf).map((t) => t.replace(/\s+/g, ' '));
  assert.equal(pages.length, count);
  pages.forEach((t, n) => {
    assert.ok(t.includes(`Pagina ${n + 1} van ${count}`), `page number on page ${n + 1}: ${t.slice(-200)}`);
    assert.ok(t.includes(`Voortgangsrapportage – ${NAME}`), `the samenwerking's name in the footer of page ${n + 1}`);
  });
  const all = pages.join(' ');
  const at = (s) => all.indexOf(s);
  assert.ok(at('Samenvatting') >= 0 && at('Samenvatting') < at('Opgave'), 'the summary first');
  // The sections in order, each found after the one before.
  let from = 0;
  for (const heading of ['Samenvatting', 'Opgave', 'Partners', 'Bijeenkomsten en besluiten', 'Te laat', 'Klaar',
    'Ingrediëntenscan: ontwikkeling per factor', 'Doelen en indicatoren', 'Leerlog',
    'In deze periode is geen werkblad gemaakt.', 'De stand aan het einde van de periode']) {
    const found = all.indexOf(heading, from);
    assert.ok(found >= 0, `${heading} after position ${from}`);
    from = found + heading.length;
  }
  for (const ui of ['Afdrukken', 'Snel kiezen', 'Van (datum)', 'Download als Markdown', 'Ongedaan maken']) {
    assert.ok(!all.includes(ui), `no UI in print: ${ui}`);
  }
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('file version 6 in the report: who joined or left, indicatoren against baseline and target, the leerlog', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await page.locator('#import-bestand').setInputFiles(path.resolve('crates/core/tests/fixtures/v6.vitaal.json'));
  await page.waitForSelector('.samenwerking-item');
  await page.evaluate(() => { location.hash = '#/samenwerking/sw-mfx2k1-3h9a0b/rapport'; });
  await page.waitForSelector('article.rapport');
  await page.fill('#rapport-van', '2026-01-01');
  await page.fill('#rapport-tot', '2026-10-31');
  await page.waitForFunction(() => document.querySelector('article.rapport > dl dd')?.textContent.startsWith('1 januari 2026 t/m 31 oktober 2026'));
  const partners = await page.locator('section.rapport-partners').innerText();
  assert.match(partners, /Nieuw in deze periode: Anna de Vries \(Welzijn Dorpsstad\) \(15 januari 2026\), KBO-PCOB afdeling Dorpsstad \(1 maart 2026\)\./);
  assert.match(partners, /Vertrokken in deze periode: KBO-PCOB afdeling Dorpsstad \(31 oktober 2026\)\./);
  const indicatoren = await rows(page, 'indicatoren');
  assert.ok(indicatoren.some((r) => /Ouderen geven aan zich gehoord te voelen\s+2,5\s+4\s+3,25 \(1 september 2026\)\s+\+0,75\s+50 % van de weg/.test(r)), indicatoren.join('\n'));
  assert.ok(indicatoren.some((r) => /Ouderen die wachten op een huisbezoek\s+40 ouderen\s+10 ouderen\s+31 ouderen \(1 oktober 2026\)/.test(r)), indicatoren.join('\n'));
  const leerlog = await page.locator('section.rapport-leerlog').innerText();
  assert.match(leerlog, /20 september 2026 – Leren/);
  assert.match(leerlog, /Doen we de goede dingen\?/);
  assert.equal((await figures(page))['Metingen van indicatoren'], '3');
  await assertAccessible(page, 'voortgangsrapportage met monitoring');
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('the report reflows at 320 px and stays axe clean', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('h1');
  await page.locator('#import-bestand').setInputFiles(samenwerkingFile());
  await page.waitForSelector('.samenwerking-item');
  await page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${SW}/rapport`);
  await page.waitForSelector('article.rapport');
  await page.click('#rapport-snel-2');
  await page.waitForTimeout(150);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, `the report scrolls sideways by ${overflow}px`);
  await assertAccessible(page, '320px voortgangsrapportage');
  await context.close();
});
