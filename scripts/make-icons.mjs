// Draws the app icons once: pwa/icon-192.png and pwa/icon-512.png (the SVG, pwa/icon.svg, is
// written by hand and shows the same design). Node built-ins only (zlib for the PNG data);
// the PNGs are committed, so builds never run this. Run again after changing the design:
//   node scripts/make-icons.mjs
//
// The design: the brand colour #1d4f6e, full bleed (so it also works as a maskable icon), with
// two white rings that overlap, "samen", inside the central safe zone.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'pwa');
const BRAND = [0x1d, 0x4f, 0x6e];
const WHITE = [0xff, 0xff, 0xff];
// In units of the icon's width, matching icon.svg (viewBox 0 0 512 512).
const RINGS = [{ x: 205 / 512, y: 0.5 }, { x: 307 / 512, y: 0.5 }];
const RADIUS = 87 / 512;
const STROKE = 30 / 512;

/** Coverage of the white rings at (x, y), 0..1, by 4×4 supersampling. */
function coverage(px, py, size) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const x = (px + (sx + 0.5) / 4) / size;
      const y = (py + (sy + 0.5) / 4) / size;
      if (RINGS.some((c) => Math.abs(Math.hypot(x - c.x, y - c.y) - RADIUS) <= STROKE / 2)) hits++;
    }
  }
  return hits / 16;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, size);
      for (let i = 0; i < 3; i++) row[1 + x * 3 + i] = Math.round(BRAND[i] * (1 - a) + WHITE[i] * a);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) {
  const file = path.join(out, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
