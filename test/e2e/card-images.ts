/** Business-card pictures drawn on a canvas in the browser (fonts, sizes, tint, speckles, a slight tilt), as PNG bytes. */
import type { Page } from 'playwright-core';

export interface CardLine {
  text: string;
  /** A CSS font, e.g. "bold 52px sans-serif". */
  font: string;
  x: number;
  y: number;
  align?: 'left' | 'right';
}

export interface CardSpec {
  width: number;
  height: number;
  background: string;
  ink: string;
  lines: CardLine[];
  /** A coloured strip along the left edge (a logo band). */
  band?: string;
  /** Speckles scattered over the card (dust, paper grain). */
  speckles?: number;
  /** Tilt in degrees, as a hand-held photo has. */
  tilt?: number;
  seed?: number;
}

/** What the card says, for the assertions. */
export interface CardFixture {
  file: string;
  email: string;
  phone: string;
  name: string;
  spec: CardSpec;
}

/** Draws a card in the page and returns its PNG bytes. */
export async function renderCard(page: Page, spec: CardSpec): Promise<Buffer> {
  const base64 = await page.evaluate((s: CardSpec) => {
    const canvas = document.createElement('canvas');
    canvas.width = s.width;
    canvas.height = s.height;
    const ctx = canvas.getContext('2d')!;
    // A table the card lies on, then the card, tilted a little.
    ctx.fillStyle = '#d6d3ce';
    ctx.fillRect(0, 0, s.width, s.height);
    ctx.save();
    ctx.translate(s.width / 2, s.height / 2);
    ctx.rotate(((s.tilt ?? 0) * Math.PI) / 180);
    ctx.translate(-s.width / 2, -s.height / 2);
    const m = Math.round(Math.min(s.width, s.height) * 0.03);
    ctx.fillStyle = s.background;
    ctx.fillRect(m, m, s.width - 2 * m, s.height - 2 * m);
    if (s.band) {
      ctx.fillStyle = s.band;
      ctx.fillRect(m, m, Math.round(s.width * 0.035), s.height - 2 * m);
    }
    ctx.fillStyle = s.ink;
    ctx.textBaseline = 'alphabetic';
    for (const line of s.lines) {
      ctx.font = line.font;
      ctx.textAlign = line.align ?? 'left';
      ctx.fillText(line.text, line.x, line.y);
    }
    ctx.restore();
    // Deterministic speckles (a small LCG), grey dots of one to three pixels. No named inner functions: the bench
    // runs under tsx, whose name-keeping helper does not exist in the page.
    let seed = s.seed ?? 7;
    const next: number[] = [];
    for (let i = 0; i < (s.speckles ?? 0) * 4; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      next.push(seed / 2147483648);
    }
    for (let i = 0; i < (s.speckles ?? 0); i++) {
      const shade = Math.round(90 + next[4 * i]! * 120);
      ctx.fillStyle = `rgb(${shade},${shade},${shade})`;
      const size = 1 + Math.floor(next[4 * i + 1]! * 3);
      ctx.fillRect(Math.floor(next[4 * i + 2]! * s.width), Math.floor(next[4 * i + 3]! * s.height), size, size);
    }
    return canvas.toDataURL('image/png').split(',')[1]!;
  }, spec);
  return Buffer.from(base64, 'base64');
}

/** Three cards unlike each other: layout, fonts, sizes (one small enough to be enlarged), tint, tilt, speckles. */
export const CARDS: CardFixture[] = [
  {
    file: 'jane-doe.png',
    name: 'Jane Doe',
    email: 'jane.doe@acmerobotics.com',
    phone: '+1 (415) 555-0132',
    spec: {
      width: 1050,
      height: 600,
      background: '#ffffff',
      ink: '#1e1b4b',
      band: '#4338ca',
      speckles: 300,
      seed: 11,
      lines: [
        { text: 'Jane Doe', font: 'bold 54px sans-serif', x: 90, y: 140 },
        { text: 'Senior Technical Recruiter', font: '34px sans-serif', x: 90, y: 195 },
        { text: 'Acme Robotics, Inc.', font: 'bold 36px serif', x: 90, y: 275 },
        { text: 'jane.doe@acmerobotics.com', font: '32px sans-serif', x: 90, y: 430 },
        { text: 'Tel: +1 (415) 555-0132', font: '32px sans-serif', x: 90, y: 480 },
      ],
    },
  },
  {
    file: 'marcus-chen.png',
    name: 'Marcus Chen',
    email: 'marcus.chen@northwind.com',
    phone: '+1 206 555 0147',
    spec: {
      width: 1200,
      height: 700,
      background: '#fbf6e9',
      ink: '#222222',
      speckles: 500,
      seed: 23,
      tilt: 1.2,
      lines: [
        { text: 'NORTHWIND TRADERS', font: 'bold 40px serif', x: 80, y: 110 },
        { text: 'MARCUS CHEN', font: 'bold 58px serif', x: 80, y: 290 },
        { text: 'Director of Engineering', font: 'italic 36px serif', x: 80, y: 345 },
        { text: 'E: marcus.chen@northwind.com', font: '34px serif', x: 80, y: 520 },
        { text: 'M: +1 206 555 0147', font: '34px serif', x: 80, y: 575 },
      ],
    },
  },
  {
    file: 'priya-raman.png',
    name: 'Priya Raman',
    email: 'priya.raman@morganstanley.com',
    phone: '+44 20 7946 0018',
    spec: {
      width: 840,
      height: 480,
      background: '#f1f5f9',
      ink: '#0f172a',
      speckles: 200,
      seed: 5,
      lines: [
        { text: 'Priya Raman', font: 'bold 40px sans-serif', x: 60, y: 100 },
        { text: 'Associate, Talent Acquisition', font: '24px sans-serif', x: 60, y: 140 },
        { text: 'Morgan Stanley', font: 'bold 30px serif', x: 60, y: 200 },
        { text: 'priya.raman@morganstanley.com', font: '24px monospace', x: 790, y: 360, align: 'right' },
        { text: 'T +44 20 7946 0018', font: '24px monospace', x: 790, y: 400, align: 'right' },
      ],
    },
  },
];
