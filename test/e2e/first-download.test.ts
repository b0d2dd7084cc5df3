import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './harness.js';

const dist = join(import.meta.dirname, '../../dist/web');

/** The scripts the first page load fetches: the entry and its modulepreloads. */
function initialScripts(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
}

// The budget of the foundation issue: the first download stays small. A value imported from a
// contracts module into code the entry loads pulls zod in (about 27 KB gzipped); this catches it.
describe('the web app’s first download', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('is at most 150 KB of gzipped JavaScript', () => {
    const kb = initialScripts().reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0) / 1024;
    expect(kb).toBeGreaterThan(50);
    expect(kb).toBeLessThanOrEqual(150);
  });

  it('is precompressed at build time: at most 150 KB as sent with brotli, and a gzip beside it', () => {
    const sent = initialScripts().reduce((sum, f) => {
      const raw = readFileSync(join(dist, f));
      if (raw.length < 1024) return sum + raw.length; // too small to be worth compressing
      expect(existsSync(join(dist, `${f}.gz`)), `${f}.gz`).toBe(true);
      const br = readFileSync(join(dist, `${f}.br`));
      expect(brotliDecompressSync(br).equals(raw), f).toBe(true);
      return sum + br.length;
    }, 0);
    expect(sent / 1024).toBeLessThanOrEqual(150);
  });

  it('leaves zod to the pages that validate forms', () => {
    for (const f of initialScripts()) expect(readFileSync(join(dist, f), 'utf8'), f).not.toContain('$ZodObject');
  });

  it('leaves the service worker to after the first render (registered from a later chunk)', () => {
    for (const f of initialScripts()) {
      const code = readFileSync(join(dist, f), 'utf8');
      expect(code, f).not.toContain('serviceWorker.register');
      expect(code, f).not.toContain('workbox');
    }
    // It is there, just later: some built chunk registers it.
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).toContain('rel="manifest"');
  });
});
