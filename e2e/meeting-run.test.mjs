// End-to-end: leading a meeting by MOUSE and by keyboard, as a new facilitator did (a BARB
// meeting in Ommen with three ingrediënten): every navigation button of the meeting, in normal
// and presentation mode, is clicked and what the screen shows afterwards is asserted (text,
// focus, axe, no visible code). Also the question before Besluitvorming (it asks for the right
// reason and names who is not on board), focus after each confirmation, the question before
// closing, the status line after a phase move, and badges that fit on the beamer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, newProfile, assertAccessible, assertNoCodeFragments, noticeText, stored, artifacts, tabTo,
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

const fixture = path.resolve('crates/core/tests/fixtures/v1.vitaal.json');
const A = 'openheid-en-vertrouwen';
const B = 'gezamenlijk-belang';
const C = 'voldoende-tijd';
const KBO = 'p-mfx2ka-1bc2d3';
const JANSEN = 'p-mfx2kb-2cd3e4';

/** A fresh profile with the v1 fixture (three partners) and a planned meeting, all by mouse. */
async function plannedMeeting({ barb, agenda }) {
  const p = await newProfile(browser, server.origin);
  const { page } = p;
  await page.locator('#import-bestand').setInputFiles(fixture);
  await page.click('.samenwerking-item h3 a');
  await page.waitForSelector('#bk-nieuw-datum');
  await page.fill('#bk-nieuw-datum', '2027-02-02');
  if (barb) await page.selectOption('#bk-nieuw-vorm', 'barb');
  await page.click('.plan-meeting button[type=submit]');
  await page.waitForSelector('#bk-start');
  for (const id of agenda) await page.click(`#agenda-${id}`);
  await page.click('#bk-start');
  await page.waitForSelector('h2.phase-name');
  return p;
}

const phaseName = (page) => page.locator('h2.phase-name').innerText();
const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
const statusLine = async (page) => (await page.locator('#fase-status').innerText()).trim();

async function waitPhase(page, name) {
  await page.waitForFunction((n) => document.querySelector('h2.phase-name')?.textContent === n, name);
}

/** The phase badges and names fit (nothing clipped, nothing outside the stepper or the page)
 *  and every badge is readable. */
async function assertStepperFits(page, label) {
  const problems = await page.evaluate(() => {
    const out = [];
    const ol = document.querySelector('.stepper');
    const box = ol.getBoundingClientRect();
    const page = document.documentElement.clientWidth;
    for (const el of ol.querySelectorAll('li, .step-number')) {
      if (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight) {
        out.push(`${el.textContent}: content ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`);
      }
    }
    for (const el of ol.querySelectorAll('li, .step-number, .step-name')) {
      const r = el.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5 || r.right > page) {
        out.push(`${el.textContent} sticks out of the stepper`);
      }
    }
    // Each number sits inside its own badge.
    for (const badge of ol.querySelectorAll('.step-number')) {
      const range = document.createRange();
      range.selectNodeContents(badge);
      const t = range.getBoundingClientRect();
      const b = badge.getBoundingClientRect();
      if (t.left < b.left || t.right > b.right || t.top < b.top - 1 || t.bottom > b.bottom + 1) {
        out.push(`badge ${badge.textContent} clips its number`);
      }
    }
    // Every badge's number against its own background: at least 4.5:1 (axe leaves these
    // small round badges to a human; the "4" was once white on light grey).
    const luminance = (rgb) => {
      const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const badge of ol.querySelectorAll('.step-number')) {
      const s = getComputedStyle(badge);
      const [l1, l2] = [luminance(s.color), luminance(s.backgroundColor)].sort((x, y) => y - x);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      if (ratio < 4.5) out.push(`badge ${badge.textContent}: contrast ${ratio.toFixed(2)} (${s.color} on ${s.backgroundColor})`);
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push('the page scrolls sideways');
    return out;
  });
  assert.deepEqual(problems, [], `stepper on "${label}"`);
}

