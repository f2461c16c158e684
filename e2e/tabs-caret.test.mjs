// End-to-end: the same samenwerking open in two tabs of one browser (one profile). When tab B
// saves, tab A shows B's work without losing its own place: the focused field keeps the focus,
// the caret and the selection, its exact text (a trailing space too), and the next keystrokes
// land where they belong. A race of 20 tries counts keystrokes lost without a word (must be 0).
// `TABS_DIST=<dir>` runs it against another build (to see it fail on an older one).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, newProfile, tabTo, stored, createByKeyboard } from './helpers.mjs';

let server;
let browser;

before(async () => {
  server = await serve(process.env.TABS_DIST || undefined);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const SW = 'sw-mfx2k1-3h9a0b';

/** One profile, the fixture imported, the samenwerking open in tab A and tab B. */
async function twoTabs() {
  const a = await newProfile(browser, server.origin);
  await a.page.locator('#import-bestand').setInputFiles(path.resolve('crates/core/tests/fixtures/v1.vitaal.json'));
  await a.page.waitForSelector('.samenwerking-item');
  await a.page.goto(`${server.origin}/#/samenwerking/${SW}`);
  await a.page.waitForSelector('#sw-opgave');
  const b = await a.context.newPage();
  const errors = [];
  b.on('pageerror', (e) => errors.push(e.message));
  a.page.on('pageerror', (e) => errors.push(e.message));
  await b.goto(`${server.origin}/#/samenwerking/${SW}`);
  await b.waitForSelector('#sw-opgave');
  return { a, A: a.page, B: b, errors };
}

/** Tab B renames the samenwerking by keyboard and saves at once. */
async function renameInB(B, name) {
  await tabTo(B, '#sw-naam');
  await B.keyboard.press('Control+a');
  await B.keyboard.insertText(name);
  await stored(B);
}

/** Waits until tab A shows B's name (its sync arrived and the screen is up to date). */
async function seenInA(A, name) {
  await A.waitForFunction((n) => document.querySelector('#sw-naam')?.value === n, name, { timeout: 5000 });
}

const focus = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { id: el?.id ?? '', tag: el?.tagName ?? '', label: el?.getAttribute('aria-label') ?? '',
    start: el?.selectionStart ?? null, end: el?.selectionEnd ?? null, value: el?.value ?? null };
});

test('tab B saves another field: tab A keeps focus, caret and its typing', async () => {
  const { a, A, B, errors } = await twoTabs();

  // The caret in A's opgave, at position 3, nothing unsaved.
  await tabTo(A, '#sw-opgave');
  await A.keyboard.press('Control+a');
  await A.keyboard.type('Eerste regel');
  await stored(A);
  await A.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await A.keyboard.press('ArrowRight');

  await renameInB(B, 'Naam uit tab B');
  await seenInA(A, 'Naam uit tab B');
  let f = await focus(A);
  assert.equal(f.id, 'sw-opgave', 'focus stayed in the opgave');
  assert.deepEqual([f.start, f.end], [3, 3], 'caret stayed');
  await A.keyboard.type('XYZ');
  assert.equal(await A.locator('#sw-opgave').inputValue(), 'EerXYZste regel');
  const ws = await stored(A);
  assert.equal(ws.samenwerkingen[0].opgave, 'EerXYZste regel');
  assert.equal(ws.samenwerkingen[0].name, 'Naam uit tab B', "B's work kept too");

  // The trailing space: "A. " is stored as "A.", and A's field keeps the space it is typing.
  await A.keyboard.press('Control+a');
  await A.keyboard.type('A. ');
  await stored(A);
  await renameInB(B, 'Weer een naam uit tab B');
  await seenInA(A, 'Weer een naam uit tab B');
  f = await focus(A);
  assert.equal(f.id, 'sw-opgave');
  assert.equal(f.value, 'A. ', 'the trailing space is still there');
  await A.keyboard.type('Tekst');
  assert.equal(await A.locator('#sw-opgave').inputValue(), 'A. Tekst');
  assert.equal((await stored(A)).samenwerkingen[0].opgave, 'A. Tekst');
  assert.match(await A.locator('.notices').innerText(), /ander tabblad/);

  assert.deepEqual(errors, []);
  a.assertOnlyOwnOrigin();
  await a.context.close();
});

