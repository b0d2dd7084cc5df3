import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { median, percentile, round } from './harness.js';
import { CARDS, renderCard } from '../test/e2e/card-images.js';
import { launchBrowser, startApp } from '../test/e2e/harness.js';

/** Benchmark name shown by bench/run.ts. */
export const name = 'ocr';

interface Reading {
  ms: number;
  email: string | null;
  phone: string | null;
}

/** The built lazy chunk the photo tab imports (readBusinessCard: scale, OCR in the worker, parse). */
function readCardChunk(): string {
  const dir = join(new URL('../', import.meta.url).pathname, 'dist/web/assets');
  const file = readdirSync(dir).find((f) => /^read-card-.*\.js$/.test(f));
  if (!file) throw new Error('dist/web has no read-card chunk; build the app first');
  return `/assets/${file}`;
}

/** Reads one card in the page through the app's own OCR module; returns the time and what was found. */
function readInPage(page: Page, chunk: string, png: Buffer): Promise<Reading> {
  return page.evaluate(
    async ({ chunk, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const blob = new Blob([bytes], { type: 'image/png' });
      const mod = (await import(chunk)) as {
        readBusinessCard(b: Blob): Promise<{ card: { email: { value: string } | null; phone: { value: string } | null } }>;
      };
      const t = performance.now();
      const r = await mod.readBusinessCard(blob);
      return { ms: performance.now() - t, email: r.card.email?.value ?? null, phone: r.card.phone?.value ?? null };
    },
    { chunk, base64: png.toString('base64') },
  );
}

/**
 * OCR of a generated business card in Chromium with the real worker, WebAssembly core and English model, served by
 * the built app: the first card in a fresh browser context (worker start, core and model download, initialisation)
 * and later cards with the worker warm (10 rounds over three different cards).
 */
export async function run(): Promise<Record<string, number | string>> {
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const chunk = readCardChunk();
    const setup = await browser.newPage();
    await setup.goto(`${app.url}/`);
    const pngs: Buffer[] = [];
    for (const card of CARDS) pngs.push(await renderCard(setup, card.spec));
    await setup.close();

    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${app.url}/`);
      cold.push((await readInPage(page, chunk, pngs[0]!)).ms);
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await readInPage(page, chunk, pngs[0]!);
    const warm: number[] = [];
    let exact = 0;
    const rounds = 10;
    for (let i = 0; i < rounds; i++) {
      const k = i % CARDS.length;
      const r = await readInPage(page, chunk, pngs[k]!);
      warm.push(r.ms);
      if (r.email === CARDS[k]!.email && r.phone === CARDS[k]!.phone) exact++;
    }
    await context.close();
    return {
      cards: CARDS.length,
      rounds,
      warmMedianMs: round(median(warm)),
      warmP95Ms: round(percentile(warm, 95)),
      coldFirstCardMedianMs: round(median(cold)),
      coldFirstCardMaxMs: round(Math.max(...cold)),
      exactEmailAndPhone: `${exact}/${rounds}`,
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}
