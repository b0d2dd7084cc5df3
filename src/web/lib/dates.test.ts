import { describe, it, expect } from 'vitest';
import { daysBetween, dueInWords, dueLabel, formatDate, localDate } from './dates.js';

describe('dueInWords', () => {
  it('says today, tomorrow, in N days and N days overdue', () => {
    expect(dueInWords(0)).toBe('today');
    expect(dueInWords(1)).toBe('tomorrow');
    expect(dueInWords(3)).toBe('in 3 days');
    expect(dueInWords(-1)).toBe('1 day overdue');
    expect(dueInWords(-2)).toBe('2 days overdue');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across month and year ends', () => {
    expect(daysBetween('2026-01-30', '2026-02-02')).toBe(3);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-05', '2026-03-03')).toBe(-2);
  });
  it('is not shifted by a daylight-saving change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
  it('answers null for a malformed date', () => {
    expect(daysBetween('2026-01-01', 'soon')).toBeNull();
  });
});

describe('dueLabel', () => {
  it('words a due date relative to today, and nothing without one', () => {
    expect(dueLabel('2026-05-10', '2026-05-08')).toBe('2 days overdue');
    expect(dueLabel('2026-05-10', '2026-05-10')).toBe('today');
    expect(dueLabel('2026-05-10', null)).toBeNull();
  });
});

describe('localDate', () => {
  it('uses the local calendar day, not the UTC one', () => {
    const lateEvening = new Date(2026, 0, 31, 23, 30);
    expect(localDate(lateEvening)).toBe('2026-01-31');
    expect(localDate(new Date(2026, 8, 3, 0, 5))).toBe('2026-09-03');
  });
});

describe('formatDate', () => {
  it('shows the same calendar day it was given', () => {
    expect(formatDate('2026-03-01')).toMatch(/1/);
    expect(formatDate('2026-03-01')).toMatch(/2026/);
    expect(formatDate('not a date')).toBe('not a date');
  });
});
