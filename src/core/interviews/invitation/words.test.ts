import { describe, expect, it } from 'vitest';
import { parseInvitation } from '../invitation.js';
import { leadingName, looksLikeName } from './names.js';

const people = (text: string) =>
  parseInvitation(text, { timeZone: 'Europe/London', now: '2024-01-10T09:00:00Z' }).draft.people.map((p) => [p.name, p.sender]);

// Family names that are ordinary words, particles that end a name, honorifics and "and" in other languages.
describe('invitation names: ordinary words, particles and other languages', () => {
  it('reads a family name that is also a place word after a given name, not after a place', () => {
    const text =
      'Hi Theo,\n\nYour host for the day will be Rebecca Hall, our Studio Manager. The studio is next to the Town Hall on Park Lane.\n\nCheers,\nTom Street | Recruitment Coordinator | Kestrel Freight Ltd | tom.street@kestrel.example';
    expect(people(text)).toEqual([
      ['Rebecca Hall', false],
      ['Tom Street', true],
    ]);
  });

  it('takes a place word as a family name only after a given name and at the end of the name', () => {
    expect(['Rebecca Hall', 'Hannah Lane', 'Jennifer Summer', 'Natalie Street'].map((n) => looksLikeName(n))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['Town Hall', 'Park Lane', 'Baker Street', 'Harbour Lane', 'Hall Jones'].map((n) => looksLikeName(n))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(leadingName('Orchard Lane Foods')?.name).not.toBe('Orchard Lane');
    expect(leadingName('Rebecca Hall, our Studio Manager')?.name).toBe('Rebecca Hall');
  });

  it('keeps a capitalised particle that is the family name ("Priyanka Das") and drops a dangling one', () => {
    expect(people('On 3 March at 10:00 you will meet Priyanka Das, one of our Senior Product Designers.')).toEqual([
      ['Priyanka Das', false],
    ]);
  });

  it('reads a title in brackets and an honorific in brackets in a signature', () => {
    const sign = (line: string) =>
      people(`Hello,\n\nThe interview is on 3 March at 10:00.\n\nBest regards,\n${line}\nHR Officer\nlan@acme.example`);
    expect(sign('CHEN Yiting (Recruiter)')).toEqual([['CHEN Yiting', true]]);
    expect(sign('Phạm Ngọc Lan (Ms.)')).toEqual([['Phạm Ngọc Lan', true]]);
  });

  it('reads "Title: Name" lines of a numbered list, "speak with" a given name, and "give you a ring"', () => {
    expect(people('Monday 14 July at 1pm:\n\n1. Senior Brand Manager: Marcus Young\n2. Director of Marketing: Colette Bush\n')).toEqual([
      ['Marcus Young', false],
      ['Colette Bush', false],
    ]);
    expect(people('On 3 March at 2pm you will speak with Maya first. Maya Goldberg is our Customer Experience Manager.')).toEqual([
      ['Maya Goldberg', false],
    ]);
    expect(people('Jess from our People team will give you a ring this Saturday at 10am.')).toEqual([['Jess', false]]);
  });

  it('reads Spanish and German invitations with their honorifics', () => {
    expect(
      people(
        'El martes 8 de abril a las 10:00. Te entrevistarán la Sra. María José Fernández Ruiz, Directora de Operaciones, y el Sr. Javier de la Cruz Moreno, Jefe de Almacén.',
      ),
    ).toEqual([
      ['María José Fernández Ruiz', false],
      ['Javier de la Cruz Moreno', false],
    ]);
    expect(
      people(
        'Datum: 03.06.2025, 13:30\n\nIhre Gesprächspartner:\nHerr Jonas Becker, Teamleiter Embedded Systems\nDott.ssa Giulia Rossi, Teamleiterin QA\n',
      ),
    ).toEqual([
      ['Jonas Becker', false],
      ['Giulia Rossi', false],
    ]);
  });

  it('reads a short family name in capitals before a hyphenated given name, a host for the day, an organiser in French', () => {
    expect(people('On 3 March at 10:00.\nInterviewer: KIM Min-jun (Team Lead)\nHost for the day: Rebecca Hall (Studio Manager)\n')).toEqual(
      [
        ['KIM Min-jun', false],
        ['Rebecca Hall', false],
      ],
    );
    const draft = parseInvitation('Invités :\nJulien Moreau (organisateur)\nClaire Dubois\n\nQuand : 3 mars 2025 10:00', {
      timeZone: 'Europe/Paris',
      now: '2024-01-10T09:00:00Z',
    }).draft;
    expect(draft.people.map((p) => [p.name, p.organiser])).toEqual([
      ['Julien Moreau', true],
      ['Claire Dubois', false],
    ]);
  });
});
