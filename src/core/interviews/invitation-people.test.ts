import { describe, expect, it } from 'vitest';
import { parseInvitation } from './invitation.js';

// The people of an invitation: written for these tests, in the shapes recruiters use.
const NOW = '2026-02-24T10:00:00.000Z';
const parse = (text: string, employerName?: string) =>
  parseInvitation(text, { timeZone: 'Europe/Lisbon', now: NOW, ...(employerName && { employerName }) });
const names = (text: string, employerName?: string) =>
  parse(text, employerName)
    .draft.people.filter((p) => !p.sender)
    .map((p) => p.name);
const titled = (text: string) =>
  parse(text)
    .draft.people.filter((p) => !p.sender)
    .map((p) => [p.name, p.title ?? null]);

describe('invitation people: in prose', () => {
  it.each([
    ['On Thursday at 10:00 you will be talking to Ines Duarte, our Head of Design.', [['Ines Duarte', 'Head of Design']]],
    ['First, a quick call with the team lead, Kofi Mensah, on 5 March at 9am.', [['Kofi Mensah', 'team lead']]],
    ['Next week you will meet our founder, Ruth Abrams, at the studio.', [['Ruth Abrams', 'founder']]],
    [
      "You'll meet Pavel Novak (CFO) and Aiko Tanaka (Controller) on March 5 at 14:00.",
      [
        ['Pavel Novak', 'CFO'],
        ['Aiko Tanaka', 'Controller'],
      ],
    ],
    [
      'Your interviewers will be Chidi Okonkwo, Principal Engineer, and Zhang Wei.',
      [
        ['Chidi Okonkwo', 'Principal Engineer'],
        ['Zhang Wei', null],
      ],
    ],
    [
      'Mei Chen and Tomás Ruiz from our data team will join the call.',
      [
        ['Mei Chen', null],
        ['Tomás Ruiz', null],
      ],
    ],
    [
      'The conversation will be with Dr. Amara Nwosu and Mr. Jan van der Berg.',
      [
        ['Amara Nwosu', null],
        ['Jan van der Berg', null],
      ],
    ],
    [
      'You will speak with Farid Haddad, Head of IT, and Siobhán O’Neill, Service Desk Lead.',
      [
        ['Farid Haddad', 'Head of IT'],
        ["Siobhán O'Neill", 'Service Desk Lead'],
      ],
    ],
    [
      'You will be interviewed by María José García-López & Jean-Luc Picard-Martin.',
      [
        ['María José García-López', null],
        ['Jean-Luc Picard-Martin', null],
      ],
    ],
    [
      'The interview panel will be Nguyễn Văn An, Małgorzata Wiśniewska and Abdullah Al-Farsi.',
      [
        ['Nguyễn Văn An', null],
        ['Małgorzata Wiśniewska', null],
        ['Abdullah Al-Farsi', null],
      ],
    ],
  ])('%s', (text, people) => {
    expect(titled(text)).toEqual(people);
  });

  it('keeps the people of this interview in a sentence that also mentions an earlier call', () => {
    const text =
      'Following our call earlier today, I am pleased to confirm your interview with Sebastian Kruger on Monday at 10:00. As previously discussed, you will also meet Dolores Villarreal. After that, you will have a 1:1 with Emeka Chukwu.';
    expect(names(text)).toEqual(['Sebastian Kruger', 'Dolores Villarreal', 'Emeka Chukwu']);
  });

  it('does not take someone met before or in a later round for an interviewer', () => {
    expect(
      names(
        'Thanks for speaking with Dana Ruiz last week. Tomorrow at 10:00 you will meet Kim Park. If things go well, you would then meet our CEO, Ola Berg.',
      ),
    ).toEqual(['Kim Park']);
  });
});

