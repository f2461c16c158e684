// End-to-end: the English edition (issue 16). The first visit follows the browser's languages,
// the switch in the header works by keyboard and mouse and is remembered; a whole BOB meeting
// and an Ingredients scan by keyboard in English with axe and a "no Dutch visible" check on every
// screen; switching language mid-meeting keeps everything on screen; an export made in English
// imports in Dutch identically; the minutes made in Dutch from the English app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  serve, launch, newProfile, assertAccessible, tabTo, createByKeyboard, noticeText, stored, artifacts,
  assertNoDutch, dutchWordsIn, assertVisibleFocus,
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

const ENGLISH = { locale: 'en-GB' };
const A = 'openheid-en-vertrouwen';
const B = 'duidelijke-spelregels';

/** Everything the users type in these tests: their own words are never translated. */
const TYPED = [];
const typed = (text) => { TYPED.push(text); return text; };

/** axe clean, no code fragments and no Dutch (the users' own text aside): every English screen. */
async function checkScreen(page, label) {
  await assertNoDutch(page, label, { typed: TYPED });
  await assertAccessible(page, label);
}

async function language(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    nl: document.querySelector('#taal-nl')?.getAttribute('aria-pressed'),
    en: document.querySelector('#taal-en')?.getAttribute('aria-pressed'),
    stored: localStorage.getItem('vitaal-samenwerken:taal'),
    focus: document.activeElement?.id,
  }));
}

async function waitForLang(page, code) {
  await page.waitForFunction((c) => document.documentElement.lang === c
    && document.querySelector(`#taal-${c}`)?.getAttribute('aria-pressed') === 'true', code);
}

async function phaseName(page) {
  return (await page.locator('h2.phase-name').innerText()).trim();
}

async function waitForPhase(page, name) {
  await page.waitForFunction((n) => document.querySelector('h2.phase-name')?.textContent === n, name);
}

function finish(p) {
  assert.deepEqual(p.errors, [], 'no page errors');
  p.assertOnlyOwnOrigin();
  return p.context.close();
}

test('first visit follows the browser; the switch works by keyboard and mouse, keeps focus and is remembered', async () => {
  // An English browser: English from the first screen.
  const en = await newProfile(browser, server.origin, ENGLISH);
  assert.equal(await en.page.locator('h1').innerText(), 'Collaborations');
  assert.deepEqual(await language(en.page), { lang: 'en', nl: 'false', en: 'true', stored: null, focus: '' });
  assert.equal(await en.page.locator('#taal-nl').innerText(), 'Nederlands');
  assert.equal(await en.page.locator('#taal-en').innerText(), 'English');
  await checkScreen(en.page, 'overview (English browser)');

  // A Dutch browser: Dutch.
  const nl = await newProfile(browser, server.origin);
  const { page } = nl;
  assert.equal(await page.locator('h1').innerText(), 'Samenwerkingen');
  assert.equal((await language(page)).lang, 'nl');
  assert.equal(await page.locator('#taal-nl').getAttribute('aria-pressed'), 'true');

  // Keyboard: Tab to "English", Enter; on a collaboration just made in Dutch, its notice shown.
  await createByKeyboard(page, typed('Ageing well in Riverside'));
  assert.match(await noticeText(page), /Samenwerking „Ageing well in Riverside” is aangemaakt\./);
  assert.equal(await page.locator('#partners-kop').innerText(), 'Partners');
  assert.equal(await page.locator('#bijeenkomsten-kop').innerText(), 'Bijeenkomsten');
  await tabTo(page, '#taal-en');
  await assertVisibleFocus(page);
  await page.keyboard.press('Enter');
  await waitForLang(page, 'en');
  await assertVisibleFocus(page);
  assert.equal(await page.locator('#bijeenkomsten-kop').innerText(), 'Meetings');
  assert.equal(await page.locator('h1').innerText(), 'Ageing well in Riverside');
  // The Dutch message gave way to one in English that says the work did not change.
  assert.match(await noticeText(page), /The app is now in English\. Your work has not changed\./);
  assert.deepEqual(await language(page), { lang: 'en', nl: 'false', en: 'true', stored: 'en', focus: 'taal-en' });
  await checkScreen(page, 'collaboration (switched to English)');
  await tabTo(page, '.breadcrumb a');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.samenwerking-item');
  assert.equal(await page.locator('h1').innerText(), 'Collaborations');
  await checkScreen(page, 'overview (switched to English)');
  // Remembered: a reload stays English although the browser is Dutch.
  await page.reload();
  await page.waitForSelector('h1#paginatitel');
  await waitForLang(page, 'en');
  assert.equal(await page.locator('h1').innerText(), 'Collaborations');

  // Keyboard: Tab to "Nederlands", Space.
  await tabTo(page, '#taal-nl');
  await page.keyboard.press('Space');
  await waitForLang(page, 'nl');
  assert.equal(await page.locator('h1').innerText(), 'Samenwerkingen');
  assert.deepEqual(await language(page), { lang: 'nl', nl: 'true', en: 'false', stored: 'nl', focus: 'taal-nl' });

  // Mouse: click "English"; focus stays on the switch.
  await page.locator('#taal-en').click();
  await waitForLang(page, 'en');
  assert.equal(await page.locator('h1').innerText(), 'Collaborations');
  assert.deepEqual(await language(page), { lang: 'en', nl: 'false', en: 'true', stored: 'en', focus: 'taal-en' });
  await page.reload();
  await page.waitForSelector('h1#paginatitel');
  await waitForLang(page, 'en');

  // The English browser chooses Dutch with the mouse: remembered over the browser's language.
  await en.page.locator('#taal-nl').click();
  await waitForLang(en.page, 'nl');
  assert.equal((await language(en.page)).focus, 'taal-nl');
  await en.page.reload();
  await en.page.waitForSelector('h1#paginatitel');
  await waitForLang(en.page, 'nl');
  assert.equal(await en.page.locator('h1').innerText(), 'Samenwerkingen');

  await finish(en);
  await finish(nl);
});

