import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addCalendarDays,
  isBusinessDay,
  toIsoUtc,
  utcToZonedDate,
  utcToZonedDateTime,
  weekdayOf,
  zonedDateTimeToUtc,
} from './zoned-time.js';

const weekdaysOnly = { weekendDays: [0, 6], holidays: new Set<string>() };

describe('zonedDateTimeToUtc', () => {
  it('converts a local 10:00 to UTC on each side of the US daylight-saving switch', () => {
    expect(zonedDateTimeToUtc('2026-03-06', '10:00', 'America/New_York').toISOString()).toBe('2026-03-06T15:00:00.000Z');
    expect(zonedDateTimeToUtc('2026-03-09', '10:00', 'America/New_York').toISOString()).toBe('2026-03-09T14:00:00.000Z');
  });

  it('converts a local 10:00 to UTC on each side of the EU daylight-saving switch', () => {
    expect(zonedDateTimeToUtc('2026-03-27', '10:00', 'Europe/Berlin').toISOString()).toBe('2026-03-27T09:00:00.000Z');
    expect(zonedDateTimeToUtc('2026-03-30', '10:00', 'Europe/Berlin').toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });

  it('handles southern-hemisphere and no-DST zones', () => {
    expect(zonedDateTimeToUtc('2026-04-03', '10:00', 'Australia/Sydney').toISOString()).toBe('2026-04-02T23:00:00.000Z');
    expect(zonedDateTimeToUtc('2026-04-06', '10:00', 'Australia/Sydney').toISOString()).toBe('2026-04-06T00:00:00.000Z');
    expect(zonedDateTimeToUtc('2026-07-01', '10:00', 'Asia/Tokyo').toISOString()).toBe('2026-07-01T01:00:00.000Z');
  });

  it('moves a wall time that a spring-forward jump skips to the same reading after the jump', () => {
    expect(zonedDateTimeToUtc('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('resolves a repeated fall-back wall time to its first occurrence', () => {
    expect(zonedDateTimeToUtc('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('round-trips any minute in any of several zones back to the same wall clock', () => {
    const zones = [
      'America/New_York',
      'Europe/Berlin',
      'Asia/Tokyo',
      'Australia/Sydney',
      'Asia/Kolkata',
      'America/St_Johns',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 366 * 1440 }), fc.constantFrom(...zones), (minute, zone) => {
        const instant = Date.UTC(2020, 0, 1) + minute * 60_000;
        const wall = utcToZonedDateTime(instant, zone);
        const back = zonedDateTimeToUtc(wall.date, wall.time, zone).getTime();
        expect(utcToZonedDateTime(back, zone)).toEqual(wall);
        expect(back).toBeLessThanOrEqual(instant);
      }),
      { numRuns: 400 },
    );
  });
});

describe('calendar arithmetic', () => {
  it('formats instants exactly like toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1600, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        expect(toIsoUtc(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 1000 },
    );
  });

  it('adds days across month, year and leap-day boundaries, and knows the weekday', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-03-09')).toBe(1);
    expect(weekdayOf('1969-12-31')).toBe(3);
  });
});

describe('utcToZonedDate', () => {
  it('gives the local calendar date, which can differ from the UTC date', () => {
    expect(utcToZonedDate('2026-03-09T23:30:00Z', 'Asia/Tokyo')).toBe('2026-03-10');
    expect(utcToZonedDate('2026-03-10T03:30:00Z', 'America/New_York')).toBe('2026-03-09');
  });
});

describe('business days', () => {
  it('skips the weekend when adding business days', () => {
    expect(addBusinessDays('2026-03-06', 1, weekdaysOnly)).toBe('2026-03-09');
    expect(addBusinessDays('2026-03-04', 5, weekdaysOnly)).toBe('2026-03-11');
  });

  it('skips listed holidays', () => {
    const calendar = { weekendDays: [0, 6], holidays: new Set(['2026-03-09']) };
    expect(isBusinessDay('2026-03-09', calendar)).toBe(false);
    expect(addBusinessDays('2026-03-06', 1, calendar)).toBe('2026-03-10');
  });

  it('supports a Friday–Saturday weekend', () => {
    const calendar = { weekendDays: [5, 6], holidays: new Set<string>() };
    expect(addBusinessDays('2026-03-05', 1, calendar)).toBe('2026-03-08');
  });
});
