// End-to-end: the plain warning before "Bewaar als één bestand" (src/ui/samenwerking/onefile.rs).
// The file carries everyone's named scan answers, the revealed results and what the werkbladen
// say about partners: the app says so first, with focus on the safe choice. By keyboard the
// safe choice saves nothing; by mouse "Toch bewaren" saves the file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve, launch, newProfile, assertAccessible, tabTo, createByKeyboard, noticeText,
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

test('"Bewaar als één bestand" warns first; keyboard: the safe choice has focus and saves nothing; mouse: "Toch bewaren" saves', async () => {
  const p = await newProfile(browser, server.origin);
  const { page, context } = p;
  let downloads = 0;
  page.on('download', () => { downloads++; });
  try {
    await createByKeyboard(page, 'Gevoelige samenwerking');
    // Keyboard.
    await tabTo(page, '#sw-een-bestand');
    await page.keyboard.press('Enter');
    const warning = page.locator('.onefile-warning');
    await warning.waitFor();
    assert.equal((await warning.locator('#een-bestand-let-op').innerText()).trim(), 'Let op: dit bestand bevat alles');
    const text = (await warning.locator('#een-bestand-inhoud').innerText()).trim();
    assert.match(text, /de antwoorden op de scans met de naam van elke organisatie/);
    assert.match(text, /de getoonde resultaten/);
    assert.match(text, /wat in de werkbladen over partners is opgeschreven/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'een-bestand-niet', 'focus on the safe choice');
    assert.equal((await page.locator('#een-bestand-niet').innerText()).trim(), 'Niet bewaren');
    assert.equal(await page.locator('#sw-een-bestand').getAttribute('aria-expanded'), 'true');
    await assertAccessible(page, 'waarschuwing één bestand');
    await page.keyboard.press('Enter');
    await warning.waitFor({ state: 'detached' });
    assert.match(await noticeText(page), /Niet bewaard\. Er is geen bestand gemaakt\./);
    await page.waitForFunction(() => document.activeElement?.id === 'sw-een-bestand');
    await page.waitForTimeout(300);
    assert.equal(downloads, 0, 'nothing saved');

    // Mouse.
    const started = page.waitForEvent('download', { timeout: 15000 });
    await page.locator('#sw-een-bestand').click();
    await page.locator('#een-bestand-toch').click();
    const file = await started;
    assert.match(file.suggestedFilename(), /\.html$/);
    assert.equal(await page.locator('.onefile-warning').count(), 0);
    assert.match(await noticeText(page), /Gevoelige samenwerking/);
    assert.deepEqual(p.errors, []);
  } finally {
    await context.close();
  }
});
