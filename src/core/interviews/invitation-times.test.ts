import { describe, expect, it } from 'vitest';
import { parseAt as parse } from './invitation-test-helpers.js';

// When an invitation says the interview is: read on a Tuesday morning in Lisbon (UTC+0 until 29 March 2026), the
// helpers' clock, unless a test gives another zone or clock.

describe('parseInvitation: dates and times in many forms', () => {
  it.each([
    ['Tuesday, March 3 at 2:00 PM', '2026-03-03T14:00:00.000Z'],
    ['Tue, Mar 3, 2026 2:00pm', '2026-03-03T14:00:00.000Z'],
    ['3 March 2026 at 14:00', '2026-03-03T14:00:00.000Z'],
    ['on the 3rd of March at 2 p.m.', '2026-03-03T14:00:00.000Z'],
    ['3/3 14:00', '2026-03-03T14:00:00.000Z'],
    ['03/03/2026 14h00', '2026-03-03T14:00:00.000Z'],
    ['2026-03-03 14:00', '2026-03-03T14:00:00.000Z'],
    ['am 3.3.2026 um 14.00 Uhr', '2026-03-03T14:00:00.000Z'],
    ['13/3 at 10:00 (day first: there is no month 13)', '2026-03-13T10:00:00.000Z'],
    ['tomorrow at 10am', '2026-02-25T10:00:00.000Z'],
    ['today at noon', '2026-02-24T12:00:00.000Z'],
    ['on Friday at 9:15', '2026-02-27T09:15:00.000Z'],
    ['Tuesday at 2 (today is a Tuesday, so next week)', '2026-03-03T14:00:00.000Z'],
    ['next Monday at 11:00', '2026-03-02T11:00:00.000Z'],
    ['January 5 at 11am (already past this year)', '2027-01-05T11:00:00.000Z'],
    ['Tuesday, 2 March at 10:00 (2 March 2026 is a Monday; 2027 has it on a Tuesday)', '2027-03-02T10:00:00.000Z'],
    ['Thursday at 3 pm', '2026-02-26T15:00:00.000Z'],
    ['Mar 3 at 8:30 AM', '2026-03-03T08:30:00.000Z'],
    ['Mar 3 at 12:00 AM sharp', '2026-03-03T00:00:00.000Z'],
    ['interview at 2026-03-03T14:00:00Z', '2026-03-03T14:00:00.000Z'],
    ['interview at 2026-03-03T09:00-05:00', '2026-03-03T14:00:00.000Z'],
    // Month names in the languages invitations come in.
    ['el martes, 3 de marzo de 2026 a las 10:00', '2026-03-03T10:00:00.000Z'],
    ['terça-feira, 3 de março, às 14h00', '2026-03-03T14:00:00.000Z'],
    ['mardi 3 mars 2026 à 14h30', '2026-03-03T14:30:00.000Z'],
    ['le 1er avril à 9h', '2026-04-01T08:00:00.000Z'],
    ['am Dienstag, 3. März 2026, um 10:00 Uhr', '2026-03-03T10:00:00.000Z'],
    ['martedì 3 marzo alle 11:00', '2026-03-03T11:00:00.000Z'],
    ['dinsdag 3 maart om 10:00 uur', '2026-03-03T10:00:00.000Z'],
    ['el 3 de marzo a las 10', '2026-03-03T10:00:00.000Z'],
    ['am 3. März um 15 Uhr', '2026-03-03T15:00:00.000Z'],
    ['3 de março às 9h (1h de entrevista)', '2026-03-03T09:00:00.000Z'],
  ])('%s', (text, startsAt) => {
    expect(parse(text).draft.startsAt).toBe(startsAt);
  });

  it.each([
    ['March 3, 2:00–3:30 PM', '2026-03-03T14:00:00.000Z', 90],
    ['March 3, 11:30-12:30 PM', '2026-03-03T11:30:00.000Z', 60],
    ['March 3, 10:30 - 11:30 PM (late, in another zone)', '2026-03-03T22:30:00.000Z', 60],
    ['March 3, 2-3pm', '2026-03-03T14:00:00.000Z', 60],
    ['March 3 from 10:00 to 11:15', '2026-03-03T10:00:00.000Z', 75],
    ['March 3 at 10:00 for 45 minutes', '2026-03-03T10:00:00.000Z', 45],
    ['March 3 at 10:00, about 1.5 hours', '2026-03-03T10:00:00.000Z', 90],
    ['March 3 at 10:00, an hour and a half', '2026-03-03T10:00:00.000Z', 90],
    ['March 3 at 10:00 (1h30)', '2026-03-03T10:00:00.000Z', 90],
    ['March 3 at 10:00, 1 hour 15 minutes', '2026-03-03T10:00:00.000Z', 75],
    ['March 3 at 10:00; half an hour', '2026-03-03T10:00:00.000Z', 30],
    ['March 3 at 10:00, a 60-minute call', '2026-03-03T10:00:00.000Z', 60],
  ])('%s → start and length', (text, startsAt, durationMinutes) => {
    expect(parse(text).draft).toMatchObject({ startsAt, durationMinutes });
  });

  it('does not take "arrive 15 minutes early" or a reply deadline for the length', () => {
    const { draft, missing } = parse('March 3 at 10:00. Please arrive 10-15 minutes early and reply within 24 hours.');
    expect(draft.durationMinutes).toBeUndefined();
    expect(missing).toContain('No length found');
  });

  it('ignores the sent date of a forwarded mail header', () => {
    const text =
      'From: Ravi <ravi@kestrel.example>\nSent: Monday, February 23, 2026 9:14 AM\nTo: Sam\nSubject: Next steps\n\nAre you free on March 5 at 16:00?';
    expect(parse(text).draft.startsAt).toBe('2026-03-05T16:00:00.000Z');
  });

  it('prefers the date that has a time beside it over an earlier date in passing', () => {
    const text = 'Thanks for applying on February 20.\nWe would like to meet on Thursday, March 5 at 4pm.';
    expect(parse(text).draft.startsAt).toBe('2026-03-05T16:00:00.000Z');
  });

  it('says what is missing when there is no date or time at all', () => {
    const { draft, found, missing } = parse('Looking forward to speaking with you soon!');
    expect(draft).toEqual({ timeZone: 'Europe/Lisbon', conversations: [], people: [] });
    expect(found).toEqual([]);
    expect(missing).toEqual([
      'No time zone named: your own (Europe/Lisbon) is assumed',
      'No date found',
      'No start time found',
      'No length found',
      'Not clear whether it is by phone, video or onsite',
    ]);
  });

  it('refuses impossible dates rather than rolling them over', () => {
    expect(parse('April 31 at 10am').draft.startsAt).toBeUndefined();
    expect(parse('31/4/2026 at 10am').draft.startsAt).toBeUndefined();
  });
});

