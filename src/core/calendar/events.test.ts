import { describe, expect, it } from 'vitest';
import { parseIcs, physicalLines } from '../../../test/support/ics.js';
import { firstLink, followUpEvent, interviewEvent, offerDeadlineEvent, type CalendarInterview } from './events.js';
import { writeIcs } from './ics.js';

const base: CalendarInterview = {
  id: '01900000-0000-7000-8000-00000000000a',
  opportunityId: '01900000-0000-7000-8000-00000000000b',
  employerName: 'Quarry & Sons, Ltd.',
  roleTitle: 'Data engineer',
  kind: 'video',
  title: '',
  // 10:00 in New York on the day after clocks went forward (EDT, UTC−4).
  startsAt: '2026-03-09T14:00:00.000Z',
  durationMinutes: 90,
  timeZone: 'America/New_York',
  location: 'Join at https://meet.example/abc-defg, passcode 42',
  updatedAt: '2026-03-01T10:00:00.000Z',
  conversations: [
    { startsAt: '2026-03-09T14:00:00.000Z', durationMinutes: 45, topic: 'Team fit', people: ['Ana Ruiz'] },
    { startsAt: '2026-03-09T14:45:00.000Z', durationMinutes: 45, topic: '', people: ['Bo Chen', 'Dee Park'] },
  ],
};

const roundTrip = (events: ReturnType<typeof interviewEvent>[]) => {
  const ics = writeIcs({ stamp: '2026-03-01T00:00:00Z', events });
  physicalLines(ics);
  return parseIcs(ics).events;
};

describe('interviewEvent', () => {
  it('keeps the right UTC times on both sides of a DST change, with reminders a day and an hour before', () => {
    const before = { ...base, id: '01900000-0000-7000-8000-00000000000c', startsAt: '2026-03-06T15:00:00.000Z' }; // 10:00 EST
    const [after, earlier] = roundTrip([interviewEvent(base), interviewEvent(before)]);
    expect(after).toMatchObject({ start: '2026-03-09T14:00:00.000Z', end: '2026-03-09T15:30:00.000Z' });
    expect(earlier).toMatchObject({ start: '2026-03-06T15:00:00.000Z', end: '2026-03-06T16:30:00.000Z' });
    expect(after!.description).toContain('10:00 GMT-4');
    expect(earlier!.description).toContain('10:00 GMT-5');
    expect(after!.alarms.map((a) => a.triggerSeconds)).toEqual([-86_400, -3_600]);
    expect(after!.alarms[0]!.description).toMatch(/^Tomorrow: Video interview: Quarry & Sons, Ltd\. – Data engineer$/);
  });

  it('names the interview, lists the conversations in the interview zone and links to the meeting', () => {
    const [e] = roundTrip([interviewEvent(base, { appUrl: 'http://127.0.0.1:4870/' })]);
    expect(e!.uid).toBe(`interview-${base.id}@offerbook`);
    expect(e!.summary).toBe('Video interview: Quarry & Sons, Ltd. – Data engineer');
    expect(e!.location).toBe(base.location);
    expect(e!.url).toBe('https://meet.example/abc-defg');
    expect(e!.description).toContain('10:00–10:45 Ana Ruiz (Team fit)');
    expect(e!.description).toContain('10:45–11:30 Bo Chen, Dee Park');
    expect(e!.description).toContain(`Interview mode in Offerbook: http://127.0.0.1:4870/interviews/${base.id}`);
    expect(e!.categories).toEqual(['Interview']);
  });

  it('uses the title when given and the app link when there is no meeting link', () => {
    const [e] = roundTrip([
      interviewEvent(
        { ...base, kind: 'onsite', title: 'Final round', location: '1 Main St, Floor 3' },
        { appUrl: 'http://localhost:4870' },
      ),
    ]);
    expect(e!.summary).toBe('Final round: Quarry & Sons, Ltd. – Data engineer');
    expect(e!.url).toBe(`http://localhost:4870/interviews/${base.id}`);
    expect(e!.description).toContain('Where: 1 Main St, Floor 3');
  });
});

describe('followUpEvent', () => {
  const item = {
    opportunityId: base.opportunityId,
    employerName: 'Quarry & Sons',
    roleTitle: 'Data engineer',
    sequence: 0,
    interviewId: base.id,
    personId: '01900000-0000-7000-8000-0000000000aa',
    personName: 'Ana Ruiz',
    channel: 'email',
    to: 'ana@quarry.example',
    dueAt: '2026-03-10T15:30:00.000Z',
    reason: 'Thank Ana Ruiz within 24 hours of your conversation, while it is fresh for both of you.',
  };

  it('puts a thank-you note in the half hour before its 24-hour mark, reminded at the start', () => {
    const [e] = roundTrip([followUpEvent({ ...item, kind: 'thank-you' }, { appUrl: 'http://127.0.0.1:4870' })]);
    expect(e).toMatchObject({
      uid: `thank-you-${base.id}-${item.personId}@offerbook`,
      summary: 'Send a thank-you note to Ana Ruiz (Quarry & Sons – Data engineer)',
      start: '2026-03-10T15:00:00.000Z',
      end: '2026-03-10T15:30:00.000Z',
      url: `http://127.0.0.1:4870/opportunities/${base.opportunityId}?tab=followups`,
      alarms: [{ action: 'DISPLAY', triggerSeconds: 0 }],
    });
    expect(e!.description).toContain('How: email: ana@quarry.example.');
  });

  it('puts a check-in at its due time for 15 minutes, one UID per opportunity and sequence', () => {
    const [e] = roundTrip([
      followUpEvent({ ...item, kind: 'check-in', sequence: 2, interviewId: null, to: null, dueAt: '2026-03-20T14:00:00.000Z' }),
    ]);
    expect(e).toMatchObject({
      uid: `check-in-${base.opportunityId}-2@offerbook`,
      start: '2026-03-20T14:00:00.000Z',
      end: '2026-03-20T14:15:00.000Z',
      url: null,
    });
    expect(e!.summary).toBe('Check in with Ana Ruiz (Quarry & Sons – Data engineer)');
  });
});

describe('offerDeadlineEvent', () => {
  it('is an all-day event on the deadline, reminded at 09:00 the day before', () => {
    const [e] = roundTrip([
      offerDeadlineEvent({ opportunityId: base.opportunityId, employerName: 'Quarry', roleTitle: 'Data engineer', deadline: '2026-04-03' }),
    ]);
    expect(e).toMatchObject({
      uid: `offer-deadline-${base.opportunityId}@offerbook`,
      allDay: true,
      start: '2026-04-03',
      end: '2026-04-04',
      alarms: [{ triggerSeconds: -15 * 3600 }],
    });
  });
});

describe('firstLink', () => {
  it('finds the first web link and trims trailing punctuation', () => {
    expect(firstLink('Zoom: https://zoom.example/j/123?pwd=x. Or dial in')).toBe('https://zoom.example/j/123?pwd=x');
    expect(firstLink('(see https://a.example/b)')).toBe('https://a.example/b');
    expect(firstLink('1 Main St')).toBeNull();
  });
});
