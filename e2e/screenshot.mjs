// Makes docs/screenshot.png (README) from the release build with the v1 fixture imported.
// Usage: node e2e/screenshot.mjs [out.png] [hash]
import path from 'node:path';
import { serve, launch, newProfile } from './helpers.mjs';

const out = process.argv[2] ?? 'docs/screenshot.png';
const hash = process.argv[3] ?? '';
const server = await serve();
const browser = await launch();
const { page, context } = await newProfile(browser, server.origin);
await page.locator('#import-bestand').setInputFiles(path.resolve(process.env.FIXTURE ?? 'crates/core/tests/fixtures/v1.vitaal.json'));
await page.waitForSelector('.samenwerking-item');
await page.locator('.samenwerking-item h3 a').click();
await page.waitForSelector('table.partners');
if (hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForTimeout(300);
}
await page.evaluate(() => { document.activeElement?.blur(); document.querySelector('.notice-close')?.click(); });
await page.waitForTimeout(200);
await page.screenshot({ path: out, fullPage: !!process.env.FULL });
await context.close();
await browser.close();
await server.close();
console.log(`wrote ${out}`);