describe('parseInvitation: time zones', () => {
  it.each([
    ['March 3 at 2pm EST', 'America/New_York', '2026-03-03T19:00:00.000Z'],
    ['March 3 at 2pm Pacific Time', 'America/Los_Angeles', '2026-03-03T22:00:00.000Z'],
    ['March 3 at 14:00 CET', 'Europe/Berlin', '2026-03-03T13:00:00.000Z'],
    ['March 3 at 14:00 Central European Time', 'Europe/Berlin', '2026-03-03T13:00:00.000Z'],
    ['March 3, 2026 14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome', 'Europe/Amsterdam', '2026-03-03T13:00:00.000Z'],
    ['March 3 at 14:00 Asia/Tokyo', 'Asia/Tokyo', '2026-03-03T05:00:00.000Z'],
    ['March 3 at 14:00 UTC-3', 'Etc/GMT+3', '2026-03-03T17:00:00.000Z'],
    ['March 3 at 14:00 (Eastern Time - New York)', 'America/New_York', '2026-03-03T19:00:00.000Z'],
    ['March 3 at 9am (UTC-05:00) Eastern Time (US & Canada)', 'America/New_York', '2026-03-03T14:00:00.000Z'],
    ['March 3 at 14:00 BST', 'Europe/London', '2026-03-03T14:00:00.000Z'],
    ['March 3 at 14:00 IST', 'Asia/Kolkata', '2026-03-03T08:30:00.000Z'],
    ['March 3, 11:00 Lisbon time', 'Europe/Lisbon', '2026-03-03T11:00:00.000Z'],
    ['March 3 at 9am (New York time)', 'America/New_York', '2026-03-03T14:00:00.000Z'],
    ['3 de marzo a las 10:00 (hora de Madrid)', 'Europe/Madrid', '2026-03-03T09:00:00.000Z'],
    ['le 3 mars à 10h00, heure de Paris', 'Europe/Paris', '2026-03-03T09:00:00.000Z'],
    ['am 3. März um 10:00 Uhr (Berliner Zeit)', 'Europe/Berlin', '2026-03-03T09:00:00.000Z'],
  ])('%s → %s', (text, timeZone, startsAt) => {
    const { draft, found } = parse(text);
    expect(draft).toMatchObject({ timeZone, startsAt });
    expect(found.some((f) => f.startsWith(`Time zone: ${timeZone}`))).toBe(true);
  });

  it('keeps a half-hour offset exact and shows it in the user zone', () => {
    const { draft, found } = parse('March 3 at 14:00 UTC+05:30');
    expect(draft).toMatchObject({ timeZone: 'Europe/Lisbon', startsAt: '2026-03-03T08:30:00.000Z' });
    expect(found).toContain('Time zone: UTC+05:30, a fixed offset; times are shown in your zone (Europe/Lisbon)');
  });

  it('uses the user zone when none is named, and says so', () => {
    const { draft, missing } = parse('March 3 at 14:00', 'America/Chicago');
    expect(draft).toMatchObject({ timeZone: 'America/Chicago', startsAt: '2026-03-03T20:00:00.000Z' });
    expect(missing).toContain('No time zone named: your own (America/Chicago) is assumed');
  });

  it('reads no zone from a time that names no city ("Part time", "Show time")', () => {
    expect(parse('Part time role. March 3 at 14:00, Show time at the Hall').draft.timeZone).toBe('Europe/Lisbon');
  });

  it('does not read zone-like capitals inside a link', () => {
    expect(parse('March 3 at 14:00 https://zoom.us/j/1?pwd=EST').draft.timeZone).toBe('Europe/Lisbon');
  });
});

