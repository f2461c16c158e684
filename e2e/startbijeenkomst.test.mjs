// End-to-end: the workshop's Startbijeenkomst (issue 15). A meeting is planned from the
// programme by keyboard; the plan shows the programme's steps with links to the werkbladen it
// made (the three workshop exercises, Waarom samenwerken? and the startvragen), linked to the
// meeting. Each new exercise is opened by mouse from the plan, answered, found in the verslag,
// axe clean, reflows at 320 px and prints (PDFs in e2e/artifacts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, newProfile, assertAccessible, tabTo, typeDate, noticeText, stored, artifacts,
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
const fixture = path.resolve('crates/core/tests/fixtures/v5.vitaal.json');
const content = JSON.parse(fs.readFileSync(path.resolve('content/werkbladen.nl.json'), 'utf8'));
const programma = content.programmas.find((p) => p.id === 'startbijeenkomst');
const title = (id) => content.werkbladen.find((w) => w.id === id).title;

/** The three workshop exercises: where to type an answer, and what. */
const EXERCISES = [
  { template: 'waar-over-hebben', field: '#wb-eerste-bijeenkomst-ongemakkelijk', answer: 'Geld, en wie de eer krijgt' },
  { template: 'wat-helpt', field: '#wb-wat-helpt-killers', answer: 'Verborgen agenda’s en geen tijd' },
  { template: 'in-de-praktijk', field: '#wb-positie-afspraken', answer: 'De gemeente beslist niet alleen over het budget' },
];

async function noSideways(page, label) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `${label}: no horizontal scroll at 320 px (${width})`);
}

