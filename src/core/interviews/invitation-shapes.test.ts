import { describe, expect, it } from 'vitest';
import { parseInvitation } from './invitation.js';

// More shapes of the people an invitation names, written for these tests (not taken from the corpus): honorifics,
// titles that run on after a comma, schedule lines with brackets and team names, and what a sender says.
const NOW = '2026-02-24T10:00:00.000Z';
const parse = (text: string, employerName?: string) =>
  parseInvitation(text, { timeZone: 'Europe/Lisbon', now: NOW, ...(employerName && { employerName }) });
const titled = (text: string) =>
  parse(text)
    .draft.people.filter((p) => !p.sender)
    .map((p) => [p.name, p.title ?? null]);

describe('invitation shapes: honorifics and titles in a list', () => {
  it("does not take the next person's honorific for more of a title", () => {
    expect(
      titled('On 3 March at 10:00 your interviewers will be Ms. Lan Pham, our Data Manager, Mr. Arjun Rao, Lead Analyst, and Ola Berg.'),
    ).toEqual([
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
    expect(titled('I will ring you on 3 March at 9:00. Our Warehouse Supervisor, Tomasz "Tom" Nowak, will be on the line too.')).toEqual([
      ['Tomasz Nowak', 'Warehouse Supervisor'],
    ]);
  });
});

describe('invitation shapes: prose and lists', () => {
  it.each([
    [
      'On 3 March at 10:00 the panel consists of: Liam Doyle – Head of Platform; Nadia El-Amin – Senior Product Manager; and Kwame Asante-Boateng, CTO.',
      [
        ['Liam Doyle', 'Head of Platform'],
        ['Nadia El-Amin', 'Senior Product Manager'],
        ['Kwame Asante-Boateng', 'CTO'],
      ],
    ],
    [
      'We would love you to meet the team on Wednesday, 4 March at 10:00: Zainab Yusuf (Product Manager) and Kemal Yılmaz (Designer).',
      [
        ['Zainab Yusuf', 'Product Manager'],
        ['Kemal Yılmaz', 'Designer'],
      ],
    ],
    [
      'On 3 March at 10:00. In the room will be Sean Murphy (Head of IT) and Aoife Ní Bhriain.',
      [
        ['Sean Murphy', 'Head of IT'],
        ['Aoife Ní Bhriain', null],
      ],
    ],
    [
      'The interview on 3 March at 10:00 will be led by Keisha Robinson, Director of Nursing, with Dr. Omar Farouk also attending.',
      [
        ['Keisha Robinson', 'Director of Nursing'],
        ['Omar Farouk', null],
      ],
    ],
    [
      'On 3 March at 10:00 your first interview is with Senior Recruiter Daniela Pérez, followed by a session with Marco Bianchi.',
      [
        ['Daniela Pérez', 'Senior Recruiter'],
        ['Marco Bianchi', null],
      ],
    ],
    [
      'You will sit down with our co-founders Maya Levi and Noam Cohen on 3 March at 10:00.',
      [
        ['Maya Levi', 'co-founder'],
        ['Noam Cohen', 'co-founder'],
      ],
    ],
    [
      'Your interview on 3 March at 10:00 is with Jan de Vries and Pieter van den Berg, both Senior Engineers.',
      [
        ['Jan de Vries', null],
        ['Pieter van den Berg', null],
      ],
    ],
    [
      'Attendees: ana.souza@acme.example (Organizer), hiring@acme.example, Pedro Alves, Carla Mendes',
      [
        ['Ana Souza', null],
        ['Pedro Alves', null],
        ['Carla Mendes', null],
      ],
    ],
  ])('%s', (text, people) => {
    expect(titled(text)).toEqual(people);
  });

  it.each([
    [
      'When: 3 March 2026 10:00-11:00\nRequired: Smith, John; Doe, Jane; Kowalski, Anna',
      [
        ['John Smith', null],
        ['Jane Doe', null],
        ['Anna Kowalski', null],
      ],
    ],
    [
      "Date: 3 March 2026 10:00\nInterviewers:\nJOHN SMITH - Director, Product\nALICE O'NEILL - Staff Engineer",
      [
        ['John Smith', 'Director, Product'],
        ["Alice O'Neill", 'Staff Engineer'],
      ],
    ],
    [
      'On 3 March at 10:00 you will speak with Will Turner and Grace Park from Marks & Spencer.',
      [
        ['Will Turner', null],
        ['Grace Park', null],
      ],
    ],
    [
      'On 3 March at 10:00 the interview will be with Dr Kwabena Mensah-Bonsu, Consultant Cardiologist, and Sister Mary Okeke, Ward Manager.',
      [
        ['Kwabena Mensah-Bonsu', 'Consultant Cardiologist'],
        ['Mary Okeke', 'Ward Manager'],
      ],
    ],
    [
      'On 3 March at 10:00 you will talk with a couple of our engineers, Ifeoma Nwachukwu and Tariq Aziz.',
      [
        ['Ifeoma Nwachukwu', 'engineer'],
        ['Tariq Aziz', 'engineer'],
      ],
    ],
    ['A 30-minute call on 3 March at 10:00 with Daniel Okafor, who leads our Payments team.', [['Daniel Okafor', null]]],
    [
      "You're booked in for 3 March at 10:00 with Hannah from our People team and Jack, one of our senior engineers.",
      [
        ['Hannah', null],
        ['Jack', 'senior engineer'],
      ],
    ],
    [
      'On 3 March at 10:00 you will meet Priya from HR. Acme from our London office and Stripe, our payments partner, will not be there.',
      [['Priya', null]],
    ],
  ])('%s', (text, people) => {
    expect(titled(text)).toEqual(people);
  });

  it('counts someone who "will call you" as an interviewer whatever their title, and not someone of a later round', () => {
    const { draft } = parse(
      'Your phone screen is on 3 March at 10:00. Our Head of Talent, Rebecca Stone, will call you. The second round would be with our CEO, Mark Rivers.',
    );
    expect(draft.people.map((p) => [p.name, p.role, p.interviews])).toEqual([['Rebecca Stone', 'recruiter', true]]);
  });

  it('marks the organiser named by an address in a guest line, and not as an interviewer', () => {
    const ana = parse('Attendees: ana.souza@acme.example (Organizer), Pedro Alves').draft.people.find((p) => p.name === 'Ana Souza');
    expect(ana).toMatchObject({ organiser: true, interviews: false, email: 'ana.souza@acme.example' });
  });

  it('does not read a title under one person as the title of the person above', () => {
    expect(titled('Interview panel:\n * Mateo García\n * Yuki Sato, Staff Engineer')).toEqual([
      ['Mateo García', null],
      ['Yuki Sato', 'Staff Engineer'],
    ]);
  });

  it('reads "with me and …" as the sender and one more interviewer', () => {
    const { draft } = parse(
      'Hi Sam,\n\nThe call on 3 March at 10:00 will be with me and Fernando Costa, the team lead.\n\nBest,\nLucy Hart\nRecruiter\nlucy@acme.example',
    );
    expect(draft.people.map((p) => [p.name, p.title ?? null, p.interviews])).toEqual([
      ['Fernando Costa', 'team lead', true],
      ['Lucy Hart', 'Recruiter', true],
    ]);
  });

  it('takes a company named like a person for the employer, by its trade word or its web address', () => {
    expect(titled('Your interview with Northwind Traders is on 3 March at 11:00. You will meet Emeka Obi.')).toEqual([['Emeka Obi', null]]);
    expect(
      titled('Your interview with Hollis Quarry is on 3 March at 11:00 with Emeka Obi. Directions: https://hollisquarry.example/visit'),
    ).toEqual([['Emeka Obi', null]]);
  });
});

describe('invitation shapes: more of what the text says about people', () => {
  it.each([
    [
      'On 3 March at 10:00 you will meet with the General Manager, Mr. Paulo Ramos, and the Front Office Manager, Ms. Joana Lima.',
      [
        ['Paulo Ramos', 'General Manager', 'interviewer'],
        ['Joana Lima', 'Front Office Manager', 'interviewer'],
      ],
    ],
    [
      'The panel on 3 March at 10:00 will comprise Dr. Ricardo Almeida (Head of Planning), Eng. Sofia Marques and Lic. Ana Paz.',
      [
        ['Ricardo Almeida', 'Head of Planning', 'interviewer'],
        ['Sofia Marques', null, 'interviewer'],
        ['Ana Paz', null, 'interviewer'],
      ],
    ],
    [
      'Your interview with Taras Shevchenko and Olena Kovalenko is on 3 March at 11:00. Taras is our Head of Data; Olena is a Senior Data Engineer.',
      [
        ['Taras Shevchenko', 'Head of Data', 'interviewer'],
        ['Olena Kovalenko', 'Senior Data Engineer', 'interviewer'],
      ],
    ],
    [
      'On 3 March at 10:00 you will be meeting Tom Hardy, Engineering Manager. Grace will meet you at reception.',
      [['Tom Hardy', 'Engineering Manager', 'interviewer']],
    ],
    [
      "You'll meet Stanisław Lewandowski on 3 March at 10:00, then a walk of the line with Stan (Maintenance Supervisor).",
      [['Stanisław Lewandowski', 'Maintenance Supervisor', 'interviewer']],
    ],
  ])('%s', (text, people) => {
    expect(
      parse(text)
        .draft.people.filter((p) => !p.sender)
        .map((p) => [p.name, p.title ?? null, p.role]),
    ).toEqual(people);
  });

  it('reads one person from a name and the work address it came with', () => {
    const text =
      "Date: Tuesday, 3 March 2026\nTime: 2:00 PM\nInterviewer(s): Kevin O'Malley (kevin.omalley@brightline.example), Dana Whitaker (dana.whitaker@brightline.example)";
    expect(parse(text).draft.people.map((p) => [p.name, p.email])).toEqual([
      ["Kevin O'Malley", 'kevin.omalley@brightline.example'],
      ['Dana Whitaker', 'dana.whitaker@brightline.example'],
    ]);
  });

  it('reads an academic panel: a professor by their role, a reader with a title, never "Reader" as a person', () => {
    const text =
      'The interview is on 3 March at 14:00.\n\nThe panel will be:\nProfessor Fiona MacLeod (Chair), Head of School\nDr Hamish Campbell, Reader in Economics';
    expect(titled(text)).toEqual([
      ['Fiona MacLeod', 'Chair'],
      ['Hamish Campbell', 'Reader'],
    ]);
  });

  it('hears the sender in "it\'d be me and Priyanka (our CTO)"', () => {
    const { draft } = parse(
      "Hi Sam, can you do a call on 3 March at 10am? It'd be me and Priyanka (our CTO).\n\nThanks,\nJordan\nJordan Blake | Co-founder & CEO | Loopwise",
    );
    expect(draft.people.map((p) => [p.name, p.title ?? null, p.sender, p.interviews])).toEqual([
      ['Priyanka', 'CTO', false, true],
      ['Jordan Blake', 'Co-founder & CEO', true, true],
    ]);
    expect(draft.title).toBe('Interview with Loopwise');
  });

  it('takes the sender for an interviewer when the panel names them', () => {
    const text =
      'Dear Sam,\n\nThe panel on 3 March at 10:00 will be Dr. Ricardo Almeida and Ms. Inês Carvalho from Human Resources.\n\nYours sincerely,\n\nInês Carvalho\nHuman Resources\nBanco Atlântico';
    expect(parse(text).draft.people.find((p) => p.sender)).toMatchObject({ name: 'Inês Carvalho', role: 'recruiter', interviews: true });
  });

  it.each([
    ['Best,\nSarah Jones (she/her)\nSenior Recruiter | Acme\nsarah.jones@acme.example', 'Senior Recruiter'],
    ['Warm regards,\n\nSARAH JONES\nTalent Acquisition Lead\nACME LTD\nsarah.jones@acme.example', 'Talent Acquisition Lead'],
    ['Sarah Jones | Senior Recruiter\nAcme Inc. | sarah.jones@acme.example | +1 415 555 0100', 'Senior Recruiter'],
  ])('reads the sender from a signature like %j', (signature, title) => {
    const { draft } = parse(
      `Hi Sam,\n\nYour video interview with Dana Ruiz is on 10 March at 10:00: https://zoom.us/j/81234567890\n\n${signature}`,
    );
    expect(draft.people.find((p) => p.sender)).toMatchObject({
      name: 'Sarah Jones',
      title,
      role: 'recruiter',
      email: 'sarah.jones@acme.example',
      interviews: false,
    });
  });

  it('takes the sender for the interviewer of "our chat" only when nobody else is named', () => {
    const signed = (body: string) => `Hi Sam,\n\n${body}\n\nBest,\nAmy Chen\nRecruiter\namy@acme.example`;
    const alone = parse(signed('Could we do a phone screen on 10 March at 10:00? Looking forward to our chat.')).draft;
    expect(alone.people.map((p) => [p.name, p.interviews])).toEqual([['Amy Chen', true]]);
    expect(alone.conversations[0]?.names ?? ['Amy Chen']).toEqual(['Amy Chen']);
    const other = parse(signed('Your interview with Dana Ruiz is on 10 March at 10:00. Looking forward to our call afterwards.')).draft;
    expect(other.people.map((p) => [p.name, p.interviews])).toEqual([
      ['Dana Ruiz', true],
      ['Amy Chen', false],
    ]);
  });

  it('reads a signature with no sign-off, and one written on one line with bars', () => {
    const bare = parse(
      "Hi Sam,\n\nI'm Oksana, the recruiter. Your interview is on 3 March at 11:00 with Taras Shevchenko.\n\nOksana Melnyk\nRecruiter | Kyiv Digital\noksana.melnyk@kyivdigital.example",
    );
    expect(bare.draft.people.find((p) => p.sender)).toMatchObject({
      name: 'Oksana Melnyk',
      title: 'Recruiter',
      email: 'oksana.melnyk@kyivdigital.example',
      interviews: false,
    });
    expect(bare.draft.title).toBe('Interview with Kyiv Digital');
    const barred = parse(
      'Hi Sam,\n\nYou will meet Jonas Becker on 3 March at 14:00.\n\nViele Grüße\nLena Fischer | Talent Acquisition | Brightwave GmbH\nlena.fischer@brightwave.example',
    );
    expect(barred.draft.people.find((p) => p.sender)).toMatchObject({
      name: 'Lena Fischer',
      title: 'Talent Acquisition',
      role: 'recruiter',
      email: 'lena.fischer@brightwave.example',
    });
    expect(barred.draft.title).toBe('Interview with Brightwave');
  });
});

describe('invitation shapes: what only looks like a person', () => {
  it.each([
    'Great news - the Hiring Committee at Rolls Royce would like to meet you on Monday 9 March at 10:00 in Derby.',
    "On 9 March at 10:00 you will be meeting with Henry Ford Health's recruiting team.",
    'Technical Interview\n\nTuesday 3 March 2026\n09:30 – 10:30  Technical Interview – Amazon Web Services architecture\n10:30 – 11:00  Meet the Team – Data Platform',
  ])('%s', (text) => {
    expect(titled(text)).toEqual([]);
    expect(parse(text).draft.title ?? '').not.toMatch(/Amazon/);
  });

  it('reads a title made of common words before the name ("Customer Success Manager Lauren Bell")', () => {
    expect(titled('Your interview on Monday 9 March at 10:00 will be with Customer Success Manager Lauren Bell.')).toEqual([
      ['Lauren Bell', 'Customer Success Manager'],
    ]);
  });
});

describe('invitation shapes: schedule lines', () => {
  const day = (line: string) => parse(`Tuesday 3 March 2026 (Lisbon time)\n\n${line}\n16:00 - 16:30 Wrap-up`).draft.conversations[0]!;

  it('reads the person after a bracketed topic and a dash', () => {
    expect(day('10:00 - 11:00 Technical round (databases) – Dr. Priya Nair, Staff Engineer')).toMatchObject({ names: ['Priya Nair'] });
  });

  it('starts a new person after a title closed by its bracket, but goes on with a title after a comma', () => {
    const panel = day('10:00 - 11:00 Panel interview – Dr Tom Fairley (Medical Director), Ruth Adeyemi (Practice Manager)');
    expect(panel.names).toEqual(['Tom Fairley', 'Ruth Adeyemi']);
    const { people } = parse(
      'Tuesday 3 March 2026\n\n09:00 - 09:45 Dr. Emmanuel Okafor – Principal Scientist, Fabric Care\n10:00 - 10:30 Wrap-up',
    ).draft;
    expect(people.map((p) => [p.name, p.title])).toEqual([['Emmanuel Okafor', 'Principal Scientist, Fabric Care']]);
  });

  it('reads "presentation to X", "w/ X", but not "intro to" a product', () => {
    expect(day('10:00 - 10:45 Case presentation to Pieter de Jong (Partner) and Femke van der Linden (Manager)').names).toEqual([
      'Pieter de Jong',
      'Femke van der Linden',
    ]);
    expect(day('10:00 - 10:45 Pairing session w/ Felipe Andrade').names).toEqual(['Felipe Andrade']);
    expect(day('10:00 - 10:45 Intro to Kafka').names).toEqual([]);
  });

  it('keeps reading a list of people after a comma, up to the team they are from', () => {
    expect(day('14:00 - 15:00 Panel with Ana Lima, Ben Odede and Chi Ng from the Risk & Compliance team').names).toEqual([
      'Ana Lima',
      'Ben Odede',
      'Chi Ng',
    ]);
  });
});

describe('invitation shapes: the sender and the meeting', () => {
  const signed = (body: string) =>
    `Hi Sam,\n\n${body}\n\nBest wishes,\nRuth Mensah\nRecruitment Coordinator\nKestrel Power Pvt. Ltd.\n+46 8 555 019 34\nruth.mensah@kestrel.example`;

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
    expect(parse('Phone interview on 3 March at 10:00.\nDial-in: +44 20 3695 5120\nConference code: 5521 8890#').draft.meeting).toEqual({
      passcode: '5521 8890',
      dialIn: '+44 20 3695 5120',
    });
  });

  it('does not take the role named after "interview –" for the employer', () => {
    const text =
      'Subject: Telephone interview – Graduate Data Analyst\n\nThank you for applying to the Graduate Programme at Harbour Lane Insurance. Your telephone interview is on 3 March at 10:00.';
    expect(parse(text).draft.title).toBe('Phone interview with Harbour Lane Insurance');
  });
});

