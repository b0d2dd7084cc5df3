import { describe, expect, it } from 'vitest';
import { parseInvitation } from './invitation.js';

// More shapes of the people an invitation names, written for these tests (not taken from the corpus): honorifics,
// titles that run on after a comma, schedule lines with brackets and team names, and what a sender says.
const NOW = '2026-02-24T10:00:00.000Z';
const parse = (text: string, employerName?: string) => parseInvitation(text, { timeZone: 'Europe/Lisbon', now: NOW, ...(employerName && { employerName }) });
const titled = (text: string) =>
  parse(text)
    .draft.people.filter((p) => !p.sender)
    .map((p) => [p.name, p.title ?? null]);

describe('invitation shapes: honorifics and titles in a list', () => {
  it('does not take the next person\'s honorific for more of a title', () => {
    expect(titled('On 3 March at 10:00 your interviewers will be Ms. Lan Pham, our Data Manager, Mr. Arjun Rao, Lead Analyst, and Ola Berg.')).toEqual([
      ['Lan Pham', 'Data Manager'],
      ['Arjun Rao', 'Lead Analyst'],
      ['Ola Berg', null],
    ]);
  });

  it('drops "Eng." and "Lic." but keeps "Eng" without its full stop, a given name', () => {
    expect(titled('Interviewer: Eng. Tomasz Wójcik, Site Manager')).toEqual([['Tomasz Wójcik', 'Site Manager']]);
    expect(titled('Interviewers: Lic. Rocío Benítez (Auditor), Eng Hwee Tan')).toEqual([
      ['Rocío Benítez', 'Auditor'],
      ['Eng Hwee Tan', null],
    ]);
  });

  it('reads someone "on the line" with the sender as an interviewer', () => {
    expect(titled('I will ring you on 3 March at 9:00. Our Warehouse Supervisor, Tomasz "Tom" Nowak, will be on the line too.')).toEqual([['Tomasz Nowak', 'Warehouse Supervisor']]);
  });
});

describe('invitation shapes: schedule lines', () => {
  const day = (line: string) => parse(`Tuesday 3 March 2026 (Lisbon time)\n\n${line}\n16:00 - 16:30 Wrap-up`).draft.conversations[0]!;

  it('reads the person after a bracketed topic and a dash', () => {
    expect(day('10:00 - 11:00 Technical round (databases) – Dr. Priya Nair, Staff Engineer')).toMatchObject({ names: ['Priya Nair'] });
  });

  it('keeps reading a list of people after a comma, up to the team they are from', () => {
    expect(day('14:00 - 15:00 Panel with Ana Lima, Ben Odede and Chi Ng from the Risk & Compliance team').names).toEqual(['Ana Lima', 'Ben Odede', 'Chi Ng']);
  });
});

describe('invitation shapes: the sender and the meeting', () => {
  const signed = (body: string) => `Hi Sam,\n\n${body}\n\nBest wishes,\nRuth Mensah\nRecruitment Coordinator\nKestrel Power Pvt. Ltd.\n+46 8 555 019 34\nruth.mensah@kestrel.example`;

  it('takes part when they say they will pop in or be there too', () => {
    for (const said of ['I will pop in at the start to say hello.', "I'll be there too for the first half."]) {
      const sender = parse(signed(`On 3 March at 10:00 you will meet Ola Berg. ${said}`)).draft.people.find((p) => p.sender);
      expect(sender).toMatchObject({ name: 'Ruth Mensah', role: 'recruiter', interviews: true });
    }
  });

  it('reads the company without "Pvt. Ltd." and the whole phone number with a one-digit area code', () => {
    const { draft } = parse(signed('Video interview on 3 March at 10:00 with Ola Berg.\nhttps://meet.google.com/abc-defg-hij'));
    expect(draft.title).toBe('Video interview with Kestrel Power');
    expect(draft.people.find((p) => p.sender)).toMatchObject({ phone: '+46 8 555 019 34', email: 'ruth.mensah@kestrel.example' });
  });

  it('keeps a conference code as the passcode', () => {
    expect(parse('Phone interview on 3 March at 10:00.\nDial-in: +44 20 3695 5120\nConference code: 5521 8890#').draft.meeting).toEqual({ passcode: '5521 8890', dialIn: '+44 20 3695 5120' });
  });

  it('does not take the role named after "interview –" for the employer', () => {
    const text = 'Subject: Telephone interview – Graduate Data Analyst\n\nThank you for applying to the Graduate Programme at Harbour Lane Insurance. Your telephone interview is on 3 March at 10:00.';
    expect(parse(text).draft.title).toBe('Phone interview with Harbour Lane Insurance');
  });
});
