import { describe, expect, it } from 'vitest';
import { buildAgenda, type AgendaInput, type AgendaInterview } from './agenda.js';
import type { Housekeeping } from './types.js';

const NOW = '2026-03-05T15:00:00Z';

const opportunities = [
  { id: 'A', employerName: 'Acme', roleTitle: 'Platform Engineer', stage: 'interviewing', nextAction: null, nextActionDue: null },
  { id: 'B', employerName: 'Beta', roleTitle: 'SRE', stage: 'applied', nextAction: 'Chase the recruiter', nextActionDue: '2026-03-04' },
  { id: 'C', employerName: 'Cobalt', roleTitle: 'Backend Developer', stage: 'interviewing', nextAction: null, nextActionDue: null },
  { id: 'D', employerName: 'Delta', roleTitle: 'Tech Lead', stage: 'offer', nextAction: null, nextActionDue: null },
  { id: 'E', employerName: 'Echo', roleTitle: 'Analyst', stage: 'lead', nextAction: 'Read the annual report', nextActionDue: null },
];

const interviews: AgendaInterview[] = [
  {
    id: 'iA',
    opportunityId: 'A',
    kind: 'onsite',
    title: 'Panel',
    start: '2026-03-03T14:00:00Z',
    timeZone: 'America/New_York',
    durationMinutes: 120,
    checklist: [],
    conversations: [
      { id: 'cA1', start: '2026-03-03T14:00:00Z', durationMinutes: 60, personIds: ['ana'] },
      { id: 'cA2', start: '2026-03-03T15:00:00Z', durationMinutes: 60, personIds: ['bo'] },
    ],
  },
  {
    id: 'iC',
    opportunityId: 'C',
    kind: 'video',
    title: '',
    location: 'https://meet.example/abc',
    start: '2026-03-06T13:00:00Z',
    timeZone: 'America/New_York',
    durationMinutes: 60,
    checklist: [{ done: true }, { done: false }],
    conversations: [{ id: 'cC1', start: '2026-03-06T13:00:00Z', durationMinutes: 60, personIds: ['cy'] }],
  },
  {
    id: 'iD',
    opportunityId: 'D',
    kind: 'phone',
    title: '',
    start: '2026-03-02T14:00:00Z',
    timeZone: 'America/New_York',
    durationMinutes: 30,
    checklist: [],
    conversations: [{ id: 'cD1', start: '2026-03-02T14:00:00Z', durationMinutes: 30, personIds: ['dee'] }],
  },
];

function agenda(overrides: Partial<AgendaInput> = {}) {
  return buildAgenda({
    now: NOW,
    today: '2026-03-05',
    timeZone: 'America/New_York',
    opportunities,
    interviews,
    people: [
      { id: 'ana', name: 'Ana Ruiz', email: 'ana@acme.test' },
      { id: 'bo', name: 'Bo Chen' },
      { id: 'cy', name: 'Cy Park' },
      { id: 'dee', name: 'Dee Lane' },
    ],
    housekeeping: new Map<string, Housekeeping>([
      ['A', { decisionDate: '2026-03-06', bestContactPersonId: 'ana', preferredChannel: 'email' }],
    ]),
    states: [],
    offers: [{ opportunityId: 'D', deadline: '2026-03-10', status: 'pending' }],
    plannedOpportunityIds: new Set(),
    ...overrides,
  });
}