test("tab B adds a partner: tab A keeps the selection in a partner's name (by mouse)", async () => {
  const { a, A, B, errors } = await twoTabs();
  const anna = A.locator('textarea.cell-text').first();
  assert.equal(await anna.inputValue(), 'Anna de Vries');
  // By mouse: click into the name, then select "Vries" (Control+End: the end of the text, not of
  // the visual line the click happened to land on in the wrapped cell).
  await anna.click();
  await A.keyboard.press('Control+End');
  for (let i = 0; i < 5; i++) await A.keyboard.press('Shift+ArrowLeft');

  // B adds a partner by mouse: other data of the same samenwerking.
  await B.locator('#partner-naam').click();
  await B.keyboard.type('Piet Bakker');
  await B.getByRole('button', { name: 'Partner toevoegen' }).click();
  await stored(B);
  await A.waitForFunction(() => document.querySelectorAll('textarea.cell-text').length >= 8, null, { timeout: 5000 });
  const f = await focus(A);
  assert.equal(f.value, 'Anna de Vries', "focus is still in Anna's name");
  assert.deepEqual([f.start, f.end], [8, 13], 'the selection stayed');
  await A.keyboard.type('Bakker');
  assert.equal(await anna.inputValue(), 'Anna de Bakker');
  const partners = (await stored(A)).samenwerkingen[0].partners.map((p) => p.name);
  assert.ok(partners.includes('Anna de Bakker'), JSON.stringify(partners));
  assert.ok(partners.includes('Piet Bakker'), JSON.stringify(partners));

  // A draft in A's "new partner" form is kept when B saves (it is not stored until added).
  await A.locator('#partner-naam').click();
  await A.keyboard.type('Half getyp');
  await renameInB(B, 'Andere naam');
  await seenInA(A, 'Andere naam');
  assert.equal((await focus(A)).id, 'partner-naam');
  await A.keyboard.type('t');
  assert.equal(await A.locator('#partner-naam').inputValue(), 'Half getypt');
  assert.deepEqual(errors, []);
  await a.context.close();
});

/** "Nieuwste versie laden" in the stale-tab alert; with unsaved changes the app asks first, and
 * the race answers "Laden zonder mijn wijzigingen" (what it tests is that the tab was told). */
async function loadNewest(page) {
  await page.locator('#nieuwste-laden').click();
  await page.waitForFunction(() => !document.querySelector('.save-warning') || document.querySelector('#laden-zonder'));
  if (await page.locator('#laden-zonder').count()) await page.locator('#laden-zonder').click();
  await page.waitForFunction(() => !document.querySelector('.save-warning'));
}

test('racing two tabs 20 times: no keystroke lost without a word', { timeout: 300_000 }, async () => {
  const { a, A, B, errors } = await twoTabs();
  await tabTo(A, '#sw-opgave');
  await A.keyboard.press('Control+a');
  await A.keyboard.type('Start');
  await stored(A);
  let silent = 0;
  let told = 0;
  const TRIES = 20;
  for (let i = 0; i < TRIES; i++) {
    // A: the caret at the end of its opgave, nothing unsaved.
    const base = await A.locator('#sw-opgave').inputValue();
    await A.locator('#sw-opgave').focus();
    await A.keyboard.press('Control+End');
    await stored(A);
    const typed = ` t${i}abc`;
    // A types a key, then goes on after a pause around its write-behind (250 ms); B saves at a
    // moment around that write, before or after it (its own field; one input, saved at once).
    await A.keyboard.type(typed[0]);
    const bSaves = (async () => {
      await new Promise((r) => setTimeout(r, 180 + ((i * 53) % 220)));
      await B.locator('#sw-naam').focus();
      await B.keyboard.press('Control+a');
      await B.keyboard.insertText(`Naam ${i}`);
      await B.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    })();
    await new Promise((r) => setTimeout(r, 300 + ((i * 37) % 200)));
    for (const ch of typed.slice(1)) {
      await A.keyboard.type(ch);
      await new Promise((r) => setTimeout(r, (i % 3) * 40));
    }
    await bSaves;
    await A.waitForTimeout(400);
    const warned = await A.locator('.save-warning').count() > 0;
    const value = await A.locator('#sw-opgave').inputValue();
    const focused = await A.evaluate(() => document.activeElement?.id);
    if (warned) {
      told++; // A had unsaved work when B saved: A is told, and loads the newest version.
      await loadNewest(A);
    } else if (value !== base + typed || focused !== 'sw-opgave') {
      silent++;
      console.log(`try ${i}: expected ${JSON.stringify(base + typed)}, saw ${JSON.stringify(value)}, focus on "${focused}"`);
    }
    if (await B.locator('.save-warning').count() > 0) await loadNewest(B);
    await A.waitForTimeout(300);
  }
  console.log(`two-tab race: ${silent} silent losses in ${TRIES} tries (${told} told with the stale-tab warning)`);
  assert.equal(silent, 0, `${silent} silent losses in ${TRIES} tries`);
  assert.deepEqual(errors, []);
  await a.context.close();
});

