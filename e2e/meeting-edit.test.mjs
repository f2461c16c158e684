// End-to-end: editing besluiten and acties in place (keyboard and mouse), deleting with an undo
// hint and sensible focus, "Bij ingrediënt" following the ingrediënt being discussed, fields
// that show their whole value, and the planning form: the plaats carried over, "Bijeenkomst
// starten" a few Tabs from the first field, focus kept after "Zet deze op de agenda".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  serve, launch, newProfile, assertAccessible, tabTo, noticeText, stored, typeDate, assertVisibleFocus,
} from './helpers.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const fixture = path.resolve('crates/core/tests/fixtures/v1.vitaal.json');

async function withSamenwerking() {
  const p = await newProfile(browser, server.origin);
  await p.page.locator('#import-bestand').setInputFiles(fixture);
  await p.page.waitForSelector('.samenwerking-item');
  await p.page.locator('.samenwerking-item h3 a').click();
  await p.page.waitForSelector('#bijeenkomsten-kop');
  return p;
}

async function planMeeting(page, date) {
  await tabTo(page, '#bk-nieuw-datum');
  await typeDate(page, date);
  await tabTo(page, '.plan-meeting button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#bk-start');
}

const active = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const phaseIs = (page, name) => page.waitForFunction((n) => document.querySelector('h2.phase-name')?.textContent === n, name);

/** After "Volgende fase" into Besluitvorming with checkvragen still open, the app asks first;
 * these tests are about other things, so they answer "Toch naar Besluitvorming" (by `how`). */
async function pastTheQuestion(page, phase, how) {
  await page.waitForFunction(
    (n) => document.querySelector('.confirm button.danger') || document.querySelector('h2.phase-name')?.textContent === n,
    phase,
  );
  const toch = '.confirm button.danger';
  if (await page.locator(toch).count()) {
    if (how === 'mouse') await page.locator(toch).click();
    else {
      await tabTo(page, toch);
      await page.keyboard.press('Enter');
    }
  }
  await phaseIs(page, phase);
}

/** Fails unless every matching field shows its whole text: a select is at least as wide as its
 * longest option (measured in its own font) plus padding and arrow, an input does not scroll. */
async function assertFieldsFit(page, selector, label) {
  const problems = await page.evaluate((sel) => {
    const canvas = document.createElement('canvas').getContext('2d');
    const out = [];
    for (const el of document.querySelectorAll(sel)) {
      const s = getComputedStyle(el);
      canvas.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const pad = parseFloat(s.paddingLeft) + parseFloat(s.paddingRight);
      if (el.tagName === 'SELECT') {
        const widest = Math.max(...[...el.options].map((o) => canvas.measureText(o.text).width));
        const needed = widest + pad + 16;
        if (el.clientWidth < needed) out.push(`${el.id || el.getAttribute('aria-label')}: ${el.clientWidth}px < ${Math.ceil(needed)}px`);
      } else {
        if (el.scrollWidth > el.clientWidth) out.push(`${el.id || el.getAttribute('aria-label')}: scrolls (${el.scrollWidth} > ${el.clientWidth})`);
        if (el.type === 'number') {
          const needed = canvas.measureText(String(el.max || el.value)).width + pad + 14;
          if (el.clientWidth < needed) out.push(`${el.id}: ${el.clientWidth}px < ${Math.ceil(needed)}px for ${el.max}`);
        }
        if (el.type === 'date') {
          // The date as the field shows it (dd-mm-jjjj or mm/dd/yyyy) and its calendar button.
          const needed = canvas.measureText('00-00-0000').width + pad + 16;
          if (el.clientWidth < needed) out.push(`${el.id || el.getAttribute('aria-label')}: ${el.clientWidth}px < ${Math.ceil(needed)}px`);
        }
      }
      const r = el.getBoundingClientRect();
      if (r.height < 44) out.push(`${el.id || el.getAttribute('aria-label')}: ${r.height}px high`);
      // Nor may it stick out of its box, under the next field.
      const box = el.parentElement.getBoundingClientRect();
      if (r.right > box.right + 1) out.push(`${el.id || el.getAttribute('aria-label')}: sticks out of its box by ${Math.round(r.right - box.right)}px`);
      for (const other of document.querySelectorAll('input, select, button')) {
        if (other === el || other.offsetParent === null) continue;
        const o = other.getBoundingClientRect();
        if (o.left < r.right - 1 && o.right > r.left + 1 && o.top < r.bottom - 1 && o.bottom > r.top + 1) {
          out.push(`${el.id || el.getAttribute('aria-label')}: overlaps ${other.id || other.getAttribute('aria-label') || other.textContent}`);
        }
      }
    }
    return out;
  }, selector);
  assert.deepEqual(problems, [], `fields cut off (${label})`);
  assert.ok(await page.locator(selector).count() > 0, `${selector} on screen`);
}