describe('buildAgenda', () => {
  it('ranks every kind of action in one list: overdue first (oldest first), then by date and time, undated last', () => {
    const a = agenda();
    expect(a.items.map((i) => [i.id, i.group])).toEqual([
      ['thank-you:iD:dee', 'overdue'],
      ['next-action:B', 'overdue'],
      ['thank-you:iA:ana', 'overdue'],
      ['thank-you:iA:bo', 'overdue'],
      ['interview:iC', 'week'],
      ['prep:iC', 'week'],
      ['check-in:A:1', 'week'],
      ['offer-deadline:D', 'week'],
      ['next-action:E', 'later'],
    ]);
    expect(a.counts).toEqual({ overdue: 4, today: 0, week: 4, later: 1, total: 9 });
  });

  it('words each action and says where it is done', () => {
    const byId = new Map(agenda().items.map((i) => [i.id, i]));
    expect(byId.get('thank-you:iA:ana')).toMatchObject({
      kind: 'thank-you',
      title: 'Send a thank-you note to Ana Ruiz',
      employerName: 'Acme',
      due: '2026-03-04',
      dueAt: '2026-03-04T15:00:00.000Z',
      overdue: true,
      daysUntilDue: -1,
      target: { page: 'opportunity', tab: 'followups' },
    });
    expect(byId.get('interview:iC')).toMatchObject({
      title: 'Video interview',
      detail: 'https://meet.example/abc',
      target: { page: 'interview', interviewId: 'iC' },
      daysUntilDue: 1,
    });
    expect(byId.get('prep:iC')).toMatchObject({
      title: 'Prepare for the video interview',
      detail: '1 of 2 checklist items left; no questions to ask planned yet',
      target: { page: 'opportunity', tab: 'interviews' },
    });
    expect(byId.get('offer-deadline:D')).toMatchObject({
      title: 'Decide on the offer',
      detail: 'They asked for your answer by 10 March.',
      due: '2026-03-10',
      target: { page: 'opportunity', tab: 'offer' },
    });
    expect(byId.get('next-action:B')).toMatchObject({ title: 'Chase the recruiter', target: { page: 'opportunity', tab: 'overview' } });
  });

  it('checks in on the next business day after the decision date, at 10:00 local across the US daylight-saving change', () => {
    const checkIn = agenda().items.find((i) => i.kind === 'check-in')!;
    // Decision Friday 6 March; the clocks go forward on Sunday 8 March; Monday 10:00 EDT is 14:00 UTC.
    expect(checkIn).toMatchObject({
      title: 'Check in with Ana Ruiz',
      due: '2026-03-09',
      dueAt: '2026-03-09T14:00:00.000Z',
      daysUntilDue: 4,
    });
    expect(checkIn.detail).toMatch(/decide by 2026-03-06/);
  });

  it("puts due dates on the user's own calendar", () => {
    // 15:00 UTC is already midnight in Tokyo.
    const a = agenda({ timeZone: 'Asia/Tokyo', today: '2026-03-06' });
    const byId = new Map(a.items.map((i) => [i.id, i]));
    expect(byId.get('interview:iC')).toMatchObject({ due: '2026-03-06', group: 'today' });
    expect(byId.get('check-in:A:1')).toMatchObject({ due: '2026-03-09', dueAt: '2026-03-09T01:00:00.000Z' });
    expect(byId.get('thank-you:iA:ana')).toMatchObject({ due: '2026-03-05', overdue: true });
  });

  it('leaves out sent and dismissed notes, and numbers the next check-in after one was sent', () => {
    const a = agenda({
      states: [
        {
          opportunityId: 'A',
          kind: 'thank-you',
          interviewId: 'iA',
          personId: 'ana',
          sequence: 0,
          sentAt: '2026-03-03T20:00:00Z',
          dismissedAt: null,
        },
        {
          opportunityId: 'A',
          kind: 'thank-you',
          interviewId: 'iA',
          personId: 'bo',
          sequence: 0,
          sentAt: null,
          dismissedAt: '2026-03-04T09:00:00Z',
        },
        {
          opportunityId: 'A',
          kind: 'check-in',
          interviewId: null,
          personId: 'ana',
          sequence: 1,
          sentAt: '2026-03-05T14:00:00Z',
          dismissedAt: null,
        },
      ],
    });
    const ids = a.items.map((i) => i.id);
    expect(ids).not.toContain('thank-you:iA:ana');
    expect(ids).not.toContain('thank-you:iA:bo');
    expect(ids).not.toContain('check-in:A:1');
    const second = a.items.find((i) => i.id === 'check-in:A:2');
    expect(second).toMatchObject({ title: 'Check in again with Ana Ruiz', due: '2026-03-12' });
  });

  it('puts a thank-you note under today as soon as the conversation is over, even when its 24 hours end tomorrow', () => {
    const a = agenda({ now: '2026-03-03T20:00:00Z', today: '2026-03-03' });
    const note = a.items.find((i) => i.id === 'thank-you:iA:ana');
    expect(note).toMatchObject({ group: 'today', due: '2026-03-04', daysUntilDue: 1, overdue: false });
    const groups = a.items.map((i) => i.group);
    expect(groups).toEqual(
      [...groups].sort((x, y) => ['overdue', 'today', 'week', 'later'].indexOf(x) - ['overdue', 'today', 'week', 'later'].indexOf(y)),
    );
    expect(a.counts.today).toBeGreaterThanOrEqual(2);
  });

  it('drops an unsent thank-you note from the list a week after the conversation', () => {
    const week = agenda({ now: '2026-03-10T14:59:00Z', today: '2026-03-10' });
    expect(week.items.some((i) => i.id === 'thank-you:iA:ana')).toBe(true);
    expect(agenda({ now: '2026-03-10T15:00:00Z', today: '2026-03-10' }).items.some((i) => i.id === 'thank-you:iA:ana')).toBe(false);
    expect(
      agenda({ now: '2026-03-10T15:00:00Z', today: '2026-03-10', thankYouListedDays: 10 }).items.some((i) => i.id === 'thank-you:iA:ana'),
    ).toBe(true);
  });

  it('shows no thank-you before the conversation has ended, and no check-ins once an offer is in hand', () => {
    const early = agenda({ now: '2026-03-03T14:30:00Z', today: '2026-03-03' });
    expect(early.items.filter((i) => i.id.startsWith('thank-you:iA'))).toEqual([]);
    expect(early.nextChangeAt).toBe('2026-03-03T15:00:00.000Z');
    expect(agenda().items.some((i) => i.kind === 'check-in' && i.opportunityId === 'D')).toBe(false);
  });

  it('shows prep only in the 48 hours before an interview, and not when the checklist is done and questions are planned', () => {
    const before = agenda({ now: '2026-03-04T12:00:00Z', today: '2026-03-04' });
    expect(before.items.some((i) => i.id === 'prep:iC')).toBe(false);
    expect(before.items.some((i) => i.id === 'interview:iC')).toBe(true);
    const ready = agenda({
      plannedOpportunityIds: new Set(['C']),
      interviews: interviews.map((iv) => (iv.id === 'iC' ? { ...iv, checklist: [{ done: true }, { done: true }] } : iv)),
    });
    expect(ready.items.some((i) => i.id === 'prep:iC')).toBe(false);
    const onlyPlan = agenda({ interviews: interviews.map((iv) => (iv.id === 'iC' ? { ...iv, checklist: [] } : iv)) });
    expect(onlyPlan.items.find((i) => i.id === 'prep:iC')).toMatchObject({
      detail: 'no questions to ask planned yet',
      target: { page: 'opportunity', tab: 'questions' },
    });
  });

  it('lists only the next check-in, and none while an interview is still ahead', () => {
    const ids = agenda().items.map((i) => i.id);
    expect(ids.filter((id) => id.startsWith('check-in:A'))).toEqual(['check-in:A:1']);
    expect(ids.some((id) => id.startsWith('check-in:C'))).toBe(false);
    const after = agenda({ now: '2026-03-06T14:30:00Z', today: '2026-03-06' });
    expect(after.items.some((i) => i.id === 'check-in:C:1')).toBe(true);
  });

  it('says when the list next changes by the clock alone', () => {
    // Interview C starts at 13:00 UTC on 6 March: its prep task ends then.
    expect(agenda().nextChangeAt).toBe('2026-03-06T13:00:00.000Z');
    expect(agenda({ interviews: [], opportunities: opportunities.slice(1, 2) }).nextChangeAt).toBeNull();
  });

  it('lists interviews only for the next 7 days and drops them once over', () => {
    const far = agenda({ now: '2026-02-20T12:00:00Z', today: '2026-02-20' });
    expect(far.items.some((i) => i.id === 'interview:iC')).toBe(false);
    const after = agenda({ now: '2026-03-06T14:30:00Z', today: '2026-03-06' });
    expect(after.items.some((i) => i.id === 'interview:iC')).toBe(false);
    expect(after.items.some((i) => i.id === 'thank-you:iC:cy')).toBe(true);
  });

  it('ignores an offer already answered or without a deadline', () => {
    expect(
      agenda({ offers: [{ opportunityId: 'D', deadline: '2026-03-10', status: 'accepted' }] }).items.some(
        (i) => i.kind === 'offer-deadline',
      ),
    ).toBe(false);
    expect(
      agenda({ offers: [{ opportunityId: 'D', deadline: null, status: 'pending' }] }).items.some((i) => i.kind === 'offer-deadline'),
    ).toBe(false);
  });
});
