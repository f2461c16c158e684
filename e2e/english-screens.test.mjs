// The English edition on every screen: an English browser opens the example samenwerking (its
// English edition, content/voorbeeld.en.json) and visits each screen of the app; on each, axe
// reports nothing and no Dutch word is visible: not in the text, not in the names a screen reader
// reads. The Dutch word list is the core's own (crates/core/src/i18n/check.rs), so the host
// tests and this test look for the same words. Allowed: text in parentheses (the deliberate
// Dutch originals beside the model's names in headings), the names that stay Dutch, Dutch place
// and personal names of the example, and the switch's "Nederlands" (helpers.findDutch).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, assertAccessible, assertNoDutch } from './helpers.mjs';

/** Names in the example (people, places) that contain Dutch words: its own text, as typed. */
const EXAMPLE_NAMES = ['De Vonder', 'Hans van der Loo', 'De Bruin', 'Henk de Wit', 'Marieke Jansen'];

async function assertEnglish(page, label) {
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', `${label}: html lang`);
  await assertNoDutch(page, label, { typed: EXAMPLE_NAMES });
  await assertAccessible(page, `${label} (English)`);
}

test('every screen in English: the example samenwerking, axe clean, no Dutch visible', async () => {
  const server = await serve();
  const browser = await launch();
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('h1#paginatitel');
    assert.equal(await page.textContent('h1#paginatitel'), 'Collaborations');
    await assertEnglish(page, 'overview');
    await page.click('#voorbeeld-bekijken');
    await page.waitForFunction(() => location.hash === '#/samenwerking/voorbeeld');
    await page.waitForSelector('h1#paginatitel');
    const base = '#/samenwerking/voorbeeld';
    const screens = [
      ['collaboration', base],
      ['where we stand', `${base}/stand`],
      ['monitoring', `${base}/monitoring`],
      ['progress report', `${base}/rapport`],
      ['meeting: prepare', `${base}/bijeenkomst/bk-vb-3/voorbereiden`],
      ['meeting: lead', `${base}/bijeenkomst/bk-vb-1/leiden`],
      ['meeting: minutes', `${base}/bijeenkomst/bk-vb-2/verslag`],
      ['meeting: constituency sheets', `${base}/bijeenkomst/bk-vb-2/achterban`],
      ['scan: collect', `${base}/scan/sc-vb-2/verzamelen`],
      ['scan: fill in', `${base}/scan/sc-vb-2/invullen`],
      ['scan: paper', `${base}/scan/sc-vb-2/papier`],
      ['scan: results', `${base}/scan/sc-vb-2/resultaten`],
      ['worksheet: starting questions', `${base}/werkblad/wb-vb-startvragen`],
      ['worksheet: vision quadrant', `${base}/werkblad/wb-vb-vierluik`],
      ['worksheet: Eisenhower', `${base}/werkblad/wb-vb-eisenhower`],
      ['blank worksheet form', `${base}/formulier/brengen-halen`],
      ['conversation model', '#/gespreksmodel'],
      ['how it works', '#/zo-werkt-het'],
    ];
    for (const [label, hash] of screens) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.waitForFunction((h) => location.hash === h, hash);
      await page.waitForSelector('h1#paginatitel');
      // Content loaded on demand (worksheets) shows a status line until it is there.
      await page.waitForFunction(() => !document.body.innerText.includes('Loading'), null, { timeout: 10000 }).catch(() => {});
      await page.waitForTimeout(150);
      await assertEnglish(page, label);
    }
    // Back in Dutch, the same screens speak Dutch: the work did not change language.
    await page.click('#taal-nl');
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    assert.match(await page.textContent('h1#paginatitel'), /Zo werkt het/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'taal-nl', 'focus stays on the switch');
    await page.evaluate(() => { location.hash = '#/samenwerking/voorbeeld/stand'; });
    await page.waitForSelector('h1#paginatitel');
    assert.match(await page.textContent('main'), /Openheid en vertrouwen/);
    assert.deepEqual(errors, []);
    const foreign = requests.filter((u) => !(u.startsWith(`${server.origin}/`) || u.startsWith('data:') || u.startsWith('blob:')));
    assert.deepEqual(foreign, [], 'requests left the page origin');
  } finally {
    await browser.close();
    await server.close();
  }
});

test('an English first visit paints the English app shell before the wasm, and nothing jumps when the app takes over', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    for (const [locale, title, lang] of [['en-GB', 'Collaborations', 'en'], ['nl-NL', 'Samenwerkingen', 'nl']]) {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await context.route('**/*.wasm', async (route) => { await held; return route.continue(); });
      await context.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      await page.goto(`${server.origin}/`, { waitUntil: 'domcontentloaded' });
      await page.locator('#app-shell main:not(.participant) h1').waitFor({ state: 'visible' });
      // The shell, before any wasm: in the language the app will start in.
      assert.equal(await page.locator('#app-shell main:not(.participant) h1').innerText(), title, `${locale}: shell title`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.locator(`#app-shell .language-switch button[lang="${lang}"]`).getAttribute('aria-pressed'), 'true');
      const before = await page.locator('#app-shell main:not(.participant) h1').boundingBox();
      release();
      await page.waitForSelector('h1#paginatitel');
      await page.waitForFunction(() => !document.getElementById('app-shell'));
      assert.equal(await page.locator('h1#paginatitel').innerText(), title);
      const after = await page.locator('h1#paginatitel').boundingBox();
      assert.deepEqual([after.x, after.y].map(Math.round), [before.x, before.y].map(Math.round), `${locale}: the title did not move`);
      await page.waitForTimeout(300);
      const shift = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
      assert.ok(shift <= 0.02, `${locale}: layout shift ${shift}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
});
