import { describe, expect, it } from 'vitest';
import { names, parse, titled } from './invitation-test-helpers.js';

// The people of an invitation: written for these tests, in the shapes recruiters use. More shapes in
// invitation-people-shapes.test.ts; the sender and the meeting details in invitation-sender.test.ts.

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
