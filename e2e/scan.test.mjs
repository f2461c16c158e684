// End-to-end: an Ingrediëntenscan passed around the laptop by three participants (keyboard
// only), a fourth participant who fills in on her own device and sends an answer file, a paper
// round, hidden results until the facilitator reveals them, chart and table agreeing, and the
// hand-off of the disputed and weakest ingrediënten to the next bijeenkomst's agenda.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, newProfile, assertAccessible, tabTo, noticeText, stored, artifacts,
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

const SW = 'sw-mfx2k1-3h9a0b';
const fixture = path.resolve('crates/core/tests/fixtures/v1.vitaal.json');
const A = 'openheid-en-vertrouwen';
const B = 'voldoende-tijd';
const C = 'zichtbare-urgentie';

async function openSamenwerking(p, file) {
  await p.page.locator('#import-bestand').setInputFiles(file);
  await p.page.waitForSelector('.samenwerking-item');
  await tabTo(p.page, '.samenwerking-item h3 a');
  await p.page.keyboard.press('Enter');
  await p.page.waitForSelector('#scans-kop');
}

/** Rates one ingrediënt by keyboard: Tab into its radio group, Space, then arrows to the score. */
async function rate(page, ingredient, score) {
  await tabTo(page, `input[name="s-${ingredient}"]`);
  await page.keyboard.press('Space');
  for (let i = 1; i < score; i++) await page.keyboard.press('ArrowRight');
  const checked = await page.locator(`input[name="s-${ingredient}"]:checked`).getAttribute('value');
  assert.equal(checked, String(score), `${ingredient} rated ${score}`);
}

async function fillIn(page, { name = '', organisation = '', scores, remark }) {
  if (name) {
    await tabTo(page, '#scan-naam');
    await page.keyboard.type(name);
  }
  if (organisation) {
    await tabTo(page, '#scan-organisatie');
    await page.keyboard.type(organisation);
  }
  for (const [ingredient, score] of Object.entries(scores)) {
    await rate(page, ingredient, score);
    if (remark?.[ingredient]) {
      await tabTo(page, `#t-${ingredient}`);
      await page.keyboard.type(remark[ingredient]);
    }
  }
}

async function formIsEmpty(page) {
  return page.evaluate(() => {
    const form = document.querySelector('form.scan-form');
    const checked = form.querySelectorAll('input[type=radio]:checked').length;
    const text = [...form.querySelectorAll('input[type=text], textarea')].map((e) => e.value).join('');
    return checked === 0 && text === '';
  });
}

