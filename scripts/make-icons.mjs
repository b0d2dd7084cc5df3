// Draws the app's icons (PNG, no image library): an indigo square with a white notebook ring and a tick-like
// bookmark. Run `node scripts/make-icons.mjs` after changing the design; the PNGs are committed under
// src/web/public/icons/ and the manifest (vite.config.ts) names them.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const OUT = new URL('../src/web/public/icons/', import.meta.url);
const ACCENT = [0x43, 0x38, 0xca];
const WHITE = [0xff, 0xff, 0xff];

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
/** An RGBA PNG from a function giving each pixel's [r, g, b, a]. */
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage (0..1) of the design at a point in unit coordinates: `inset` is the share kept clear at each edge. */
function glyph(u, v, inset) {
  const s = 1 - 2 * inset;
  const x = (u - inset) / s - 0.5;
  const y = (v - inset) / s - 0.5;
  const r = Math.hypot(x, y);
  const ring = r > 0.25 && r < 0.36;
  const bookmark = x > 0.06 && x < 0.16 && y > -0.42 && y < -0.06 && !(y > -0.14 && Math.abs(x - 0.11) < (y + 0.14) * 0.9);
  return ring || bookmark;
}
function inRoundedSquare(u, v, radius) {
  const dx = Math.max(radius - u, 0, u - (1 - radius));
  const dy = Math.max(radius - v, 0, v - (1 - radius));
  return Math.hypot(dx, dy) <= radius;
}

/** `maskable`: full-bleed background, design inside the central safe zone; otherwise a rounded square. */
function icon(size, maskable) {
  const SS = 4;
  return png(size, (x, y) => {
    let bg = 0;
    let fg = 0;
    for (let i = 0; i < SS; i++)
      for (let j = 0; j < SS; j++) {
        const u = (x + (i + 0.5) / SS) / size;
        const v = (y + (j + 0.5) / SS) / size;
        const inside = maskable || inRoundedSquare(u, v, 0.2);
        if (!inside) continue;
        bg += 1;
        if (glyph(u, v, maskable ? 0.2 : 0.1)) fg += 1;
      }
    const a = bg / (SS * SS);
    const f = bg === 0 ? 0 : fg / bg;
    const rgb = ACCENT.map((c, k) => Math.round(c * (1 - f) + WHITE[k] * f));
    return [...rgb, Math.round(a * 255)];
  });
}

const files = {
  'icon-192.png': icon(192, false),
  'icon-512.png': icon(512, false),
  'maskable-192.png': icon(192, true),
  'maskable-512.png': icon(512, true),
  'apple-touch-icon.png': icon(180, true),
  'favicon-32.png': icon(32, false),
};
for (const [name, data] of Object.entries(files)) writeFileSync(new URL(name, OUT), data);
console.log(`wrote ${Object.keys(files).length} icons to ${OUT.pathname}`);