describe('invitation shapes: phrasings read by shape, not by example', () => {
  const sender = (text: string) => parse(text).draft.people.find((p) => p.sender);
  it.each([
    ['Your interviewer on Friday will be Vikram Singh.', [['Vikram Singh', null]]],
    ['Speaking with you on 3 March at 14:00 will be Thandiwe Nkosi, Chief Nursing Officer.', [['Thandiwe Nkosi', 'Chief Nursing Officer']]],
    ['The person interviewing you on 3 March at 14:00 is Thandiwe Nkosi.', [['Thandiwe Nkosi', null]]],
    [
      'Two conversations on 3 March from 14:00: first Thandiwe Nkosi, then Peter Hollis.',
      [
        ['Thandiwe Nkosi', null],
        ['Peter Hollis', null],
      ],
    ],
    [
      'On 3 March at 14:00 our CFO Marta Kowalska and Head of IT Ibrahim Musa will interview you.',
      [
        ['Marta Kowalska', 'CFO'],
        ['Ibrahim Musa', 'Head of IT'],
      ],
    ],
    [
      'Sven will be your interviewer on 3 March at 11:00. Sven Olsen is a Product Manager in our Payments team.',
      [['Sven Olsen', 'Product Manager']],
    ],
  ])('%s', (text, people) => {
    expect(titled(text)).toEqual(people);
  });

  it('reads a table set out with tabs under its heading, the header row passed over', () => {
    const text = 'Interview panel (3 March, 13:00)\nName\tRole\nMei Chen\tData Lead\nLars Eriksen\tStaff Engineer\n\nThanks,\nTom Fell';
    expect(titled(text)).toEqual([
      ['Mei Chen', 'Data Lead'],
      ['Lars Eriksen', 'Staff Engineer'],
    ]);
  });

  it.each([
    ['Ella Ward | Senior Recruiter | Oakridge', 'Ella Ward', 'Senior Recruiter'],
    ['Priya Nair — Talent Acquisition', 'Priya Nair', 'Talent Acquisition'],
    ['— Nina Koval, Recruiting Coordinator, Harper & Lowe', 'Nina Koval', 'Recruiting Coordinator'],
  ])('reads a one-line signature with no sign-off: %s', (line, name, title) => {
    expect(sender(`Hi Sam,\n\nYou'll meet Lena Vogel on 3 March at 14:00.\n\n${line}`)).toMatchObject({ name, title, role: 'recruiter' });
  });

  it('does not take the last line for a signature when it names someone the text already named', () => {
    expect(sender("Hi Sam,\n\nYou'll meet Lena Vogel on 3 March at 14:00.\n\nLena Vogel — Engineering Manager")).toBeUndefined();
  });

  it.each([
    ['See you soon,\nHarper Lowe\ncareers@harperlowe.com'],
    ['Harper Lowe | Talent Acquisition | harperlowe.com'],
    ['Speak soon,\nTalent Team\nHarper Lowe'],
  ])('takes no company for the sender: %s', (signature) => {
    expect(sender(`Hi Sam,\n\nYou'll meet Lena Vogel on 3 March at 14:00.\n\n${signature}`)).toBeUndefined();
  });

  it('reads a sign-off it does not know over a full name and a second line', () => {
    expect(sender("Olá Sam,\n\nYou'll meet Lena Vogel on 3 March at 14:00.\n\nAbraço,\nAna Souza\nRecrutadora")).toMatchObject({
      name: 'Ana Souza',
    });
  });
});

