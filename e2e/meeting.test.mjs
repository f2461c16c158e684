// End-to-end: a facilitator runs a whole BOB and a whole BARB bijeenkomst by keyboard, reloads
// mid-meeting and continues at the same phase with the timer's state, uses the beamer
// presentation mode, prints and exports the verslag. axe-core runs on every screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, newProfile, assertAccessible, tabTo, noticeText, stored, artifacts, typeDate,
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

/** A fresh profile with the v1 fixture (three partners) imported, on its samenwerking page. */
async function withSamenwerking() {
  const p = await newProfile(browser, server.origin);
  await p.page.locator('#import-bestand').setInputFiles(fixture);
  await p.page.waitForSelector('.samenwerking-item');
  await tabTo(p.page, '.samenwerking-item h3 a');
  await p.page.keyboard.press('Enter');
  await p.page.waitForSelector('#bijeenkomsten-kop');
  return p;
}

async function planMeeting(page, { date, vormSteps }) {
  await tabTo(page, '#bk-nieuw-datum');
  await typeDate(page, date);
  await tabTo(page, '#bk-nieuw-vorm');
  for (let i = 0; i < vormSteps; i++) await page.keyboard.press('ArrowDown');
  await tabTo(page, '.plan-meeting button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#bk-start');
}

/** Chooses a radio button as a keyboard user does: Tab into the group, arrows to the choice. */
async function chooseRadio(page, id) {
  const name = await page.locator(`#${id}`).getAttribute('name');
  await tabTo(page, `input[name="${name}"]`);
  for (let i = 0; i < 5 && !(await page.locator(`#${id}`).isChecked()); i++) {
    await page.keyboard.press('ArrowDown');
  }
  assert.equal(await page.locator(`#${id}`).isChecked(), true, `${id} chosen`);
}

function meeting(data) {
  return data.samenwerkingen[0].bijeenkomsten;
}

async function phaseName(page) {
  return (await page.locator('h2.phase-name').innerText()).trim();
}

