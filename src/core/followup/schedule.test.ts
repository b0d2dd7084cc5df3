import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_RULES, resolveFollowUpRules } from './rules.js';
import { scheduleFollowUps, type ScheduleFollowUpsInput } from './schedule.js';
import type { Interview, Person } from './types.js';

const people: Person[] = [
  { id: 'ana', name: 'Ana Ruiz', email: 'ana@acme.test', phone: '+1 555 0101' },
  { id: 'bo', name: 'Bo Chen', email: 'bo@acme.test' },
  { id: 'cy', name: 'Cy Park', email: null },
];

/** One interview with two conversations: Ana alone, then Bo and Cy as a panel. */
function interviewAt(start: string, timeZone = 'America/New_York', id = 'i1'): Interview {
  const s = Date.parse(start);
  return {
    id,
    kind: 'onsite',
    start,
    timeZone,
    durationMinutes: 120,
    conversations: [
      { id: `${id}-a`, start, durationMinutes: 60, personIds: ['ana'] },
      { id: `${id}-b`, start: new Date(s + 3_600_000).toISOString(), durationMinutes: 60, personIds: ['bo', 'cy'] },
    ],
  };
}

function schedule(overrides: Partial<ScheduleFollowUpsInput> = {}) {
  return scheduleFollowUps({
    interviews: [interviewAt('2026-03-03T14:00:00Z')],
    housekeeping: { bestContactPersonId: 'ana', preferredChannel: 'email' },
    people,
    now: '2026-03-03T17:00:00Z',
    timeZone: 'America/New_York',
    sent: [],
    ...overrides,
  });
}

const checkIns = (r: ReturnType<typeof schedule>) => r.items.filter((i) => i.kind === 'check-in');
const thankYous = (r: ReturnType<typeof schedule>) => r.items.filter((i) => i.kind === 'thank-you');

describe('scheduleFollowUps: thank-you notes', () => {
  it('plans one thank-you per interviewer, due 24 hours after their conversation ends', () => {
    const notes = thankYous(schedule());
    expect(notes.map((n) => n.personId).sort()).toEqual(['ana', 'bo', 'cy']);
    expect(notes.find((n) => n.personId === 'ana')?.dueAt).toBe('2026-03-04T15:00:00.000Z');
    expect(notes.find((n) => n.personId === 'bo')?.dueAt).toBe('2026-03-04T16:00:00.000Z');
    expect(notes.find((n) => n.personId === 'ana')?.to).toBe('ana@acme.test');
  });

  it('leaves out the notes of conversations that ended before `thankYouSinceMs`, and keeps check-ins and due instants as numbers', () => {
    // Ana's conversation ends 15:00 UTC, Bo and Cy's 16:00 UTC.
    const r = schedule({ thankYouSinceMs: Date.parse('2026-03-03T15:30:00Z') });
    expect(
      thankYous(r)
        .map((n) => n.personId)
        .sort(),
    ).toEqual(['bo', 'cy']);
    expect(checkIns(r)).toHaveLength(2);
    for (const item of r.items) expect(item.dueMs).toBe(Date.parse(item.dueAt));
    expect(thankYous(schedule({ thankYouSinceMs: Date.parse('2026-03-03T15:00:00Z') }))).toHaveLength(3);
  });

  it('says when no email address is saved for an interviewer', () => {
    const cy = thankYous(schedule()).find((n) => n.personId === 'cy');
    expect(cy?.to).toBeNull();
    expect(cy?.reason).toMatch(/No email address is saved for Cy Park/);
  });

  it('marks a note late after 24 hours and overdue after 72', () => {
    expect(thankYous(schedule({ now: '2026-03-04T20:00:00Z' })).find((n) => n.personId === 'ana')?.status).toBe('late');
    expect(thankYous(schedule({ now: '2026-03-07T20:00:00Z' })).find((n) => n.personId === 'ana')?.status).toBe('overdue');
  });

  it('leaves out thank-you notes already sent', () => {
    const r = schedule({
      sent: [{ kind: 'thank-you', personId: 'ana', channel: 'email', interviewId: 'i1', sentAt: '2026-03-03T22:00:00Z' }],
    });
    expect(
      thankYous(r)
        .map((n) => n.personId)
        .sort(),
    ).toEqual(['bo', 'cy']);
  });

  it('plans a new thank-you for a later interview even when one was sent for an earlier one', () => {
    const r = schedule({
      interviews: [interviewAt('2026-03-03T14:00:00Z'), interviewAt('2026-03-10T14:00:00Z', 'America/New_York', 'i2')],
      sent: [{ kind: 'thank-you', personId: 'ana', channel: 'email', interviewId: 'i1', sentAt: '2026-03-03T22:00:00Z' }],
    });
    expect(
      thankYous(r)
        .filter((n) => n.personId === 'ana')
        .map((n) => n.interviewId),
    ).toEqual(['i2']);
  });
});

