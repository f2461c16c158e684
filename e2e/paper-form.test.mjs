// End-to-end: printable paper scan forms (src/ui/scan/paper_form.rs), from the scan's Verzamelen
// tab by keyboard and mouse: one A4 per participant, laid out as the "Papieren ronde" table (the
// same ingrediënten in the same order, the same columns), printed alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, newProfile, assertAccessible, tabTo, createByKeyboard, artifacts,
} from './helpers.mjs';
import { pdfPageCount, pdfPages } from './pdf-text.mjs';

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

const texts = (locator) => locator.evaluateAll((els) => els.map((e) => e.textContent.trim()));

test('paper forms: from Verzamelen by keyboard and mouse, one A4 each, as the paper round table', async () => {
  const p = await newProfile(browser, server.origin);
  const { page, context } = p;
  try {
    await createByKeyboard(page, 'Papieren scan');
    await tabTo(page, '#scan-nieuw');
    await page.keyboard.type('Najaarsscan');
    await page.keyboard.press('Enter');
    await page.waitForSelector('form.scan-form');
    // The paper round's table, to compare with.
    await page.locator('nav.meeting-tabs a', { hasText: 'Papieren ronde' }).click();
    await page.waitForSelector('table.paper-table');
    const columns = await texts(page.locator('table.paper-table thead th'));
    const rows = await texts(page.locator('table.paper-table tbody th'));
    assert.equal(rows.length, 16);

    // Verzamelen, by mouse.
    await page.locator('nav.meeting-tabs a', { hasText: 'Verzamelen' }).click();
    await page.waitForSelector('#papier-afdrukken');
    assert.equal((await page.locator('#papier-formulieren-kop').innerText()).trim(), 'Papieren formulieren');
    assert.equal(await page.locator('.paper-forms').isVisible(), false, 'the forms are not on screen');
    await assertAccessible(page, 'scan verzamelen met papieren formulieren');

    // How many, by keyboard.
    await tabTo(page, '#papier-aantal');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'papier-afdrukken');
    assert.equal(await page.locator('.paper-form').count(), 3);

    // Print: by keyboard and by mouse; while printing, the body says what prints.
    await page.evaluate(() => {
      window.printedWith = [];
      window.print = () => window.printedWith.push(document.body.className);
    });
    await page.keyboard.press('Enter');
    await page.locator('#papier-afdrukken').click();
    const printed = await page.evaluate(() => window.printedWith);
    assert.equal(printed.length, 2);
    for (const classes of printed) assert.match(classes, /\bprint-paper-forms\b/);
    assert.doesNotMatch(await page.evaluate(() => document.body.className), /print-paper-forms/, 'only while printing');

    // Each form: the same columns and ingrediënten as the paper round's table.
    const first = page.locator('.paper-form').first();
    assert.deepEqual(await texts(first.locator('thead th')), columns);
    assert.deepEqual(await texts(first.locator('tbody th')), rows);
    assert.equal(await first.locator('tbody .paper-box').count(), 16 * 6);

    // As printed: the forms alone, one A4 each.
    await page.evaluate(() => document.body.classList.add('print-paper-forms'));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.paper-forms').isVisible(), true);
    assert.equal(await page.locator('#papier-formulieren-kop').isVisible(), false);
    assert.equal(await page.locator('h1#paginatitel').isVisible(), false);
    const pdf = await page.pdf({ format: 'A4' });
    fs.writeFileSync(path.join(artifacts, 'papieren-formulieren.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => document.body.classList.remove('print-paper-forms'));
    assert.equal(pdfPageCount(pdf), 3, 'one A4 per participant');
    const pages = pdfPages(pdf);
    pages.forEach((text, i) => {
      assert.match(text, /Ingrediëntenscan: Najaarsscan/);
      assert.match(text, new RegExp(`Formulier ${i + 1} van 3`));
      assert.match(text, /Organisatie/);
      assert.doesNotMatch(text, /Formulieren afdrukken|Verzamelen/);
    });
    assert.deepEqual(p.errors, []);
  } finally {
    await context.close();
  }
});
