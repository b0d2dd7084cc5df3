import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDate } from './dates.js';

describe('calendar dates', () => {
  it('counts days between dates, negative backwards, across a DST change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-25', '2026-11-20')).toBe(-5);
  });

  it('adds days across a leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
  });

  it('gives the calendar date of an instant in a time zone', () => {
    const instant = new Date('2026-11-25T23:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-11-25');
    expect(localDate(instant, 'Asia/Tokyo')).toBe('2026-11-26');
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-11-25');
  });
});