test('planning: the plaats carries over, starting is a few Tabs away, suggestions keep focus, start by mouse', async () => {
  const p = await withSamenwerking();
  const { page } = p;
  await planMeeting(page, '2026-09-01');

  // From the first field to "Bijeenkomst starten": a handful of Tabs, not 47.
  await page.locator('#bk-datum').focus();
  let tabs = 0;
  while ((await active(page)) !== 'bk-start' && tabs < 60) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  assert.ok(tabs <= 10, `${tabs} Tabs from the date to "Bijeenkomst starten"`);
  await assertVisibleFocus(page);
  assert.match(await page.locator('.start-summary').innerText(), /^0 ingrediënten op de agenda · 3 partners erbij · 60 minuten$/);

  // Fields show their whole value and are touch-sized.
  await page.locator('#bk-minuten-beeldvorming').fill('480');
  await assertFieldsFit(page, '.plan-view input[type=date], .plan-view input[type=number], .plan-view input[type=text]', 'voorbereiden');
  await page.locator('#bk-minuten-beeldvorming').fill('20');

  // By mouse: plaats, one ingrediënt, start.
  await page.locator('#bk-plaats').fill('Buurthuis De Schakel');
  await page.locator('label[for="agenda-openheid-en-vertrouwen"]').click();
  assert.match(await page.locator('.start-summary').innerText(), /^1 ingrediënt op de agenda · 3 partners erbij/);
  await assertAccessible(page, 'voorbereiden met startknop');
  await page.locator('#bk-start').click();
  await phaseIs(page, 'Beeldvorming');
  for (const phase of ['Oordeelsvorming', 'Besluitvorming']) {
    await page.locator('#bk-volgende-fase').click();
    await pastTheQuestion(page, phase, 'mouse');
  }
  await page.locator('#bk-afronden').click();
  await page.locator('#bk-afronden-ja').click();
  await page.waitForFunction(() => location.hash.endsWith('/verslag'));

  // The next meeting: the same plaats, every partner invited again.
  await page.locator('.breadcrumb a').click();
  await page.waitForSelector('#bk-nieuw-datum');
  await planMeeting(page, '2026-10-01');
  assert.equal(await page.locator('#bk-plaats').inputValue(), 'Buurthuis De Schakel', 'plaats carried over on screen');
  assert.equal(await page.locator('.check-list input[id^="bk-aanwezig-"]:checked').count(), 3);
  const data = await stored(page);
  assert.equal(data.samenwerkingen[0].bijeenkomsten[1].place, 'Buurthuis De Schakel');

  // "Zet deze op de agenda": the suggestions go, focus goes to the agenda list.
  await page.waitForSelector('.suggestions');
  await tabTo(page, '.suggestions button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.suggestions'));
  await page.waitForFunction(() => document.activeElement?.id === 'agenda-openheid-en-vertrouwen');
  assert.equal(await page.locator('#agenda-openheid-en-vertrouwen').isChecked(), true);
  assert.match(await noticeText(page), /1 ingrediënt is op de agenda gezet\./);
  await assertVisibleFocus(page);

  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('besluiten and acties are edited in place, deleted with an undo hint, and focus stays sensible', async () => {
  const p = await withSamenwerking();
  const { page } = p;
  await planMeeting(page, '2026-12-01');
  for (const id of ['openheid-en-vertrouwen', 'duidelijke-spelregels']) {
    await tabTo(page, `#agenda-${id}`);
    await page.keyboard.press('Space');
  }
  await tabTo(page, '#bk-start');
  await page.keyboard.press('Enter');
  await phaseIs(page, 'Beeldvorming');
  for (const phase of ['Oordeelsvorming', 'Besluitvorming']) {
    await tabTo(page, '#bk-volgende-fase');
    await page.keyboard.press('Enter');
    await pastTheQuestion(page, phase, 'keyboard');
  }

  // Besluiten: Enter in the one-line field adds one.
  const besluiten = '.besluiten-deel[data-ingredient="openheid-en-vertrouwen"]';
  await tabTo(page, '#besluit-openheid-en-vertrouwen');
  await page.keyboard.type('Elke maand een koffieochtend.');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${besluiten} .besluiten li`);
  await page.keyboard.type('Anna belt de wijkteams.');
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => document.querySelectorAll(`${s} .besluiten li`).length === 2, besluiten);
  assert.equal(await page.locator(`${besluiten} .meta`).innerText(), '2 besluiten');
  let data = await stored(page);
  const [bs1, bs2] = data.samenwerkingen[0].bijeenkomsten[0].besluiten.map((b) => b.id);

  // Edit by keyboard: Bewerken, type, Enter; focus comes back to Bewerken.
  await tabTo(page, `#besluit-bewerk-${bs1}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === `besluit-tekst-${id}`, bs1);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Elke week een koffieochtend.');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === `besluit-bewerk-${id}`, bs1);
  assert.match(await page.locator(`${besluiten} .besluiten li`).first().innerText(), /^Elke week een koffieochtend\./);
  assert.match(await noticeText(page), /Het besluit is aangepast\./);
  // Escape keeps what was there.
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === `besluit-tekst-${id}`, bs1);
  await page.keyboard.type(' Niet doen');
  await page.keyboard.press('Escape');
  await page.waitForFunction((id) => document.activeElement?.id === `besluit-bewerk-${id}`, bs1);
  assert.match(await page.locator(`${besluiten} .besluiten li`).first().innerText(), /^Elke week een koffieochtend\.\s/);
  // Edit by mouse: Bewerken, fill, Opslaan.
  await page.locator(`#besluit-bewerk-${bs2}`).click();
  await page.locator(`#besluit-tekst-${bs2}`).fill('Bert belt de wijkteams.');
  await assertAccessible(page, 'besluit bewerken');
  await page.locator(`${besluiten} .edit-row button.primary`).click();
  await page.waitForSelector(`#besluit-bewerk-${bs2}`);
  data = await stored(page);
  assert.deepEqual(data.samenwerkingen[0].bijeenkomsten[0].besluiten.map((b) => b.text), ['Elke week een koffieochtend.', 'Bert belt de wijkteams.']);

  // Delete the last besluit: the notice says how to undo, focus goes to the previous row.
  await tabTo(page, `#besluit-wis-${bs2}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === `besluit-wis-${id}`, bs1);
  assert.match(await noticeText(page), /verwijderd\. Ctrl\+Z/);
  assert.equal(await page.locator(`${besluiten} .besluiten li`).count(), 1);
  // Ctrl+Z (focus is on a button, not in a text field) brings it back.
  await page.keyboard.press('Control+z');
  await page.waitForFunction((s) => document.querySelectorAll(`${s} .besluiten li`).length === 2, besluiten);
  assert.match(await page.locator(`${besluiten} .besluiten li`).nth(1).innerText(), /Bert belt de wijkteams\./);
  // Delete both: focus ends in the field to add a besluit, never at the top of the page.
  await page.locator(`#besluit-wis-${bs2}`).click();
  await page.waitForFunction((id) => document.activeElement?.id === `besluit-wis-${id}`, bs1);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'besluit-openheid-en-vertrouwen');
  assert.equal(await page.locator(`${besluiten} .besluiten li`).count(), 0);
  await page.locator('#ongedaan').click();
  await page.waitForFunction((s) => document.querySelectorAll(`${s} .besluiten li`).length === 1, besluiten);

  // "Bij ingrediënt" follows the ingrediënt being discussed (written in last), not the last choice.
  await tabTo(page, '#actie-wat');
  assert.equal(await page.locator('#actie-ingredient').inputValue(), 'openheid-en-vertrouwen');
  await page.locator('#notitie-duidelijke-spelregels-besluitvorming').fill('Spelregels zijn nog niet op papier.');
  await page.locator('#notitie-duidelijke-spelregels-besluitvorming').press('Tab');
  await page.locator('#actie-wat').focus();
  assert.equal(await page.locator('#actie-ingredient').inputValue(), 'duidelijke-spelregels');

  // Enter in a one-line field adds the actie.
  await page.keyboard.type('Spelregels opschrijven');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Anna de Vries');
  await page.keyboard.press('Enter');
  await page.waitForSelector('table.acties tbody tr');
  assert.equal(await active(page), 'actie-wat');
  assert.equal(await page.locator('#acties-kop + .meta').innerText(), '1 actie afgesproken in deze bijeenkomst.');
  // A choice holds for one actie only: "Algemeen" now, the discussed one again afterwards.
  await page.keyboard.type('Zaal reserveren');
  await page.locator('#actie-ingredient').selectOption('');
  await page.locator('#actie-wanneer').focus();
  await typeDate(page, '2026-12-15');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('table.acties tbody tr').length === 2);
  assert.equal(await page.locator('#acties-kop + .meta').innerText(), '2 acties afgesproken in deze bijeenkomst.');
  assert.equal(await page.locator('#actie-ingredient').inputValue(), 'duidelijke-spelregels');
  data = await stored(page);
  assert.deepEqual(data.samenwerkingen[0].acties.map((a) => [a.wat, a.wie, a.wanneer, a.ingredient ?? null]), [
    ['Spelregels opschrijven', 'Anna de Vries', '', 'duidelijke-spelregels'],
    ['Zaal reserveren', '', '2026-12-15', null],
  ]);
  const [a1, a2] = data.samenwerkingen[0].acties.map((a) => a.id);

  // The status select shows its whole text, and keeps focus while changed by keyboard.
  await assertFieldsFit(page, 'table.acties select, .actie-form input[type=date], .actie-form input[type=text], .actie-form select', 'acties');
  await tabTo(page, 'table.acties tbody tr:first-child select');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(100);
  assert.ok(await page.evaluate(() => document.activeElement?.matches('table.acties tbody tr:first-child select')), 'the status select keeps focus');
  data = await stored(page);
  assert.equal(data.samenwerkingen[0].acties[0].status, 'klaar');
  assert.equal(await page.locator('table.acties tbody tr:first-child select').evaluate((s) => s.selectedOptions[0].text), 'Klaar');

  // Edit an actie by keyboard: wat and wie, Enter saves, focus back on Bewerken.
  await tabTo(page, `#actie-bewerk-${a1}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === `actie-wat-${id}`, a1);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Spelregels opschrijven en rondsturen');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Bert');
  await assertFieldsFit(page, 'table.acties tr.editing input, table.acties tr.editing select', 'actie bewerken');
  await assertAccessible(page, 'actie bewerken');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === `actie-bewerk-${id}`, a1);
  const row1 = await page.locator('table.acties tbody tr').first().innerText();
  assert.match(row1, /Spelregels opschrijven en rondsturen\s+Bert/);
  assert.match(await noticeText(page), /De actie is aangepast\./);
  // Edit by mouse: wanneer and ingrediënt.
  await page.locator(`#actie-bewerk-${a2}`).click();
  await page.locator('tr.editing input[type=date]').fill('2026-12-20');
  await page.locator('tr.editing select[id^="actie-ingredient-"]').selectOption('openheid-en-vertrouwen');
  await page.locator('tr.editing button.primary').click();
  await page.waitForSelector(`#actie-bewerk-${a2}`);
  const row2 = await page.locator('table.acties tbody tr').nth(1).innerText();
  assert.match(row2, /Zaal reserveren\s+20 december 2026\s+Openheid en vertrouwen/);
  data = await stored(page);
  assert.deepEqual(data.samenwerkingen[0].acties.map((a) => [a.wat, a.wie, a.wanneer, a.ingredient ?? null, a.status, a.bijeenkomst]), [
    ['Spelregels opschrijven en rondsturen', 'Bert', '', 'duidelijke-spelregels', 'klaar', data.samenwerkingen[0].bijeenkomsten[0].id],
    ['Zaal reserveren', '', '2026-12-20', 'openheid-en-vertrouwen', 'open', data.samenwerkingen[0].bijeenkomsten[0].id],
  ]);
  // Undo takes back the edit in one step.
  await page.locator('#ongedaan').click();
  await page.waitForFunction(() => document.querySelectorAll('table.acties tbody tr')[1]?.innerText.includes('15 december 2026'));

  // Delete the last actie: focus to the previous row's "Verwijderen"; the last one: the wat field.
  await tabTo(page, `#actie-wis-${a2}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === `actie-wis-${id}`, a1);
  assert.match(await noticeText(page), /De actie „Zaal reserveren” is verwijderd\. Ctrl\+Z/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'actie-wat');
  assert.equal(await page.locator('table.acties').count(), 0);
  await assertAccessible(page, 'besluitvorming zonder acties');

  // On the beamer only one ingrediënt is shown: that is the one being discussed.
  await page.locator('#bk-presentatie').click();
  await page.waitForFunction(() => document.body.classList.contains('presentatie') && document.querySelectorAll('article.run-item').length === 1);
  assert.match(await page.locator('article.run-item h2').innerText(), /Openheid en vertrouwen/);
  await page.locator('#actie-wat').focus();
  assert.equal(await page.locator('#actie-ingredient').inputValue(), 'openheid-en-vertrouwen');
  // Escape in an edit cancels the edit only; the beamer stays in presentation mode.
  await page.locator(`${besluiten} button[id^="besluit-bewerk-"]`).click();
  await page.waitForFunction(() => document.activeElement?.id.startsWith('besluit-tekst-'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id.startsWith('besluit-bewerk-'));
  assert.ok(await page.evaluate(() => document.body.classList.contains('presentatie')), 'still presenting');
  await page.locator('#bk-presentatie').click();
  await page.waitForFunction(() => !document.body.classList.contains('presentatie'));

  assert.deepEqual(p.errors, []);
  p.assertOnlyOwnOrigin();
  await p.context.close();
});