describe('parseInvitation: daylight-saving edges', () => {
  it('moves a time skipped by the spring-forward jump to the same reading after it (New York, 8 March 2026)', () => {
    expect(parse('March 8, 2026 at 2:30 AM ET').draft.startsAt).toBe('2026-03-08T07:30:00.000Z');
  });

  it('reads a time after the switch in summer time (London, 29 March 2026)', () => {
    expect(parse('March 29 at 10:00 Europe/London').draft.startsAt).toBe('2026-03-29T09:00:00.000Z');
    expect(parse('March 28 at 10:00 Europe/London').draft.startsAt).toBe('2026-03-28T10:00:00.000Z');
  });

  it('resolves "tomorrow" on the day the clocks change (Berlin, 29 March 2026)', () => {
    expect(parse('tomorrow at 10am', 'Europe/Berlin', '2026-03-28T12:00:00.000Z').draft.startsAt).toBe('2026-03-29T08:00:00.000Z');
  });

  it('resolves "tomorrow" on the calendar of the zone, not of UTC (Tokyo is already on the next day)', () => {
    expect(parse('tomorrow at 9am', 'Asia/Tokyo', '2026-03-03T23:30:00.000Z').draft.startsAt).toBe('2026-03-05T00:00:00.000Z');
  });

  it('places a schedule that runs across the fall-back hour in real minutes (New York, 1 November 2026)', () => {
    const text = 'November 1, 2026 (US Eastern Time)\n1:00 AM - 1:45 AM Kim Ng\n1:45 AM - 2:30 AM Lee Park';
    const { draft } = parse(text);
    expect(draft.conversations.map((c) => [c.startsAt, c.durationMinutes])).toEqual([
      ['2026-11-01T05:00:00.000Z', 45],
      ['2026-11-01T05:45:00.000Z', 45],
    ]);
  });
});
