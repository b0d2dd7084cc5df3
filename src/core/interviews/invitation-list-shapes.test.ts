import { describe, expect, it } from 'vitest';
import { parse, titled } from './invitation-test-helpers.js';

// More shapes of the people an invitation names, written for these tests (not taken from the corpus): people in prose
// and in lists, guest lines, schedule lines with brackets and team names, and lines set out with dashes.

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
