import { describe, expect, it } from 'vitest';
import { COMPLAINT_NET } from './complaint-weights.js';
import { decodeWeights, encodeWeights } from './weights-codec.js';

type Vectors = Map<string, number[]>;
const roundTrip = (w: Vectors, length = 1): Vectors => {
  const p = encodeWeights(w);
  return new Map([...decodeWeights(p.names, p.values, p.codes, length)].map(([k, v]) => [k, Array.from(v)]));
};

describe('weights codec', () => {
  it('decodes exactly what it encoded, with one-character codes', () => {
    const w: Vectors = new Map([
      ['^_pay', [0.7]],
      ['@contrast>absence', [0.75]],
      ['@contrast>bad', [-0.3]],
      ['a_very_long_shared_prefix_of_more_than_35_characters_x', [1.2]],
      ['a_very_long_shared_prefix_of_more_than_35_characters_y', [-1.2]],
      ['#', [0.35]],
      ['zero', [0.9]],
    ]);
    expect(roundTrip(w)).toEqual(w);
  });

  it('keeps a vector of weights per name, in order', () => {
    const w: Vectors = new Map([
      ['pay', [0.5, -0.25, 0, 1]],
      ['pay_late', [1, 1, -0.5, 0.25]],
      ['@terse', [0, 0, 0, -1]],
    ]);
    const p = encodeWeights(w);
    expect(p.codes.length).toBe(12);
    expect(roundTrip(w, 4)).toEqual(w);
    expect(() => encodeWeights(new Map([...w, ['short', [1]]]))).toThrow(/short/);
  });

  it('uses two-character codes past 91 distinct values', () => {
    const w: Vectors = new Map(Array.from({ length: 500 }, (_, i): [string, number[]] => [`f${i}_x`, [Math.round((i - 250) * 0.7) / 100]]));
    const p = encodeWeights(w);
    expect(p.codes.length).toBe(2 * w.size);
    expect(roundTrip(w)).toEqual(w);
  });

  it('handles no weights and rejects names it cannot pack', () => {
    expect(roundTrip(new Map())).toEqual(new Map());
    expect(() => encodeWeights(new Map([['a b', [1]]]))).toThrow();
  });

  it('unpacks the committed network re-encoded identically', () => {
    const rows = new Map([...COMPLAINT_NET.rows].map(([k, v]) => [k, Array.from(v)]));
    expect(rows.size).toBeGreaterThan(1000);
    expect(roundTrip(rows, COMPLAINT_NET.out.length)).toEqual(rows);
  });
});
