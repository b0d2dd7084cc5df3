import { describe, expect, it } from 'vitest';
import { parse } from './invitation-test-helpers.js';

// The sender of an invitation and its meeting details: written for these tests, in the shapes recruiters use.

describe('invitation people: the sender', () => {
  const signed = (body: string) =>
    `Hi Sam,\n\n${body}\n\nKind regards,\n\nMarta Silva\nTalent Acquisition Partner\nFerrovia Logistics\n+351 912 000 111\nmarta.silva@ferrovia.example`;

  it('is the recruiter with the e-mail of the signature, not an interviewer', () => {
    const { draft } = parse(
      signed('Your video interview is on March 5 at 10:00 for 45 minutes with Kim Park, Engineering Manager.\nhttps://zoom.us/j/812345678'),
      'Ferrovia Logistics',
    );
    expect(draft.people.find((p) => p.sender)).toEqual({
      name: 'Marta Silva',
      title: 'Talent Acquisition Partner',
      role: 'recruiter',
      email: 'marta.silva@ferrovia.example',
      phone: '+351 912 000 111',
      sender: true,
      organiser: false,
      interviews: false,
    });
    expect(draft.title).toBe('Video interview with Ferrovia Logistics');
    expect(draft.conversations).toEqual([{ startsAt: '2026-03-05T10:00:00.000Z', durationMinutes: 45, topic: '', names: ['Kim Park'] }]);
  });

  it('takes part when the text says so', () => {
    const { draft } = parse(signed('I will call you on March 5 at 10:00 for a 20-minute phone screen.'));
    expect(draft.people.map((p) => [p.name, p.role, p.interviews])).toEqual([['Marta Silva', 'recruiter', true]]);
    expect(draft.conversations[0]?.names).toEqual(['Marta Silva']);
  });

  it('takes part when named with the interviewers ("… and myself")', () => {
    const { draft } = parse(
      signed('On 5 March at 9:30 you will be interviewed by Darnell Washington, Finance Director, and myself. It takes an hour.'),
    );
    expect(draft.people.map((p) => [p.name, p.role, p.interviews])).toEqual([
      ['Darnell Washington', 'interviewer', true],
      ['Marta Silva', 'recruiter', true],
    ]);
  });

  it('keeps someone listed as an interviewer in the conversation even with an HR title', () => {
    const { draft } = parse(
      'Date: 12/03/2026, 10:00 - 11:30\nInterviewers: Mr. Abhijit Deshmukh (Engineering Manager) and Ms. Farida Shaikh (HR Business Partner)',
    );
    expect(draft.people.map((p) => [p.name, p.role, p.interviews])).toEqual([
      ['Abhijit Deshmukh', 'interviewer', true],
      ['Farida Shaikh', 'recruiter', true],
    ]);
    expect(draft.conversations[0]?.names).toEqual(['Abhijit Deshmukh', 'Farida Shaikh']);
  });

  it('reads the employer from the signature when the caller gives none', () => {
    expect(parse(signed('Phone screen on March 5 at 10:00, I will ring you.')).draft.title).toBe('Phone interview with Ferrovia Logistics');
  });
});

describe('invitation: meeting details', () => {
  it.each([
    [
      'Join Zoom Meeting\nhttps://us02web.zoom.us/j/93418820571?pwd=abc\nMeeting ID: 934 1882 0571\nPasscode: 482913\nDial by your location\n+1 646 555 0100 US (New York)',
      { id: '934 1882 0571', passcode: '482913', dialIn: '+1 646 555 0100' },
    ],
    [
      'Microsoft Teams meeting\nMeeting ID: 281 554 730 912\nPasscode: hT7qZ2\nOr call in (audio only)\n+48 22 555 03 91,,618402337#   Poland, Warszawa\nPhone Conference ID: 618 402 337#',
      { id: '281 554 730 912', passcode: 'hT7qZ2', dialIn: '+48 22 555 03 91' },
    ],
    [
      'Video call link: https://meet.google.com/xqv-rmdp-kte\nOr dial: (US) +1 470-555-0193 PIN: 718 204 339#',
      { id: 'xqv-rmdp-kte', passcode: '718 204 339', dialIn: '+1 470-555-0193' },
    ],
    [
      'Webex link: https://acme.webex.com/meet/jo\nMeeting number: 2641 558 9027\nPassword: Rwe#2024',
      { id: '2641 558 9027', passcode: 'Rwe#2024' },
    ],
    ['Please use meeting ID 812 3456 7890 and passcode 1234 to join.', { id: '812 3456 7890', passcode: '1234' }],
    ['Zoom ID 812-3456-7890, pass 7744', { id: '812-3456-7890', passcode: '7744' }],
    ['Join: https://zoom.us/j/93418820571\nID: 934 1882 0571\nPwd: x8Yz', { id: '934 1882 0571', passcode: 'x8Yz' }],
    ['GoToMeeting: https://meet.goto.com/123456789\nAccess Code: 123-456-789', { id: '123-456-789' }],
  ])('%s', (text, meeting) => {
    expect(parse(`March 5 at 10:00\n${text}`).draft.meeting).toEqual(meeting);
  });

  it('does not take the signature phone for a dial-in', () => {
    expect(parse('Phone screen March 5 at 10:00.\n\nBest,\nKim Park\nRecruiter\nTel: +44 20 7946 0000').draft.meeting).toBeUndefined();
  });
});
