// End-to-end: offline after one visit (service worker), the update notice when a new version is
// waiting, and a Content-Security-Policy without 'unsafe-inline' that the page keeps to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  dist, serve, launch, newProfile, assertAccessible, tabTo, stored, noticeText,
} from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Waits until a service worker controls the page (reloading once if it does not by itself). */
async function waitForController(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  const controlled = () => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
  try {
    await controlled();
  } catch {
    await page.reload();
    await page.waitForSelector('h1#paginatitel');
    await controlled();
  }
}

/** A copy of dist/ in a temporary folder, so a test can change it. */
function copyOfDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitaal-dist-'));
  fs.cpSync(dist, dir, { recursive: true });
  return dir;
}

async function createByKeyboard(page, name) {
  await tabTo(page, '#nieuw-naam');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#sw-naam');
  assert.equal(await page.locator('h1').innerText(), name);
}

test('after one visit the app starts and saves with the network off', async () => {
  const dir = copyOfDist();
  const server = await serve(dir);
  const p = await newProfile(browser, server.origin);
  const { page, context } = p;
  try {
    await waitForController(page);
    // Really offline: the server is gone and the browser is offline.
    await server.close();
    await context.setOffline(true);
    const response = await page.reload();
    assert.ok(response.fromServiceWorker(), 'index.html came from the service worker');
    await page.waitForSelector('h1#paginatitel');
    await assertAccessible(page, 'overzicht (offline)');

    await createByKeyboard(page, 'Offline in Dorpsstad');
    assert.match(JSON.stringify(await stored(page)), /Offline in Dorpsstad/);

    // Still there after another reload, still offline.
    await page.reload();
    await page.waitForSelector('h1#paginatitel');
    assert.equal(await page.locator('h1').innerText(), 'Offline in Dorpsstad');
    p.assertOnlyOwnOrigin();
    assert.deepEqual(p.errors, []);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a new version waits, the user is told, and work survives "Nu vernieuwen"', async () => {
  const dir = copyOfDist();
  const server = await serve(dir);
  const p = await newProfile(browser, server.origin);
  const { page, context } = p;
  try {
    await waitForController(page);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1, `one cache: ${before}`);

    await createByKeyboard(page, 'Samen ouder worden in Dorpsstad');
    await tabTo(page, '#sw-opgave');
    await page.keyboard.type('Werk van voor de update');

    // A new version of the app appears on the server.
    const swFile = path.join(dir, 'sw.js');
    const source = fs.readFileSync(swFile, 'utf8');
    const changed = source.replace(/^const VERSION = "([^"]+)";/m, 'const VERSION = "$1-nieuw";');
    assert.notEqual(changed, source, 'sw.js has a stamped VERSION line');
    fs.writeFileSync(swFile, changed);
    let loads = 0;
    page.on('load', () => { loads++; });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    // The page is told, the new version waits and the old one still controls the page.
    const notice = page.locator('.update-notice');
    await notice.waitFor();
    assert.equal(
      (await notice.locator('p').innerText()).trim(),
      'Er is een nieuwe versie van Vitaal Samenwerken. Je werk is bewaard.',
    );
    assert.equal(await page.locator('.update-notices').getAttribute('role'), 'status');
    assert.equal(loads, 0, 'nothing reloaded by itself');
    assert.equal(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration()).waiting)), true);
    await assertAccessible(page, 'melding nieuwe versie');

    // Typed just now, not yet written by the timer: the button saves it first.
    await tabTo(page, '#sw-opgave');
    await page.keyboard.press('End');
    await page.keyboard.type(' en erna');
    const button = notice.getByRole('button', { name: 'Nu vernieuwen' });
    await button.focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await page.waitForSelector('#sw-opgave');
    assert.equal(await page.locator('#sw-opgave').inputValue(), 'Werk van voor de update en erna');
    assert.equal(await page.locator('h1').innerText(), 'Samen ouder worden in Dorpsstad');
    assert.equal(await page.locator('.update-notice').count(), 0, 'no notice after the update');

    // The new version controls the page; the old cache is gone. One reload only.
    await page.waitForTimeout(500);
    assert.equal(loads, 1, 'the page reloaded exactly once');
    const after = await page.evaluate(() => caches.keys());
    assert.equal(after.length, 1, `one cache: ${after}`);
    assert.match(after[0], /-nieuw$/);
    assert.match(JSON.stringify(await stored(page)), /Werk van voor de update en erna/);
    p.assertOnlyOwnOrigin();
    assert.deepEqual(p.errors, []);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the CSP has no 'unsafe-inline' and the page keeps to it", async () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
  assert.ok(csp, 'dist/index.html has a CSP meta');
  assert.doesNotMatch(csp, /unsafe-inline/);
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['script-src'].slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(directives['script-src'].slice(2).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)));
  assert.ok(directives['script-src'].length > 2, 'the inline loader is allowed by its hash');
  for (const name of ['default-src', 'connect-src', 'manifest-src', 'worker-src']) {
    assert.deepEqual(directives[name], ["'self'"], name);
  }

  const server = await serve();
  const p = await newProfile(browser, server.origin);
  const { page, context } = p;
  try {
    // Record violations from the very start of the page.
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.reload();
    await page.waitForSelector('h1#paginatitel');
    await waitForController(page);
    // The manifest and icons load under the CSP.
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel=manifest]').href;
      const m = await (await fetch(href)).json();
      const icons = await Promise.all(m.icons.map(async (i) => (await fetch(new URL(i.src, href))).status));
      return { name: m.name, lang: m.lang, display: m.display, icons };
    });
    assert.deepEqual(manifest, {
      name: 'Vitaal Samenwerken', lang: 'nl', display: 'standalone', icons: [200, 200, 200, 200],
    });
    await createByKeyboard(page, 'Veilig in Dorpsstad');
    assert.match(await noticeText(page), /is aangemaakt/);
    await page.goto(`${server.origin}/#/gespreksmodel`);
    await page.waitForSelector('h1#paginatitel');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(p.errors, []);
    p.assertOnlyOwnOrigin();
  } finally {
    await context.close();
    await server.close();
  }
});
