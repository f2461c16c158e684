// End-to-end: De stand van de samenwerking, on the example samenwerking ("Bekijk een voorbeeld").
// Opened by mouse and by keyboard from the samenwerking's page, it shows the state of every
// ingrediënt as the host test expects it (crates/core/tests/stand.rs, EXAMPLE), in words and
// with a shape; a timeline opens by keyboard and its links lead to the meeting, scan or werkblad;
// the agenda button puts the ingrediënten that need attention on the planned meeting (checked on
// that meeting's plan); presentation mode; axe clean (also with a timeline open and in
// presentation mode); no sideways scrolling at 320 px; and it prints as one A4 landscape page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, newProfile, assertAccessible, tabTo, noticeText, artifacts } from './helpers.mjs';
import { pdfPageCount, pdfPages } from './pdf-text.mjs';

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

const A = 'Aandacht nodig';
const G = 'Goed op weg';
/** The example's stand: the same as EXAMPLE in crates/core/tests/stand.rs. */
const EXPECTED = {
  'vermogen-tot-samenwerking': G,
  'openheid-en-vertrouwen': A,
  'gelijkwaardige-inbreng': G,
  'gezamenlijke-identiteit-en-taal': A,
  'minimale-massa': G,
  'maximale-mix': G,
  'geaccepteerde-trekker': G,
  'georganiseerd-toeval': A,
  'gedeelde-opgave-ambitie-en-doelen': A,
  'zichtbare-urgentie': G,
  'duidelijkheid-over-belangen': G,
  'gezamenlijk-belang': G,
  'functionele-organisatie': G,
  'duidelijke-spelregels': A,
  'voldoende-tijd': A,
  'aandacht-voor-ontwikkeling': A,
};
const NEEDS = Object.keys(EXPECTED).filter((id) => EXPECTED[id] === A);
const TITLE = 'De stand van de samenwerking';

async function ready(page) {
  await page.waitForFunction(() => !document.getElementById('app-shell'));
}

const heading = (page) => page.locator('h1#paginatitel').innerText();

async function openExample(page) {
  await ready(page);
  await page.locator('#voorbeeld-bekijken').click();
  await page.waitForSelector('#sw-stand');
}

async function waitForStand(page) {
  await page.waitForFunction((t) => document.querySelector('h1#paginatitel')?.innerText === t
    && document.querySelectorAll('.stand-tile').length === 16, TITLE);
}

async function assertStates(page) {
  const seen = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.stand-tile')].map((t) => [
    t.id.replace(/^stand-/, ''),
    { text: t.querySelector('.stand-state').innerText.trim(), icon: t.querySelector('.stand-state .stand-icon')?.getAttribute('aria-hidden') },
  ])));
  assert.deepEqual(Object.keys(seen), Object.keys(EXPECTED), 'sixteen tiles in the order of the Gespreksmodel');
  for (const [id, state] of Object.entries(EXPECTED)) {
    // The text says the state; the shape is beside it (decorative for screen readers).
    assert.ok(seen[id].text.endsWith(state), `${id}: expected "${state}", saw "${seen[id].text}"`);
    assert.equal(seen[id].icon, 'true', `${id} has its shape`);
  }
}

