import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Interview, InvitationDraft } from '../../../contracts/interviews.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { api } from '../../../../test/factories.js';

type ErrorReply = { error: { code: string; field?: string } };

// Invitations as they arrive: a calendar e-mail, a recruiter's note, an onsite agenda, an Outlook
// Teams invite, a terse chat message and a forwarded mail. Written for these tests.
const INVITATIONS = {
  calendar: [
    'Subject: Invitation: Interview with Acme - Senior Data Analyst @ Tue Mar 3, 2026 2pm - 3:30pm (CET) (sam@example.com)',
    '',
    'Hi Sam, we would like to invite you to a video interview.',
    'When: Tuesday, March 3 at 2:00 PM – 3:30 PM CET',
    'Join Zoom Meeting: https://us02web.zoom.us/j/81234567890?pwd=abcDEF123',
    'Meeting ID: 812 3456 7890',
    '',
    '2:00 – 2:45 PM Dana Ruiz, Engineering Manager',
    '2:45 – 3:30 PM Priya Shah & Tom Becker (System design)',
  ].join('\n'),
  recruiter:
    "Hi Alex, Ravi here from Kestrel. Could we do a quick phone screen tomorrow at 10am? I'll call you on +44 20 7946 0958. It should take about 30 minutes.",
  onsite: [
    'Onsite interview – Northwind Traders',
    'Date: 3/12/2026',
    'Time: 09:30 - 12:15 (Europe/Lisbon)',
    'Location: Rua Augusta 24, 3rd floor, 1100-053 Lisboa',
    'Please arrive 10-15 minutes early and ask for Marta at reception.',
    '09:30 - 10:15 Welcome and office tour with Marta Silva',
    '10:15 - 11:00 Coding exercise with João Pereira',
    '11:00 - 11:45 Ana de la Cruz, Head of Product',
    '11:45 - 12:15 Lunch with the team',
  ].join('\n'),
  teams: [
    'Microsoft Teams meeting',
    'When: Wednesday, 18 November 2026 16:00-17:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
    'Meeting ID: 345 678 901 234',
  ].join('\n'),
  chat: 'Hi! Can you do next Monday 3pm PT for a 1 hour video call? Link: https://whereby.com/globex-hiring',
  forwarded: [
    '---------- Forwarded message ---------',
    'From: Ines Duarte <ines@quarry.example>',
    'Sent: Monday, February 23, 2026 9:14 AM',
    'To: Sam <sam@example.com>',
    'Subject: Final round',
    '',
    'Hi Sam, are you free on 5 March at 11:00 for about 90 minutes? We would meet in person at our office,',
    '1 Market Street, Springfield. Bring a photo ID for reception.',
  ].join('\n'),
};

