import { describe, expect, it } from 'vitest';
import { belowFloor, yearlyPay } from './pay.js';

describe('yearlyPay', () => {
  it.each([
    [90_000, 'year', 90_000],
    [7_500, 'month', 90_000],
    [400, 'day', 104_000],
    [45, 'hour', 93_600],
  ] as const)('%d a %s is %d a year', (amount, period, expected) => {
    expect(yearlyPay(amount, period)).toBe(expected);
  });

  it('is null when the amount or the period is missing', () => {
    expect(yearlyPay(null, 'year')).toBeNull();
    expect(yearlyPay(50_000, null)).toBeNull();
    expect(yearlyPay(Number.NaN, 'year')).toBeNull();
  });
});

describe('belowFloor', () => {
  it('compares against the floor only when both are known', () => {
    expect(belowFloor(80_000, 85_000)).toBe(true);
    expect(belowFloor(85_000, 85_000)).toBe(false);
    expect(belowFloor(null, 85_000)).toBeNull();
    expect(belowFloor(80_000, null)).toBeNull();
  });
});
