import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleFollowUps } from './schedule.js';
import { utcToZonedDateTime, weekdayOf } from './zoned-time.js';

const zones = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney'];

describe('scheduleFollowUps for any interview date and zone', () => {
  it('puts every check-in at 10:00 local on a weekday, the second after the first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 * 365 }),
        fc.constantFrom(...zones),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
        (day, timeZone, decisionOffset) => {
          const startMs = Date.UTC(2026, 0, 1, 14) + day * 86_400_000;
          const start = new Date(startMs).toISOString();
          const decisionDate = decisionOffset === null ? null : new Date(startMs + decisionOffset * 86_400_000).toISOString().slice(0, 10);
          const { items } = scheduleFollowUps({
            interviews: [
              {
                id: 'i',
                kind: 'video',
                start,
                timeZone,
                durationMinutes: 60,
                conversations: [{ id: 'c', start, durationMinutes: 60, personIds: ['p'] }],
              },
            ],
            housekeeping: { decisionDate, bestContactPersonId: 'p' },
            people: [{ id: 'p', name: 'Pat', email: 'p@x.test' }],
            now: start,
            timeZone,
          });
          const checkIns = items.filter((i) => i.kind === 'check-in');
          expect(checkIns.map((c) => c.sequence)).toEqual([1, 2]);
          for (const c of checkIns) {
            expect(utcToZonedDateTime(c.dueAt, timeZone)).toEqual({ date: c.dueLocalDate, time: '10:00' });
            expect([0, 6]).not.toContain(weekdayOf(c.dueLocalDate));
            expect(Date.parse(c.dueAt)).toBeGreaterThan(startMs);
          }
          expect(checkIns[1]!.dueAt > checkIns[0]!.dueAt).toBe(true);
          if (decisionDate) expect(checkIns[0]!.dueLocalDate > decisionDate).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