/** Adds a partner through the form, by keyboard (type and place by arrow keys). */
async function addPartner(page, name, organisation, kindSteps, ringSteps) {
  await tabTo(page, '#partner-naam');
  await page.keyboard.type(typed(name));
  await page.keyboard.press('Tab');
  if (organisation) await page.keyboard.type(typed(organisation));
  await page.keyboard.press('Tab');
  for (let i = 0; i < kindSteps; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  for (let i = 0; i < ringSteps; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Add partner');
  const before = await page.locator('table.partners tbody tr').count();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('table.partners tbody tr').length === n + 1, before);
}

/**
 * An English profile with a collaboration made by keyboard: name, challenge, three partners.
 * Returns the profile and the partners' ids.
 */
async function englishCollaboration() {
  const p = await newProfile(browser, server.origin, ENGLISH);
  const { page } = p;
  await createByKeyboard(page, typed('Ageing well in Riverside'));
  assert.equal(await page.locator('h1').innerText(), 'Ageing well in Riverside');
  assert.match(await noticeText(page), /Collaboration “Ageing well in Riverside” has been created/);
  await tabTo(page, '#sw-opgave');
  await page.keyboard.type(typed('How do we help older people in Riverside stay at home?'));
  await addPartner(page, 'Anna Smith', 'Riverside Welfare', 0, 0);
  await addPartner(page, 'Tom Baker', 'Age Club Riverside', 1, 1);
  await addPartner(page, 'Mr Jones', '', 2, 2);
  const s = (await stored(page)).samenwerkingen[0];
  assert.deepEqual(s.partners.map((x) => [x.name, x.kind, x.ring]), [
    ['Anna Smith', 'formeel', 'kerngroep'],
    ['Tom Baker', 'informeel', 'complementaire-ring'],
    ['Mr Jones', 'inwoner-oudere', 'vrije-ruimte'],
  ]);
  await checkScreen(page, 'collaboration with partners');
  return { p, partners: s.partners.map((x) => x.id) };
}

/**
 * Types a date into the focused date field by keyboard, in the field's own order of day and
 * month. That order follows the browser's locale, which the emulated one does not reveal
 * reliably (in the en-GB context Intl says day first, the field is month first): so a probe
 * field, added for a moment, is asked once per page.
 */
const monthFirstCache = new WeakMap();
async function typeDateField(page, iso) {
  if (!monthFirstCache.has(page)) {
    const target = await page.evaluate(() => document.activeElement.id);
    await page.evaluate(() => {
      const probe = document.createElement('input');
      probe.type = 'date';
      probe.id = 'e2e-date-probe';
      document.body.append(probe);
      probe.focus();
    });
    await page.keyboard.type('01022000');
    const value = await page.evaluate(() => {
      const probe = document.getElementById('e2e-date-probe');
      const v = probe.value;
      probe.remove();
      return v;
    });
    monthFirstCache.set(page, value === '2000-01-02');
    await page.locator(`#${target}`).focus();
  }
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(monthFirstCache.get(page) ? m + d + y : d + m + y);
  assert.equal(await page.evaluate(() => document.activeElement.value), iso, 'date typed');
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

/** Plans a BOB meeting on the collaboration page, by keyboard. */
async function planBob(page, date) {
  await tabTo(page, '#bk-nieuw-datum');
  await typeDateField(page, date);
  await tabTo(page, '#bk-nieuw-vorm');
  await tabTo(page, '.plan-meeting button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#bk-start');
}

const NOTE_PICTURE = typed('Volunteers and the neighbourhood team hardly know each other.');
const NOTE_JUDGEMENT = typed('We want to meet informally more often.');
const DECISION = typed('A monthly coffee morning for all partners.');
const ACTION = typed('Organise the first coffee morning');
const PLACE = typed('Community centre The Link');

/**
 * A whole BOB meeting by keyboard on the collaboration page in English: plan it, place, one
 * absentee, two ingredients on the agenda, start, notes and check questions in Forming a
 * picture, a note in Forming a judgement, on to Decision-making past the question, a decision
 * and an action, close, the minutes. `check(label)` runs on every screen.
 */
async function wholeBobMeeting(page, partners, check = async () => {}) {
  await planBob(page, '2026-12-01');
  assert.match(await noticeText(page), /The meeting has been planned\. Now choose the agenda\./);
  assert.equal(await page.locator('h1').innerText(), 'Meeting 1 December 2026 BOB');
  let b = (await stored(page)).samenwerkingen[0].bijeenkomsten[0];
  assert.equal(b.vorm, 'bob');
  assert.equal(b.date, '2026-12-01');
  await tabTo(page, '#bk-plaats');
  await page.keyboard.type(PLACE);
  await tabTo(page, `#bk-aanwezig-${partners[1]}`);
  await page.keyboard.press('Space');
  for (const id of [A, B]) {
    await tabTo(page, `#agenda-${id}`);
    await page.keyboard.press('Space');
  }
  b = (await stored(page)).samenwerkingen[0].bijeenkomsten[0];
  assert.deepEqual(b.agenda.map((i) => i.ingredient), [A, B]);
  assert.equal(b.attendees.length, 2);
  assert.equal(await page.locator(`label[for="agenda-${A}"]`).innerText(), 'Openness and trust');
  await check('preparing the meeting');

  await tabTo(page, '#bk-start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('h2.phase-name');
  // The phase heading carries the Dutch original (glossary: "Dutch originals" in headings).
  assert.equal(await phaseName(page), 'Forming a picture (Beeldvorming)');
  assert.equal(await page.locator('.phase-question').innerText(), 'What is going on?');
  assert.equal(await page.locator('#bk-timer').innerText(), 'Pause timer');
  assert.deepEqual(await page.locator('.stepper .step-name').allInnerTexts(), ['Forming a picture', 'Forming a judgement', 'Decision-making']);
  await tabTo(page, `#notitie-${A}-beeldvorming`);
  await page.keyboard.type(NOTE_PICTURE);
  await chooseRadio(page, `check-${A}-besproken-ja`);
  await chooseRadio(page, `check-${A}-gehoord-nee`);
  await tabTo(page, `#aanboord-${A}-${partners[0]}`);
  await page.keyboard.press('Space');
  await check('running the meeting: Forming a picture');

  await tabTo(page, '#bk-volgende-fase');
  await page.keyboard.press('Enter');
  await waitForPhase(page, 'Forming a judgement (Oordeelsvorming)');
  assert.equal(await page.locator('.phase-question').innerText(), 'What do we think of it?');
  assert.match(await page.locator(`#item-${A}`).innerText(), /^Openness and trust \(Openheid en vertrouwen\) · Relationship/);
  await tabTo(page, `#notitie-${A}-oordeelsvorming`);
  await page.keyboard.type(NOTE_JUDGEMENT);
  await check('running the meeting: Forming a judgement');

  // Decision-making while the conversation is not finished: the app asks first, in English.
  await tabTo(page, '#bk-volgende-fase');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.confirm');
  const confirm = await page.locator('.confirm').innerText();
  assert.match(confirm, /The conversation about 2 ingredients is not finished yet:/);
  assert.match(confirm, /For Openness and trust, not everyone is on board yet: Anna Smith\./);
  assert.match(confirm, /For Clear ground rules, “Have we talked about this\?” has not been answered yet\./);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Back to the conversation');
  assert.equal(await phaseName(page), 'Forming a judgement (Oordeelsvorming)', 'nothing moved yet');
  await check('confirm: on to Decision-making');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitForPhase(page, 'Decision-making (Besluitvorming)');
  assert.equal(await page.locator('.phase-question').innerText(), 'Who is going to do what, and when?');

  await tabTo(page, `#besluit-${A}`);
  await page.keyboard.type(DECISION);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.besluiten li');
  await tabTo(page, '#actie-wat');
  await page.keyboard.type(ACTION);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Anna Smith');
  await page.keyboard.press('Tab');
  await typeDateField(page, '2026-12-15');
  await tabTo(page, '#actie-ingredient');
  assert.equal(await page.locator('#actie-ingredient').inputValue(), A);
  await tabTo(page, '.actie-form button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('table.acties tbody tr');
  const data = await stored(page);
  assert.deepEqual(data.samenwerkingen[0].acties.map((x) => [x.wat, x.wie, x.wanneer, x.status, x.ingredient]), [
    [ACTION, 'Anna Smith', '2026-12-15', 'open', A],
  ]);
  assert.match(await page.locator('table.acties tbody tr').innerText(), /Organise the first coffee morning\s+Anna Smith\s+.*15 December 2026/);
  await check('running the meeting: Decision-making');

  await tabTo(page, '#bk-afronden');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#bk-afronden-ja');
  await check('closing the meeting: the question');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.endsWith('/verslag'));
  assert.equal((await stored(page)).samenwerkingen[0].bijeenkomsten[0].status, 'afgerond');
  assert.match(await noticeText(page), /The meeting is closed\. The minutes are ready\./);
  const minutes = await page.locator('.verslag').innerText();
  for (const expected of ['Minutes: Ageing well in Riverside', 'Summary', 'Decisions', 'Actions from this meeting',
    'Openness and trust', 'Forming a picture: What is going on?', 'Check questions',
    'Has everyone been heard, and is everyone on board? no', NOTE_PICTURE, NOTE_JUDGEMENT, DECISION, ACTION, PLACE]) {
    assert.ok(minutes.includes(expected), `the minutes show ${expected}`);
  }
  await check('minutes');
}

test('a whole BOB meeting in English by keyboard: axe clean and no Dutch on every screen', async () => {
  const { p, partners } = await englishCollaboration();
  await wholeBobMeeting(p.page, partners, (label) => checkScreen(p.page, label));
  await finish(p);
});

test('switching language mid-meeting keeps everything typed and answered on screen, the phase and the focus', async () => {
  const { p, partners } = await englishCollaboration();
  const { page } = p;
  await planBob(page, '2027-01-12');
  for (const id of [A, B]) {
    await tabTo(page, `#agenda-${id}`);
    await page.keyboard.press('Space');
  }
  await tabTo(page, '#bk-start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('h2.phase-name');
  await tabTo(page, `#notitie-${A}-beeldvorming`);
  await page.keyboard.type(NOTE_PICTURE);
  await tabTo(page, '#bk-volgende-fase');
  await page.keyboard.press('Enter');
  await waitForPhase(page, 'Forming a judgement (Oordeelsvorming)');
  // In Forming a judgement: a note, check answers for both ingredients, one partner not on board.
  await tabTo(page, `#notitie-${A}-oordeelsvorming`);
  await page.keyboard.type(NOTE_JUDGEMENT);
  await chooseRadio(page, `check-${A}-besproken-ja`);
  await chooseRadio(page, `check-${A}-gehoord-deels`);
  await chooseRadio(page, `check-${B}-besproken-nee`);
  await tabTo(page, `#aanboord-${A}-${partners[2]}`);
  await page.keyboard.press('Space');
  // Half a note, still being typed when the language changes.
  const draft = typed('Half a sentence still being typ');
  await tabTo(page, `#notitie-${B}-oordeelsvorming`);
  await page.keyboard.type(draft);

  // What is on screen (not in storage): notes, chosen answers, who is not on board, the phase.
  const screen = () => page.evaluate(({ A, B, partner }) => ({
    noteA: document.getElementById(`notitie-${A}-oordeelsvorming`)?.value,
    noteB: document.getElementById(`notitie-${B}-oordeelsvorming`)?.value,
    answers: [...document.querySelectorAll('input[type=radio][name^="check-"]:checked')].map((i) => i.id).sort(),
    notOnBoard: [...document.querySelectorAll('input[type=checkbox][id^="aanboord-"]:checked')].map((i) => i.id),
    phase: document.querySelector('.stepper li[aria-current="step"] .step-name')?.textContent.trim(),
  }), { A, B, partner: partners[2] });
  const expected = {
    noteA: NOTE_JUDGEMENT,
    noteB: draft,
    answers: [`check-${A}-besproken-ja`, `check-${A}-gehoord-deels`, `check-${B}-besproken-nee`].sort(),
    notOnBoard: [`aanboord-${A}-${partners[2]}`],
    phase: 'Forming a judgement',
  };
  assert.deepEqual(await screen(), expected);
  const timer = await page.locator('#bk-timer').innerText();
  assert.equal(timer, 'Pause timer');

  // Dutch with the mouse: the same screen in Dutch.
  await page.locator('#taal-nl').click();
  await waitForLang(page, 'nl');
  await waitForPhase(page, 'Oordeelsvorming');
  assert.equal((await language(page)).focus, 'taal-nl', 'focus stays on the switch');
  assert.deepEqual(await screen(), { ...expected, phase: 'Oordeelsvorming' });
  assert.match(await page.locator(`#item-${A}`).innerText(), /^Openheid en vertrouwen · Relatie/);
  assert.equal(await page.locator('#bk-timer').innerText(), 'Timer pauzeren', 'the timer still runs');
  assert.match(await page.locator('h1').innerText(), /^Bijeenkomst 12 januari 2027 BOB$/);

  // English again, by keyboard: the next Tab from "Nederlands" is "English".
  await page.keyboard.press('Tab');
  assert.equal((await language(page)).focus, 'taal-en');
  await page.keyboard.press('Enter');
  await waitForLang(page, 'en');
  await waitForPhase(page, 'Forming a judgement (Oordeelsvorming)');
  assert.equal((await language(page)).focus, 'taal-en', 'focus stays on the switch');
  assert.deepEqual(await screen(), expected);
  assert.equal(await page.locator('#bk-timer').innerText(), 'Pause timer');
  await checkScreen(page, 'running the meeting after switching to Dutch and back');
  // And it was all stored as well: the half note too, once the typing pauses.
  const b = (await stored(page)).samenwerkingen[0].bijeenkomsten[0];
  assert.equal(b.phase, 'oordeelsvorming');
  assert.deepEqual(b.agenda.map((i) => i.notes), [
    { beeldvorming: NOTE_PICTURE, oordeelsvorming: NOTE_JUDGEMENT },
    { oordeelsvorming: draft },
  ]);
  assert.deepEqual(b.agenda[0].checks.niet_aan_boord, [partners[2]]);
  await finish(p);
});

const S1 = 'openheid-en-vertrouwen';
const S2 = 'voldoende-tijd';
const S3 = 'zichtbare-urgentie';

/** Rates one ingredient by keyboard: Tab into its radio group, Space, then arrows to the score. */
async function rate(page, ingredient, score) {
  await tabTo(page, `input[name="s-${ingredient}"]`);
  await page.keyboard.press('Space');
  for (let i = 1; i < score; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator(`input[name="s-${ingredient}"]:checked`).getAttribute('value'), String(score));
}

/**
 * Opens a tab of the scan (Fill in, Collect, Paper round, Results) by keyboard and waits for
 * `ready` (a selector on that screen): the address changes before the screen does.
 */
async function scanTab(page, part, ready) {
  await tabTo(page, `.meeting-tabs a[href$="/${part}"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((x) => location.hash.endsWith(`/${x}`), part);
  await page.waitForSelector(ready);
}

test('an Ingredients scan in English by keyboard: pass the laptop, reveal, results; axe clean and no Dutch', async () => {
  const { p } = await englishCollaboration();
  const { page } = p;
  await tabTo(page, '#scan-nieuw');
  await page.keyboard.type(typed('Spring scan 2027'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('form.scan-form');
  assert.equal(await page.locator('h1').innerText(), 'Ingredients scan: Spring scan 2027');
  await checkScreen(page, 'scan: filling in');
  const scanId = (await stored(page)).samenwerkingen[0].scans[0].id;

  const participants = [
    { name: 'Anna', organisation: 'Riverside Welfare', scores: { [S1]: 1, [S2]: 2, [S3]: 4 }, remark: { [S1]: 'Little is shared.' } },
    { scores: { [S1]: 5, [S2]: 2, [S3]: 4 } },
    { scores: { [S1]: 5, [S2]: 3, [S3]: 5 } },
  ];
  for (const [i, who] of participants.entries()) {
    if (who.name) {
      await tabTo(page, '#scan-naam');
      await page.keyboard.type(typed(who.name));
      await tabTo(page, '#scan-organisatie');
      await page.keyboard.type(typed(who.organisation));
    }
    for (const [ingredient, score] of Object.entries(who.scores)) {
      await rate(page, ingredient, score);
      if (who.remark?.[ingredient]) {
        await tabTo(page, `#t-${ingredient}`);
        await page.keyboard.type(typed(who.remark[ingredient]));
      }
    }
    if (i === 0) await checkScreen(page, 'scan: a participant filling in');
    await tabTo(page, '.scan-submit button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => (localStorage.getItem('vitaal-samenwerken:werkruimte') ?? '').split('"source":"laptop"').length - 1 === n, i + 1);
    await page.waitForFunction(() => /Pass the laptop on/.test(document.querySelector('.notices')?.innerText ?? ''));
    assert.match(await noticeText(page), /Thank you! Your answers have been saved and hidden\. Pass the laptop on to the next participant\./);
    assert.equal(await page.locator('form.scan-form input[type=radio]:checked').count(), 0, 'an empty form for the next one');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'paginatitel');
    await checkScreen(page, `scan: handed on after participant ${i + 1}`);
  }

  const saved = (await stored(page)).samenwerkingen[0].scans[0];
  assert.equal(saved.responses.length, 3);
  assert.equal(saved.revealed, false);
  assert.deepEqual(saved.responses.find((r) => r.name === 'Anna').answers[S1], { score: 1, remark: 'Little is shared.' });

  // Results stay hidden until revealed.
  await scanTab(page, 'resultaten', 'main :text("The results are still hidden")');
  const hidden = await page.locator('main').innerText();
  assert.match(hidden, /The results are still hidden\. Show them once everyone has filled in the scan\./);
  assert.match(hidden, /3 answers: 3 on this device, 0 from answer files\./);
  assert.doesNotMatch(hidden, /Little is shared/);
  await checkScreen(page, 'scan: results hidden');
  // A paper round: two cards with a 5 for Visible urgency.
  await scanTab(page, 'papier', '.paper-table');
  await checkScreen(page, 'scan: paper round');
  await tabTo(page, 'input[aria-label="Visible urgency: how many answered 5 – strong"]', 200);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  assert.deepEqual((await stored(page)).samenwerkingen[0].scans[0].paper.counts[S3], [0, 0, 0, 0, 0, 2]);
  // Reveal from the collect screen, by keyboard.
  await scanTab(page, 'verzamelen', '#scan-tonen-kop');
  assert.match(await page.locator('#scan-telling').innerText(), /3 answers: 3 on this device, 0 from answer files\./);
  await checkScreen(page, 'scan: collect');
  await tabTo(page, '#scan-tonen-kop ~ button.primary', 150);
  await page.keyboard.press('Enter');
  await page.waitForSelector('svg.chart');
  // Where people differ most comes first: Openness and trust (1, 5, 5) is strongly divided.
  assert.equal(await page.locator('ol.divergence li').first().innerText(),
    'Openness and trust: strongly divided, scores 1–5, mean 3.7, median 5.0 (3 answers)');
  const row = async (id) => (await page.locator(`table.scan-table tr[data-key="${id}"]`).innerText()).split('\t').map((x) => x.trim());
  assert.deepEqual(await row(S1), ['Openness and trust', '3', '0', '3.7', '5.0', '1–5', '1 / 0 / 0 / 0 / 2', 'strongly divided']);
  assert.deepEqual(await row(S2), ['Enough time', '3', '0', '2.3', '2.0', '2–3', '0 / 2 / 1 / 0 / 0', 'in agreement']);
  assert.deepEqual(await row(S3), ['Visible urgency', '5', '0', '4.6', '5.0', '4–5', '0 / 0 / 0 / 2 / 3', 'in agreement']);
  const main = await page.locator('main').innerText();
  assert.match(main, /No organisation has at least 3 answers, so nothing is shown per organisation \(privacy\)\./);
  assert.match(main, /Little is shared\./);
  await checkScreen(page, 'scan: results');
  await tabTo(page, '#scan-agenda-kop ~ button.primary', 200);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#bk-start');
  for (const id of [S1, S2, S3]) assert.equal(await page.locator(`#agenda-${id}`).isChecked(), true, `${id} on the agenda`);
  const meeting = (await stored(page)).samenwerkingen[0].bijeenkomsten.at(-1);
  assert.equal(meeting.scan, scanId);
  await checkScreen(page, 'meeting planned from the scan');
  await finish(p);
});

/** Presses Enter on `selector` (reached by Tab) and saves the download; returns name and text. */
async function download(page, selector, max = 200) {
  const promise = page.waitForEvent('download');
  await tabTo(page, selector, max);
  await page.keyboard.press('Enter');
  const d = await promise;
  const file = path.join(artifacts, `english-${d.suggestedFilename()}`);
  await d.saveAs(file);
  return { name: d.suggestedFilename(), file, text: fs.readFileSync(file, 'utf8') };
}

test('an export made in English imports in Dutch identically and shows the Dutch names', async () => {
  const { p, partners } = await englishCollaboration();
  const { page } = p;
  await wholeBobMeeting(page, partners);
  // A scan with one answer as well.
  await tabTo(page, '.breadcrumb a');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#scan-nieuw');
  await tabTo(page, '#scan-nieuw');
  await page.keyboard.type(typed('Autumn scan'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('form.scan-form');
  await rate(page, S1, 4);
  await tabTo(page, '.scan-submit button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (localStorage.getItem('vitaal-samenwerken:werkruimte') ?? '').includes('"source":"laptop"'));
  await tabTo(page, '.breadcrumb a');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#sw-exporteer');
  const english = await download(page, '#sw-exporteer');
  assert.equal(english.name, 'ageing-well-in-riverside.vitaal.json');
  assert.match(await noticeText(page), /has been saved to your downloads/);
  // The overview after an export, in English (dates of changes, backups and the last export).
  await tabTo(page, '.site-header a[href="#/"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.samenwerking-item');
  await checkScreen(page, 'overview after an export');
  await finish(p);

  // A Dutch browser, a fresh profile: import by keyboard-reachable file field, open, export.
  const nl = await newProfile(browser, server.origin);
  const dpage = nl.page;
  assert.equal((await language(dpage)).lang, 'nl');
  await dpage.locator('#import-bestand').setInputFiles(english.file);
  await dpage.waitForSelector('.samenwerking-item');
  assert.match(await noticeText(dpage), /„Ageing well in Riverside” is geïmporteerd\./);
  await tabTo(dpage, '.samenwerking-item h3 a');
  await dpage.keyboard.press('Enter');
  await dpage.waitForSelector('#sw-exporteer');
  // The Dutch screen names everything in Dutch: the users' own words stay as they were written.
  assert.match(await dpage.locator('[aria-labelledby="bijeenkomsten-kop"] .meeting-list').innerText(), /Bijeenkomst 1 december 2026 · BOB · Afgerond · 2 ingrediënten op de agenda/);
  assert.match(await dpage.locator('main').innerText(), /Autumn scan · 1 antwoord · resultaten verborgen/);
  assert.deepEqual(await dpage.locator('table.partners select:first-of-type').evaluateAll(
    (selects) => selects.map((x) => x.selectedOptions[0]?.textContent),
  ), ['Formeel', 'Kerngroep', 'Informeel', 'Complementaire ring', 'Inwoner / oudere', 'Vrije ruimte']);
  const dutch = await download(dpage, '#sw-exporteer');
  assert.equal(dutch.name, english.name);

  // The same file, field by field. The only field that may differ is `exported_ms`, the moment
  // of the export (file::export stamps it): names are never stored, only ids, so the language
  // the file was made in leaves no trace in it.
  const a = JSON.parse(english.text);
  const b = JSON.parse(dutch.text);
  assert.ok(b.exported_ms >= a.exported_ms);
  delete a.exported_ms;
  delete b.exported_ms;
  assert.deepEqual(b, a, 'the Dutch export equals the English one');
  assert.equal(b.samenwerking.bijeenkomsten[0].agenda[0].ingredient, A);

  // The meeting page (its minutes, the meeting being closed) in Dutch, with the Dutch names.
  await tabTo(dpage, '[aria-labelledby="bijeenkomsten-kop"] .meeting-list a');
  await dpage.keyboard.press('Enter');
  await dpage.waitForSelector('.meeting-tabs');
  assert.match(await dpage.locator('h1').innerText(), /^Bijeenkomst 1 december 2026 BOB$/);
  assert.match(await dpage.locator(`#item-${A}`).innerText(), /^Openheid en vertrouwen · Relatie/);
  assert.match(await dpage.locator('table.acties tbody tr').first().innerText(), /Organise the first coffee morning\s+Anna Smith\s+15 december 2026\s+Openheid en vertrouwen/);
  await tabTo(dpage, '.meeting-tabs a[href$="/verslag"]');
  await dpage.keyboard.press('Enter');
  await dpage.waitForSelector('.verslag');
  const verslag = await dpage.locator('.verslag').innerText();
  for (const expected of ['Verslag: Ageing well in Riverside', 'Openheid en vertrouwen', 'Duidelijke spelregels',
    'Beeldvorming: Wat is er aan de hand?', 'Checkvragen', NOTE_PICTURE, DECISION, ACTION]) {
    assert.ok(verslag.includes(expected), `the Dutch minutes show ${expected}`);
  }
  assert.doesNotMatch(verslag, /Openness and trust|Forming a picture|Check questions/);
  await assertAccessible(dpage, 'Dutch minutes of an English meeting');
  await finish(nl);
});

test('the minutes in English, then made in Dutch from the English app: Dutch headings, lang="nl", the app stays English, a Dutch Markdown file', async () => {
  const { p, partners } = await englishCollaboration();
  const { page } = p;
  await wholeBobMeeting(page, partners);
  assert.equal(await page.locator('#verslag-taal').inputValue(), 'en');
  assert.equal(await page.locator('.verslag').evaluate((el) => el.closest('[lang]').getAttribute('lang')), 'en');
  // The English Markdown and CSV: English throughout.
  const englishMd = await download(page, '#verslag-markdown');
  assert.equal(englishMd.name, 'ageing-well-in-riverside-minutes-2026-12-01.md');
  assert.match(englishMd.text, /^# Minutes: Ageing well in Riverside\n/);
  assert.match(englishMd.text, /\n### Check questions\n+- Have we talked about this\? \*\*yes\*\*\n/);
  assert.deepEqual(dutchWordsIn(englishMd.text.split('\n'), { typed: TYPED }), [], 'no Dutch in the English Markdown');
  const englishCsv = await download(page, '#verslag-csv');
  // English CSV: commas and ISO dates (the Dutch one: semicolons and dd-mm-yyyy, for Excel).
  assert.equal(englishCsv.text, '\uFEFFWhat,Who,When,Status,Ingredient,Meeting\r\nOrganise the first coffee morning,Anna Smith,2026-12-15,Open,Openness and trust,2026-12-01\r\n');

  // Nederlands, by keyboard on the document's own select.
  await tabTo(page, '#verslag-taal');
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => document.querySelector('.verslag')?.closest('[lang]')?.getAttribute('lang') === 'nl');
  assert.equal(await page.locator('#verslag-taal').inputValue(), 'nl');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'verslag-taal', 'focus stays on the select');
  const verslag = await page.locator('.verslag').innerText();
  for (const heading of ['Verslag: Ageing well in Riverside', 'Samenvatting', 'Besluiten', 'Acties uit deze bijeenkomst',
    'Agenda', 'Openheid en vertrouwen (Relatie)', 'Beeldvorming: Wat is er aan de hand?', 'Checkvragen',
    'Is iedereen gehoord en aan boord? nee', 'Openstaande acties uit eerdere bijeenkomsten']) {
    assert.ok(verslag.includes(heading), `the Dutch minutes show ${heading}`);
  }
  // What the users wrote stays as written.
  for (const own of [NOTE_PICTURE, NOTE_JUDGEMENT, DECISION, ACTION, PLACE]) assert.ok(verslag.includes(own), own);
  assert.doesNotMatch(verslag, /Minutes|Check questions|Openness and trust|Forming a picture/);
  // The app around the minutes stays English: <html lang>, the switch, header, tabs, tools.
  assert.deepEqual(await language(page), { lang: 'en', nl: 'false', en: 'true', stored: null, focus: 'verslag-taal' });
  assert.equal(await page.locator('h1').innerText(), 'Meeting 1 December 2026 BOB');
  assert.deepEqual(await page.locator('.meeting-tabs a').allInnerTexts(), ['Prepare', 'Lead', 'Minutes', 'Constituency sheets']);
  assert.equal(await page.locator('label[for="verslag-taal"]').innerText(), 'Language of this document');
  assert.equal(await page.locator('#verslag-markdown').innerText(), 'Download as Markdown');
  await assertNoDutch(page, 'the app around minutes made in Dutch', { root: '.site-header', typed: TYPED });
  await assertNoDutch(page, 'the page around minutes made in Dutch', { exclude: '.verslag', typed: TYPED });
  await assertAccessible(page, 'minutes made in Dutch');

  // The Markdown file in that state is Dutch.
  const dutchMd = await download(page, '#verslag-markdown');
  assert.equal(dutchMd.name, 'ageing-well-in-riverside-verslag-2026-12-01.md');
  assert.match(dutchMd.text, /^# Verslag: Ageing well in Riverside\n+- \*\*Bijeenkomst:\*\* 1 december 2026\n/);
  assert.match(dutchMd.text, /\n## Acties uit deze bijeenkomst\n+\| Wat \| Wie \| Wanneer \| Status \| Ingrediënt \|/);
  assert.match(dutchMd.text, /\n### Checkvragen\n+- Hebben we het hier over gehad\? \*\*ja\*\*\n/);
  assert.match(dutchMd.text, /\| Organise the first coffee morning \| Anna Smith \| 15 december 2026 \| Open \| Openheid en vertrouwen \|/);
  assert.doesNotMatch(dutchMd.text, /Minutes|Check questions|Openness and trust/);
  await finish(p);
});