test('every navigation button by mouse, normal and presentation mode (BARB, three ingrediënten)', async () => {
  const p = await plannedMeeting({ barb: true, agenda: [A, B, C] });
  const { page } = p;
  assert.equal(await phaseName(page), 'Beeldvorming');
  assert.equal(await page.locator('#bk-vorige-fase').isDisabled(), true);
  assert.equal(await page.locator('article.run-item').count(), 3);
  await assertAccessible(page, 'leiden: beeldvorming');
  await assertStepperFits(page, 'leiden 1280x900');

  // Timer by mouse: pause, stands still, keeps focus through the ticks; start again.
  await page.click('#bk-timer');
  assert.equal(await page.locator('#bk-timer').innerText(), 'Timer starten');
  const still = await page.locator('.timer-value').innerText();
  await page.waitForTimeout(1300);
  assert.equal(await page.locator('.timer-value').innerText(), still, 'a paused timer stands still');
  assert.equal(await focused(page), 'bk-timer', 'the timer button keeps focus through a tick');
  await page.click('#bk-timer');
  assert.equal(await page.locator('#bk-timer').innerText(), 'Timer pauzeren');
  await page.waitForTimeout(1300);
  assert.equal(await focused(page), 'bk-timer', 'the running timer never takes focus away');

  // Volgende fase by mouse: the phase moves, the status line says so, focus stays.
  await page.click('#bk-volgende-fase');
  await waitPhase(page, 'Achterbanraadpleging');
  assert.equal(await page.locator('.phase-question').innerText(), 'Wat vindt mijn achterban ervan?');
  assert.equal(await statusLine(page), 'Naar Achterbanraadpleging. De tijd van deze fase loopt.');
  assert.equal(await focused(page), 'bk-volgende-fase');
  assert.equal(await page.locator('.stepper li[aria-current="step"] .step-number').innerText(), '2');
  // Vorige fase by mouse: back, and as the button is now disabled focus goes to the phase.
  await page.click('#bk-vorige-fase');
  await waitPhase(page, 'Beeldvorming');
  assert.equal(await statusLine(page), 'Terug naar Beeldvorming. De tijd van deze fase loopt.');
  await page.waitForFunction(() => document.activeElement?.id === 'fase-kop');
  assert.equal(await page.locator('#bk-vorige-fase').isDisabled(), true);

  // Presentation mode by mouse.
  await page.click('#bk-presentatie');
  await page.waitForFunction(() => document.body.classList.contains('presentatie'));
  assert.equal(await page.locator('#bk-presentatie').innerText(), 'Presentatie sluiten');
  assert.equal(await page.locator('#bk-presentatie').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('article.run-item').count(), 1);
  assert.equal(await page.locator('#bk-ingredient-van').innerText(), 'Ingrediënt 1 van 3');
  assert.equal(await page.locator('#bk-volgend-ingredient').innerText(), 'Volgend ingrediënt');
  assert.equal(await page.locator('#bk-volgend-ingredient').isEnabled(), true, 'Volgend ingrediënt works on 1 of 3');
  assert.equal(await page.locator('#bk-vorig-ingredient').isDisabled(), true);
  await assertAccessible(page, 'presentatie: beeldvorming, ingrediënt 1 van 3');
  await assertStepperFits(page, 'presentatie 1280x900');

  // Volgend / vorig ingrediënt by mouse.
  await page.click('#bk-volgend-ingredient');
  assert.equal(await page.locator('#bk-ingredient-van').innerText(), 'Ingrediënt 2 van 3');
  assert.match(await page.locator('article.run-item h2').innerText(), /Een gezamenlijk belang/);
  assert.equal(await page.locator('#bk-vorig-ingredient').isEnabled(), true);
  await page.click('#bk-volgend-ingredient');
  assert.equal(await page.locator('#bk-ingredient-van').innerText(), 'Ingrediënt 3 van 3');
  assert.match(await page.locator('article.run-item h2').innerText(), /Voldoende tijd/);
  assert.equal(await page.locator('#bk-volgend-ingredient').isDisabled(), true, 'no ingrediënt after the last');
  assert.equal(await focused(page), 'bk-vorig-ingredient', 'focus moves to the button that still works');
  await page.click('#bk-vorig-ingredient');
  assert.equal(await page.locator('#bk-ingredient-van').innerText(), 'Ingrediënt 2 van 3');
  assert.match(await page.locator('article.run-item h2').innerText(), /Een gezamenlijk belang/);
  await assertNoCodeFragments(page, 'presentatie: ingrediënt 2 van 3');

  // The notes are readable on the beamer: large light text on a dark field.
  const note = await page.locator(`#notitie-${B}-beeldvorming`).evaluate((el) => {
    const s = getComputedStyle(el);
    return { size: parseFloat(s.fontSize), color: s.color, background: s.backgroundColor };
  });
  assert.ok(note.size >= 22, `notes in presentation mode are ${note.size}px`);
  assert.equal(note.color, 'rgb(255, 255, 255)');
  assert.equal(note.background, 'rgb(17, 17, 17)');

  // Timer and phases by mouse in presentation mode; a paused timer is said after each move.
  await page.click('#bk-timer');
  assert.equal(await page.locator('#bk-timer').innerText(), 'Timer starten');
  await page.click('#bk-volgende-fase');
  await waitPhase(page, 'Achterbanraadpleging');
  assert.equal(await statusLine(page), 'Naar Achterbanraadpleging. De tijd van deze fase staat stil; start hem met T of de knop.');
  assert.equal(await page.locator('#fase-status').getAttribute('role'), 'status');
  assert.equal(await page.locator('#fase-status').isVisible(), true);
  // ← by keyboard (outside text fields) goes back, and says so: never silently.
  await page.keyboard.press('ArrowLeft');
  await waitPhase(page, 'Beeldvorming');
  assert.equal(await statusLine(page), 'Terug naar Beeldvorming. De tijd van deze fase staat stil; start hem met T of de knop.');
  await page.keyboard.press('t');
  assert.equal(await page.locator('#bk-timer').innerText(), 'Timer pauzeren');
  assert.equal(await statusLine(page), 'Terug naar Beeldvorming. De tijd van deze fase loopt.');
  // → and ↓ ↑ still work.
  await page.keyboard.press('ArrowRight');
  await waitPhase(page, 'Achterbanraadpleging');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#bk-ingredient-van').innerText(), 'Ingrediënt 3 van 3');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.locator('#bk-ingredient-van').innerText(), 'Ingrediënt 1 van 3');
  await page.click('#bk-volgende-fase');
  await waitPhase(page, 'Revisie');
  await assertAccessible(page, 'presentatie: revisie');

  // Close presentation mode by mouse.
  await page.click('#bk-presentatie');
  await page.waitForFunction(() => !document.body.classList.contains('presentatie'));
  assert.equal(await page.locator('#bk-presentatie').innerText(), 'Presentatie op de beamer');
  assert.equal(await page.locator('article.run-item').count(), 3);
  assert.equal(await page.locator('.site-header').isVisible(), true);

  // Checkvragen by mouse. A: everything settled except "besluiten genomen" (normal before
  // deciding). KBO was ticked first: "ja" clears the tick, on screen and stored.
  await page.click(`#aanboord-${A}-${KBO}`);
  assert.equal(await page.locator(`#aanboord-${A}-${KBO}`).isChecked(), true);
  await page.click(`#check-${A}-besproken-ja`);
  await page.click(`#check-${A}-gehoord-ja`);
  await page.click(`#check-${A}-besloten-nee`);
  assert.equal(await page.locator(`#aanboord-${A}-${KBO}`).isChecked(), false, 'aan boord = ja unticks the names');
  let b = (await stored(page)).samenwerkingen[0].bijeenkomsten[0];
  assert.deepEqual(b.agenda[0].checks, { besproken: 'ja', gehoord: 'ja', besloten: 'nee', niet_aan_boord: [] });
  // B: talked about, but Meneer Jansen is not on board. C: not answered whether it was talked about.
  await page.click(`#check-${B}-besproken-ja`);
  await page.click(`#check-${B}-gehoord-nee`);
  await page.click(`#aanboord-${B}-${JANSEN}`);
  await page.click(`#check-${C}-gehoord-deels`);

  // Volgende fase: the question names the ingrediënten, the questions and who is not on board.
  await page.click('#bk-volgende-fase');
  await page.waitForSelector('.confirm');
  assert.equal(await page.locator('#besluit-vraag').innerText(), 'Bij 2 ingrediënten is het gesprek nog niet rond:');
  assert.deepEqual(await page.locator('#besluit-open li').allInnerTexts(), [
    'Bij Een gezamenlijk belang is nog niet iedereen aan boord: Meneer Jansen (82).',
    'Bij Voldoende tijd is „Hebben we het hier over gehad?” nog niet beantwoord.',
    'Bij Voldoende tijd is „Is iedereen gehoord en aan boord?” beantwoord met „deels”.',
  ]);
  assert.doesNotMatch(await page.locator('.confirm').innerText(), /Openheid en vertrouwen/);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Terug naar het gesprek');
  assert.equal(await phaseName(page), 'Revisie', 'nothing moved yet');
  await assertAccessible(page, 'bevestigen: naar besluitvorming');
  // "Terug naar het gesprek" by mouse: focus goes back to Volgende fase, not to the page.
  await page.click('.confirm button:not(.danger)');
  assert.equal(await page.locator('.confirm').count(), 0);
  assert.equal(await focused(page), 'bk-volgende-fase');
  assert.equal(await phaseName(page), 'Revisie');
  // The same by keyboard.
  await page.keyboard.press('Enter');
  await page.waitForSelector('.confirm');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.confirm').count(), 0);
  assert.equal(await focused(page), 'bk-volgende-fase');
  // "Toch naar Besluitvorming" by mouse: focus on the new phase's heading.
  await page.click('#bk-volgende-fase');
  await page.click('.confirm button.danger');
  await waitPhase(page, 'Besluitvorming');
  await page.waitForFunction(() => document.activeElement?.id === 'fase-kop');
  assert.equal(await statusLine(page), 'Naar Besluitvorming. De tijd van deze fase loopt.');

  // The last phase: the same button now closes the meeting, but asks first.
  assert.equal(await page.locator('#bk-afronden').innerText(), 'Bijeenkomst afronden');
  assert.equal(await page.locator('#bk-volgende-fase').count(), 0);
  await page.click('#bk-afronden');
  await page.waitForSelector('#afronden-vraag');
  assert.match(await page.locator('#afronden-vraag').innerText(), /^De bijeenkomst afronden\?/);
  assert.equal(await focused(page), 'bk-afronden-nee');
  await assertAccessible(page, 'bevestigen: afronden');
  await page.click('#bk-afronden-nee');
  assert.equal(await page.locator('#afronden-vraag').count(), 0);
  assert.equal(await focused(page), 'bk-afronden', 'cancel returns focus');

  // Presentation mode at the last phase: → says it is the last phase, readable (axe), and the
  // badges fit on a beamer at 1280x720 and 1024x768.
  await page.click('#bk-presentatie');
  await page.waitForFunction(() => document.body.classList.contains('presentatie'));
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.notice-error');
  assert.match(await noticeText(page), /Dit is de laatste fase/);
  assert.equal(await page.locator('.notice-error').isVisible(), true);
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(100);
    await assertStepperFits(page, `presentatie besluitvorming ${viewport.width}x${viewport.height}`);
    await assertAccessible(page, `presentatie laatste fase ${viewport.width}x${viewport.height}`);
  }
  await page.screenshot({ path: path.join(artifacts, 'presentatie-besluitvorming.png') });
  // The "4" badge (the current phase) and every other badge: readable colours.
  const badges = await page.locator('.stepper .step-number').evaluateAll((els) => els.map((el) => {
    const s = getComputedStyle(el);
    return [el.textContent, s.color, s.backgroundColor];
  }));
  assert.deepEqual(badges, [
    ['1', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)'],
    ['2', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)'],
    ['3', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)'],
    ['4', 'rgb(255, 208, 138)', 'rgb(0, 0, 0)'],
  ]);
  // Esc ends presentation mode; closing by mouse, confirmed, shows the verslag.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.body.classList.contains('presentatie'));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click('#bk-afronden');
  await page.click('#bk-afronden-ja');
  await page.waitForFunction(() => location.hash.endsWith('/verslag'));
  b = (await stored(page)).samenwerkingen[0].bijeenkomsten[0];
  assert.equal(b.status, 'afgerond');

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});

