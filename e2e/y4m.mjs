// A fake camera for the e2e tests: QR codes as one .y4m video (YUV4MPEG2, I420), which Chromium
// plays as its camera with `--use-fake-device-for-media-stream
// --use-file-for-fake-video-capture=<file>` (and loops). Each code is drawn centred on a white
// 640×480 frame, black modules on a white quiet zone, and shown for several frames.
// The codes come from the npm package `qrcode` (a devDependency, for the tests only).
import fs from 'node:fs';
import QRCode from 'qrcode';

export const WIDTH = 640;
export const HEIGHT = 480;

/** The modules of a QR code for `text`: { size, dark(x, y) }. */
export function qrMatrix(text, errorCorrectionLevel = 'M') {
  const { modules } = QRCode.create(text, { errorCorrectionLevel });
  return { size: modules.size, dark: (x, y) => modules.get(y, x) === 1 };
}

/** One grey (luma) frame with `matrix` centred, as large as fits with a 4-module quiet zone. */
export function lumaFrame(matrix, { width = WIDTH, height = HEIGHT, maxSide = 440 } = {}) {
  const luma = Buffer.alloc(width * height, 255);
  if (!matrix) return luma;
  const scale = Math.max(1, Math.floor(Math.min(maxSide, width, height) / (matrix.size + 8)));
  const side = matrix.size * scale;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) {
      if (!matrix.dark(x, y)) continue;
      for (let dy = 0; dy < scale; dy++) luma.fill(0, (top + y * scale + dy) * width + left + x * scale, (top + y * scale + dy) * width + left + (x + 1) * scale);
    }
  }
  return luma;
}

/**
 * Writes `file`: for each text in `texts` (null: an empty white frame), `framesPerCode` frames,
 * at `fps` frames per second. Returns the file name.
 */
export function writeY4m(file, texts, { framesPerCode = 10, fps = 10, width = WIDTH, height = HEIGHT } = {}) {
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts = [Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)];
  for (const text of texts) {
    const frame = Buffer.concat([Buffer.from('FRAME\n'), lumaFrame(text === null ? null : qrMatrix(text), { width, height }), chroma]);
    for (let i = 0; i < framesPerCode; i++) parts.push(frame);
  }
  fs.writeFileSync(file, Buffer.concat(parts));
  return file;
}
