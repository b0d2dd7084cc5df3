import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AnswerCache } from './answer-cache.js';

const body = (n: number, fill = 'x') => Buffer.from(JSON.stringify(fill.repeat(n)));

describe('AnswerCache', () => {
  it('reuses an entry only at the revision it was made at and before it expires', () => {
    const cache = new AnswerCache({ entries: 10, bytes: 1 << 20 });
    cache.set('a', 3, body(10), 1_000);
    expect(cache.get('a', 3, 999)?.body.toString()).toBe(JSON.stringify('x'.repeat(10)));
    expect(cache.get('a', 4, 0)).toBeUndefined();
    // A stale entry is dropped, not kept for an older revision.
    expect(cache.get('a', 3, 0)).toBeUndefined();
    cache.set('b', 1, body(10), 1_000);
    expect(cache.get('b', 1, 1_000)).toBeUndefined();
    expect(cache.size()).toEqual({ entries: 0, bytes: 0 });
  });

  it('holds at most its entries, least recently used out first', () => {
    const cache = new AnswerCache({ entries: 2, bytes: 1 << 20 });
    cache.set('a', 1, body(1));
    cache.set('b', 1, body(1));
    cache.get('a', 1, 0);
    cache.set('c', 1, body(1));
    expect(cache.get('b', 1, 0)).toBeUndefined();
    expect(cache.get('a', 1, 0)).toBeDefined();
    expect(cache.get('c', 1, 0)).toBeDefined();
    expect(cache.size().entries).toBe(2);
  });

  it('holds at most its bytes, compressed copies counted, and keeps nothing over a quarter of them', async () => {
    const cache = new AnswerCache({ entries: 100, bytes: 20_000 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(key, 1, body(4_500, key));
    expect(cache.size().bytes).toBeLessThanOrEqual(20_000);
    expect(cache.get('a', 1, 0)).toBeUndefined();
    const d = cache.get('d', 1, 0)!;
    const br = await cache.encoded(d, 'br');
    expect(brotliDecompressSync(br!).equals(d.body)).toBe(true);
    expect(await cache.encoded(d, 'br')).toBe(br);
    expect(cache.size().bytes).toBeLessThanOrEqual(20_000);

    const big = cache.set('big', 1, body(6_000));
    expect(big.body.length).toBeGreaterThan(5_000);
    expect(cache.get('big', 1, 0)).toBeUndefined();
    expect(cache.size().bytes).toBeLessThanOrEqual(20_000);
  });
});
