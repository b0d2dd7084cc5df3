import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeFit, computeFitMany, FIT_RATINGS, RATING_VALUE } from './fit.js';
import type { FitRating, PriorityRating } from './fit.js';
import { BUILT_IN_PRIORITY_KEYS, DEFAULT_PRIORITIES } from './priorities.js';
import type { Priority } from './priorities.js';

const p = (key: string, weight: number): Priority => ({ key, name: key.toUpperCase(), weight });
const r = (key: string, rating: FitRating, evidenceIds?: string[]): PriorityRating => ({ key, rating, evidenceIds });

describe('computeFit', () => {
  it('maps ratings to evenly spaced values: poor 0, fair 1/3, good 2/3, great 1', () => {
    const priorities = [p('a', 1)];
    expect(computeFit({ priorities, ratings: [r('a', 'poor')] }).score).toBe(0);
    expect(computeFit({ priorities, ratings: [r('a', 'fair')] }).score).toBe(33.3);
    expect(computeFit({ priorities, ratings: [r('a', 'good')] }).score).toBe(66.7);
    expect(computeFit({ priorities, ratings: [r('a', 'great')] }).score).toBe(100);
  });

  it('weights the score by priority weight', () => {
    const fit = computeFit({ priorities: [p('a', 3), p('b', 1)], ratings: [r('a', 'great'), r('b', 'poor')] });
    expect(fit.score).toBe(75);
  });

  it('leaves unknown ratings out of the score instead of counting them as zero', () => {
    const fit = computeFit({ priorities: [p('a', 2), p('b', 5)], ratings: [r('a', 'great'), r('b', 'unknown')] });
    expect(fit.score).toBe(100);
    expect(fit.knownWeight).toBe(2);
    expect(fit.totalWeight).toBe(7);
    expect(fit.coverage).toBeCloseTo(2 / 7);
  });

  it('treats a priority with no rating at all as unknown', () => {
    const fit = computeFit({ priorities: [p('a', 2), p('b', 4)], ratings: [r('a', 'good')] });
    expect(fit.score).toBe(66.7);
    expect(fit.gaps).toEqual([{ key: 'b', name: 'B', weight: 4 }]);
  });

  it('reports gaps highest weight first, keeping the user order on ties', () => {
    const fit = computeFit({ priorities: [p('a', 1), p('b', 3), p('c', 5), p('d', 3)], ratings: [] });
    expect(fit.gaps.map((g) => g.key)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('ignores priorities of weight 0: no gap, no weight, no effect on the score', () => {
    const fit = computeFit({ priorities: [p('a', 0), p('b', 2)], ratings: [r('a', 'poor'), r('b', 'great')] });
    expect(fit.score).toBe(100);
    expect(fit.totalWeight).toBe(2);
    expect(fit.gaps).toEqual([]);
    expect(fit.breakdown.find((b) => b.key === 'a')?.value).toBeNull();
  });

  it('gives a null score and zero coverage when nothing that matters is known', () => {
    const fit = computeFit({ priorities: [p('a', 3)], ratings: [r('a', 'unknown')] });
    expect(fit.score).toBeNull();
    expect(fit.coverage).toBe(0);
    expect(computeFit({ priorities: [], ratings: [] }).score).toBeNull();
  });

  it('clamps weights above 5 and treats negative or non-finite weights as 0', () => {
    const fit = computeFit({
      priorities: [p('a', 50), p('b', -2), p('c', Number.NaN), p('d', 5)],
      ratings: [r('a', 'great'), r('b', 'great'), r('c', 'great'), r('d', 'poor')],
    });
    expect(fit.totalWeight).toBe(10);
    expect(fit.score).toBe(50);
  });

  it('ignores ratings for keys that are not priorities, and lets the last rating of a key win', () => {
    const fit = computeFit({ priorities: [p('a', 1)], ratings: [r('zzz', 'great'), r('a', 'great'), r('a', 'poor')] });
    expect(fit.score).toBe(0);
    expect(fit.breakdown.map((b) => b.key)).toEqual(['a']);
  });

  it('carries evidence ids into the breakdown and gives points that sum to the score', () => {
    const fit = computeFit({
      priorities: [p('a', 2), p('b', 1)],
      ratings: [r('a', 'good', ['f1', 'n2']), r('b', 'fair')],
    });
    expect(fit.breakdown[0]?.evidenceIds).toEqual(['f1', 'n2']);
    const points = fit.breakdown.reduce((s, b) => s + b.points, 0);
    expect(fit.score).toBe(55.6);
    expect(Math.abs(points - fit.score!)).toBeLessThanOrEqual(0.1);
  });

  it('keeps the score in 0–100 and coverage in 0–1 for any weights and ratings', () => {
    const rating = fc.constantFrom(...FIT_RATINGS);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), rating), { maxLength: 12 }), (rows) => {
        const priorities = rows.map(([w], i) => p(`k${i}`, w));
        const ratings = rows.map(([, rt], i) => r(`k${i}`, rt));
        const fit = computeFit({ priorities, ratings });
        expect(fit.coverage).toBeGreaterThanOrEqual(0);
        expect(fit.coverage).toBeLessThanOrEqual(1);
        const anyKnown = rows.some(([w, rt]) => w > 0 && rt !== 'unknown');
        if (!anyKnown) expect(fit.score).toBeNull();
        else {
          expect(fit.score).toBeGreaterThanOrEqual(0);
          expect(fit.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('never lowers the score when an unknown becomes known as great', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom(...FIT_RATINGS)), { minLength: 1, maxLength: 10 }),
        (rows) => {
          const priorities = rows.map(([w], i) => p(`k${i}`, w));
          const ratings = rows.map(([, rt], i) => r(`k${i}`, rt));
          const before = computeFit({ priorities, ratings });
          const idx = ratings.findIndex((x) => x.rating === 'unknown');
          if (idx < 0 || before.score === null) return;
          const after = computeFit({ priorities, ratings: ratings.map((x, i) => (i === idx ? r(x.key, 'great') : x)) });
          expect(after.score!).toBeGreaterThanOrEqual(before.score);
        },
      ),
    );
  });

  it('values every known rating strictly higher than the one below it', () => {
    expect(RATING_VALUE.poor).toBeLessThan(RATING_VALUE.fair);
    expect(RATING_VALUE.fair).toBeLessThan(RATING_VALUE.good);
    expect(RATING_VALUE.good).toBeLessThan(RATING_VALUE.great);
  });
});

describe('computeFitMany', () => {
  it('computes each opportunity separately and keeps their order', () => {
    const priorities = [p('a', 1)];
    const out = computeFitMany(priorities, [
      { id: 'x', ratings: [r('a', 'great')] },
      { id: 'y', ratings: [] },
    ]);
    expect(out.map((o) => [o.id, o.fit.score])).toEqual([
      ['x', 100],
      ['y', null],
    ]);
  });
});

describe('DEFAULT_PRIORITIES', () => {
  it('has the nine built-in criteria, each with a description and a weight within 0–5', () => {
    expect(DEFAULT_PRIORITIES.map((d) => d.key)).toEqual([...BUILT_IN_PRIORITY_KEYS]);
    for (const d of DEFAULT_PRIORITIES) {
      expect(d.description?.length).toBeGreaterThan(20);
      expect(d.weight).toBeGreaterThan(0);
      expect(d.weight).toBeLessThanOrEqual(5);
    }
  });

  it('gives the commute criterion a commute limit', () => {
    expect(DEFAULT_PRIORITIES.find((d) => d.key === 'location-and-commute')?.maxCommuteMinutes).toBeGreaterThan(0);
  });
});