describe('invitation people: labelled lines and lists', () => {
  it.each([
    [
      'Interview panel: Sara Lindqvist (Engineering Manager) & Omar Haddad (Staff Engineer)',
      [
        ['Sara Lindqvist', 'Engineering Manager'],
        ['Omar Haddad', 'Staff Engineer'],
      ],
    ],
    [
      'Attendees: Julia Costa (Recruiter), Ben Carter',
      [
        ['Julia Costa', 'Recruiter'],
        ['Ben Carter', null],
      ],
    ],
    [
      'Interviewer(s): Mei Chen, Tomás Ruiz',
      [
        ['Mei Chen', null],
        ['Tomás Ruiz', null],
      ],
    ],
    [
      'Who you’ll meet: Ngozi Eze – Product Lead; Lars Ødegaard – Designer',
      [
        ['Ngozi Eze', 'Product Lead'],
        ['Lars Ødegaard', 'Designer'],
      ],
    ],
    [
      'You will meet:\n• Chukwuemeka Obi – VP Engineering\n• Priya – Delivery Lead\n• Anh Tran\n\nSee you then!',
      [
        ['Chukwuemeka Obi', 'VP Engineering'],
        ['Priya', 'Delivery Lead'],
        ['Anh Tran', null],
      ],
    ],
    [
      'Your panel:\n1. Dr. Layla Haddad, Chief Medical Officer\n2. Piotr Zieliński, Head of Data\n3) Ana Luísa dos Santos (Scientist)',
      [
        ['Layla Haddad', 'Chief Medical Officer'],
        ['Piotr Zieliński', 'Head of Data'],
        ['Ana Luísa dos Santos', 'Scientist'],
      ],
    ],
    [
      'Participants:\n- Rohan Mehta (Staff Engineer)\n- Kerry-Ann Campbell (Engineering Manager)',
      [
        ['Rohan Mehta', 'Staff Engineer'],
        ['Kerry-Ann Campbell', 'Engineering Manager'],
      ],
    ],
  ])('%s', (text, people) => {
    expect(titled(text)).toEqual(people);
  });

  it('marks the organiser of a calendar guest list and leaves the candidate out', () => {
    const text =
      'Hi Alex,\nPair programming session\nThursday, March 5 · 10:00 – 11:00\n\nGuests\nJune Park\nOrganizer\nRohan Mehta\nAlex Rivera\nalex.rivera@example.com';
    const people = parse(text).draft.people;
    expect(people.map((p) => [p.name, p.organiser, p.role, p.interviews])).toEqual([
      ['June Park', true, 'recruiter', false],
      ['Rohan Mehta', false, 'interviewer', true],
    ]);
  });
});

