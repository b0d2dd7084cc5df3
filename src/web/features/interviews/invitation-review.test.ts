import { describe, expect, it } from 'vitest';
import { draftFromInvitation, emptyDraft } from './form-model.js';
import { locationWithMeeting, personUpdate, reviewPeople } from './invitation-review.js';
import type { InvitationPerson } from '../../../contracts/interviews.js';

const person = (p: Partial<InvitationPerson> & { name: string }): InvitationPerson => ({
  role: 'interviewer',
  sender: false,
  organiser: false,
  interviews: true,
  ...p,
});
const fallback = emptyDraft('Europe/Lisbon', Date.parse('2026-03-01T12:00:00Z'));

describe('draftFromInvitation with the invitation’s people', () => {
  const inv = {
    kind: 'video' as const,
    title: 'Video interview with Ferrovia Logistics',
    startsAt: '2026-03-05T10:00:00.000Z',
    timeZone: 'Europe/Lisbon',
    durationMinutes: 45,
    location: 'https://zoom.us/j/812',
    meeting: { id: '812 3456 7890', passcode: '55aa' },
    conversations: [],
    people: [
      person({ name: 'Dana Ruiz', personId: 'dana', linked: true, existing: { role: 'hiring-manager', email: null, title: null } }),
      person({ name: 'Kim Park', title: 'Staff Engineer' }),
      person({ name: 'Omar Haddad', personId: 'omar', linked: false, existing: { role: 'other', email: null, title: null } }),
      person({ name: 'Marta Silva', role: 'recruiter', sender: true, interviews: false, email: 'marta@ferrovia.example' }),
    ],
  };

  it('makes one conversation for the whole interview with the people who take part, and keeps the meeting details', () => {
    const d = draftFromInvitation(inv, [{ id: 'dana', name: 'Dana Ruiz' }], fallback);
    expect(d).toMatchObject({
      title: 'Video interview with Ferrovia Logistics',
      time: '10:00',
      durationMinutes: '45',
      location: 'https://zoom.us/j/812 · Meeting ID 812 3456 7890 · Passcode 55aa',
    });
    // Dana is on the opportunity: ticked. Kim is new; Omar is saved at the employer and will be linked.
    expect(d.conversations.map((c) => [c.time, c.durationMinutes, c.personIds, c.newNames])).toEqual([
      ['10:00', '45', ['dana'], ['Kim Park', 'Omar Haddad']],
    ]);
    expect(d.invited?.map((p) => [p.name, p.role, p.sender, p.keep])).toEqual([
      ['Dana Ruiz', 'hiring-manager', false, true],
      ['Kim Park', 'interviewer', false, true],
      ['Omar Haddad', 'interviewer', false, true],
      ['Marta Silva', 'recruiter', true, true],
    ]);
  });

  it('makes the conversation at the form’s time when the invitation has no date', () => {
    const { startsAt: _startsAt, durationMinutes: _durationMinutes, ...undated } = inv;
    const d = draftFromInvitation(undated, [], fallback);
    expect(d.conversations.map((c) => [c.time, c.durationMinutes])).toEqual([[fallback.time, fallback.durationMinutes]]);
  });
});

describe('the review of the invitation’s people', () => {
  it('keeps the saved role unless it was only "other", and says what saving changes', () => {
    const [kept, guessed] = reviewPeople([
      person({
        name: 'Dana Ruiz',
        role: 'interviewer',
        personId: 'dana',
        linked: true,
        existing: { role: 'hiring-manager', email: 'dana@x.example', title: 'EM' },
      }),
      person({
        name: 'Marta Silva',
        role: 'recruiter',
        email: 'marta@x.example',
        title: 'Talent Partner',
        personId: 'marta',
        linked: false,
        existing: { role: 'other', email: null, title: null },
      }),
    ]);
    expect([kept!.role, guessed!.role]).toEqual(['hiring-manager', 'recruiter']);
    expect(personUpdate(kept!)).toEqual({ link: false, changes: {} });
    expect(personUpdate({ ...kept!, role: 'interviewer' })).toEqual({ link: false, changes: { role: 'interviewer' } });
    expect(personUpdate(guessed!)).toEqual({
      link: true,
      changes: { role: 'recruiter', email: 'marta@x.example', title: 'Talent Partner' },
    });
  });

  it('writes the meeting details after the link, and nothing extra when there are none', () => {
    expect(locationWithMeeting({ location: '+44 20 7946 0000', meeting: { dialIn: '+1 646 555 0100', passcode: '1234' } })).toBe(
      '+44 20 7946 0000 · Passcode 1234 · Dial-in +1 646 555 0100',
    );
    expect(locationWithMeeting({ location: 'https://meet.google.com/abc-defg-hij' })).toBe('https://meet.google.com/abc-defg-hij');
    expect(locationWithMeeting({})).toBe('');
  });
});