test('De stand: opened by mouse and keyboard, the expected state per ingrediënt, timeline, agenda, presentation', async () => {
  const { context, page, errors, assertOnlyOwnOrigin } = await newProfile(browser, server.origin);
  await openExample(page);
  await assertAccessible(page, 'voorbeeld met link naar de stand');

  // By mouse.
  await page.locator('#sw-stand').click();
  await waitForStand(page);
  assert.equal(await page.evaluate(() => location.hash), '#/samenwerking/voorbeeld/stand');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'paginatitel', 'focus on the heading');
  await assertStates(page);
  // Five factors with 4, 4, 2, 2, 4 tiles.
  const groups = await page.evaluate(() => [...document.querySelectorAll('.stand-factor')].map((f) => [
    f.querySelector('h2').innerText, f.querySelectorAll('.stand-tile').length,
  ]));
  assert.deepEqual(groups, [['Relatie', 4], ['Samenstelling', 4], ['Ambitie', 2], ['Belangen', 2], ['Organisatie & Proces', 4]]);
  // One tile in full: openheid en vertrouwen.
  const ov = (await page.locator('#stand-openheid-en-vertrouwen').innerText()).replace(/\s+/g, ' ');
  for (const words of ['Waarom: een actie is te laat', 'gemiddeld 3,9', '7 cijfers', 'Gehad: ja', 'Aan boord: ja',
    'Besluiten: deels', '1 open actie, waarvan 1 te laat', 'Laatst op de agenda:']) {
    assert.ok(ov.includes(words), `the tile says "${words}": ${ov}`);
  }
  // The rule, from the core's constants.
  const rule = (await page.locator('.stand-rule').innerText()).replace(/\s+/g, ' ');
  for (const words of ['gemiddeld minder dan 3,0', 'standaardafwijking van 1,0 of meer', '„Hebben we het hier over gehad?” nee of nog niet beantwoord',
    '„Is iedereen gehoord en aan boord?” nee, deels of nog niet beantwoord', 'minstens 1 open actie over dit ingrediënt is te laat', 'Nog niet besproken:', 'Goed op weg:']) {
    assert.ok(rule.includes(words), `the rule says "${words}": ${rule}`);
  }
  assert.match(await page.locator('.stand-summary').innerText(), /Aandacht nodig: 7 ingrediënten/);
  await assertAccessible(page, 'de stand');

  // By keyboard: back to the samenwerking, then Tab to the link and Enter.
  await page.locator('.breadcrumb a').click();
  await page.waitForSelector('#sw-stand');
  await tabTo(page, '#sw-stand');
  await page.keyboard.press('Enter');
  await waitForStand(page);
  await assertStates(page);

  // A timeline by keyboard: the toggle is a disclosure button.
  const toggle = '#stand-gedeelde-opgave-ambitie-en-doelen .stand-timeline-toggle';
  assert.equal(await page.locator(toggle).getAttribute('aria-expanded'), 'false');
  await tabTo(page, toggle, 200);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator(toggle).getAttribute('aria-expanded'), 'true');
  const list = page.locator('#stand-tijdlijn-gedeelde-opgave-ambitie-en-doelen');
  await list.waitFor();
  const entries = await list.locator('a').evaluateAll((as) => as.map((a) => ({ text: a.innerText, href: a.getAttribute('href') })));
  // Newest first: the second scan (a week ago), the Visievierluik (two weeks), the BOB meeting
  // (six weeks), the first scan (seven weeks).
  const texts = entries.map((e) => e.text);
  const at = (re) => texts.findIndex((t) => re.test(t));
  assert.ok(at(/Scan „Scan na twee bijeenkomsten”/) >= 0, texts.join('\n'));
  assert.ok(at(/Scan „Scan na twee bijeenkomsten”/) < at(/Werkblad „Visievierluik”/), texts.join('\n'));
  assert.ok(at(/Werkblad „Visievierluik”/) < at(/Bijeenkomst \(afgerond\)/), texts.join('\n'));
  assert.ok(at(/Bijeenkomst \(afgerond\)/) < at(/Scan „Startscan”/), texts.join('\n'));
  await assertAccessible(page, 'de stand met een tijdlijn open');
  // Follow the Visievierluik's link by keyboard.
  const werkblad = entries[at(/Werkblad „Visievierluik”/)];
  assert.equal(werkblad.href, '#/samenwerking/voorbeeld/werkblad/wb-vb-vierluik');
  await tabTo(page, `#stand-tijdlijn-gedeelde-opgave-ambitie-en-doelen a[href="${werkblad.href}"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/samenwerking/voorbeeld/werkblad/wb-vb-vierluik');
  await page.waitForFunction(() => /Visievierluik/.test(document.querySelector('h1#paginatitel')?.innerText ?? ''));
  // And a meeting's link by mouse: the BOB meeting's verslag.
  await page.goBack();
  await waitForStand(page);
  await page.locator('#stand-gedeelde-opgave-ambitie-en-doelen .stand-timeline-toggle').click();
  await page.locator('#stand-tijdlijn-gedeelde-opgave-ambitie-en-doelen a', { hasText: 'Bijeenkomst (afgerond)' }).click();
  await page.waitForFunction(() => location.hash === '#/samenwerking/voorbeeld/bijeenkomst/bk-vb-1/verslag');
  await page.waitForSelector('article.verslag');
  await page.goBack();
  await waitForStand(page);

  // Presentation mode: the chrome goes, the type grows, Esc ends it.
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.stand-tile h3')).fontSize));
  const before = await size();
  await page.locator('#stand-presenteren').click();
  assert.equal(await page.locator('#stand-presenteren').getAttribute('aria-pressed'), 'true');
  assert.ok(await page.evaluate(() => document.body.classList.contains('presentatie')));
  assert.equal(await page.locator('.site-header').isVisible(), false, 'no header on the beamer');
  assert.ok(await page.locator('h1#paginatitel').isVisible(), 'the title shows on the beamer');
  assert.ok((await size()) > before * 1.3, 'larger type on the beamer');
  await page.screenshot({ path: path.join(artifacts, 'stand-presentatie.png'), fullPage: true });
  await assertAccessible(page, 'de stand, presenteren');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.body.classList.contains('presentatie')), false);
  assert.equal(await page.locator('#stand-presenteren').getAttribute('aria-pressed'), 'false');

  // The agenda hand-off: seven ingrediënten to the planned meeting, shown on its plan.
  const button = page.locator('#stand-agenda');
  assert.equal(await button.innerText(), 'Zet 7 ingrediënten op de agenda van de volgende bijeenkomst');
  const intro = await page.locator('.stand-agenda p').innerText();
  assert.match(intro, /gaan naar de volgende bijeenkomst \(datum nog niet bepaald\)/);
  await button.click();
  await page.waitForFunction(() => /\/bijeenkomst\/bk-vb-3\/voorbereiden$/.test(location.hash));
  await page.waitForSelector('.agenda-grid');
  assert.match(await noticeText(page), /7 ingrediënten staan nu op de agenda van de volgende bijeenkomst \(datum nog niet bepaald\): Openheid en vertrouwen, /);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'paginatitel', 'focus on the meeting\'s heading');
  for (const id of NEEDS) {
    assert.ok(await page.locator(`#agenda-${id}`).isChecked(), `${id} is on the agenda`);
  }
  await assertAccessible(page, 'bijeenkomst na de stand');
  // Back on De stand, the planned meeting shows on the tiles.
  await page.goBack();
  await waitForStand(page);
  assert.match(await page.locator('#stand-voldoende-tijd').innerText(), /Gepland op de agenda: datum nog niet bepaald/);

  assert.deepEqual(errors, []);
  assertOnlyOwnOrigin();
  await context.close();
});