test('a whole BOB meeting by keyboard, with a reload mid-meeting, the confirmation rule, verslag, print and exports', async () => {
  const p = await withSamenwerking();
  const { page } = p;
  await planMeeting(page, { date: '2026-12-01', vormSteps: 0 });
  assert.match(await noticeText(page), /De bijeenkomst is gepland/);
  let b = meeting(await stored(page))[0];
  assert.equal(b.vorm, 'bob');
  assert.equal(b.date, '2026-12-01');
  assert.equal(b.attendees.length, 3, 'everyone is expected by default');
  assert.equal(await page.locator('h1').innerText(), 'Bijeenkomst 1 december 2026 BOB');

  // Agenda: two ingrediënten by keyboard (Space on a checkbox), place, one absentee.
  await tabTo(page, '#bk-plaats');
  await page.keyboard.type('Buurthuis De Schakel');
  await tabTo(page, '#bk-aanwezig-p-mfx2kb-2cd3e4');
  await page.keyboard.press('Space');
  await tabTo(page, '#agenda-openheid-en-vertrouwen');
  await page.keyboard.press('Space');
  await tabTo(page, '#agenda-duidelijke-spelregels');
  await page.keyboard.press('Space');
  b = meeting(await stored(page))[0];
  assert.deepEqual(b.agenda.map((i) => i.ingredient), ['openheid-en-vertrouwen', 'duidelijke-spelregels']);
  assert.equal(b.attendees.length, 2);
  assert.equal(b.place, 'Buurthuis De Schakel');
  await assertAccessible(page, 'bijeenkomst voorbereiden');

  // Start.
  await tabTo(page, '#bk-start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('h2.phase-name');
  assert.equal(await phaseName(page), 'Beeldvorming');
  assert.equal(await page.locator('.phase-question').innerText(), 'Wat is er aan de hand?');
  assert.equal(await page.locator('#bk-timer').innerText(), 'Timer pauzeren', 'the timer runs from the start');
  assert.equal(await page.locator('.stepper li[aria-current="step"]').count(), 1);

  // Notes and checkvragen in Beeldvorming.
  await tabTo(page, '#notitie-openheid-en-vertrouwen-beeldvorming');
  await page.keyboard.type('Vrijwilligers en wijkteam kennen elkaar nauwelijks.');
  await tabTo(page, '#check-openheid-en-vertrouwen-gehoord-nee');
  await page.keyboard.press('Space');
  await tabTo(page, '#aanboord-openheid-en-vertrouwen-p-mfx2ka-1bc2d3');
  await page.keyboard.press('Space');
  await assertAccessible(page, 'bijeenkomst leiden: beeldvorming');
  const typedAt = Date.now();

  // Reload mid-meeting: same phase, same notes, the timer still running and still counting.
  await page.waitForTimeout(1200);
  await page.reload();
  await page.waitForSelector('h2.phase-name');
  assert.equal(await phaseName(page), 'Beeldvorming');
  assert.equal(await page.locator('#notitie-openheid-en-vertrouwen-beeldvorming').inputValue(), 'Vrijwilligers en wijkteam kennen elkaar nauwelijks.');
  assert.equal(await page.locator('#check-openheid-en-vertrouwen-gehoord-nee').isChecked(), true);
  assert.equal(await page.locator('#aanboord-openheid-en-vertrouwen-p-mfx2ka-1bc2d3').isChecked(), true);
  assert.equal(await page.locator('#bk-timer').innerText(), 'Timer pauzeren');
  b = meeting(await stored(page))[0];
  assert.ok(b.timer.running_since_ms <= typedAt, 'the timer kept its start time');

  // Pause the timer by keyboard; the state survives a reload too.
  await tabTo(page, '#bk-timer');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#bk-timer').innerText(), 'Timer starten');
  const paused = (await page.locator('.timer-value').innerText()).trim();
  await page.waitForTimeout(1200);
  assert.equal((await page.locator('.timer-value').innerText()).trim(), paused, 'a paused timer stands still');
  await page.reload();
  await page.waitForSelector('#bk-timer');
  assert.equal(await page.locator('#bk-timer').innerText(), 'Timer starten');
  assert.equal((await page.locator('.timer-value').innerText()).trim(), paused);
  await tabTo(page, '#bk-timer');
  await page.keyboard.press('Enter');

  // Oordeelsvorming.
  await tabTo(page, '#bk-volgende-fase');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h2.phase-name')?.textContent === 'Oordeelsvorming');
  await tabTo(page, '#notitie-openheid-en-vertrouwen-oordeelsvorming');
  await page.keyboard.type('We willen elkaar vaker informeel ontmoeten.');

  // Besluitvorming while not everyone is on board: the app asks first, naming who.
  await tabTo(page, '#bk-volgende-fase');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.confirm');
  assert.match(await page.locator('.confirm').innerText(), /Bij Openheid en vertrouwen is nog niet iedereen aan boord: KBO-PCOB afdeling Dorpsstad\./);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Terug naar het gesprek');
  assert.equal(await phaseName(page), 'Oordeelsvorming', 'nothing moved yet');
  await assertAccessible(page, 'bevestigen: naar besluitvorming');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h2.phase-name')?.textContent === 'Besluitvorming');
  assert.equal(await page.locator('.phase-question').innerText(), 'Wie gaat wat wanneer doen?');

  // A besluit and an actie.
  await tabTo(page, '#besluit-openheid-en-vertrouwen');
  await page.keyboard.type('Elke maand een koffieochtend voor alle partners.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.besluiten li');
  await tabTo(page, '#actie-wat');
  await page.keyboard.type('Eerste koffieochtend organiseren');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Anna de Vries');
  await page.keyboard.press('Tab');
  await typeDate(page, '2026-12-15');
  // "Bij ingrediënt" is the ingrediënt being discussed (the besluit was written there).
  await tabTo(page, '#actie-ingredient');
  assert.equal(await page.locator('#actie-ingredient').inputValue(), 'openheid-en-vertrouwen');
  await tabTo(page, '.actie-form button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('table.acties tbody tr');
  let data = await stored(page);
  assert.deepEqual(data.samenwerkingen[0].acties.map((a) => [a.wat, a.wie, a.wanneer, a.status, a.ingredient]), [
    ['Eerste koffieochtend organiseren', 'Anna de Vries', '2026-12-15', 'open', 'openheid-en-vertrouwen'],
  ]);
  await assertAccessible(page, 'bijeenkomst leiden: besluitvorming');

  // Finish (after the question): the verslag is shown.
  await tabTo(page, '#bk-afronden');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#bk-afronden-ja');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.endsWith('/verslag'));
  data = await stored(page);
  assert.equal(meeting(data)[0].status, 'afgerond');
  const verslag = await page.locator('main').innerText();
  for (const expected of ['Openheid en vertrouwen', 'Vrijwilligers en wijkteam kennen elkaar nauwelijks.', 'Elke maand een koffieochtend voor alle partners.', 'Eerste koffieochtend organiseren', 'Buurthuis De Schakel']) {
    assert.ok(verslag.includes(expected), `verslag shows ${expected}`);
  }
  await assertAccessible(page, 'verslag');

  // Print: no UI chrome, the verslag itself is there.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('.meeting-tabs').isVisible(), false);
  assert.equal(await page.locator('.verslag').isVisible(), true);
  await page.pdf({ path: path.join(artifacts, 'verslag-bob.pdf'), format: 'A4' });
  assert.ok(fs.statSync(path.join(artifacts, 'verslag-bob.pdf')).size > 10_000);
  await page.emulateMedia({ media: 'screen' });

  // Exports: Markdown and CSV for Excel.
  const download = async (selector) => {
    const promise = page.waitForEvent('download');
    await tabTo(page, selector);
    await page.keyboard.press('Enter');
    const d = await promise;
    const file = path.join(artifacts, d.suggestedFilename());
    await d.saveAs(file);
    return { name: d.suggestedFilename(), bytes: fs.readFileSync(file) };
  };
  const md = await download('#verslag-markdown');
  assert.match(md.name, /\.md$/);
  assert.match(md.bytes.toString('utf8'), /^# Verslag: Samen ouder worden in Dorpsstad/);
  const csv = await download('#verslag-csv');
  assert.match(csv.name, /\.csv$/);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  assert.match(csv.bytes.toString('utf8'), /Wat;Wie;Wanneer;Status;Ingrediënt;Bijeenkomst\r\nEerste koffieochtend organiseren;Anna de Vries;15-12-2026;Open;Openheid en vertrouwen;01-12-2026\r\n/);

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('presentation mode on the beamer: large, keyboard-driven, and typing is never taken over', async () => {
  const p = await withSamenwerking();
  const { page } = p;
  await planMeeting(page, { date: '2027-01-05', vormSteps: 0 });
  for (const id of ['#agenda-openheid-en-vertrouwen', '#agenda-voldoende-tijd']) {
    await tabTo(page, id);
    await page.keyboard.press('Space');
  }
  await tabTo(page, '#bk-start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#bk-presentatie');
  await tabTo(page, '#bk-presentatie');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.body.classList.contains('presentatie'));
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('article.run-item').count(), 1, 'only the current ingrediënt');
  assert.match(await page.locator('article.run-item h2').innerText(), /Openheid en vertrouwen/);
  await assertAccessible(page, 'presentatie');

  // Typing in the notes: "t" and arrows stay in the text field.
  await tabTo(page, '#notitie-openheid-en-vertrouwen-beeldvorming');
  await page.keyboard.type('tijd te kort');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.locator('#notitie-openheid-en-vertrouwen-beeldvorming').inputValue(), 'tijd te kort');
  assert.equal(await phaseName(page), 'Beeldvorming');
  assert.equal(await page.locator('#bk-timer').innerText(), 'Timer pauzeren');

  // Outside text fields the shortcuts work (focus on a button).
  await tabTo(page, '#bk-presentatie');
  await page.keyboard.press('t');
  assert.equal(await page.locator('#bk-timer').innerText(), 'Timer starten', 't pauses the timer');
  await page.keyboard.press('T');
  assert.equal(await page.locator('#bk-timer').innerText(), 'Timer pauzeren');
  await page.keyboard.press('ArrowDown');
  assert.match(await page.locator('article.run-item h2').innerText(), /Voldoende tijd/);
  await page.keyboard.press('ArrowUp');
  assert.match(await page.locator('article.run-item h2').innerText(), /Openheid en vertrouwen/);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('h2.phase-name')?.textContent === 'Oordeelsvorming');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('h2.phase-name')?.textContent === 'Beeldvorming');
  // The timer counts down visibly and never takes focus.
  const focused = await page.evaluate(() => document.activeElement.id);
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => document.activeElement.id), focused);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.body.classList.contains('presentatie'));
  assert.equal(await page.locator('article.run-item').count(), 2);

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('a whole BARB meeting: suggestions from the last meeting, open actions reviewed, achterban-bladen, revisie side by side', async () => {
  const p = await withSamenwerking();
  const { page } = p;

  // Meeting 1 (BOB): one ingrediënt left open, one action left open.
  await planMeeting(page, { date: '2026-09-01', vormSteps: 0 });
  await tabTo(page, '#agenda-openheid-en-vertrouwen');
  await page.keyboard.press('Space');
  await tabTo(page, '#bk-start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('h2.phase-name');
  await chooseRadio(page, 'check-openheid-en-vertrouwen-besproken-ja');
  await chooseRadio(page, 'check-openheid-en-vertrouwen-gehoord-ja');
  for (const phase of ['Oordeelsvorming', 'Besluitvorming']) {
    await tabTo(page, '#bk-volgende-fase');
    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => document.querySelector('h2.phase-name')?.textContent === name, phase);
  }
  await tabTo(page, '#actie-wat');
  await page.keyboard.type('Spelregels opschrijven');
  await tabTo(page, '.actie-form button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('table.acties tbody tr');
  await tabTo(page, '#bk-afronden');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#bk-afronden-ja');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.endsWith('/verslag'));

  // Meeting 2 (BARB), planned from the samenwerking page.
  await tabTo(page, '.breadcrumb a');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#bk-nieuw-datum');
  await planMeeting(page, { date: '2026-10-01', vormSteps: 1 });
  let data = await stored(page);
  assert.equal(meeting(data)[1].vorm, 'barb');
  // The ingrediënt whose checkvragen were still open is suggested.
  await page.waitForSelector('.suggestions');
  assert.match(await page.locator('.suggestions').innerText(), /Openheid en vertrouwen/);
  await assertAccessible(page, 'voorbereiden met suggesties');
  await tabTo(page, '.suggestions button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.suggestions'));
  assert.equal(await page.locator('#agenda-openheid-en-vertrouwen').isChecked(), true);

  await tabTo(page, '#bk-start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('h2.phase-name');
  assert.deepEqual(await page.locator('.stepper .step-name').allInnerTexts(), ['Beeldvorming', 'Achterbanraadpleging', 'Revisie', 'Besluitvorming']);

  // The open action of meeting 1 is reviewed: marked done by keyboard, and still shown.
  assert.match(await page.locator('#review-kop').innerText(), /Openstaande acties/);
  await tabTo(page, 'table.acties select');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  data = await stored(page);
  assert.equal(data.samenwerkingen[0].acties[0].status, 'klaar');
  assert.equal(await page.locator('table.acties tbody tr').count(), 1, 'a finished action stays visible during the review');

  await tabTo(page, '#notitie-openheid-en-vertrouwen-beeldvorming');
  await page.keyboard.type('Partners weten weinig van elkaars werk.');
  await tabTo(page, '#bk-volgende-fase');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h2.phase-name')?.textContent === 'Achterbanraadpleging');
  assert.equal(await page.locator('.phase-question').innerText(), 'Wat vindt mijn achterban ervan?');
  await tabTo(page, '#achterban-vragen-openheid-en-vertrouwen');
  await page.keyboard.type('Wie kan een kennismaking bij jullie organiseren?');
  await assertAccessible(page, 'achterbanraadpleging');

  // The achterban-bladen: one per organisation, answers recorded there.
  await tabTo(page, '.meeting-tabs a[href$="/achterban"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.achterban-blad');
  assert.equal(await page.locator('.achterban-blad').count(), 3);
  const bladen = await page.locator('.achterban-blad').allInnerTexts();
  assert.ok(bladen.every((b) => b.includes('Wie kan een kennismaking bij jullie organiseren?')));
  assert.ok(bladen.every((b) => b.includes('Partners weten weinig van elkaars werk.')));
  await assertAccessible(page, 'achterban-bladen');
  const answers = page.locator('textarea[id$="-antwoord-openheid-en-vertrouwen"]');
  assert.equal(await answers.count(), 3);
  const first = await answers.nth(0).getAttribute('id');
  const second = await answers.nth(1).getAttribute('id');
  await tabTo(page, `#${first}`);
  await page.keyboard.type('Welzijn organiseert een open middag.');
  await tabTo(page, `#${second}`);
  await page.keyboard.type('KBO wil eerst de leden horen.');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.achterban-blad').first().isVisible(), true);
  assert.equal(await page.locator('.site-header').isVisible(), false);
  await page.pdf({ path: path.join(artifacts, 'achterban-bladen.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  // One organisation's blad as a file, by keyboard.
  const bladDownload = page.waitForEvent('download');
  await tabTo(page, '.achterban-record .report-tools button');
  await page.keyboard.press('Enter');
  const blad = await bladDownload;
  const bladFile = path.join(artifacts, blad.suggestedFilename());
  await blad.saveAs(bladFile);
  assert.match(blad.suggestedFilename(), /\.md$/);
  const bladText = fs.readFileSync(bladFile, 'utf8');
  assert.match(bladText, /^# Achterban-blad voor KBO-PCOB afdeling Dorpsstad/);
  assert.match(bladText, /KBO wil eerst de leden horen\./);
  assert.match(bladText, /Wie kan een kennismaking bij jullie organiseren\?/);

  // Revisie: the answers side by side.
  await tabTo(page, '.meeting-tabs a[href$="/leiden"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#bk-volgende-fase');
  await tabTo(page, '#bk-volgende-fase');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h2.phase-name')?.textContent === 'Revisie');
  const grid = await page.locator('.achterban-grid').innerText();
  assert.match(grid, /Welzijn Dorpsstad\s+Welzijn organiseert een open middag\./);
  assert.match(grid, /KBO-PCOB afdeling Dorpsstad\s+KBO wil eerst de leden horen\./);
  assert.match(grid, /Meneer Jansen \(82\)\s+Nog geen antwoord vastgelegd\./);
  await assertAccessible(page, 'revisie');

  // Besluitvorming (talked about, everyone on board: no question) and finish.
  await chooseRadio(page, 'check-openheid-en-vertrouwen-besproken-ja');
  await chooseRadio(page, 'check-openheid-en-vertrouwen-gehoord-ja');
  await tabTo(page, '#bk-volgende-fase');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h2.phase-name')?.textContent === 'Besluitvorming');
  assert.equal(await page.locator('.confirm').count(), 0);
  await tabTo(page, '#bk-afronden');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#bk-afronden-ja');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.endsWith('/verslag'));
  const verslag = await page.locator('.verslag').innerText();
  assert.match(verslag, /Welzijn organiseert een open middag\./);
  assert.match(verslag, /Wie kan een kennismaking bij jullie organiseren\?/);
  await assertAccessible(page, 'verslag barb');

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('every screen reflows at 320 px wide (WCAG 1.4.10): no sideways scrolling, axe clean', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('h1');
  await page.locator('#import-bestand').setInputFiles(path.resolve('crates/core/tests/fixtures/v2.vitaal.json'));
  await page.waitForSelector('.samenwerking-item');
  const meetingBase = `#/samenwerking/${SW}/bijeenkomst`;
  for (const hash of ['#/', `#/samenwerking/${SW}`, '#/gespreksmodel',
    `${meetingBase}/bk-mfy003-g7h8i9/voorbereiden`, `${meetingBase}/bk-mfy003-g7h8i9/leiden`,
    `${meetingBase}/bk-mfy003-g7h8i9/achterban`, `${meetingBase}/bk-mfy001-a1b2c3/verslag`]) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForFunction((h) => location.hash === h && document.querySelector('h1#paginatitel'), hash);
    await page.waitForTimeout(150);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${hash} scrolls sideways by ${overflow}px`);
    await assertAccessible(page, `320px ${hash}`);
  }
  await context.close();
});
