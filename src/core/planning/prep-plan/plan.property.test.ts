import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planPrep } from './plan.js';

const MIN = 60_000;
const zones = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney'];

describe('planPrep for any lead time', () => {
  it('fits every step between now and the interview, without overlap, and keeps 30+ minutes free at the end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 * 1440 }),
        fc.integer({ min: 0, max: 365 * 1440 }),
        fc.constantFrom(...zones),
        fc.constantFrom('phone' as const, 'video' as const, 'onsite' as const),
        fc.integer({ min: 0, max: 6 }),
        (leadMinutes, offset, timeZone, kind, gaps) => {
          const startMs = Date.UTC(2026, 0, 1) + offset * MIN;
          const nowMs = startMs - leadMinutes * MIN;
          const plan = planPrep({
            now: new Date(nowMs),
            interviewStart: new Date(startMs),
            timeZone,
            research: { gapTopics: Array.from({ length: gaps }, (_, i) => `topic ${i}`), factCount: 2 },
            interviewers: [{ name: 'A', researched: false }],
            questionPlan: { count: 0, assignedAll: false },
            weakestPrompts: [{ id: 'w', text: 'Why us?', score: 20 }],
            logistics: { kind, placeOrLink: null, tested: false },
            hasBrief: false,
          });
          expect(plan.minutesAvailable).toBe(leadMinutes);
          let cursor = nowMs;
          for (const step of plan.steps) {
            const s = Date.parse(step.startsAt);
            expect(s).toBeGreaterThanOrEqual(cursor);
            expect(step.minutes).toBeGreaterThan(0);
            cursor = s + step.minutes * MIN;
            if (step.kind === 'prep' && leadMinutes >= 30) expect(cursor).toBeLessThanOrEqual(startMs - 30 * MIN);
          }
          expect(cursor).toBeLessThanOrEqual(startMs);
        },
      ),
      { numRuns: 300 },
    );
  });
});
