import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAt as parse } from './invitation-test-helpers.js';

// Read on a Tuesday morning in Lisbon (UTC+0 until 29 March 2026), the helpers' clock. Dates, times and zones are in
// invitation-times.test.ts.

describe('parseInvitation: kind and place', () => {
  it.each([
    ['March 3 at 10:00, join: https://us02web.zoom.us/j/812345?pwd=x1', 'video', 'https://us02web.zoom.us/j/812345?pwd=x1'],
    ['March 3 at 10:00 on Google Meet: https://meet.google.com/abc-defg-hij.', 'video', 'https://meet.google.com/abc-defg-hij'],
    ['March 3 at 10:00 https://teams.microsoft.com/l/meetup-join/19%3a1', 'video', 'https://teams.microsoft.com/l/meetup-join/19%3a1'],
    ['Phone screen March 3 at 10:00. I will call you on +351 912 345 678.', 'phone', '+351 912 345 678'],
    ['March 3 at 10:00, please call me at (415) 555-0134', 'phone', '(415) 555-0134'],
    ["March 3 at 10:00. I'll ring you on +46 8 555 019 34.", 'phone', '+46 8 555 019 34'],
    ['March 3 at 10:00 in person at 1 Main Street, Springfield. Bring ID.', 'onsite', '1 Main Street, Springfield'],
    ['March 3 at 10:00\nLocation: Tower B, floor 3, Praça do Comércio', 'onsite', 'Tower B, floor 3, Praça do Comércio'],
    ['March 3 at 10:00 at our office:\nHauptstraße 5\n10827 Berlin', 'onsite', 'Hauptstraße 5, 10827 Berlin'],
  ] as const)('%s → %s', (text, kind, location) => {
    expect(parse(text).draft).toMatchObject({ kind, location });
  });

  it('reads a meeting address written without https://, and "over Teams" with no link yet', () => {
    expect(parse('March 3 at 10:00\nJoining info: meet.google.com/abc-defg-hij').draft).toMatchObject({
      kind: 'video',
      location: 'https://meet.google.com/abc-defg-hij',
    });
    const teams = parse('We would love to chat on Wed, 11 March at 9.30am (UK time) over Teams – invite to follow.');
    expect(teams.draft).toMatchObject({ kind: 'video', startsAt: '2026-03-11T09:30:00.000Z', timeZone: 'Europe/London' });
    expect(teams.missing).toContain('No meeting link found');
  });

  it('reads an address in brackets without the closing bracket', () => {
    const text =
      'Interview slot confirmed: 2026-03-09 at 15:30 CET, 45 min, in-person at the Zurich office (Bahnhofstrasse 10, 8001 Zürich).';
    expect(parse(text).draft).toMatchObject({
      kind: 'onsite',
      location: 'Bahnhofstrasse 10, 8001 Zürich',
      startsAt: '2026-03-09T14:30:00.000Z',
      durationMinutes: 45,
    });
  });

  it('prefers a video link over the dial-in number printed under it', () => {
    const text = 'March 3 at 10:00\nhttps://meet.google.com/xyz-abcd-efg\nOr dial: (US) +1 347-555-0199 PIN: 123 456 789#';
    expect(parse(text).draft).toMatchObject({ kind: 'video', location: 'https://meet.google.com/xyz-abcd-efg' });
  });

  it('does not take a meeting id for a phone number', () => {
    expect(parse('Phone interview March 3 at 10:00. Meeting ID: 812 3456 7890').draft.location).toBeUndefined();
  });

  it('says when a phone interview has no number (they may call)', () => {
    const { draft, missing } = parse('Phone interview, March 3 at 10:00; we will call you.');
    expect(draft.kind).toBe('phone');
    expect(missing).toContain('No phone number found (fine if they call you)');
  });
});

