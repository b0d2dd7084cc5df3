import { describe, it, expect } from 'vitest';
import { describeEvent } from './timeline.js';
import { payText } from './details.js';
import { withStage } from '../board/move-mutation.js';
import type { Opportunity, TimelineEvent } from '../../../contracts/opportunities.js';

const ev = (e: Partial<TimelineEvent>): TimelineEvent => ({
  id: 'x',
  kind: 'created',
  fromStage: null,
  toStage: null,
  at: '2026-01-01T00:00:00.000Z',
  ...e,
});

describe('timeline wording', () => {
  it('names both stages of a move and the start stage of a creation', () => {
    expect(describeEvent(ev({ kind: 'stage', fromStage: 'applied', toStage: 'interviewing' }))).toBe('Moved from Applied to Interviewing');
    expect(describeEvent(ev({ kind: 'created', toStage: 'lead' }))).toBe('Added as Lead');
    expect(describeEvent(ev({ kind: 'unarchived' }))).toBe('Restored from the archive');
    expect(describeEvent(ev({ kind: 'offer' }))).toBe('Offer recorded');
    expect(
      describeEvent(
        ev({
          kind: 'interview',
          interview: { id: 'i', kind: 'video', title: '', startsAt: '2026-12-18T09:00:00.000Z', timeZone: 'Europe/Berlin' },
        }),
      ),
    ).toMatch(/^A video interview scheduled for .*18/);
  });
});

describe('payText', () => {
  it('words a range, a floor and a ceiling, and nothing when unknown', () => {
    const none = { salaryMin: null, salaryMax: null, salaryCurrency: null, salaryPeriod: null } as const;
    expect(payText({ ...none, salaryMin: 50000, salaryMax: 65000, salaryCurrency: 'EUR', salaryPeriod: 'year' })).toMatch(
      /^50.000–65.000 EUR per year$/,
    );
    expect(payText({ ...none, salaryMin: 30 })).toBe('from 30');
    expect(payText({ ...none, salaryMax: 30, salaryPeriod: 'hour' })).toBe('up to 30 per hour');
    expect(payText(none)).toBeNull();
  });
});

describe('withStage', () => {
  it('moves only the named card and leaves the input untouched', () => {
    const items = [
      { id: 'a', stage: 'lead' },
      { id: 'b', stage: 'lead' },
    ] as Opportunity[];
    const out = withStage(items, 'b', 'offer');
    expect(out.map((o) => o.stage)).toEqual(['lead', 'offer']);
    expect(items[1]?.stage).toBe('lead');
  });
});
