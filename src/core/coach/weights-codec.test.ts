import { describe, expect, it } from 'vitest';
import { COMPLAINT_WEIGHTS } from './complaint-weights.js';
import { decodeWeights, encodeWeights } from './weights-codec.js';

const roundTrip = (w: Map<string, number>): Map<string, number> => {
  const p = encodeWeights(w);
  return decodeWeights(p.names, p.values, p.codes);
};

describe('weights codec', () => {
  it('decodes exactly what it encoded, with one-character codes', () => {
    const w = new Map<string, number>([
      ['^_pay', 0.7],
      ['@contrast>absence', 0.75],
      ['@contrast>bad', -0.3],
      ['a_very_long_shared_prefix_of_more_than_35_characters_x', 1.2],
      ['a_very_long_shared_prefix_of_more_than_35_characters_y', -1.2],
      ['#', 0.35],
      ['zero', 0.9],
    ]);
    expect(roundTrip(w)).toEqual(w);
  });

  it('keeps one-character codes up to 93 distinct values', () => {
    const w = new Map(Array.from({ length: 93 }, (_, i): [string, number] => [`f${i}`, Math.round((i - 46) * 3) / 100]));
    const p = encodeWeights(w);
    expect(p.codes.length).toBe(w.size);
    expect(roundTrip(w)).toEqual(w);
  });

  it('uses two-character codes past 93 distinct values', () => {
    const w = new Map(Array.from({ length: 500 }, (_, i): [string, number] => [`f${i}_x`, Math.round((i - 250) * 0.7) / 100]));
    const p = encodeWeights(w);
    expect(p.codes.length).toBe(2 * w.size);
    expect(roundTrip(w)).toEqual(w);
  });

  it('handles no weights and rejects names it cannot pack', () => {
    expect(roundTrip(new Map())).toEqual(new Map());
    expect(() => encodeWeights(new Map([['a b', 1]]))).toThrow();
  });

  it('unpacks the committed weights re-encoded identically', () => {
    expect(COMPLAINT_WEIGHTS.size).toBeGreaterThan(1000);
    expect(roundTrip(new Map(COMPLAINT_WEIGHTS))).toEqual(COMPLAINT_WEIGHTS);
  });
});
