// End-to-end: every one of the werkbladen is made and filled in by keyboard only, survives
// a reload, goes out in the export file and comes back intact in another browser profile, is
// printed (filled and as an empty form), feeds the verslag and the actielijst, and passes axe.
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
const fixture = path.resolve('crates/core/tests/fixtures/v3.vitaal.json');
const content = JSON.parse(fs.readFileSync(path.resolve('content/werkbladen.nl.json'), 'utf8'));
const TEMPLATES = content.werkbladen.map((w) => w.id);
const PLANNED = 'bk-mfz020-r1s2t3';

async function openSamenwerking(page) {
  await page.locator('#import-bestand').setInputFiles(fixture);
  await page.waitForSelector('.samenwerking-item');
  await tabTo(page, '.samenwerking-item h3 a');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#werkbladen-kop');
}

/** Makes a werkblad of the `index`-th kind: the select by arrow keys, then the button. */
async function create(page, index) {
  await tabTo(page, '#werkblad-nieuw');
  // Back to the first kind, then down to the wanted one (a closed select changes on arrows).
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#werkblad-nieuw').inputValue(), TEMPLATES[index]);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.werkblad');
  await page.waitForSelector('#wb-titel');
}

/**
 * Walks through the whole worksheet with Tab and answers what it meets, as a facilitator at the
 * beamer would: text in every text field, every other tick box, "ja" or "nee" in turn, a score
 * on each 1–5 scale (a radio group), the next option in each select. Returns how many answers it gave.
 */
async function fillByKeyboard(page, label) {
  await tabTo(page, '.werkblad textarea, .werkblad input, .werkblad select');
  let n = 0;
  for (let step = 0; step < 3000; step++) {
    const el = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a || !a.closest('.werkblad')) return null;
      return { tag: a.tagName, type: a.type ?? '', id: a.id, name: a.name ?? '', form: a.closest('form')?.className ?? '' };
    });
    if (!el) break;
    if (el.tag === 'TEXTAREA') {
      await page.keyboard.type(`${label} ${++n}`);
    } else if (el.tag === 'INPUT' && el.type === 'checkbox') {
      if (++n % 2 === 1) await page.keyboard.press('Space');
    } else if (el.tag === 'INPUT' && el.type === 'radio') {
      // Tab stops once per group: Space takes the first option, ArrowRight the next one.
      n += 1;
      if (n % 3 === 0) await page.keyboard.press('ArrowRight');
      else await page.keyboard.press('Space');
    } else if (el.tag === 'SELECT') {
      n += 1;
      await page.keyboard.press('ArrowDown');
    } else if (el.tag === 'INPUT' && el.type === 'text' && el.form.includes('new-scan')) {
      // "Nieuw onderwerp" / "Nieuwe spelregel": add three rows, each with Enter.
      for (const text of ['Vervoer naar de dagbesteding', 'Eenzaamheid bij mantelzorgers', 'Jaarverslag']) {
        await page.keyboard.type(`${text} (${label})`);
        await page.keyboard.press('Enter');
        n += 1;
      }
      await page.waitForFunction(() => document.activeElement?.value === '');
    }
    await page.keyboard.press('Tab');
  }
  return n;
}

function sheetsOf(ws) {
  return ws.samenwerkingen.find((s) => s.id === SW).werkbladen;
}