describe('invitation shapes: who is meant by a pronoun, an aside or a mixed guest line', () => {
  it.each([
    ['Please ask for Rory McAllister at reception; he will be interviewing you on 3 March at 13:00.', [['Rory McAllister', null]]],
    ['On 3 March at 13:00 Rory McAllister, our Head of Engineering, has asked to meet you.', [['Rory McAllister', 'Head of Engineering']]],
    [
      'Rosa Lindgren will take the call on 3 March. She will be joined for the last 15 minutes by Deepak Raman, our Principal Data Scientist.',
      [
        ['Rosa Lindgren', null],
        ['Deepak Raman', 'Principal Data Scientist'],
      ],
    ],
    ['On 3 March at 13:00 you will meet TANAKA Hiroshi (CTO).', [['TANAKA Hiroshi', 'CTO']]],
  ])('%s', (text, people) => {
    expect(titled(text)).toEqual(people);
  });

  it('reads an Outlook guest line with family-name-first entries and a name written the usual way', () => {
    const text = 'When: Tuesday, 3 March 2026 09:30-10:30\nRequired Attendees: Liu, Grace; Meyer, Tobias; Omar Haddad';
    expect(titled(text)).toEqual([
      ['Grace Liu', null],
      ['Tobias Meyer', null],
      ['Omar Haddad', null],
    ]);
  });

  it('does not take "following your chat with me" for the sender taking part', () => {
    const text =
      'Hi Sam,\n\nFollowing your chat with me on Monday, you will meet Peter Hollis on 3 March at 13:00.\n\nBest,\nAmy Tran\nRecruiter';
    expect(parse(text).draft.people.find((p) => p.sender)).toMatchObject({ name: 'Amy Tran', interviews: false });
  });
});