describe.each(DIALECTS)('parse-invitation over HTTP on %s', (dialect) => {
  let t: TestApp;
  let a: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => new Date('2026-02-24T10:00:00.000Z') });
    a = api(t);
  });
  afterAll(() => t.close());

  const parse = async (text: string, timeZone = 'Europe/Lisbon', now?: string) => {
    const res = await a.json<InvitationDraft>('POST', '/api/interviews/parse-invitation', { text, timeZone, ...(now && { now }) });
    expect(res.status).toBe(200);
    return InvitationDraft.parse(res.body);
  };

  it.each([
    [
      'calendar',
      {
        kind: 'video',
        startsAt: '2026-03-03T13:00:00.000Z',
        timeZone: 'Europe/Berlin',
        durationMinutes: 90,
        location: 'https://us02web.zoom.us/j/81234567890?pwd=abcDEF123',
        title: 'Video interview with Acme',
        meeting: { id: '812 3456 7890' },
      },
      [['Dana Ruiz'], ['Priya Shah', 'Tom Becker']],
    ],
    [
      'recruiter',
      {
        kind: 'phone',
        startsAt: '2026-02-25T10:00:00.000Z',
        timeZone: 'Europe/Lisbon',
        durationMinutes: 30,
        location: '+44 20 7946 0958',
        title: 'Phone interview with Kestrel',
      },
      [['Ravi']],
    ],
    [
      'onsite',
      {
        kind: 'onsite',
        startsAt: '2026-03-12T09:30:00.000Z',
        timeZone: 'Europe/Lisbon',
        durationMinutes: 165,
        location: 'Rua Augusta 24, 3rd floor, 1100-053 Lisboa',
      },
      [['Marta Silva'], ['João Pereira'], ['Ana de la Cruz'], []],
    ],
    ['teams', { kind: 'video', startsAt: '2026-11-18T15:00:00.000Z', timeZone: 'Europe/Amsterdam', durationMinutes: 60 }, []],
    [
      'chat',
      {
        kind: 'video',
        startsAt: '2026-03-02T23:00:00.000Z',
        timeZone: 'America/Los_Angeles',
        durationMinutes: 60,
        location: 'https://whereby.com/globex-hiring',
      },
      [],
    ],
    [
      'forwarded',
      {
        kind: 'onsite',
        startsAt: '2026-03-05T11:00:00.000Z',
        durationMinutes: 90,
        location: '1 Market Street, Springfield',
        title: 'On-site interview',
      },
      [],
    ],
  ] as const)('reads the %s invitation', async (name, draft, names) => {
    const result = await parse(INVITATIONS[name]);
    expect(result.draft).toMatchObject(draft);
    expect(result.draft.conversations.map((c) => c.names)).toEqual(names);
    expect(result.found.length).toBeGreaterThanOrEqual(4);
  });

  it('makes drafts the create endpoint accepts as they are', async () => {
    const opp = await a.opportunity('Acme', 'Senior Data Analyst');
    for (const text of Object.values(INVITATIONS)) {
      const { draft } = await parse(text);
      const body = {
        kind: draft.kind!,
        title: draft.title ?? '',
        startsAt: draft.startsAt!,
        timeZone: draft.timeZone,
        durationMinutes: draft.durationMinutes!,
        location: draft.location ?? '',
        ...(draft.conversations.length > 0 && {
          conversations: draft.conversations.map(({ startsAt, durationMinutes, topic }) => ({ startsAt, durationMinutes, topic })),
        }),
      };
      const res = await a.json<Interview>('POST', `/api/opportunities/${opp.id}/interviews`, body);
      expect(res.status, text.slice(0, 40)).toBe(201);
      expect(Interview.parse(res.body)).toMatchObject({
        startsAt: draft.startsAt,
        timeZone: draft.timeZone,
        conversations: expect.any(Array),
      });
      expect(res.body.conversations).toHaveLength(Math.max(1, draft.conversations.length));
    }
  });

  it('names the sender as the recruiter with their e-mail (from the forwarded header), not as an interviewer', async () => {
    const { draft } = await parse(INVITATIONS.forwarded);
    expect(draft.people).toEqual([
      { name: 'Ines Duarte', role: 'recruiter', email: 'ines@quarry.example', sender: true, organiser: false, interviews: false },
    ]);
  });

  it('for an opportunity: titles the interview with its employer and matches the people it already has, case and accents aside', async () => {
    const opp = await a.opportunity('Ferrovia Logistics', 'Planner');
    const other = await a.opportunity('Ferrovia Logistics', 'Analyst');
    const jose = await a.person('José García', opp.id);
    const marta = (
      await a.json<{ id: string }>('POST', '/api/people', {
        name: 'Marta Silva',
        role: 'other',
        employerName: 'Ferrovia Logistics',
        opportunityIds: [other.id],
      })
    ).body;
    await a.person('Kim Park');
    const text = [
      'Hi Sam,',
      'Your video interview is on March 5 at 10:00 for 45 minutes with Jose GARCIA (Head of Planning) and Kim Park.',
      'Join: https://zoom.us/j/81234567890  Meeting ID: 812 3456 7890  Passcode: 55aa',
      '',
      'Best regards,',
      'Marta Silva',
      'Talent Partner',
      'marta.silva@ferrovia.example',
    ].join('\n');
    const res = await a.json<InvitationDraft>('POST', '/api/interviews/parse-invitation', {
      text,
      timeZone: 'Europe/Lisbon',
      opportunityId: opp.id,
    });
    expect(res.status).toBe(200);
    const { draft } = InvitationDraft.parse(res.body);
    expect(draft.title).toBe('Video interview with Ferrovia Logistics');
    expect(draft.meeting).toEqual({ id: '812 3456 7890', passcode: '55aa' });
    expect(draft.people.map((p) => [p.name, p.role, p.personId ?? null, p.linked ?? null, p.existing?.role ?? null])).toEqual([
      ['Jose GARCIA', 'interviewer', jose.id, true, 'interviewer'],
      // Kim Park of no employer and no opportunity is somebody else: not matched.
      ['Kim Park', 'interviewer', null, null, null],
      ['Marta Silva', 'recruiter', marta.id, false, 'other'],
    ]);
    expect(draft.people[2]).toMatchObject({ sender: true, email: 'marta.silva@ferrovia.example', interviews: false });
    expect(draft.conversations).toEqual([
      { startsAt: '2026-03-05T10:00:00.000Z', durationMinutes: 45, topic: '', names: ['Jose GARCIA', 'Kim Park'] },
    ]);
  });

  it('answers 404 naming opportunityId for an opportunity that is not the user’s', async () => {
    const res = await a.json<ErrorReply>('POST', '/api/interviews/parse-invitation', {
      text: 'March 5 at 10:00',
      timeZone: 'UTC',
      opportunityId: '01890000-0000-7000-8000-000000000000',
    });
    expect([res.status, res.body.error.field]).toEqual([404, 'opportunityId']);
  });

  it('resolves relative dates against the given instant, in the given zone', async () => {
    const { draft } = await parse('tomorrow at 9am', 'Asia/Tokyo', '2026-03-03T23:30:00.000Z');
    expect(draft.startsAt).toBe('2026-03-05T00:00:00.000Z');
  });

  it('says what is missing', async () => {
    const { draft, missing } = await parse('Thanks for applying! We will be in touch.', 'Europe/Lisbon');
    expect(draft).toEqual({ timeZone: 'Europe/Lisbon', conversations: [], people: [] });
    expect(missing).toEqual(
      expect.arrayContaining(['No date found', 'No length found', 'Not clear whether it is by phone, video or onsite']),
    );
  });

  it.each([
    [{ text: 'x', timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    [{ text: '', timeZone: 'UTC' }, 'text'],
    [{ timeZone: 'UTC' }, 'text'],
    [{ text: 'x'.repeat(20_001), timeZone: 'UTC' }, 'text'],
    [{ text: 'x' }, 'timeZone'],
    [{ text: 'x', timeZone: 'UTC', now: 'now' }, 'now'],
    [{ text: 'x', timeZone: 'UTC', lang: 'en' }, 'lang'],
    [{ text: 'x', timeZone: 'UTC', opportunityId: 'acme' }, 'opportunityId'],
  ])('refuses %j naming %s', async (body, field) => {
    const res = await a.json<ErrorReply>('POST', '/api/interviews/parse-invitation', body);
    expect([res.status, res.body.error.code, res.body.error.field]).toEqual([400, 'validation', field]);
  });
});