test('every werkblad is filled in by keyboard, kept, exported, imported, printed and reported', { timeout: 600_000 }, async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await openSamenwerking(page);
  await assertAccessible(page, 'samenwerking met werkbladen');

  for (const [index, id] of TEMPLATES.entries()) {
    await create(page, index);
    const given = await fillByKeyboard(page, id);
    assert.ok(given > 0, `${id}: answered something`);
    await assertAccessible(page, `werkblad ${id}`);
    // Printed: no buttons or menus, the first answer field still there, an A4 PDF.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#wb-afdrukken').isVisible(), false, `${id}: no print button on paper`);
    assert.equal(await page.locator('.werkblad-block').first().isVisible(), true, `${id}: printed`);
    assert.ok((await page.pdf({ format: 'A4' })).length > 5_000, `${id}: a printable PDF`);
    await page.emulateMedia({ media: 'screen' });
    const sheet = sheetsOf(await stored(page)).find((w) => w.template === id);
    assert.ok(sheet, `${id} is stored`);
    const answers = Object.keys(sheet.answers).length + sheet.rows.length;
    const template = content.werkbladen[index];
    const onlySamenwerking = template.blocks.every((b) => ['route', 'partnerkaart'].includes(b.kind));
    assert.ok(answers > 0 || onlySamenwerking, `${id}: answers stored (${answers})`);
    // Text typed in the first text area is stored under its key.
    const first = page.locator('.werkblad textarea').first();
    if (await first.count()) {
      const domId = await first.getAttribute('id');
      const value = await first.inputValue();
      const key = Object.keys(sheet.answers).find((k) => `wb-${k.replaceAll('.', '-').replace('@', '--')}` === domId);
      assert.equal(sheet.answers[key], value, `${id}: ${domId} stored as typed`);
    }
    if (id === 'willen-kunnen') {
      // Every third ja/nee question was answered "nee": those are flagged, and so are none of the "ja" ones.
      const flags = await page.locator('.wb-check .flag:not([hidden])').count();
      const nee = Object.values(sheet.answers).filter((v) => v === 'nee').length;
      assert.ok(nee > 0);
      assert.equal(flags, nee, 'each "nee" shows "actie nodig"');
      assert.match(await page.locator('details.wb-flags summary').first().innerText(), /Actie nodig \(\d+\)/);
    }
    if (id === 'visievierluik') {
      // All three ambition scales got a score by keyboard: Space takes 1, ArrowRight takes 2.
      const scores = ['belofte', 'commitment', 'doen'].map((i) => Number(sheet.answers[`ambitie.${i}`]));
      assert.ok(scores.every((s) => s === 1 || s === 2), `scores ${scores}`);
      const product = scores.reduce((a, b) => a * b, 1);
      assert.match(await page.locator('.wb-product').innerText(), new RegExp(`= ${product} \\(hoogst mogelijk: 125\\)`));
    }
    if (id === 'eisenhower') {
      const rows = sheet.rows;
      assert.equal(rows.length, 3);
      // Check boxes alternate: the agenda lists topics by quadrant, Doen first.
      const quadrant = (r) => (r.urgent && r.belangrijk ? 0 : r.belangrijk ? 1 : r.urgent ? 2 : 3);
      const expected = [...rows].sort((a, b) => quadrant(a) - quadrant(b)).map((r) => r.text);
      const shown = await page.locator('.quadrant li').allInnerTexts();
      assert.deepEqual(shown, expected, 'actie-agenda in quadrant order');
      // Hand the important topics to the planned meeting's actielijst, by keyboard.
      await tabTo(page, '#wb-onderwerpen-bijeenkomst');
      const onAgenda = rows.filter((r) => r.belangrijk);
      await tabTo(page, '.wb-hand-off button');
      await page.keyboard.press('Enter');
      if (onAgenda.length) {
        await page.waitForFunction(() => document.querySelector('.notices')?.innerText.includes('actielijst'));
        const acties = (await stored(page)).samenwerkingen.find((s) => s.id === SW).acties;
        for (const r of onAgenda) {
          assert.ok(acties.some((a) => a.wat === r.text && a.id === `${sheet.id}-${r.id}`), `actie for ${r.text}`);
        }
      } else {
        assert.match(await noticeText(page), /niets voor de actielijst/);
      }
    }
    // Back to the samenwerking for the next one.
    await page.goto(`${server.origin}/#/samenwerking/${SW}`);
    await page.waitForSelector('#werkbladen-kop');
  }

  const before = sheetsOf(await stored(page));
  assert.equal(before.length, TEMPLATES.length);
  assert.deepEqual(before.map((w) => w.template).sort(), [...TEMPLATES].sort());

  // Link one worksheet to a meeting (by keyboard) and find it in the verslag.
  const vier = before.find((w) => w.template === 'visievierluik');
  await page.goto(`${server.origin}/#/samenwerking/${SW}/werkblad/${vier.id}`);
  await page.waitForSelector('#wb-bijeenkomst');
  await tabTo(page, '#wb-bijeenkomst');
  const options = await page.locator('#wb-bijeenkomst option').evaluateAll((os) => os.map((o) => o.value));
  for (let i = 0; i < options.indexOf(PLANNED); i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#wb-bijeenkomst').inputValue(), PLANNED);
  await page.goto(`${server.origin}/#/samenwerking/${SW}/bijeenkomst/${PLANNED}/verslag`);
  await page.waitForSelector('#verslag-werkbladen-kop');
  const verslag = await page.locator('.verslag-werkbladen').innerText();
  assert.match(verslag, /Werkblad: Visievierluik/);
  assert.match(verslag, new RegExp(vier.answers['vierluik.waartoe']));
  await assertAccessible(page, 'verslag met werkblad');

  // Reload: everything is still there, and the fields show it.
  const linked = sheetsOf(await stored(page));
  assert.equal(linked.find((w) => w.id === vier.id).bijeenkomst, PLANNED);
  await page.reload();
  await page.waitForSelector('h1#paginatitel');
  assert.deepEqual(sheetsOf(await stored(page)), linked);
  await page.goto(`${server.origin}/#/samenwerking/${SW}/werkblad/${vier.id}`);
  await page.waitForSelector('#wb-vierluik-waartoe');
  assert.equal(await page.locator('#wb-vierluik-waartoe').inputValue(), vier.answers['vierluik.waartoe']);

  // Print the filled worksheet: no controls, the answers are there.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#wb-afdrukken').isVisible(), false, 'print button hidden in print');
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('#wb-vierluik-waartoe').isVisible(), true, 'answer visible in print');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, 'a printable PDF');
  fs.writeFileSync(path.join(artifacts, 'werkblad-visievierluik.pdf'), pdf);
  await page.emulateMedia({ media: 'screen' });

  // Export by keyboard, import into another profile: the worksheets are intact.
  await page.goto(`${server.origin}/#/samenwerking/${SW}`);
  await page.waitForSelector('#sw-exporteer');
  const exported = path.join(artifacts, 'werkbladen.vitaal.json');
  await tabTo(page, '#sw-exporteer');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await (await download).saveAs(exported);
  const file = JSON.parse(fs.readFileSync(exported, 'utf8'));
  assert.equal(file.version, 6);
  const inFile = file.samenwerking.werkbladen;
  const final = sheetsOf(await stored(page));
  assert.deepEqual(inFile, final, 'the export holds the worksheets as stored');

  const other = await newProfile(browser, server.origin);
  await other.page.locator('#import-bestand').setInputFiles(exported);
  await other.page.waitForSelector('.samenwerking-item');
  assert.deepEqual(sheetsOf(await stored(other.page)), final, 'imported intact');
  await other.page.goto(`${server.origin}/#/samenwerking/${SW}/werkblad/${vier.id}`);
  await other.page.waitForSelector('#wb-vierluik-waartoe');
  assert.equal(await other.page.locator('#wb-vierluik-waartoe').inputValue(), vier.answers['vierluik.waartoe']);
  other.assertOnlyOwnOrigin();
  assert.deepEqual(other.errors, []);
  await other.context.close();

  p.assertOnlyOwnOrigin();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('every werkblad prints as an empty form for groups without devices', { timeout: 300_000 }, async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await openSamenwerking(page);
  // The empty forms are listed on the samenwerking page, behind one disclosure, by keyboard.
  await tabTo(page, '.blank-forms summary');
  await page.keyboard.press('Enter');
  await tabTo(page, `.blank-forms a[href$="/formulier/${TEMPLATES[0]}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.werkblad');
  for (const id of TEMPLATES) {
    await page.goto(`${server.origin}/#/samenwerking/${SW}/formulier/${id}`);
    await page.waitForSelector('.werkblad');
    assert.match(await page.locator('h1').innerText(), /Leeg formulier/);
    // Nothing on the form can be typed into, and nothing is stored.
    assert.equal(await page.locator('.werkblad textarea:not([disabled])').count(), 0, `${id}: no live fields`);
    await assertAccessible(page, `leeg formulier ${id}`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.werkblad').isVisible(), true);
    assert.equal(await page.locator('main button').first().isVisible(), false, 'no buttons on paper');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 5_000, `${id}: printable`);
    if (id === 'willen-kunnen') fs.writeFileSync(path.join(artifacts, 'leeg-willen-kunnen.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });
  }
  const sheets = (await stored(page)).samenwerkingen.find((s) => s.id === SW).werkbladen ?? [];
  assert.deepEqual(sheets, [], 'an empty form stores nothing');
  p.assertOnlyOwnOrigin();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});
