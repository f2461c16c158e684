// End-to-end: monitoren en leren. By keyboard a goal with two indicators and three measurements
// is entered; each chart's points agree with the table beside it (read from the screen); a
// leerlog entry links an experiment werkblad and the link works; by mouse things are added,
// changed and deleted; the screen is axe clean and reflows at 320 px; export → import keeps it all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, newProfile, assertAccessible, tabTo, createByKeyboard, stored, typeDate, noticeText,
  artifacts,
} from './helpers.mjs';

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

const content = JSON.parse(fs.readFileSync(path.resolve('content/werkbladen.nl.json'), 'utf8'));
const TEMPLATES = content.werkbladen.map((w) => w.id);
const V6 = path.resolve('crates/core/tests/fixtures/v6.vitaal.json');
const V6_SW = 'sw-mfx2k1-3h9a0b';

/** What the screen shows of an indicator's chart and of the table beside it. */
async function chartAndTable(page, indicator) {
  return page.evaluate((id) => {
    const card = document.querySelector(`section.indicator[data-indicator="${id}"]`);
    const points = [...card.querySelectorAll('svg.indicator-chart circle')].map((c) => ({
      date: c.dataset.date, value: c.dataset.value, x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')),
    }));
    const rows = [...card.querySelectorAll('table.chart-table tbody tr')].map((r) => ({
      date: r.querySelector('time').getAttribute('datetime'), value: r.querySelector('td[data-value]').dataset.value,
      shown: r.innerText,
    }));
    const lines = Object.fromEntries([...card.querySelectorAll('svg.indicator-chart g.ref')].map((g) => [
      g.dataset.line, { y: Number(g.dataset.y), text: g.querySelector('text').textContent },
    ]));
    const figures = Object.fromEntries([...card.querySelectorAll('dd[data-figure]')].map((d) => [d.dataset.figure, d.innerText]));
    return { points, rows, lines, figures };
  }, indicator);
}

function assertAgree({ points, rows }, values, what) {
  assert.deepEqual(points.map((p) => p.value), values, `${what}: chart values`);
  assert.deepEqual(rows.map((r) => r.value), values, `${what}: table values`);
  assert.deepEqual(points.map((p) => p.date), rows.map((r) => r.date), `${what}: same dates, same order`);
  // Later points are further right; a higher value is higher up.
  for (let i = 1; i < points.length; i++) assert.ok(points[i].x > points[i - 1].x, `${what}: x grows`);
}

async function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Focus moves in the frame after a change is drawn: waits for it, then checks it. */
async function assertFocus(page, id, what) {
  await page.waitForFunction((i) => document.activeElement?.id === i, id, { timeout: 2000 }).catch(() => {});
  assert.equal(await focusedId(page), id, what);
}

