// Writes resources/icon.png (256×256 RGBA): a red rounded square with a white
// page and text lines — drawn here so the repository needs no binary source art.
// electron-builder derives the Windows .ico and Linux icon sizes from it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 256;
const RED = [200, 16, 46];
const WHITE = [255, 255, 255];
const GREY = [190, 40, 60];

/** Coverage (0..1) of a rounded rectangle at pixel centre (x+.5, y+.5), 4×4 supersampled for smooth edges. */
function roundedRect(x, y, [x0, y0, x1, y1], r) {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) {
      const px = x + (i + 0.5) / 4;
      const py = y + (j + 0.5) / 4;
      if (px < x0 || px > x1 || py < y0 || py > y1) continue;
      const cx = Math.min(Math.max(px, x0 + r), x1 - r);
      const cy = Math.min(Math.max(py, y0 + r), y1 - r);
      if ((px - cx) ** 2 + (py - cy) ** 2 <= r * r) hits++;
    }
  return hits / 16;
}

export function iconPixels() {
  const px = Buffer.alloc(SIZE * SIZE * 4);
  const page = [64, 40, 192, 216];
  const lines = [0, 1, 2, 3, 4, 5].map((i) => [84, 92 + i * 20, i === 5 ? 140 : 172, 100 + i * 20]);
  for (let y = 0; y < SIZE; y++)
    for (let x = 0; x < SIZE; x++) {
      const bg = roundedRect(x, y, [8, 8, 248, 248], 40);
      const pg = roundedRect(x, y, page, 8);
      const ln = Math.max(...lines.map((l) => roundedRect(x, y, l, 3)));
      // title line in red, the rest grey-red, on white paper, on red ground
      const ink = ln > 0 ? (y < 104 ? RED : GREY) : WHITE;
      const onPage = WHITE.map((w, k) => w * (1 - ln) + ink[k] * ln);
      const rgb = RED.map((c, k) => c * (1 - pg) + onPage[k] * pg);
      const o = (y * SIZE + x) * 4;
      px[o] = Math.round(rgb[0]);
      px[o + 1] = Math.round(rgb[1]);
      px[o + 2] = Math.round(rgb[2]);
      px[o + 3] = Math.round(255 * bg);
    }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

export function encodePng(rgba, width, height) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4); // filter 0
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icon.png');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, encodePng(iconPixels(), SIZE, SIZE));
  console.log(out);
}