describe('invitation shapes: lines, dashes and clauses', () => {
  it.each([
    [
      'Agenda for 3 March:\nSession 1 (10:00-10:45): Technical interview with Dana Ruiz and Lee Park\nSession 2 (11:00-11:30): Wrap-up with me',
      [
        ['Dana Ruiz', null],
        ['Lee Park', null],
      ],
    ],
    [
      "On 3 March at 10:00 you'll meet two members of the team - Dana Ruiz (EM) and Lee Park (Staff Engineer).",
      [
        ['Dana Ruiz', 'EM'],
        ['Lee Park', 'Staff Engineer'],
      ],
    ],
    [
      'Dana Ruiz, Engineering Manager, will be your main point of contact and will interview you on 3 March at 10:00.',
      [['Dana Ruiz', 'Engineering Manager']],
    ],
    [
      'Your interviewers (3 March, 10:00):\nRuiz, Dana - Engineering Manager\nPark, Lee - Staff Engineer',
      [
        ['Dana Ruiz', 'Engineering Manager'],
        ['Lee Park', 'Staff Engineer'],
      ],
    ],
  ])('%s', (text, people) => {
    expect(titled(text)).toEqual(people);
  });

  it('keeps the slot of a session named before its bracketed times', () => {
    const { draft } = parse(
      'Agenda for 3 March 2026:\nSession 1 (10:00-10:45): Technical interview with Dana Ruiz\nSession 2 (11:00-11:30): Wrap-up',
    );
    expect(draft.conversations.map((c) => [c.topic, c.names])).toEqual([
      ['Session 1: Technical interview', ['Dana Ruiz']],
      ['Session 2: Wrap-up', []],
    ]);
  });

  it('takes "Lloyds Banking" for a company', () => {
    expect(titled('Your interview is on 3 March at 14:00 with Lloyds Banking.')).toEqual([]);
  });
});