test('pass-the-laptop scan, an answer file, a paper round, reveal and agenda hand-off', async () => {
  const facilitator = await newProfile(browser, server.origin);
  const { page } = facilitator;
  await openSamenwerking(facilitator, fixture);
  await assertAccessible(page, 'samenwerking met scans');

  // A new scan, by keyboard; the app goes straight to filling in.
  await tabTo(page, '#scan-nieuw');
  await page.keyboard.type('Voorjaarsscan 2027');
  await page.keyboard.press('Enter');
  await page.waitForSelector('form.scan-form');
  assert.match(await page.locator('h1').innerText(), /Voorjaarsscan 2027/);
  await assertAccessible(page, 'scan invullen');
  const scanId = (await stored(page)).samenwerkingen[0].scans[0].id;

  // Three participants, one after the other. Each one finds an empty form.
  const participants = [
    { name: 'Anna', organisation: 'Welzijn Dorpsstad', scores: { [A]: 1, [B]: 2, [C]: 4 }, remark: { [A]: 'Er wordt weinig gedeeld.' } },
    { scores: { [A]: 5, [B]: 2, [C]: 4 } },
    { scores: { [A]: 5, [B]: 3, [C]: 5 } },
  ];
  for (const [i, participant] of participants.entries()) {
    assert.ok(await formIsEmpty(page), `form is empty for participant ${i + 1}`);
    await fillIn(page, participant);
    await tabTo(page, '.scan-submit button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => {
      const raw = localStorage.getItem('vitaal-samenwerken:werkruimte') ?? '';
      return raw.split('"source":"laptop"').length - 1 === n;
    }, i + 1, { timeout: 5000 }).catch(() => {});
    assert.match(await noticeText(page), /Geef de laptop door/);
    assert.ok(await formIsEmpty(page), 'nothing of the previous participant stays on screen');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'paginatitel');
  }
  let saved = (await stored(page)).samenwerkingen[0].scans[0];
  assert.equal(saved.responses.length, 3);
  assert.equal(saved.revealed, false);
  const anna = saved.responses.find((r) => r.name === 'Anna');
  assert.equal(anna.organisation, 'Welzijn Dorpsstad');
  assert.deepEqual(anna.answers[A], { score: 1, remark: 'Er wordt weinig gedeeld.' });
  assert.equal(anna.answers[B].score, 2);

  // Results stay hidden until revealed.
  await page.goto(`${server.origin}/#/samenwerking/${SW}/scan/${scanId}/resultaten`);
  await page.waitForSelector('h1#paginatitel');
  assert.match(await page.locator('main').innerText(), /nog verborgen/);
  assert.equal(await page.locator('svg.chart').count(), 0);
  assert.doesNotMatch(await page.locator('main').innerText(), /Er wordt weinig gedeeld/);

  // The facilitator makes a participant file for a participant's own device: the scan without
  // anybody's answers.
  await page.goto(`${server.origin}/#/samenwerking/${SW}/scan/${scanId}/verzamelen`);
  await page.waitForSelector('#scan-deelnemersbestand');
  await tabTo(page, '#scan-deelnemersbestand');
  let download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const exported = path.join(artifacts, 'scan-deelnemers.vitaal.json');
  await (await download).saveAs(exported);
  const participantFile = JSON.parse(fs.readFileSync(exported, 'utf8'));
  assert.equal(participantFile.samenwerking.scans[0].id, scanId);
  assert.deepEqual(participantFile.samenwerking.scans[0].responses, []);
  assert.doesNotMatch(fs.readFileSync(exported, 'utf8'), /Er wordt weinig gedeeld|"name":"Anna"/);

  // The fourth participant, on her own device: imports the file, fills in, saves an answer file.
  const own = await newProfile(browser, server.origin);
  await openSamenwerking(own, exported);
  await own.page.goto(`${server.origin}/#/samenwerking/${SW}/scan/${scanId}/invullen`);
  await own.page.waitForSelector('form.scan-form');
  await fillIn(own.page, { scores: { [A]: 1, [B]: 1, [C]: 4 } });
  await tabTo(own.page, '.scan-submit button[type=button]');
  download = own.page.waitForEvent('download');
  await own.page.keyboard.press('Enter');
  const answer = await download;
  assert.match(answer.suggestedFilename(), /^antwoord-.*\.scanantwoord\.json$/);
  const answerFile = path.join(artifacts, answer.suggestedFilename());
  await answer.saveAs(answerFile);
  assert.ok(await formIsEmpty(own.page));
  assert.equal((await stored(own.page)).samenwerkingen[0].scans[0].responses.length, 0, 'own device keeps nothing in the scan');
  own.assertOnlyOwnOrigin();
  await own.context.close();

  // A foreign answer file (another scan) is refused; the same file twice counts once.
  const foreign = JSON.parse(fs.readFileSync(answerFile, 'utf8'));
  foreign.scan = 'sc-ander-scan';
  foreign.response.id = 'an-ander';
  const foreignFile = path.join(artifacts, 'vreemd.scanantwoord.json');
  fs.writeFileSync(foreignFile, JSON.stringify(foreign));
  const copy = path.join(artifacts, 'kopie.scanantwoord.json');
  fs.copyFileSync(answerFile, copy);
  await page.goto(`${server.origin}/#/samenwerking/${SW}/scan/${scanId}/verzamelen`);
  await page.waitForSelector('#scan-bestanden');
  await assertAccessible(page, 'scan verzamelen');
  await page.locator('#scan-bestanden').setInputFiles([answerFile, copy, foreignFile]);
  await page.waitForFunction(() => /1 antwoordbestand toegevoegd/.test(document.querySelector('.notices')?.innerText ?? ''));
  const merged = await noticeText(page);
  assert.match(merged, /1 bestand stond er al in/);
  assert.match(merged, /vreemd\.scanantwoord\.json/);
  assert.match(await page.locator('#scan-telling').innerText(), /4 antwoorden: 3 op dit apparaat, 1 uit antwoordbestanden/);

  // A paper round: two cards with a 5 for C.
  await page.goto(`${server.origin}/#/samenwerking/${SW}/scan/${scanId}/papier`);
  await page.waitForSelector('.paper-table');
  await assertAccessible(page, 'papieren ronde');
  await tabTo(page, 'input[aria-label="Zichtbare urgentie: aantal 5 – sterk"]', 200);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  saved = (await stored(page)).samenwerkingen[0].scans[0];
  assert.deepEqual(saved.paper.counts[C], [0, 0, 0, 0, 0, 2]);

  // Reveal, by keyboard, from the collect screen.
  await page.goto(`${server.origin}/#/samenwerking/${SW}/scan/${scanId}/verzamelen`);
  await page.waitForSelector('#scan-tonen-kop');
  await tabTo(page, '#scan-tonen-kop ~ button.primary', 120);
  await page.keyboard.press('Enter');
  await page.waitForSelector('svg.chart');
  await assertAccessible(page, 'scan resultaten');

  // Where people differ most comes first: A (1, 5, 5, 1) is sharply divided.
  const first = await page.locator('ol.divergence li').first().innerText();
  assert.match(first, /^Openheid en vertrouwen: sterk verdeeld, cijfers 1–5, gemiddeld 3,0, mediaan 3,0 \(4 antwoorden\)/);
  // Hand-computed table rows: B 2,2,3,1 → 2,0 wisselend; C 4,4,5,4 + paper 5,5 → 4,5 eensgezind.
  const row = async (id) => (await page.locator(`table.scan-table tr[data-key="${id}"]`).innerText()).split('\t').map((s) => s.trim());
  assert.deepEqual(await row(A), ['Openheid en vertrouwen', '4', '0', '3,0', '3,0', '1–5', '2 / 0 / 0 / 0 / 2', 'sterk verdeeld']);
  assert.deepEqual(await row(B), ['Voldoende tijd', '4', '0', '2,0', '2,0', '1–3', '1 / 2 / 1 / 0 / 0', 'wisselend']);
  assert.deepEqual(await row(C), ['Zichtbare urgentie', '6', '0', '4,5', '4,5', '4–5', '0 / 0 / 0 / 3 / 3', 'eensgezind']);

  // Chart and table agree for every ingrediënt.
  const agree = await page.evaluate(() => [...document.querySelectorAll('table.scan-table tr[data-key]')].map((tr) => {
    const id = tr.dataset.key;
    const table = tr.querySelectorAll('td')[5].textContent.split('/').map((s) => Number(s.trim()));
    const chart = [1, 2, 3, 4, 5].map((s) => Number(document.querySelector(`svg.chart rect[data-ingredient="${id}"][data-score="${s}"]`)?.dataset.count ?? 0));
    return { id, table, chart };
  }));
  assert.equal(agree.length, 16);
  for (const { id, table, chart } of agree) assert.deepEqual(chart, table, `chart and table agree for ${id}`);

  // Privacy: Anna's organisation is the only one named, with one answer: no breakdown.
  const main = await page.locator('main').innerText();
  assert.match(main, /Geen organisatie heeft minstens 3 antwoorden/);
  assert.doesNotMatch(main, /Welzijn Dorpsstad \(/);
  assert.match(main, /Er wordt weinig gedeeld\./);

  // One click: the disputed and weakest ingrediënten become the next meeting's agenda.
  await tabTo(page, '#scan-agenda-kop ~ button.primary', 200);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#bk-start');
  await assertAccessible(page, 'bijeenkomst uit scan');
  for (const id of [A, B, C]) assert.equal(await page.locator(`#agenda-${id}`).isChecked(), true, `${id} on the agenda`);
  const ws = await stored(page);
  const meeting = ws.samenwerkingen[0].bijeenkomsten.at(-1);
  assert.deepEqual(meeting.agenda.map((i) => i.ingredient).sort(), [A, B, C].sort());
  assert.equal(meeting.scan, scanId);
  assert.equal(ws.samenwerkingen[0].scans[0].revealed, true);

  // The export file carries the scan and its link.
  await page.goto(`${server.origin}/#/samenwerking/${SW}`);
  await page.waitForSelector('#sw-exporteer');
  await tabTo(page, '#sw-exporteer');
  download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const after = path.join(artifacts, 'scan-na.vitaal.json');
  await (await download).saveAs(after);
  const file = JSON.parse(fs.readFileSync(after, 'utf8'));
  assert.equal(file.version, 6);
  assert.equal(file.samenwerking.scans[0].responses.length, 4);
  assert.equal(file.samenwerking.bijeenkomsten.at(-1).scan, scanId);

  assert.deepEqual(facilitator.errors, []);
  facilitator.assertOnlyOwnOrigin();
  await facilitator.context.close();
});