describe('invitation people: more shapes', () => {
  it.each([
    [
      'The interview will be conducted by Ruairí Ó Briain and Aoife Ní Dhuibhir.',
      [
        ['Ruairí Ó Briain', null],
        ['Aoife Ní Dhuibhir', null],
      ],
    ],
    ['Kindly note that Mr. Tunde Bakare, our MD, will be joining on 10 March at 11am.', [['Tunde Bakare', 'MD']]],
    [
      'Your interview on March 10 at 3pm is with our CTO Sam Altman and the hiring manager Laura Bianchi.',
      [
        ['Sam Altman', 'CTO'],
        ['Laura Bianchi', 'hiring manager'],
      ],
    ],
    ['Hiring manager Tom Becker would like to meet you on Thursday at 11am.', [['Tom Becker', 'Hiring manager']]],
    ['Dana is our hiring manager and will be interviewing you on Monday at 10:00.', [['Dana', 'hiring manager']]],
    [
      'You will be interviewed by a panel consisting of Dana Whitley, Head of Ops, and Ross Geller, Analyst.',
      [
        ['Dana Whitley', 'Head of Ops'],
        ['Ross Geller', 'Analyst'],
      ],
    ],
    [
      "You'll chat with our Creative Director Ollie Fairbairn and Senior Copywriter Nkechi Eze on Thursday.",
      [
        ['Ollie Fairbairn', 'Creative Director'],
        ['Nkechi Eze', 'Senior Copywriter'],
      ],
    ],
    [
      'Sitting in on the interview will be Meera Pillai (QA Manager) and Carys ap Rhys (HR Business Partner).',
      [
        ['Meera Pillai', 'QA Manager'],
        ['Carys ap Rhys', 'HR Business Partner'],
      ],
    ],
    ['Sarah (our Head of Product) will interview you on Friday at 4pm.', [['Sarah', 'Head of Product']]],
    [
      'Joining the call will be Marie DUPONT and Jean-Pierre MARTIN.',
      [
        ['Marie DUPONT', null],
        ['Jean-Pierre MARTIN', null],
      ],
    ],
    [
      'March 3 at 10:00\nWho: Ms Priya Nair (Senior PM), Mr Rahul Verma (Tech Lead)',
      [
        ['Priya Nair', 'Senior PM'],
        ['Rahul Verma', 'Tech Lead'],
      ],
    ],
    [
      'The panel will include Anna Nowak (Partner) and Piotr Wiśniewski (Senior Manager).',
      [
        ['Anna Nowak', 'Partner'],
        ['Piotr Wiśniewski', 'Senior Manager'],
      ],
    ],
    [
      'Your panellists\n▪ VP Engineering – Chukwuemeka Obi\n▪ Hiring manager: Grace Wanjiru Kamau',
      [
        ['Chukwuemeka Obi', 'VP Engineering'],
        ['Grace Wanjiru Kamau', 'Hiring manager'],
      ],
    ],
    [
      'Tomorrow at 10:00.\n\nDana Ruiz – Engineering Manager\nLee Park | Staff Engineer |',
      [
        ['Dana Ruiz', 'Engineering Manager'],
        ['Lee Park', 'Staff Engineer'],
      ],
    ],
    [
      'Round 1 – technical interview: Sebastián Kruger (Head of Data)\nRound 2 - Dolores Villarreal, VP Sales',
      [
        ['Sebastián Kruger', 'Head of Data'],
        ['Dolores Villarreal', 'VP Sales'],
      ],
    ],
    [
      'Darnell Washington and Anh Thư Lê are looking forward to meeting you on Monday at 9am.',
      [
        ['Darnell Washington', null],
        ['Anh Thư Lê', null],
      ],
    ],
    ['Emeka Chukwu, our Engineering Lead, is the hiring manager.', [['Emeka Chukwu', 'Engineering Lead']]],
    [
      'Required attendees: gareth.llewellyn-price@acme.example; abhijit.deshmukh@acme.example; sam.candidate@gmail.com; interviews@acme.example',
      [
        ['Gareth Llewellyn-Price', null],
        ['Abhijit Deshmukh', null],
      ],
    ],
    [
      'The first 30 minutes will be with Sebastian Kruger, followed by 45 minutes with Dolores Villarreal.',
      [
        ['Sebastian Kruger', null],
        ['Dolores Villarreal', null],
      ],
    ],
    [
      'Who will you meet?\nSebastian Kruger\nHead of Data\n\nDolores Villarreal (VP Sales) – 11:00 to 11:45',
      [
        ['Sebastian Kruger', 'Head of Data'],
        ['Dolores Villarreal', 'VP Sales'],
      ],
    ],
    [
      'The panel: Darnell Washington Jr. / Hoàng Quốc Bảo | Farida Shaikh',
      [
        ['Darnell Washington', null],
        ['Hoàng Quốc Bảo', null],
        ['Farida Shaikh', null],
      ],
    ],
    ['Your interview is with Engineering Manager Sebastian Kruger on Monday at 10:00.', [['Sebastian Kruger', 'Engineering Manager']]],
    [
      'Gareth Llewellyn-Price, who leads our platform team, will walk you through the case study on Monday.',
      [['Gareth Llewellyn-Price', null]],
    ],
    [
      'Smt. Farida Shaikh from HR and Herr Dr. Jonas Weber will be the ones interviewing you.',
      [
        ['Farida Shaikh', null],
        ['Jonas Weber', null],
      ],
    ],
    [
      'Guests (3)\nEmeka Chukwu\nAnh Thư Lê\nsam@example.com',
      [
        ['Emeka Chukwu', null],
        ['Anh Thư Lê', null],
      ],
    ],
    ['Alternative hosts: Abhijit Deshmukh', [['Abhijit Deshmukh', null]]],
  ])('%s', (text, people) => {
    expect(titled(text.replace(/\\n/g, '\n'))).toEqual(people);
  });

  it('reads slots written as "Interview 1 — 10:00 to 10:45" with their interviewers below', () => {
    const text =
      'Tuesday, 18 March 2025 (all times CET)\n\nInterview 1 — 10:00 to 10:45\nTopic: System design\nInterviewer: Mateusz Kowalczyk, Staff Engineer\n\nInterview 2 — 11:00 to 11:45\nInterviewers: Aisha Bello (Engineering Manager), Tom O’Brien (Product Lead)';
    const { draft } = parse(text);
    expect(draft).toMatchObject({ startsAt: '2025-03-18T09:00:00.000Z', durationMinutes: 105 });
    expect(draft.conversations.map((c) => [c.startsAt, c.topic, c.names])).toEqual([
      ['2025-03-18T09:00:00.000Z', 'Interview 1', ['Mateusz Kowalczyk']],
      ['2025-03-18T10:00:00.000Z', 'Interview 2', ['Aisha Bello', "Tom O'Brien"]],
    ]);
  });

  it('reads "X and I will be on the call" and a title with no article before a name', () => {
    expect(titled('Kenji Watanabe (our VP of Engineering) and I will be on the call on Thursday at 10am.')).toEqual([
      ['Kenji Watanabe', 'VP of Engineering'],
    ]);
    expect(titled('Our CEO Mariana Costa and head of design, Lukas Becker, will meet you on Friday at 3pm.')).toEqual([
      ['Mariana Costa', 'CEO'],
      ['Lukas Becker', 'head of design'],
    ]);
  });

  it('puts the people listed under a schedule slot into that slot', () => {
    const text =
      'Tuesday, March 10, 2026\n\n10:00 AM - 10:45 AM Technical interview\nInterviewer: Michael Brown\n\n11:00 AM - 11:45 AM System design\nInterviewers: Sarah Johnson, David Kim';
    expect(parse(text).draft.conversations.map((c) => [c.topic, c.names])).toEqual([
      ['Technical interview', ['Michael Brown']],
      ['System design', ['Sarah Johnson', 'David Kim']],
    ]);
  });
});