describe('invitation shapes: senders and calendar entries pasted under a message', () => {
  const sender = (text: string) => parse(text).draft.people.find((p) => p.sender);

  it.each([
    ['Hi Noor, see you on 3 March at 10:00. You will meet Dev and me.\n— Sasha, Harbourline Coffee', 'Sasha'],
    ['Hi Sam,\n\nKwame will ask you about testing on 3 March at 10:00.\n– Paola\n\nJoin Zoom Meeting\nMeeting ID: 915 6620 3381', 'Paola'],
    ['Hi Jonas,\n\nYou will have the call with Mateus Oliveira on 3 March at 15:00.\n\nGroeten / Best,\nFemke\nRecruitment', 'Femke'],
    [
      'From: Tom Whitaker <tom.whitaker@mossgrove.example>\n\nHi Ravi,\n\nIfeoma Nwachukwu will ring you on 3 March at 11:00.\n\nBest,\nTom',
      'Tom Whitaker',
    ],
    ['Sent via Greenhouse on behalf of Bashir, Yasmin\n\nDate: 3 March 2026\nInterviewer: Mats Lindgren', 'Yasmin Bashir'],
    [
      "Hi Lwazi!\n\nI'm Zanele Dlamini, co-founder & CEO. You'll chat with me on 3 March at 17:00.\n\nSee you then,\nZanele",
      'Zanele Dlamini',
    ],
  ])('finds the sender of %j', (text, name) => {
    expect(sender(text)?.name).toBe(name);
  });

  it('keeps a dashed item of a list for a person, not the sender', () => {
    expect(sender('Hi Sam,\n\nYour panel on 3 March at 10:00:\n- Dana Ruiz\n- Lee Park')).toBeUndefined();
  });

  it('takes the organiser for the sender of a calendar entry written in the first person, and only then', () => {
    const entry = (description: string) =>
      `Technical interview\n3 March 2026, 10:00-11:00\n\n${description}\n\nGuests:\nAmara Okonkwo (organizer) <amara@tallyhive.example>\nGustavo Lima <gustavo.lima@tallyhive.example>`;
    expect(sender(entry("Gustavo will walk you through the exercise. I'm just the organizer and won't be joining."))).toMatchObject({
      name: 'Amara Okonkwo',
      interviews: false,
    });
    expect(sender(entry('Gustavo will walk you through the exercise.'))).toBeUndefined();
  });

  it('reads the people and meeting of an appointment quoted under the signature', () => {
    const text =
      "Hi Grace,\n\nPlease see the invitation below.\n\nThanks,\nBree Whitfield\nTalent Coordinator\n\n-----Original Appointment-----\nWhen: Tuesday, 3 March 2026 10:30 AM-11:15 AM\nWho: Dr. Ngaio Parata; Liam O'Rourke; Bree Whitfield (Organiser)\nMeeting ID: 451 772 093 284\nPasscode: 9sKp2r";
    const { draft } = parse(text);
    expect(draft.people.filter((p) => !p.sender).map((p) => p.name)).toEqual(['Ngaio Parata', "Liam O'Rourke"]);
    expect(draft.meeting).toMatchObject({ id: '451 772 093 284', passcode: '9sKp2r' });
  });
});

