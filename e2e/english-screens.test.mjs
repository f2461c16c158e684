// The English edition on every screen: an English browser opens the example samenwerking (its
// English edition, content/voorbeeld.en.json) and visits each screen of the app; on each, axe
// reports nothing and no Dutch word is visible: not in the text, not in the names a screen reader
// reads. The Dutch word list is the core's own (crates/core/src/i18n/check.rs), so the host
// tests and this test look for the same words. Allowed: text in parentheses (the deliberate
// Dutch originals beside the model's names in headings), the names that stay Dutch, Dutch place
// and personal names of the example, and the switch's "Nederlands".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, assertAccessible, root } from './helpers.mjs';

const checkRs = fs.readFileSync(path.join(root, 'crates/core/src/i18n/check.rs'), 'utf8');
const list = checkRs.slice(checkRs.indexOf('pub const DUTCH_WORDS'), checkRs.indexOf('];', checkRs.indexOf('pub const DUTCH_WORDS')));
export const DUTCH_WORDS = new Set([...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]));
assert.ok(DUTCH_WORDS.size > 100, 'the Dutch word list was read');

/** Names that stay Dutch in English: the app, publication, programme, forms; the switch. */
const KEPT = ['Vitaal Samenwerken', 'Lokaal Samenwerken', 'Samen Ouder Worden', 'NOV', 'BOB', 'BARB', 'Nederlands'];
/** Names in the example (people, places) that contain Dutch words. */
const EXAMPLE_NAMES = ['De Vonder', 'Hans van der Loo', 'De Bruin', 'Henk de Wit', 'Marieke Jansen'];

/** The Dutch words visible on the page (text and accessible names), with their context. */
export async function dutchOnScreen(page, allowed = []) {
  const texts = await page.evaluate(() => {
    const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
    const out = document.body.innerText.split('\n');
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!visible(el) && el.getAttribute('aria-label') === null) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out.map((t) => t.trim()).filter(Boolean);
  });
  const found = [];
  for (const text of texts) {
    // Addresses (an invitation's link) are not words.
    let plain = text.replace(/https?:\/\/\S+/g, ' ');
    // Text in parentheses: the Dutch originals ("Openness and trust (Openheid en vertrouwen)").
    while (/\([^()]*\)/.test(plain)) plain = plain.replace(/\([^()]*\)/g, ' ');
    for (const name of [...KEPT, ...EXAMPLE_NAMES, ...allowed]) plain = plain.split(name).join(' ');
    const words = plain.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => DUTCH_WORDS.has(w));
    if (words.length) found.push(`${JSON.stringify(words)} in ${JSON.stringify(text.slice(0, 160))}`);
  }
  return found;
}

async function assertEnglish(page, label) {
  await page.waitForFunction(() => !document.querySelector('.content-status:not(:empty)') || true);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', `${label}: html lang`);
  const found = await dutchOnScreen(page);
  assert.deepEqual(found, [], `Dutch visible on "${label}"`);
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
      await page.locator('#app-shell h1').waitFor({ state: 'visible' });
      // The shell, before any wasm: in the language the app will start in.
      assert.equal(await page.locator('#app-shell h1').innerText(), title, `${locale}: shell title`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.locator(`#app-shell .language-switch button[lang="${lang}"]`).getAttribute('aria-pressed'), 'true');
      const before = await page.locator('#app-shell h1').boundingBox();
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