describe('scheduleFollowUps: check-ins with a decision date', () => {
  it('checks in at 10:00 local on the next business day after the decision date (before the US DST switch)', () => {
    const [first] = checkIns(schedule({ housekeeping: { decisionDate: '2026-03-05', bestContactPersonId: 'ana' } }));
    expect(first?.dueLocalDate).toBe('2026-03-06');
    expect(first?.dueAt).toBe('2026-03-06T15:00:00.000Z');
  });

  it('skips the weekend and lands at 10:00 EDT after the US DST switch', () => {
    const [first, second] = checkIns(schedule({ housekeeping: { decisionDate: '2026-03-06', bestContactPersonId: 'ana' } }));
    expect(first?.dueLocalDate).toBe('2026-03-09');
    expect(first?.dueAt).toBe('2026-03-09T14:00:00.000Z');
    expect(second?.dueLocalDate).toBe('2026-03-16');
    expect(second?.dueAt).toBe('2026-03-16T14:00:00.000Z');
  });

  it('lands at 10:00 Berlin time on both sides of the EU DST switch', () => {
    const base = {
      interviews: [interviewAt('2026-03-23T09:00:00Z', 'Europe/Berlin')],
      timeZone: 'Europe/Berlin',
      now: '2026-03-23T12:00:00Z',
    };
    const before = checkIns(schedule({ ...base, housekeeping: { decisionDate: '2026-03-26', bestContactPersonId: 'ana' } }))[0];
    const after = checkIns(schedule({ ...base, housekeeping: { decisionDate: '2026-03-27', bestContactPersonId: 'ana' } }))[0];
    expect(before?.dueAt).toBe('2026-03-27T09:00:00.000Z');
    expect(after?.dueLocalDate).toBe('2026-03-30');
    expect(after?.dueAt).toBe('2026-03-30T08:00:00.000Z');
  });

  it('lands at 10:00 Sydney time across the April DST end', () => {
    const base = {
      interviews: [interviewAt('2026-03-30T23:00:00Z', 'Australia/Sydney')],
      timeZone: 'Australia/Sydney',
      now: '2026-03-31T03:00:00Z',
    };
    const [first, second] = checkIns(schedule({ ...base, housekeeping: { decisionDate: '2026-04-02', bestContactPersonId: 'ana' } }));
    expect(first?.dueAt).toBe('2026-04-02T23:00:00.000Z');
    expect(second?.dueLocalDate).toBe('2026-04-10');
    expect(second?.dueAt).toBe('2026-04-10T00:00:00.000Z');
  });

  it('uses the user’s own calendar date in Tokyo, a day ahead of UTC', () => {
    const r = schedule({
      interviews: [interviewAt('2026-03-09T05:00:00Z', 'Asia/Tokyo')],
      timeZone: 'Asia/Tokyo',
      now: '2026-03-09T08:00:00Z',
      housekeeping: { decisionDate: '2026-03-12', bestContactPersonId: 'ana' },
    });
    expect(checkIns(r)[0]?.dueAt).toBe('2026-03-13T01:00:00.000Z');
  });

  it('falls back to the no-decision rule when the decision date was before the last interview', () => {
    const [first] = checkIns(schedule({ housekeeping: { decisionDate: '2026-02-20', bestContactPersonId: 'ana' } }));
    expect(first?.dueLocalDate).toBe('2026-03-10');
    expect(first?.reason).toMatch(/before your last interview/);
  });
});

describe('scheduleFollowUps: check-ins without a decision date', () => {
  it('checks in 5 business days after the last interview by default', () => {
    const [first, second] = checkIns(schedule());
    expect(first?.dueLocalDate).toBe('2026-03-10');
    expect(second?.dueLocalDate).toBe('2026-03-17');
  });

  it('honours a configured 7 business days and clamps out-of-range values to 5–7', () => {
    expect(checkIns(schedule({ rules: { checkInBusinessDaysWithoutDecision: 7 } }))[0]?.dueLocalDate).toBe('2026-03-12');
    expect(checkIns(schedule({ rules: { checkInBusinessDaysWithoutDecision: 2 } }))[0]?.dueLocalDate).toBe('2026-03-10');
    expect(resolveFollowUpRules({ checkInBusinessDaysWithoutDecision: 30 }).checkInBusinessDaysWithoutDecision).toBe(7);
  });

  it('skips configured holidays', () => {
    expect(checkIns(schedule({ rules: { holidays: ['2026-03-10'] } }))[0]?.dueLocalDate).toBe('2026-03-11');
  });

  it('counts from the last interview when there are several', () => {
    const r = schedule({
      interviews: [interviewAt('2026-03-03T14:00:00Z'), interviewAt('2026-03-06T14:00:00Z', 'America/New_York', 'i2')],
    });
    expect(checkIns(r)[0]?.dueLocalDate).toBe('2026-03-13');
  });
});