describe('invitation shapes: titles joined and lists run on', () => {
  it.each([
    ['On 3 March at 15:00 you will meet our co-founder and CEO, Tamar Ben-David.', [['Tamar Ben-David', 'co-founder and CEO']]],
    [
      'The conversation on 3 March will be led by Beatriz Monteiro, Managing Director, with support from Callum Fraser, Associate.',
      [
        ['Beatriz Monteiro', 'Managing Director'],
        ['Callum Fraser', 'Associate'],
      ],
    ],
    [
      'On 3 March you will be interviewed by Mr. Venkatesh Raghavan, Delivery Manager as well as Ms. Shruti Kulkarni, Technical Architect.',
      [
        ['Venkatesh Raghavan', 'Delivery Manager'],
        ['Shruti Kulkarni', 'Technical Architect'],
      ],
    ],
    [
      'You will meet on 3 March:\n- Keisha Marlowe-Grant, Senior Manager, Internal Audit',
      [['Keisha Marlowe-Grant', 'Senior Manager, Internal Audit']],
    ],
    [
      'From our side will participate:\nZielińska, Agnieszka (Head of IT)\nKowalczyk, Piotr (Team Leader Backend)',
      [
        ['Agnieszka Zielińska', 'Head of IT'],
        ['Piotr Kowalczyk', 'Team Leader Backend'],
      ],
    ],
    [
      'Interview schedule, 3 March 2026\n11:00 AM - 11:45 AM    Okonjo, Chidera    Sr. Engineering Manager    Hiring Manager Interview',
      [['Chidera Okonjo', 'Sr. Engineering Manager']],
    ],
  ])('%s', (text, people) => {
    expect(titled(text)).toEqual(people);
  });
});