describe('invitation people: what is not a person', () => {
  it.each([
    'We are delighted to invite you to interview with Morgan Stanley on Monday, March 2 at 10:00.',
    'Thank you for your interest in Johnson & Johnson. Meet us in May at the Santa Clara campus.',
    'The call with Microsoft Teams support is on Friday; join with Google Meet if Teams fails.',
    'Please come to Meeting Room Ada Lovelace, 3rd floor, 12 Holywell Hill, St. Albans, on Tuesday at 9am.',
    'You will meet the Atlas team and the Ben & Jerry’s marketing group over lunch.',
    'Attendees: Plant Security\nWith: Reception Desk, Building B',
    'Guests\nhiring@acme.example\nroom-oslo@acme.example',
    'Come ready to talk about your experience with Apache Kafka and Google Cloud. Everyone will join at 10am on March 10.',
    'Our office is in Abu Dhabi; meet us at Westminster Lodge, Hong Kong Road, next to Saint Mary Hospital, at 10:00 on May 4.',
    'Location: Hudson Yards, New York\nWhen: Tuesday 10:00\nYou will meet the team of Acme India at our Pune office.',
    'The first 30 minutes will be spent with Visual Studio Code open, then time with Power BI dashboards in Conference Room Grace Hopper.',
    'The day is hosted by Barclays Graduate Programme; after the session you will have time with Human Resources.',
    'Your call is on Tuesday with Acme Corp.\nCalendar: Jordan Lee\nSam Taylor - Invited',
    'Address: 1 Canada Square\nCanary Wharf – Head Office\nCase study: Northwind Traders\nTechnical exercise: Spring Boot',
  ])('%s', (text) => {
    expect(names(text, 'Morgan Stanley')).toEqual([]);
  });

  it('keeps a given name that is also a month when a family name follows', () => {
    expect(names('On June 3 you will meet April Jones and May Chen.')).toEqual(['April Jones', 'May Chen']);
  });
});

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