test('three Enters never close a meeting; the badges fit before Besluitvorming too', async () => {
  const p = await plannedMeeting({ barb: false, agenda: [] });
  const { page } = p;
  await tabTo(page, '#bk-volgende-fase');
  await page.keyboard.press('Enter');
  await waitPhase(page, 'Oordeelsvorming');
  assert.equal(await focused(page), 'bk-volgende-fase');
  await page.keyboard.press('Enter');
  await waitPhase(page, 'Besluitvorming');
  // The button under focus turned into "Bijeenkomst afronden": still focused, not closed.
  assert.equal(await focused(page), 'bk-afronden');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#afronden-vraag');
  assert.equal(await focused(page), 'bk-afronden-nee', 'the question takes focus, on "Nog niet afronden"');
  assert.equal((await stored(page)).samenwerkingen[0].bijeenkomsten[0].status, 'bezig');
  assert.match(page.url(), /\/leiden$/);
  // A fourth Enter cancels and returns focus.
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#afronden-vraag').count(), 0);
  assert.equal(await focused(page), 'bk-afronden');
  // Closing on purpose: Enter, Tab to "Ja", Enter.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'bk-afronden-ja');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.endsWith('/verslag'));
  assert.equal((await stored(page)).samenwerkingen[0].bijeenkomsten[0].status, 'afgerond');

  // A second meeting, in presentation mode at phase 1 of 4 (BARB), at both beamer sizes.
  await page.click('.breadcrumb a');
  await page.waitForSelector('#bk-nieuw-datum');
  await page.fill('#bk-nieuw-datum', '2027-03-03');
  await page.selectOption('#bk-nieuw-vorm', 'barb');
  await page.click('.plan-meeting button[type=submit]');
  await page.waitForSelector('#bk-start');
  await page.click(`#agenda-${B}`);
  await page.click('#bk-start');
  await page.waitForSelector('#bk-presentatie');
  await page.click('#bk-presentatie');
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(100);
    await assertStepperFits(page, `presentatie beeldvorming ${viewport.width}x${viewport.height}`);
    await assertAccessible(page, `presentatie beeldvorming ${viewport.width}x${viewport.height}`);
  }
  assert.equal(await page.locator('#bk-ingredient-van').innerText(), 'Ingrediënt 1 van 1');
  assert.equal(await page.locator('#bk-volgend-ingredient').isDisabled(), true);

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});
