import { describe, expect, it } from 'vitest';
import { parse, sender, titled } from './invitation-test-helpers.js';

// More shapes of the people an invitation names, written for these tests (not taken from the corpus): honorifics,
// titles that run on after a comma or stand in brackets, phrasings of who interviews, and what only looks like a person.

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

describe('invitation shapes: phrasings read by shape, not by example', () => {
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