describe('parseInvitation: realistic invitations', () => {
  it('reads a calendar invitation with a panel schedule', () => {
    const text = [
      'Subject: Invitation: Interview with Acme – Senior Data Analyst @ Tue Mar 3, 2026 2pm - 3:30pm (CET) (you@example.com)',
      '',
      'Hi Sam,',
      "Thanks for your time on the phone last week. We'd like to invite you to a video interview.",
      '',
      'When: Tuesday, March 3 at 2:00 PM – 3:30 PM CET',
      'Join Zoom Meeting: https://us02web.zoom.us/j/81234567890?pwd=abcDEF123',
      'Meeting ID: 812 3456 7890',
      '',
      'Schedule:',
      '2:00 – 2:45 PM Dana Ruiz, Engineering Manager',
      '2:45 – 3:30 PM Priya Shah & Tom Becker (System design)',
      '',
      'Best, Lena',
    ].join('\n');
    const result = parse(text);
    expect(result.draft).toEqual({
      kind: 'video',
      // The kind and the employer, not the e-mail's subject (issue #15).
      title: 'Video interview with Acme',
      startsAt: '2026-03-03T13:00:00.000Z',
      timeZone: 'Europe/Berlin',
      durationMinutes: 90,
      location: 'https://us02web.zoom.us/j/81234567890?pwd=abcDEF123',
      meeting: { id: '812 3456 7890' },
      employer: 'Acme',
      conversations: [
        { startsAt: '2026-03-03T13:00:00.000Z', durationMinutes: 45, topic: '', names: ['Dana Ruiz'] },
        { startsAt: '2026-03-03T13:45:00.000Z', durationMinutes: 45, topic: 'System design', names: ['Priya Shah', 'Tom Becker'] },
      ],
      people: [
        { name: 'Dana Ruiz', title: 'Engineering Manager', role: 'interviewer', sender: false, organiser: false, interviews: true },
        { name: 'Priya Shah', role: 'interviewer', sender: false, organiser: false, interviews: true },
        { name: 'Tom Becker', role: 'interviewer', sender: false, organiser: false, interviews: true },
        { name: 'Lena', role: 'recruiter', sender: true, organiser: false, interviews: false },
      ],
    });
    expect(result.found).toContain('Schedule: 2 conversations with Dana Ruiz, Priya Shah, Tom Becker');
    expect(result.found).toContain('Kind: video (from a Zoom link)');
    expect(result.missing).toEqual([]);
  });

  it('reads a recruiter message for a phone screen', () => {
    const text =
      "Hi Alex, Ravi here from Kestrel. Could we do a quick phone screen tomorrow at 10am? I'll call you on +44 20 7946 0958. It should take about 30 minutes.";
    expect(parse(text).draft).toEqual({
      kind: 'phone',
      title: 'Phone interview with Kestrel',
      startsAt: '2026-02-25T10:00:00.000Z',
      timeZone: 'Europe/Lisbon',
      durationMinutes: 30,
      location: '+44 20 7946 0958',
      employer: 'Kestrel',
      // Ravi sent it and says he will call: the recruiter, in the one conversation.
      conversations: [{ startsAt: '2026-02-25T10:00:00.000Z', durationMinutes: 30, topic: '', names: ['Ravi'] }],
      people: [{ name: 'Ravi', role: 'recruiter', sender: true, organiser: false, interviews: true }],
    });
  });

  it('reads an onsite day with five slots, lunch included', () => {
    const text = [
      'Onsite interview – Northwind Traders',
      'Date: 3/12/2026',
      'Time: 09:30 - 13:00 (Europe/Lisbon)',
      'Location: Rua Augusta 24, 3rd floor, 1100-053 Lisboa',
      'Please arrive 10-15 minutes early and ask for Marta at reception.',
      '',
      '09:30 - 10:15 Welcome and office tour with Marta Silva',
      '10:15 - 11:00 Coding exercise with João Pereira',
      '11:00 - 11:45 Ana de la Cruz, Head of Product',
      '11:45 - 12:15 Lunch with the team',
      '12:15 - 13:00 Wrap-up with Marta Silva',
    ].join('\n');
    const { draft } = parse(text);
    expect(draft).toMatchObject({
      kind: 'onsite',
      title: 'On-site interview with Northwind Traders',
      startsAt: '2026-03-12T09:30:00.000Z',
      durationMinutes: 210,
      location: 'Rua Augusta 24, 3rd floor, 1100-053 Lisboa',
    });
    expect(draft.conversations.map((c) => [c.startsAt.slice(11, 16), c.durationMinutes, c.topic, c.names])).toEqual([
      ['09:30', 45, 'Welcome and office tour', ['Marta Silva']],
      ['10:15', 45, 'Coding exercise', ['João Pereira']],
      ['11:00', 45, '', ['Ana de la Cruz']],
      ['11:45', 30, 'Lunch with the team', []],
      ['12:15', 45, 'Wrap-up', ['Marta Silva']],
    ]);
  });

  it('reads an Outlook Teams invitation', () => {
    const text = [
      'Microsoft Teams meeting',
      'When: Wednesday, 18 November 2026 16:00-17:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
      'Join on your computer, mobile app or room device',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
      'Meeting ID: 345 678 901 234',
      'Passcode: aB3dE5',
    ].join('\n');
    expect(parse(text).draft).toMatchObject({
      kind: 'video',
      startsAt: '2026-11-18T15:00:00.000Z',
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 60,
    });
  });

  it('reads a Google Calendar invitation e-mail', () => {
    const text =
      'Invitation from Google Calendar\nInterview: Sam / Acme\nTuesday Mar 3, 2026 ⋅ 2pm – 3pm (Central European Time - Berlin)\nJoining info: meet.google.com/abc-defg-hij';
    expect(parse(text).draft).toEqual({
      kind: 'video',
      title: 'Video interview',
      startsAt: '2026-03-03T13:00:00.000Z',
      timeZone: 'Europe/Berlin',
      durationMinutes: 60,
      location: 'https://meet.google.com/abc-defg-hij',
      meeting: { id: 'abc-defg-hij' },
      conversations: [],
      people: [],
    });
  });

  it('reads "from 1:00 PM to 2:00 PM EST" after a long date', () => {
    expect(parse('Thursday, March 5th, 2026 from 1:00 PM to 2:00 PM EST').draft).toMatchObject({
      startsAt: '2026-03-05T18:00:00.000Z',
      durationMinutes: 60,
      timeZone: 'America/New_York',
    });
  });

  it('reads a schedule of single start times: each slot runs to the next, the last to the end', () => {
    const text = 'Panel: 12 Jan, 10:00–12:00 GMT+2\n10:00 Kim Ng\n10:40 Lee Park\n11:20 Q&A with the team';
    const { draft } = parse(text);
    expect(draft).toMatchObject({ timeZone: 'Etc/GMT-2', startsAt: '2027-01-12T08:00:00.000Z', durationMinutes: 120 });
    expect(draft.conversations.map((c) => [c.startsAt, c.durationMinutes, c.names])).toEqual([
      ['2027-01-12T08:00:00.000Z', 40, ['Kim Ng']],
      ['2027-01-12T08:40:00.000Z', 40, ['Lee Park']],
      ['2027-01-12T09:20:00.000Z', 40, []],
    ]);
  });

  it('takes the start and length from a schedule when the text gives only a date', () => {
    const text = 'Interview day on Thursday 5 March\n- 10:00-10:30 Chat with Kim Ng\n- 10:30-11:15 Lee Park / Ada Obi, pairing';
    const { draft, found } = parse(text);
    expect(draft).toMatchObject({ startsAt: '2026-03-05T10:00:00.000Z', durationMinutes: 75 });
    expect(draft.conversations.map((c) => [c.names, c.topic])).toEqual([
      [['Kim Ng'], 'Chat'],
      [['Lee Park', 'Ada Obi'], 'pairing'],
    ]);
    expect(found).toContain('Start: 10:00, when the schedule begins');
  });

  it('keeps a schedule it cannot date out of the draft, and says so', () => {
    const { draft, missing } = parse('10:00-10:30 Kim Ng\n10:30-11:00 Lee Park');
    expect(draft.conversations).toEqual([]);
    expect(missing).toContain('A schedule of 2 conversations was found, but no date to put it on');
  });
});