test('scan screens with a trend reflow at 320 px and print without controls; axe clean', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('h1');
  await page.locator('#import-bestand').setInputFiles(path.resolve('crates/core/tests/fixtures/v3.vitaal.json'));
  await page.waitForSelector('.samenwerking-item');
  const base = `#/samenwerking/${SW}/scan/sc-mfz010-7n8p9q`;
  for (const hash of [`#/samenwerking/${SW}`, `${base}/verzamelen`, `${base}/invullen`, `${base}/papier`, `${base}/resultaten`,
    `#/samenwerking/${SW}/bijeenkomst/bk-mfz020-r1s2t3/verslag`]) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForFunction((h) => location.hash === h && document.querySelector('h1#paginatitel'), hash);
    await page.waitForTimeout(150);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${hash} scrolls sideways by ${overflow}px`);
    await assertAccessible(page, `320px ${hash}`);
  }
  // Two revealed scans: the trend chart and its table, one line per factor.
  await page.evaluate((h) => { location.hash = h; }, `${base}/resultaten`);
  await page.waitForSelector('svg.trend');
  assert.equal(await page.locator('svg.trend polyline').count(), 5);
  assert.match(await page.locator('main').innerText(), /Startscan[\s\S]*Tussenmeting najaar/);
  // The verslag of the meeting whose agenda came from the scan names it.
  await page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${SW}/bijeenkomst/bk-mfz020-r1s2t3/verslag`);
  await page.waitForSelector('.verslag');
  assert.match(await page.locator('.verslag').innerText(), /Tussenmeting najaar/);
  // Printing the results leaves out buttons and tabs.
  await page.evaluate((h) => { location.hash = h; }, `${base}/resultaten`);
  await page.waitForSelector('svg.chart');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('main button:visible').count(), 0);
  assert.equal(await page.locator('.meeting-tabs:visible').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