describe('invitation shapes: whether the sender takes part, and their address', () => {
  const sender = (text: string) => parse(text).draft.people.find((p) => p.sender);

  it.each([
    ['If you have a problem joining, call me on +44 20 7946 0000.', false],
    ["I'm on the invite in case of tech problems but won't stay on the call. I'll join you for the first minute.", false],
    ['Ifeoma Nwachukwu, who leads our data team, will give you a ring on 3 March at 11:00.', false],
    ["I'll give you a ring on 3 March at 11:00.", true],
  ])('%s → the sender takes part: %s', (sentence, joins) => {
    expect(sender(`Hi Sam,\n\n${sentence}\n\nBest,\nTom Fell\nRecruiter`)?.interviews).toBe(joins);
  });

  it('does not count a check-in with the sender as an interview, and counts an interview slot', () => {
    const agenda = (topic: string) =>
      `Schedule for 3 March 2026\n9:30 - 10:00  ${topic} with Jordan Reyes\n10:00 - 10:45  Hanne Berg, Principal Scientist\n\nSee you soon,\nJordan Reyes\nRecruiting Coordinator`;
    expect(sender(agenda('Check-in'))?.interviews).toBe(false);
    expect(sender(agenda('Wrap-up'))?.interviews).toBe(true);
  });

  it('takes the sender for a participant when a letter lists them among the participants', () => {
    const text =
      'Dear Ms. Adeyemi,\n\nDate: Monday, 16 March 2026, 10:00\nParticipants: Dr. Klaus Weber (Head of R&D), Frau Anja Krüger (HR Business Partner)\n\nKind regards\n\nAnja Krüger\nHR Business Partner';
    expect(sender(text)).toMatchObject({ name: 'Anja Krüger', interviews: true });
  });

  it('finds the sender’s address on the name line or elsewhere in the text', () => {
    const text =
      "Hi Sam,\n\nYou'll meet Lena Vogel on 3 March at 14:00.\n\nBest,\nHolly\nHolly Brennan-Ward, Talent Acquisition Specialist – hbrennanward@helixbio.example";
    expect(sender(text)).toMatchObject({ name: 'Holly Brennan-Ward', email: 'hbrennanward@helixbio.example' });
  });
});

