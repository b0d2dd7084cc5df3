import { describe, expect, it } from 'vitest';
import { parse, titled } from './invitation-test-helpers.js';

// More people of an invitation: written for these tests, in the shapes recruiters use (titles before a name, panels,
// guest lists, schedule slots with their interviewers below).

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