test('by keyboard: a goal with two indicators and three measurements, charts agree with tables, a leerlog entry links an experiment, export → import keeps everything', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await createByKeyboard(page, 'Monitoring in Dorpsstad');
  const sw = (await stored(page)).samenwerkingen[0].id;

  // An experiment werkblad to link to.
  await tabTo(page, '#werkblad-nieuw');
  await page.keyboard.press('Home');
  const experiment = TEMPLATES.indexOf('experiment');
  for (let i = 0; i < experiment; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#werkblad-nieuw').inputValue(), 'experiment');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#wb-titel');
  const werkblad = (await stored(page)).samenwerkingen[0].werkbladen[0];
  await page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${sw}`);
  await page.waitForSelector('#naar-monitoring');

  // To the screen by its link.
  await tabTo(page, '#naar-monitoring');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#doelen-kop');
  assert.equal(await page.evaluate(() => location.hash), `#/samenwerking/${sw}/monitoring`);
  await assertAccessible(page, 'monitoring, empty');

  // The goal: the text, then its button.
  await tabTo(page, '#doel-nieuw');
  await page.keyboard.type('De stem van ouderen is leidend');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.doel');
  const doel = (await stored(page)).samenwerkingen[0].doelen[0];
  await assertFocus(page, `doel-${doel.id}`, 'focus on the new goal');
  assert.match(await page.locator(`#doel-${doel.id}`).innerText(), /De stem van ouderen is leidend/);

  // Two indicators: Enter in a one-line field saves.
  const ni = `ni-${doel.id}`;
  await tabTo(page, `#${ni}-naam`, 200);
  await page.keyboard.type('Ouderen voelen zich gehoord');
  await page.keyboard.press('Tab'); // scale: 1–5 stays
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await assertFocus(page, `${ni}-nulmeting`);
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Anna de Vries');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Twee keer per jaar');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('section.indicator').length === 1);
  await assertFocus(page, `${ni}-naam`, 'ready for the next indicator');
  assert.equal(await page.locator(`#${ni}-naam`).inputValue(), '', 'the form is empty again');

  await page.keyboard.type('Wachtlijst huisbezoek');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // aantal
  assert.equal(await page.locator(`#${ni}-schaal`).inputValue(), 'aantal');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ouderen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('40');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('section.indicator').length === 2);
  const [gehoord, wachtlijst] = (await stored(page)).samenwerkingen[0].doelen[0].indicatoren;
  assert.deepEqual([gehoord.scale, gehoord.baseline, gehoord.target], ['schaal-1-5', '2', '4']);
  assert.deepEqual([wachtlijst.scale, wachtlijst.unit, wachtlijst.baseline, wachtlijst.target], ['aantal', 'ouderen', '40', '10']);

  // Three measurements, entered out of date order on purpose.
  const measure = async (indicator, date, value) => {
    const nm = `nm-${indicator}`;
    await tabTo(page, `#${nm}-datum`, 400);
    await typeDate(page, date);
    await tabTo(page, `#${nm}-waarde`);
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Vragenlijst');
    await page.keyboard.press('Enter');
    await page.waitForFunction(([n, v]) => document.getElementById(`${n}-waarde`)?.value === '' && document.activeElement?.id === `${n}-datum`, [nm, value]);
  };
  await measure(gehoord.id, '2026-09-01', '3,5');
  await measure(gehoord.id, '2026-03-01', '2,5');
  await measure(wachtlijst.id, '2026-10-01', '31');
  const stand = (await stored(page)).samenwerkingen[0].doelen[0].indicatoren;
  assert.deepEqual(stand.map((i) => i.metingen.map((m) => m.value)), [['3.5', '2.5'], ['31']]);

  // The charts and the tables beside them show the same numbers, by date.
  const one = await chartAndTable(page, gehoord.id);
  assertAgree(one, ['2,5', '3,5'], 'gehoord');
  assert.deepEqual(one.points.map((q) => q.date), ['2026-03-01', '2026-09-01']);
  assert.ok(one.points[1].y < one.points[0].y, '3,5 is higher up than 2,5');
  assert.equal(one.lines.baseline.text, 'Nulmeting: 2');
  assert.equal(one.lines.target.text, 'Streefwaarde: 4');
  assert.ok(one.lines.target.y < one.lines.baseline.y, 'the target (4) is above the baseline (2)');
  assert.ok(one.points[0].y < one.lines.baseline.y && one.points[1].y > one.lines.target.y, 'points between the lines');
  assert.match(one.figures.voortgang, /75 %/);
  assert.match(one.figures.verandering, /\+1,5/);
  const two = await chartAndTable(page, wachtlijst.id);
  assertAgree(two, ['31'], 'wachtlijst');
  assert.match(two.figures.laatste, /31 ouderen/);
  assert.match(two.figures.voortgang, /30 %/);
  assert.match(await page.locator(`section.indicator[data-indicator="${wachtlijst.id}"]`).innerText(), /Lager is beter/);

  // A leerlog entry linking the experiment and the first indicator.
  await tabTo(page, '#ll-nieuw-datum', 400);
  await typeDate(page, '2026-10-15');
  await tabTo(page, '#ll-nieuw-stap'); // step: leren
  await page.keyboard.press('Tab');
  await page.keyboard.type('Koffieochtend op zaterdag');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Meer mantelzorgers, minder ouderen zonder vervoer');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#ll-nieuw-lus').inputValue(), 'dubbel');
  assert.match(await page.locator('#ll-nieuw-lus-uitleg').innerText(), /Doen we de goede dingen\?/);
  await page.keyboard.press('Tab');
  await page.keyboard.type('We regelen vervoer met de buurtbus');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#ll-nieuw-werkblad').inputValue(), werkblad.id);
  await page.keyboard.press('Tab'); // no meeting
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#ll-nieuw-indicator').inputValue(), gehoord.id);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.leerlog-entry');
  const entry = (await stored(page)).samenwerkingen[0].leerlog[0];
  assert.deepEqual([entry.step, entry.loop, entry.werkblad, entry.indicator, entry.bijeenkomst], ['leren', 'dubbel', werkblad.id, gehoord.id, null]);
  await assertFocus(page, `le-${entry.id}`, 'focus on the new entry');
  const shown = await page.locator('.leerlog-entry').innerText();
  assert.match(shown, /Leren/);
  assert.match(shown, /Dubbele lus \(double loop\)/);
  assert.match(shown, /We regelen vervoer met de buurtbus/);
  const link = page.locator('.leerlog-entry a[data-link="werkblad"]');
  assert.equal((await link.innerText()).trim(), werkblad.title);
  assert.equal(await link.getAttribute('href'), `#/samenwerking/${sw}/werkblad/${werkblad.id}`);
  await assertAccessible(page, 'monitoring, filled in');

  // The indicator link brings the indicator into focus; the werkblad link opens the werkblad.
  await tabTo(page, '.leerlog-entry a[data-link="indicator"]');
  await page.keyboard.press('Enter');
  await assertFocus(page, `ind-${gehoord.id}`);
  await tabTo(page, '.leerlog-entry a[data-link="werkblad"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#wb-titel');
  assert.equal(await page.locator('#wb-titel').inputValue(), werkblad.title);
  await page.goBack();
  await page.waitForSelector('.leerlog-entry');

  // Export by keyboard, import in another profile: everything is there, and on screen.
  await page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${sw}`);
  await page.waitForSelector('#sw-exporteer');
  assert.match(await page.locator('#monitoring-kop').locator('..').innerText(), /1 doel\b/);
  const exported = path.join(artifacts, 'monitoring.vitaal.json');
  await tabTo(page, '#sw-exporteer');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await (await download).saveAs(exported);
  const file = JSON.parse(fs.readFileSync(exported, 'utf8'));
  assert.equal(file.version, 6);
  const final = (await stored(page)).samenwerkingen[0];
  assert.deepEqual(file.samenwerking.doelen, final.doelen);
  assert.deepEqual(file.samenwerking.leerlog, final.leerlog);

  const other = await newProfile(browser, server.origin);
  await other.page.locator('#import-bestand').setInputFiles(exported);
  await other.page.waitForSelector('.samenwerking-item');
  const imported = (await stored(other.page)).samenwerkingen[0];
  assert.deepEqual(imported.doelen, final.doelen);
  assert.deepEqual(imported.leerlog, final.leerlog);
  await other.page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${sw}/monitoring`);
  await other.page.waitForSelector('section.indicator');
  assertAgree(await chartAndTable(other.page, gehoord.id), ['2,5', '3,5'], 'imported');
  assert.equal((await other.page.locator('.leerlog-entry a[data-link="werkblad"]').innerText()).trim(), werkblad.title);
  other.assertOnlyOwnOrigin();
  assert.deepEqual(other.errors, []);
  await other.context.close();

  p.assertOnlyOwnOrigin();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('by mouse: take a goal from the Visievierluik, add and change a measurement, delete a measurement, an indicator, a leerlog entry and a goal', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await page.locator('#import-bestand').setInputFiles(V6);
  await page.waitForSelector('.samenwerking-item');
  await page.locator('.samenwerking-item h3 a').click();
  await page.locator('#naar-monitoring').click();
  await page.waitForSelector('section.indicator');
  assert.equal(await page.locator('article.doel').count(), 2);
  assertAgree(await chartAndTable(page, 'in-mg0003-b1'), ['2,5', '3,25'], 'fixture');

  // "Neem over uit Visievierluik".
  const option = await page.locator('#doel-uit-vierluik option', { hasText: 'Niemand hoeft er alleen voor te staan.' }).getAttribute('value');
  await page.locator('#doel-uit-vierluik').selectOption(option);
  await page.getByRole('button', { name: 'Neem over als doel' }).click();
  await page.waitForFunction(() => document.querySelectorAll('article.doel').length === 3);
  const taken = (await stored(page)).samenwerkingen[0].doelen[2];
  assert.equal(taken.text, 'Niemand hoeft er alleen voor te staan.');
  assert.deepEqual(taken.bron, { werkblad: 'wb-mfy009-v4w5x6', key: 'vierluik.waarvoor-staan' });
  const card = page.locator('article.doel').nth(2);
  assert.match(await card.innerText(), /Overgenomen uit het werkblad Visievierluik Dorpsstad/);

  // A measurement added by mouse, then changed in the table.
  const id = 'in-mg0003-b1';
  await page.locator(`#nm-${id}-datum`).fill('2026-11-20');
  await page.locator(`#nm-${id}-waarde`).fill('3,75');
  await page.locator(`#nm-${id}-bron`).fill('Gesprek');
  await page.locator(`section.indicator[data-indicator="${id}"] .new-meting button[type="submit"]`).click();
  await page.waitForFunction((i) => document.querySelectorAll(`section.indicator[data-indicator="${i}"] svg circle`).length === 3, id);
  assertAgree(await chartAndTable(page, id), ['2,5', '3,25', '3,75'], 'added');
  const row = page.locator(`section.indicator[data-indicator="${id}"] table.metingen tbody tr`).nth(1);
  await row.locator('input.number').fill('4');
  await row.locator('input.number').press('Tab');
  await page.waitForFunction((i) => [...document.querySelectorAll(`section.indicator[data-indicator="${i}"] table.chart-table td[data-value]`)].map((d) => d.dataset.value).join() === '2,5,4,3,75', id);
  assertAgree(await chartAndTable(page, id), ['2,5', '4', '3,75'], 'changed');
  // A value the scale does not take is refused with a message; nothing changes.
  await row.locator('input.number').fill('7');
  await row.locator('input.number').press('Tab');
  assert.match(await noticeText(page), /past niet bij de schaal/);
  assertAgree(await chartAndTable(page, id), ['2,5', '4', '3,75'], 'refused');

  // Deleting by mouse: a measurement, an indicator (its leerlog link goes), an entry, a goal.
  await page.locator(`section.indicator[data-indicator="${id}"] table.metingen tbody tr`).first().getByRole('button').click();
  await page.waitForFunction((i) => document.querySelectorAll(`section.indicator[data-indicator="${i}"] svg circle`).length === 2, id);
  assertAgree(await chartAndTable(page, id), ['4', '3,75'], 'deleted');
  assert.match(await noticeText(page), /De meting is verwijderd/);
  assert.equal(await page.locator('.leerlog-entry a[data-link="indicator"]').count(), 1);
  await page.locator(`section.indicator[data-indicator="${id}"] > button.danger`).click();
  await page.waitForFunction((i) => !document.querySelector(`section.indicator[data-indicator="${i}"]`), id);
  assert.equal(await page.locator('.leerlog-entry a[data-link="indicator"]').count(), 0, 'the link went with the indicator');
  await assertFocus(page, 'doel-dl-mg0002-a1', 'focus on its goal');
  const entries = await page.locator('.leerlog-entry').count();
  await page.locator('.leerlog-entry').first().getByRole('button', { name: 'Verwijderen' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.leerlog-entry').length === n - 1, entries);
  await assertFocus(page, 'leerlog-kop');
  await page.locator('article.doel').nth(1).getByRole('button', { name: 'Doel verwijderen' }).click();
  await page.waitForFunction(() => document.querySelectorAll('article.doel').length === 2);
  await assertFocus(page, 'doelen-kop');
  const s = (await stored(page)).samenwerkingen[0];
  assert.deepEqual(s.doelen.map((d) => d.id), ['dl-mg0002-a1', taken.id]);
  // Undo brings the goal back.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelectorAll('article.doel').length === 3);
  await assertAccessible(page, 'monitoring after mouse edits');
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('the monitoring screen reflows at 320 px and is axe clean; partner dates are in the partner table', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('h1');
  await page.locator('#import-bestand').setInputFiles(V6);
  await page.waitForSelector('.samenwerking-item');
  await page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${V6_SW}/monitoring`);
  await page.waitForSelector('section.indicator');
  await page.waitForTimeout(150);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, `scrolls sideways by ${overflow}px`);
  await assertAccessible(page, '320px monitoring');
  // The partner table shows (and edits) when partners joined and left.
  await page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${V6_SW}`);
  await page.waitForSelector('input.partner-date');
  const dates = await page.locator('input.partner-date').evaluateAll((l) => l.map((i) => i.value));
  assert.deepEqual(dates.slice(0, 4), ['2026-01-15', '', '2026-03-01', '2026-10-31']);
  await page.locator('input.partner-date').nth(5).fill('2026-11-01');
  await page.locator('input.partner-date').nth(5).press('Tab');
  await page.waitForFunction(() => (localStorage.getItem('vitaal-samenwerken:werkruimte') ?? '').includes('"left":"2026-11-01"'));
  await context.close();
});