test('meeting notes and werkblad fields keep caret, scroll and typing when the other tab saves', async () => {
  const a = await newProfile(browser, server.origin);
  const A = a.page;
  await A.locator('#voorbeeld-bekijken').click();
  await A.waitForSelector('#sw-opgave');
  const B = await a.context.newPage();
  const errors = [];
  A.on('pageerror', (e) => errors.push(e.message));
  B.on('pageerror', (e) => errors.push(e.message));
  const run = `${server.origin}/#/samenwerking/voorbeeld/bijeenkomst/bk-vb-1/leiden`;
  const sheet = `${server.origin}/#/samenwerking/voorbeeld/werkblad/wb-vb-startvragen`;
  const matrix = `${server.origin}/#/samenwerking/voorbeeld/werkblad/wb-vb-eisenhower`;

  // A: the caret in the middle of a meeting note, scrolled down; B saves a werkblad answer.
  await A.goto(run);
  const note = '#notitie-maximale-mix-besluitvorming';
  await A.waitForSelector(note);
  await tabTo(A, note, 200);
  await A.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await A.keyboard.press('ArrowRight');
  const before = await A.locator(note).inputValue();
  const scrollY = await A.evaluate(() => window.scrollY);
  assert.ok(scrollY > 0, 'the note is further down the page');
  await B.goto(sheet);
  const answer = '#wb-startvragen-vinden-de-ander--p-vb-gemeente';
  await B.waitForSelector(answer);
  await B.locator(answer).click();
  await B.keyboard.type('Antwoord uit tab B');
  await stored(B);
  await A.waitForFunction(() => /ander tabblad/.test(document.querySelector('.notices')?.innerText ?? ''), null, { timeout: 5000 });
  assert.equal(await A.evaluate(() => document.activeElement?.id), note.slice(1), 'focus stayed in the note');
  assert.equal(await A.evaluate(() => window.scrollY), scrollY, 'scroll stayed');
  await A.keyboard.type('!!');
  assert.equal(await A.locator(note).inputValue(), `${before.slice(0, 3)}!!${before.slice(3)}`);
  let ws = await stored(A);
  const sw = ws.samenwerkingen.find((s) => s.id === 'voorbeeld');
  assert.match(JSON.stringify(sw.werkbladen), /Antwoord uit tab B/, "B's answer kept");
  assert.ok(JSON.stringify(sw.bijeenkomsten).includes(`${before.slice(0, 3)}!!${before.slice(3, 12)}`), "A's typing saved");

  // A: the caret in the third topic of the Eisenhower-matrix (a row without an id), by mouse;
  // B changes a meeting note.
  await A.goto(matrix);
  await A.waitForSelector('input[aria-label="Onderwerp"]');
  const topic = A.locator('input[aria-label="Onderwerp"]').nth(2);
  const text = await topic.inputValue();
  await topic.click();
  await A.keyboard.press('Home');
  await A.keyboard.press('ArrowRight');
  await B.goto(run);
  await B.waitForSelector(note);
  await B.locator(note).click();
  await B.keyboard.press('Control+End');
  await B.keyboard.type(' En vanuit tab B.');
  await stored(B);
  await A.waitForFunction(() => /ander tabblad/.test(document.querySelector('.notices')?.innerText ?? ''), null, { timeout: 5000 });
  const f = await focus(A);
  assert.equal(f.label, 'Onderwerp');
  assert.equal(f.value, text, 'focus is still in the third topic');
  assert.deepEqual([f.start, f.end], [1, 1]);
  await A.keyboard.type('#');
  assert.equal(await topic.inputValue(), `${text[0]}#${text.slice(1)}`);
  ws = await stored(A);
  const sw2 = ws.samenwerkingen.find((s) => s.id === 'voorbeeld');
  assert.match(JSON.stringify(sw2.bijeenkomsten), /En vanuit tab B\./);
  assert.ok(JSON.stringify(sw2.werkbladen).includes(`${text[0]}#${text.slice(1)}`));
  assert.deepEqual(errors, []);
  await a.context.close();
});

test("a save about another samenwerking leaves tab A's screen as it is", async () => {
  const { a, A, B, errors } = await twoTabs();
  await tabTo(A, '#sw-opgave');
  await A.keyboard.press('End');
  await A.evaluate(() => { window.vitaalField = document.activeElement; });
  // B makes a new samenwerking by keyboard: nothing on A's screen changes.
  await B.goto(`${server.origin}/#/`);
  await createByKeyboard(B, 'Tweede samenwerking');
  await stored(B);
  await A.waitForFunction(() => /ander tabblad/.test(document.querySelector('.notices')?.innerText ?? ''), null, { timeout: 5000 });
  assert.equal(await A.evaluate(() => document.activeElement === window.vitaalField), true, 'the same field, not built again');
  await A.keyboard.type(' Verder.');
  const ws = await stored(A);
  assert.equal(ws.samenwerkingen.length, 2, "B's new samenwerking kept");
  assert.match(ws.samenwerkingen.find((s) => s.id === SW).opgave, / Verder\.$/);
  assert.deepEqual(errors, []);
  await a.context.close();
});