describe('scheduleFollowUps: second check-in and stopping', () => {
  it('dates the second check-in a week after the first was actually sent', () => {
    const r = schedule({
      now: '2026-03-12T12:00:00Z',
      sent: [{ kind: 'check-in', personId: 'ana', channel: 'email', sentAt: '2026-03-11T15:00:00Z' }],
    });
    const items = checkIns(r);
    expect(items).toHaveLength(1);
    expect(items[0]?.sequence).toBe(2);
    expect(items[0]?.dueLocalDate).toBe('2026-03-18');
    expect(items[0]?.reason).toMatch(/last check-in/);
  });

  it('stops and suggests moving on after two check-ins', () => {
    const r = schedule({
      now: '2026-03-20T12:00:00Z',
      sent: [
        { kind: 'check-in', personId: 'ana', channel: 'email', sentAt: '2026-03-10T15:00:00Z' },
        { kind: 'check-in', personId: 'ana', channel: 'email', sentAt: '2026-03-17T15:00:00Z' },
      ],
    });
    expect(r.items).toEqual([]);
    expect(r.stop?.suggestion).toMatch(/other opportunities/);
  });

  it('does not count a check-in sent before a later interview round', () => {
    const r = schedule({
      interviews: [interviewAt('2026-03-03T14:00:00Z'), interviewAt('2026-03-20T14:00:00Z', 'America/New_York', 'i2')],
      sent: [
        { kind: 'check-in', personId: 'ana', channel: 'email', sentAt: '2026-03-10T15:00:00Z' },
        { kind: 'check-in', personId: 'ana', channel: 'email', sentAt: '2026-03-17T15:00:00Z' },
      ],
    });
    expect(r.stop).toBeUndefined();
    expect(checkIns(r).map((c) => c.sequence)).toEqual([1, 2]);
  });

  it('marks a check-in due once its time has come', () => {
    expect(checkIns(schedule({ now: '2026-03-10T15:00:00Z' }))[0]?.status).toBe('due');
    expect(checkIns(schedule())[0]?.status).toBe('upcoming');
  });
});

describe('scheduleFollowUps: channel and contact', () => {
  it('uses the best contact and the preferred channel with the housekeeping phone number', () => {
    const r = schedule({ housekeeping: { bestContactPersonId: 'bo', preferredChannel: 'phone', contactPhone: '+1 555 0199' } });
    expect(checkIns(r)[0]).toMatchObject({ personId: 'bo', channel: 'phone', to: '+1 555 0199' });
  });

  it('falls back to email when phone is preferred but no number is known', () => {
    const r = schedule({ housekeeping: { bestContactPersonId: 'bo', preferredChannel: 'phone' } });
    expect(checkIns(r)[0]).toMatchObject({ personId: 'bo', channel: 'email', to: 'bo@acme.test' });
  });

  it('falls back to the email of the last interviewer when no best contact was noted', () => {
    const r = schedule({ housekeeping: {} });
    expect(checkIns(r)[0]).toMatchObject({ personId: 'bo', channel: 'email', to: 'bo@acme.test' });
  });

  it('follows a preferred timing of "Tuesday afternoons"', () => {
    const [first] = checkIns(schedule({ housekeeping: { bestContactPersonId: 'ana', preferredTiming: 'Tuesday afternoons' } }));
    expect(first?.dueLocalDate).toBe('2026-03-10');
    expect(first?.dueAt).toBe('2026-03-10T18:00:00.000Z');
    expect(first?.reason).toContain('Tuesday afternoons');
  });
});

describe('scheduleFollowUps: edges', () => {
  it('returns nothing without interviews', () => {
    expect(schedule({ interviews: [] })).toEqual({ items: [] });
  });

  it('rejects an unknown time zone', () => {
    expect(() => schedule({ timeZone: 'Mars/Olympus' })).toThrow(/Unknown time zone/);
  });

  it('orders items by due time', () => {
    const due = schedule().items.map((i) => i.dueAt);
    expect(due).toEqual([...due].sort());
  });

  it('documents defaults that match the norms', () => {
    expect(FOLLOW_UP_RULES).toMatchObject({
      thankYouWithinHours: 24,
      checkInBusinessDaysWithoutDecision: 5,
      secondCheckInBusinessDays: 5,
      maxCheckIns: 2,
    });
  });
});