describe('parseInvitation: robustness', () => {
  it('never throws and always answers a well-formed draft', () => {
    const pieces = [
      'March 3',
      ' at ',
      '2:00',
      'PM',
      ' - ',
      '3/3',
      'tomorrow',
      'EST',
      'UTC+5',
      'https://zoom.us/j/1',
      '\n',
      '10:00 Kim Ng',
      '45 min',
      'Location: x',
      '(',
      ')',
      '12',
      ':',
      '.',
    ];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 30 }), (parts) => {
        const { draft, found, missing } = parse(parts.join(''));
        if (draft.startsAt) expect(new Date(draft.startsAt).toISOString()).toBe(draft.startsAt);
        if (draft.durationMinutes !== undefined) expect(draft.durationMinutes).toBeGreaterThanOrEqual(5);
        if (draft.durationMinutes !== undefined) expect(draft.durationMinutes).toBeLessThanOrEqual(960);
        for (const c of draft.conversations) {
          expect(new Date(c.startsAt).toISOString()).toBe(c.startsAt);
          expect(c.durationMinutes).toBeGreaterThanOrEqual(5);
          expect(c.topic.length).toBeLessThanOrEqual(200);
        }
        expect(Array.isArray(found) && Array.isArray(missing)).toBe(true);
      }),
      { numRuns: 300, seed: 6 },
    );
  });

  it('reads long pasted text quickly', () => {
    const text = `${'Lorem ipsum dolor sit amet, 12 people, 3 rooms. '.repeat(400)}\nMarch 3 at 10:00`;
    const started = performance.now();
    expect(parse(text.slice(0, 20_000)).draft.startsAt).toBeDefined();
    expect(performance.now() - started).toBeLessThan(500);
  });
});
