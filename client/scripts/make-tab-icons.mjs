// Draws the four tab-bar icons as small PNGs (no downloads, no image libraries).
// Shapes are described in a 0..1 square and rasterised with 4x4 supersampling.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const SS = 4;
const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/assets/tab');

const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const inRing = (x, y, cx, cy, r, w) => inCircle(x, y, cx, cy, r) && !inCircle(x, y, cx, cy, r - w);
const inFrame = (x, y, x0, y0, x1, y1, w) => inRect(x, y, x0, y0, x1, y1) && !inRect(x, y, x0 + w, y0 + w, x1 - w, y1 - w);
// Triangle roof outline: points inside the band between two similar triangles.
function inTriangle(x, y, ax, ay, bx, by, cx, cy) {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by),
    d2 = s(x, y, bx, by, cx, cy),
    d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

const W = 0.075; // stroke width
const shapes = {
  home: (x, y) =>
    (inTriangle(x, y, 0.5, 0.12, 0.06, 0.5, 0.94, 0.5) && !inTriangle(x, y, 0.5, 0.24, 0.22, 0.46, 0.78, 0.46)) ||
    inFrame(x, y, 0.2, 0.44, 0.8, 0.88, W) ||
    inRect(x, y, 0.42, 0.62, 0.58, 0.88),
  activities: (x, y) =>
    inFrame(x, y, 0.12, 0.2, 0.88, 0.88, W) ||
    inRect(x, y, 0.12, 0.2, 0.88, 0.36) ||
    inRect(x, y, 0.28, 0.1, 0.28 + W, 0.28) ||
    inRect(x, y, 0.72 - W, 0.1, 0.72, 0.28) ||
    inRect(x, y, 0.26, 0.48, 0.4, 0.6) ||
    inRect(x, y, 0.6, 0.48, 0.74, 0.6) ||
    inRect(x, y, 0.26, 0.68, 0.4, 0.8),
  complaints: (x, y) =>
    inFrame(x, y, 0.1, 0.14, 0.9, 0.7, W) ||
    inTriangle(x, y, 0.26, 0.68, 0.46, 0.68, 0.26, 0.88) ||
    inRect(x, y, 0.47, 0.26, 0.53, 0.48) ||
    inCircle(x, y, 0.5, 0.57, 0.045),
  me: (x, y) => inRing(x, y, 0.5, 0.34, 0.2, W) || (inRing(x, y, 0.5, 0.95, 0.4, W) && y < 0.9) || inRect(x, y, 0.1, 0.86, 0.9, 0.86 + W),
};

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(shape, [r, g, b], SIZE = 81) {
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  for (let py = 0; py < SIZE; py++) {
    raw[py * (SIZE * 4 + 1)] = 0;
    for (let px = 0; px < SIZE; px++) {
      let hits = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) if (shape((px + (sx + 0.5) / SS) / SIZE, (py + (sy + 0.5) / SS) / SIZE)) hits++;
      const o = py * (SIZE * 4 + 1) + 1 + px * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = Math.round((255 * hits) / (SS * SS));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
const GREY = [0x7a, 0x7e, 0x87];
const RED = [0xc8, 0x10, 0x2e];
for (const [name, shape] of Object.entries(shapes)) {
  writeFileSync(path.join(OUT, `${name}.png`), png(shape, GREY));
  writeFileSync(path.join(OUT, `${name}-active.png`), png(shape, RED));
}
// The illustration for empty states: an open tray with a document (NutUI's default is a remote image).
const emptyShape = (x, y) =>
  inFrame(x, y, 0.3, 0.14, 0.7, 0.62, 0.04) ||
  inRect(x, y, 0.38, 0.26, 0.62, 0.3) ||
  inRect(x, y, 0.38, 0.36, 0.62, 0.4) ||
  inRect(x, y, 0.38, 0.46, 0.54, 0.5) ||
  inRect(x, y, 0.12, 0.6, 0.88, 0.64) ||
  inRect(x, y, 0.12, 0.6, 0.16, 0.86) ||
  inRect(x, y, 0.84, 0.6, 0.88, 0.86) ||
  inRect(x, y, 0.12, 0.82, 0.88, 0.86);
writeFileSync(path.join(OUT, '..', 'empty.png'), png(emptyShape, [0xc3, 0xc7, 0xcf], 120));
console.log(`tab icons written to ${OUT}`);
