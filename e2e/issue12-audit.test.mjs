// End-to-end checks the audit of issue 12 found missing on screen (the behaviour was there,
// only host tests or other paths covered it):
// - item 2: the question before Besluitvorming with ONE open ingrediënt reads "Bij 1
//   ingrediënt" (singular), names the unanswered question, and "Toch naar Besluitvorming" by
//   KEYBOARD puts focus on the new phase's heading (meeting-run clicks it by mouse only);
// - item 9: the Markdown verslag (the file that is sent) has the "Afwezig" line;
// - item 11: the Markdown verslag counts the participants of its scan in the words of the
//   screen ("8 deelnemers: 1 op de laptop, 1 via een antwoordbestand, 6 op papier"), the paper
//   round included; it used to give only per-source counts and the paper round's cards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, newProfile, assertAccessible, tabTo, artifacts } from './helpers.mjs';
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

const fixture = path.resolve('crates/core/tests/fixtures/v1.vitaal.json');
const A = 'openheid-en-vertrouwen';
const phaseIs = (page, name) => page.waitForFunction((n) => document.querySelector('h2.phase-name')?.textContent === n, name);

test('one open ingrediënt: "Bij 1 ingrediënt", and "Toch naar Besluitvorming" by keyboard focuses the phase', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await page.locator('#import-bestand').setInputFiles(fixture);
  await page.click('.samenwerking-item h3 a');
  await page.waitForSelector('#bk-nieuw-datum');
  await page.fill('#bk-nieuw-datum', '2027-02-02');
  await page.click('.plan-meeting button[type=submit]');
  await page.waitForSelector('#bk-start');
  await page.click(`#agenda-${A}`);
  await page.click('#bk-start');
  await phaseIs(page, 'Beeldvorming');
  // Talked about, but "Is iedereen gehoord en aan boord?" left open.
  await page.click(`#check-${A}-besproken-ja`);

  await tabTo(page, '#bk-volgende-fase');
  await page.keyboard.press('Enter');
  await phaseIs(page, 'Oordeelsvorming');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.confirm');
  assert.equal(await page.locator('#besluit-vraag').innerText(), 'Bij 1 ingrediënt is het gesprek nog niet rond:');
  assert.deepEqual(await page.locator('#besluit-open li').allInnerTexts(), [
    'Bij Openheid en vertrouwen is „Is iedereen gehoord en aan boord?” nog niet beantwoord.',
  ]);
  assert.doesNotMatch(await page.locator('.confirm').innerText(), /\((en|s)\)/);
  await assertAccessible(page, 'bevestigen: 1 ingrediënt');
  // Focus is on "Terug naar het gesprek"; Tab to "Toch naar Besluitvorming", Enter.
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Terug naar het gesprek');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement.matches('.confirm button.danger')));
  await page.keyboard.press('Enter');
  await phaseIs(page, 'Besluitvorming');
  await page.waitForFunction(() => document.activeElement?.id === 'fase-kop');
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'BODY');

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('the Markdown verslag names who was absent and counts the participants like the screen', async () => {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await page.locator('#import-bestand').setInputFiles(samenwerkingFile());
  await page.waitForSelector('.samenwerking-item');
  await page.evaluate((h) => { location.hash = h; }, `#/samenwerking/${VERSLAG.SW}/bijeenkomst/${VERSLAG.B1}/verslag`);
  await page.waitForSelector('#verslag-markdown');
  // 1 on the laptop, 1 answer file, 1 paper form and a paper round of 5 cards per ingrediënt.
  const deelname = '8 deelnemers: 1 op de laptop, 1 via een antwoordbestand, 6 op papier';
  assert.match(await page.locator('.verslag-samenvatting .report-facts').innerText(), new RegExp(deelname));
  const promise = page.waitForEvent('download');
  await page.click('#verslag-markdown');
  const d = await promise;
  const file = path.join(artifacts, `issue12-audit-${d.suggestedFilename()}`);
  await d.saveAs(file);
  const md = fs.readFileSync(file, 'utf8');
  assert.match(md, /^- \*\*Afwezig:\*\* Huisartsen Dorpsstad$/m);
  assert.match(md, /^- \*\*Aanwezig:\*\* .*Anna de Vries/m);
  // The same sentence, as a paragraph of the scan section, before the per-source counts.
  const scan = md.slice(md.indexOf('## Ingrediëntenscan\n'));
  assert.ok(scan.includes(`\n\n${deelname}.\n\n- **`), scan.slice(0, 600));
  assert.deepEqual(p.errors, []);
  await p.context.close();
});
