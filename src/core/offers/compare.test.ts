import { describe, expect, it } from 'vitest';
import { bestFit, ratingsFromOffer } from './compare.js';

describe('ratings an offer settles', () => {
  it('rates pay against the floor, with the reason in figures', () => {
    const at = (yearlyPay: number) => ratingsFromOffer({ yearlyPay, currency: 'EUR', remotePolicy: null }, 80_000)[0];
    expect(at(70_000)).toEqual({
      key: 'pay',
      rating: 'poor',
      reason: 'From the offer: 70,000 EUR a year is below your floor of 80,000 EUR.',
    });
    expect(at(84_000)?.rating).toBe('fair');
    expect(at(92_000)).toEqual({
      key: 'pay',
      rating: 'good',
      reason: 'From the offer: 92,000 EUR a year is 15% above your floor of 80,000 EUR.',
    });
    expect(at(100_000)?.rating).toBe('great');
  });

  it('rates the remote policy and leaves pay alone without a floor or a figure', () => {
    expect(ratingsFromOffer({ yearlyPay: 90_000, currency: 'EUR', remotePolicy: 'remote' }, null)).toEqual([
      { key: 'remote-policy', rating: 'great', reason: 'From the offer: fully remote.' },
    ]);
    expect(ratingsFromOffer({ yearlyPay: null, currency: null, remotePolicy: 'onsite' }, 50_000).map((r) => r.rating)).toEqual(['fair']);
    expect(ratingsFromOffer({ yearlyPay: null, currency: null, remotePolicy: null }, 50_000)).toEqual([]);
  });
});

describe('best fit', () => {
  it('names the highest score only when every offer has at least half its priorities known', () => {
    expect(
      bestFit([
        { id: 'a', score: 80, coverage: 0.6 },
        { id: 'b', score: 60, coverage: 0.9 },
      ]),
    ).toBe('a');
    expect(
      bestFit([
        { id: 'a', score: 80, coverage: 0.6 },
        { id: 'b', score: 95, coverage: 0 },
      ]),
    ).toBeNull();
    expect(
      bestFit([
        { id: 'a', score: 80, coverage: 0.6 },
        { id: 'b', score: null, coverage: 0 },
      ]),
    ).toBeNull();
  });

  it('calls nothing the best of one, or of a tie', () => {
    expect(bestFit([{ id: 'a', score: 80, coverage: 1 }])).toBeNull();
    expect(
      bestFit([
        { id: 'a', score: 70, coverage: 1 },
        { id: 'b', score: 70, coverage: 1 },
      ]),
    ).toBeNull();
  });
});