test('De stand prints on one A4 landscape page and reflows at 320 px', async () => {
  const { context, page, errors } = await newProfile(browser, server.origin);
  await openExample(page);
  await page.locator('#sw-stand').click();
  await waitForStand(page);

  // The print button (by keyboard) opens the browser's dialog; the PDF is what it prints.
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await tabTo(page, '#stand-afdrukken');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  fs.writeFileSync(path.join(artifacts, 'stand-a4-liggend.pdf'), pdf);
  await page.setViewportSize({ width: 1123, height: 794 });
  await page.screenshot({ path: path.join(artifacts, 'stand-afdruk.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(pdfPageCount(pdf), 1, 'one page');
  // A4 landscape: 842 × 595 points.
  const box = pdf.toString('latin1').match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/);
  assert.ok(box, 'the PDF has a page size');
  assert.ok(Math.abs(+box[1] - 842) < 2 && Math.abs(+box[2] - 595) < 2, `A4 landscape, got ${box[1]} × ${box[2]}`);
  const text = pdfPages(pdf)[0].replace(/\s+/g, ' ');
  for (const words of [TITLE, 'Openheid en vertrouwen', 'Aandacht voor ontwikkeling', 'Organisatie & Proces', 'Hoe de stand bepaald wordt']) {
    assert.ok(text.includes(words), `the page has "${words}"`);
  }
  assert.ok(!text.includes('Tijdlijn'), 'no buttons in print');

  // 320 px: no sideways scrolling, axe clean, also with a timeline open.
  await page.setViewportSize({ width: 320, height: 720 });
  await page.waitForTimeout(150);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0, 'no sideways scrolling at 320 px');
  await assertAccessible(page, 'de stand, 320 px');
  await page.locator('#stand-openheid-en-vertrouwen .stand-timeline-toggle').click();
  await page.locator('#stand-tijdlijn-openheid-en-vertrouwen').waitFor();
  assert.equal(await overflow(), 0, 'no sideways scrolling at 320 px with a timeline open');
  await assertAccessible(page, 'de stand, 320 px, tijdlijn open');
  // The link on the samenwerking page reflows too.
  await page.locator('.breadcrumb a').click();
  await page.waitForSelector('#sw-stand');
  assert.equal(await overflow(), 0, 'the samenwerking page at 320 px');
  assert.deepEqual(errors, []);
  await context.close();
});