describe('invitation shapes: a calendar entry under a rule after the signature', () => {
  it("reads its meeting details, and the sender who can't join stays out", () => {
    const text =
      "Hi Priyanka,\n\nI unfortunately can't join the next conversation, but Samuel Adjei (Operations Manager) will run the session.\n\nBest wishes,\nMarguerite Okafor-Bell\nVP Operations\n\n----\nInterview: Network Planning Lead\nFriday 3 March 2026 10:00-11:00\nRequired: Samuel Adjei\nMeeting ID: 349 810 226 771\nPasscode: qL4wZe";
    const { draft } = parse(text);
    expect(draft.meeting).toMatchObject({ id: '349 810 226 771', passcode: 'qL4wZe' });
    expect(draft.people.find((p) => p.sender)).toMatchObject({ name: 'Marguerite Okafor-Bell', interviews: false });
  });
});

describe('invitation shapes: a title with the name in brackets', () => {
  it('reads "our Engineering Manager (Dana Ruiz)", not "Backend Engineer (Kestrel Pay)" nor "our delivery partner (Harper Lowe)"', () => {
    expect(
      titled('On 3 March at 10:00 you will be interviewed by our Engineering Manager (Dana Ruiz) and a Staff Engineer (Lee Park).'),
    ).toEqual([
      ['Dana Ruiz', 'Engineering Manager'],
      ['Lee Park', 'Staff Engineer'],
    ]);
    expect(titled('Technical Interview – Backend Engineer (Kestrel Pay)\nOn 3 March at 10:00 you will meet Ola Berg.')).toEqual([
      ['Ola Berg', null],
    ]);
    expect(titled('On 3 March at 10:00 you will be interviewed by our delivery partner (Harper Lowe).')).toEqual([]);
  });
});
