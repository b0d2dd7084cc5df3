import { describe, expect, it } from 'vitest';
import { draft as parse, names, sender } from './test-helpers.js';
import { firstMessageEnd } from './text.js';

// Shapes met in the blind batch dev 600-639, written here afresh: chains of messages, calendar notes and list headings.
describe('invitation shapes: chains, calendar notes and headings', () => {
  it('signs a forward with its writer, not the client quoted under an Outlook header', () => {
    const text =
      'Hi Nina,\n\nSee below from the client. Tomas is the hiring manager I mentioned.\n\nThanks,\nKeith\n\n' +
      'Keith Moran | Senior Consultant | Brightpath Search\n+44 20 7946 0321 | keith@brightpath.example\n\n' +
      'From: Novak, Tomas <tomas.novak@kelda.example>\nSent: Monday, 3 March 2025 10:04\nTo: Keith Moran <keith@brightpath.example>\n' +
      'Subject: RE: Candidate\n\nHi Keith,\n\nCould she do Friday 7 March at 10:00 on Teams? It will be me and Rosa Lind (Staff Engineer).\n\n' +
      'Meeting ID: 382 611 905 237\nPasscode: Kel25\n\nRegards,\nTomas Novak\nManager Grid Planning\nKelda Energy\n';
    expect(sender(text)).toMatchObject({ name: 'Keith Moran', email: 'keith@brightpath.example', interviews: false });
    expect(names(text)).toEqual(expect.arrayContaining(['Tomas Novak', 'Rosa Lind']));
    expect(names(text)).not.toContain('Grid Planning');
    expect(parse(text).meeting).toMatchObject({ id: '382 611 905 237', passcode: 'Kel25' });
  });

  it('takes the From header for a forward signed with a given name alone', () => {
    const text =
      '---------- Forwarded message ---------\nFrom: Pieter de Wit <p.dewit@dijk.example>\nDate: Tue, 10 Jun 2025 at 09:02\n' +
      'To: Ana Lopes <ana@mail.example>\n\nHi Ana,\n\nForwarding the details below. I am one of the two people you will be talking to.\n\nPieter\n\n' +
      '---------- Forwarded message ---------\nFrom: Recruitment <jobs@dijk.example>\nTo: Pieter de Wit <p.dewit@dijk.example>\n\n' +
      'Hoi Pieter,\n\nFriday 13 June, 14:00.\n\nGesprek met:\n1. Pieter de Wit (Lead Engineer)\n2. Eva Smit (Engineering Manager)\n\nGroet,\nLotte Bakker\nRecruiter\n';
    expect(sender(text)).toMatchObject({ name: 'Pieter de Wit', email: 'p.dewit@dijk.example', interviews: true });
    expect(names(text)).toEqual(expect.arrayContaining(['Eva Smit', 'Lotte Bakker']));
  });

  it('finds where the first message of a chain ends, past the headers and markers above it', () => {
    const lines = [
      '---------- Forwarded message ---------',
      'From: A <a@x.example>',
      'To: B <b@x.example>',
      '',
      'Hi',
      '',
      'From: C <c@x.example>',
      'Sent: today',
    ];
    expect(firstMessageEnd(lines)).toBe(6);
    expect(firstMessageEnd(['Hi', 'no quote here'])).toBe(2);
  });

  it("takes a calendar entry's organiser for the sender when the note is signed with their given name", () => {
    const text =
      'Technical interview\nMonday, 16 February 2026 10:00 - 11:30am\n\nGuests\nNjeri Kamau\nOrganizer\nPaul Otieno\nAmina Yusuf\n\n' +
      'Hi Brian,\nThis session is with Paul Otieno (Senior Engineer) and Amina Yusuf (Engineering Lead).\n\nNjeri | Talent, Safiri Digital';
    expect(sender(text)).toMatchObject({ name: 'Njeri Kamau', title: 'Talent', interviews: false });
  });

  it('reads a heading only in the last sentence of its line, and a practice area after a title as more of it', () => {
    const text =
      'Hi Tom,\n\nGreat news - they would like to meet you! Details below:\n\nClient: Whitby Rowe LLP\nRole: Associate\n\n' +
      'Who you will meet:\n- Clara Voss, Partner, Real Estate\n- Amit Rao, Senior Associate\n\nCheers,\nGemma';
    expect(names(text)).toEqual(['Clara Voss', 'Amit Rao', 'Gemma']);
    expect(parse(text).people[0]!.title).toBe('Partner, Real Estate');
  });

  it('knows the candidate among the guests by a two-word given name greeted whole, and keeps a namesake family name', () => {
    const guests = 'Required Attendees: Marcus Lim; Siti Osman; Tan Wei Ling\nOrganizer: Nurul Rahman\n\n';
    expect(names(`${guests}Hi Wei Ling,\n\nYour interview is with Marcus and Siti.`)).not.toContain('Tan Wei Ling');
    expect(names('Required Attendees: Marcus Lee; Siti Osman\n\nHi Lee,\n\nYour interview is with Marcus and Siti.')).toContain(
      'Marcus Lee',
    );
  });

  it('greets with "Kia ora" and takes the greeted candidate written in full in a forwarded message for no one to meet', () => {
    const text =
      'Kia ora Nikau,\n\nForwarding the details below. Ana Reti will join the panel too.\n\nNgā mihi,\nOwen Hale\nHead of Data, Tūī Bank\n\n' +
      '---------- Forwarded message ---------\nFrom: Rua Moana <rua.moana@tui.example>\nSubject: Interview – Data Engineer – Nikau Pohe\n' +
      "To: Owen Hale <owen.hale@tui.example>\n\nKia ora,\n\nI've booked the interview with Nikau Pohe for Tuesday 15 April at 11:00 on Zoom.\n\n" +
      'Thanks,\nRua Moana\nPeople Coordinator\n';
    expect(names(text)).toEqual(expect.arrayContaining(['Owen Hale', 'Ana Reti']));
    expect(names(text)).not.toContain('Nikau Pohe');
    // In the sender's own message an interviewer who shares the candidate's given name is still met.
    expect(names('Hi Sam,\n\nYour interview on Friday at 10:00 is with Sam Okoro (Engineering Manager).\n\nBest,\nLee Kim')).toContain(
      'Sam Okoro',
    );
  });
});