test('Startbijeenkomst: planned by keyboard, its werkbladen opened by mouse, answered, in the verslag, printed', { timeout: 300_000 }, async () => {
  const p = await newProfile(browser, server.origin);
  const { page, context } = p;
  try {
    await page.locator('#import-bestand').setInputFiles(fixture);
    await page.waitForSelector('.samenwerking-item');
    await tabTo(page, '.samenwerking-item h3 a');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#bk-nieuw-opzet');
    const before = (await stored(page)).samenwerkingen.find((s) => s.id === SW);

    // Plan it by keyboard: the date, then "Opzet": Startbijeenkomst (a closed select moves on arrows).
    await tabTo(page, '#bk-nieuw-datum');
    await typeDate(page, '2027-01-12');
    await tabTo(page, '#bk-nieuw-opzet');
    assert.equal(await page.locator('#bk-nieuw-opzet').inputValue(), '');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#bk-nieuw-opzet').inputValue(), 'startbijeenkomst');
    assert.match(
      await page.locator('#bk-nieuw-opzet option:checked').innerText(),
      /Startbijeenkomst \(programma van de workshop\)/,
    );
    await tabTo(page, '.plan-meeting button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#bk-programma-kop');
    assert.match(await noticeText(page), /startbijeenkomst is gepland/);

    // The programme on the plan: every step of the workshop's agenda, in order, with minutes.
    const steps = await page.locator('.programma-lijst li').allInnerTexts();
    assert.equal(steps.length, programma.stappen.length);
    assert.equal(steps.length, 8);
    programma.stappen.forEach((s, i) => {
      assert.ok(steps[i].startsWith(s.title), `step ${i + 1}: ${steps[i]}`);
      assert.match(steps[i], new RegExp(` · ${s.minutes} minuten`));
    });
    assert.match(steps[0], /^Welkom en introductie/);
    assert.match(steps[1], /5S-model en de motieven/);
    assert.match(steps[6], /BOB en BARB/);
    assert.match(await page.locator('.programma').innerText(), /In totaal 135 minuten\./);
    const links = await page.locator('.programma-lijst a.programma-werkblad').allInnerTexts();
    assert.deepEqual(links, ['waarom', 'waar-over-hebben', 'wat-helpt', 'in-de-praktijk', 'startvragen']
      .map((id) => `Werkblad: ${title(id)}`));
    await assertAccessible(page, 'plan van de startbijeenkomst');

    // Stored: the meeting with its programme, and one werkblad per exercise, linked to it.
    const after1 = (await stored(page)).samenwerkingen.find((s) => s.id === SW);
    const meeting = after1.bijeenkomsten.find((b) => !before.bijeenkomsten.some((x) => x.id === b.id));
    assert.ok(meeting, 'a new meeting');
    assert.equal(meeting.date, '2027-01-12');
    assert.equal(meeting.status, 'gepland');
    assert.deepEqual(meeting.programma.map((s) => s.id), programma.stappen.map((s) => s.id));
    const made = after1.werkbladen.filter((w) => w.bijeenkomst === meeting.id);
    assert.deepEqual(made.map((w) => w.template), ['waarom', 'waar-over-hebben', 'wat-helpt', 'in-de-praktijk', 'startvragen']);
    for (const step of meeting.programma.filter((s) => s.werkblad)) {
      assert.ok(made.some((w) => w.id === step.werkblad), `${step.id} links its werkblad`);
    }
    const planHash = `#/samenwerking/${SW}/bijeenkomst/${meeting.id}/voorbereiden`;

    // The startvragen made here do not ask "Waar moeten we het over hebben?" again: it has its own werkblad.
    await page.locator('.programma-lijst a', { hasText: title('startvragen') }).click();
    await page.waitForSelector('.werkblad');
    assert.equal(await page.locator('#wb-eerste-bijeenkomst-kop').count(), 0);
    assert.equal(await page.locator('#wb-startvragen-kop').count(), 1);
    await page.goBack();
    await page.waitForSelector('#bk-programma-kop');

    for (const ex of EXERCISES) {
      // Open it by mouse from the plan.
      await page.locator('.programma-lijst a', { hasText: title(ex.template) }).click();
      await page.waitForSelector('.werkblad');
      assert.match(await page.locator('h1').innerText(), new RegExp(title(ex.template).replace('?', '\\?')));
      assert.equal(await page.locator('#wb-bijeenkomst').inputValue(), meeting.id, `${ex.template}: linked to the meeting`);
      // Answer one question (click into it, type).
      await page.locator(ex.field).click();
      await page.keyboard.type(ex.answer);
      await page.waitForFunction((t) => (localStorage.getItem('vitaal-samenwerken:werkruimte') ?? '').includes(t), ex.answer);
      assert.match(await page.locator('.werkblad-intro .meta').innerText(), /^1 van \d+ /);
      await assertAccessible(page, `werkblad ${ex.template}`);

      // 320 px wide: no sideways scrolling, still axe clean.
      await page.setViewportSize({ width: 320, height: 720 });
      await noSideways(page, ex.template);
      await assertAccessible(page, `werkblad ${ex.template} op 320 px`);
      await page.setViewportSize({ width: 1280, height: 900 });

      // Printed: the worksheet with the answer, without buttons; an A4 PDF kept as an artifact.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('#wb-afdrukken').isVisible(), false, `${ex.template}: no print button on paper`);
      assert.equal(await page.locator(ex.field).isVisible(), true);
      const pdf = await page.pdf({ format: 'A4' });
      fs.writeFileSync(path.join(artifacts, `startbijeenkomst-${ex.template}.pdf`), pdf);
      await page.emulateMedia({ media: 'screen' });
      const text = pdfPages(pdf).join('\n');
      for (const block of content.werkbladen.find((w) => w.id === ex.template).blocks) {
        assert.ok(text.includes(block.title), `${ex.template}: "${block.title}" printed`);
      }

      // Back to the plan.
      await page.goto(`${server.origin}/${planHash}`);
      await page.waitForSelector('#bk-programma-kop');
    }

    // The verslag: the programme, and each answer in its werkblad.
    await page.goto(`${server.origin}/#/samenwerking/${SW}/bijeenkomst/${meeting.id}/verslag`);
    await page.waitForSelector('#verslag-programma-kop');
    const listed = await page.locator('.verslag-programma li').allInnerTexts();
    assert.equal(listed.length, 8);
    assert.match(listed[2], /^Waar moeten we het over hebben\? \(20 minuten\), werkblad “Waar moeten we het over hebben\?”$/);
    const sheets = await page.locator('.verslag-werkbladen').innerText();
    for (const ex of EXERCISES) {
      assert.ok(sheets.includes(`Werkblad: ${title(ex.template)}`), `${ex.template} in the verslag`);
      assert.ok(sheets.includes(ex.answer), `${ex.template}: its answer in the verslag`);
    }
    await assertAccessible(page, 'verslag van de startbijeenkomst');
    p.assertOnlyOwnOrigin();
    assert.deepEqual(p.errors, []);
  } finally {
    await context.close();
  }
});

test('Startbijeenkomst: the plan and the three exercises reflow at 320 px, and an empty meeting has no programme', { timeout: 120_000 }, async () => {
  const p = await newProfile(browser, server.origin);
  const { page, context } = p;
  try {
    await page.locator('#import-bestand').setInputFiles(fixture);
    await page.click('.samenwerking-item h3 a');
    await page.waitForSelector('#bk-nieuw-opzet');
    // An empty meeting (by mouse): no programme.
    await page.click('.plan-meeting button[type=submit]');
    await page.waitForSelector('#bk-start');
    assert.equal(await page.locator('#bk-programma-kop').count(), 0);
    await page.goBack();
    await page.waitForSelector('#bk-nieuw-opzet');
    await page.selectOption('#bk-nieuw-opzet', 'startbijeenkomst');
    await page.click('.plan-meeting button[type=submit]');
    await page.waitForSelector('#bk-programma-kop');
    await page.setViewportSize({ width: 320, height: 720 });
    await noSideways(page, 'plan');
    await assertAccessible(page, 'plan van de startbijeenkomst op 320 px');
    for (const ex of EXERCISES) {
      await page.locator('.programma-lijst a', { hasText: title(ex.template) }).click();
      await page.waitForSelector('.werkblad');
      await noSideways(page, ex.template);
      await page.goBack();
      await page.waitForSelector('#bk-programma-kop');
    }
    assert.deepEqual(p.errors, []);
  } finally {
    await context.close();
  }
});
