import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseVCards } from './vcard-parse.js';

// Hand-made files in the styles address books export; every person and company is invented.
const fixture = (name: string): string => readFileSync(new URL(`../../../test/data/vcards/${name}`, import.meta.url), 'utf8');

describe('parseVCards on an Apple Contacts 3.0 export', () => {
  const { cards, errors } = parseVCards(fixture('apple-contacts-3.0.vcf'));

  it('reads both cards without errors', () => {
    expect(errors).toEqual([]);
    expect(cards.map((c) => [c.person.name, c.line])).toEqual([
      ['Marisol Okonkwo-Reyes', 1],
      ['Dr. Tobias Erik Lindqvist', 24],
    ]);
  });

  it('prefers the email and phone marked pref, whatever group they sit in', () => {
    expect(cards[0]?.person.email).toBe('marisol@fernhollow.example.com');
    expect(cards[0]?.person.phone).toBe('+1 (555) 010-4477');
    expect(cards[1]?.person.email).toBe('tobias.lindqvist@fernhollow.example.com');
    expect(cards[1]?.person.phone).toBe('555-0142');
  });

  it('unescapes Apple\'s "http\\://" links, merges the duplicate social profile and drops non-web ones', () => {
    expect(cards[0]?.person.links).toEqual([
      'https://fernhollow.example.com/careers',
      'http://www.linkedin.example.com/in/marisol-okonkwo-reyes',
    ]);
    expect(cards[0]?.warnings.some((w) => w.line === 17 && w.message.includes('x-apple:'))).toBe(true);
  });

  it('keeps the company from ORG without the department, and escaped commas and newlines in NOTE', () => {
    expect(cards[0]?.person.organisation).toBe('Fernhollow Analytics');
    expect(cards[0]?.person.background).toBe('Met at the spring data meetup.\nSaid the team is hiring two analysts, maybe three.');
  });

  it('guesses "recruiter" from a recruiting title and skips the folded PHOTO', () => {
    expect(cards[0]?.person.role).toBe('recruiter');
    expect(cards[1]?.person.role).toBe('other');
    expect(JSON.stringify(cards[0]?.person)).not.toContain('9j/4AAQ');
  });

  it('warns which other addresses were on the card', () => {
    expect(cards[0]?.warnings.find((w) => w.message.startsWith('kept email'))?.message).toContain('marisol.or@mail.example.org');
  });
});

describe('parseVCards on a Google Contacts 3.0 export (LF line ends)', () => {
  const { cards, errors } = parseVCards(fixture('google-contacts-3.0.vcf'));

  it('reads UTF-8 names in Latin and Japanese scripts', () => {
    expect(errors).toEqual([]);
    expect(cards.map((c) => c.person.name)).toEqual(['Zoë Ångström-Nakamura', '渡辺 さくら']);
  });

  it('prefers the work email when none is marked pref (TYPE given twice)', () => {
    expect(cards[0]?.person.email).toBe('zoe@tidewater-robotics.example.com');
  });

  it('unescapes \\, in TITLE and \\; in NOTE', () => {
    expect(cards[0]?.person.title).toBe('Engineering Manager, Perception');
    expect(cards[0]?.person.background).toBe('Leads the perception group. Studied in Lund; we both rowed at university.');
  });

  it('takes a grouped item1.URL as a link and a talent title as a recruiter', () => {
    expect(cards[0]?.person.links).toEqual(['https://www.linkedin.example.com/in/zoe-an']);
    expect(cards[1]?.person.role).toBe('recruiter');
  });
});

describe('parseVCards on an Outlook-style 2.1 export', () => {
  const { cards, errors } = parseVCards(fixture('outlook-2.1.vcf'));

  it('decodes quoted-printable UTF-8 names', () => {
    expect(errors).toEqual([]);
    expect(cards[0]?.person.name).toBe('Renée Dufresne');
    expect(cards[0]?.version).toBe('2.1');
  });

  it('joins quoted-printable soft line breaks and turns =0D=0A into a newline', () => {
    expect(cards[0]?.person.background).toBe(
      'Second-round interviewer. Asked about on-call rota\nFollow up about the café meeting — she prefers email.',
    );
  });

  it('decodes quoted-printable in a Windows-1252 charset', () => {
    expect(cards[1]?.person.background).toBe('Prefers the café on the ground floor.');
  });

  it('reads bare 2.1 parameters: EMAIL;PREF wins, a WORK;VOICE phone beats CELL and FAX', () => {
    expect(cards[0]?.person.email).toBe('renee.dufresne@brightmoss.example.org');
    expect(cards[0]?.person.phone).toBe('(555) 010-9031');
  });

  it('makes a scheme-less web address an https link and guesses hiring-manager from the title', () => {
    expect(cards[0]?.person.links).toEqual(['https://www.brightmoss.example.org']);
    expect(cards[0]?.person.role).toBe('hiring-manager');
  });
});

describe('parseVCards on a vCard 4.0 file', () => {
  const [card] = parseVCards(fixture('rfc-4.0.vcf')).cards;

  it('honours PREF=1, strips tel: from a URI phone and reads a quoted TYPE list', () => {
    expect(card?.person.email).toBe('ingrid.ms@quillbridge.example.com');
    expect(card?.person.phone).toBe('+1-555-010-7788');
  });

  it('unfolds a tab continuation and keeps TITLE over ROLE', () => {
    expect(card?.person.background).toBe('Twelve years at the company, ran the warehouse automation project;\nnow owns the routing team.');
    expect(card?.person.title).toBe('VP Operations');
  });

  it("reads Offerbook's own role and in-common properties", () => {
    expect(card?.person.role).toBe('hiring-manager');
    expect(card?.person.inCommon).toBe('Both volunteer at the harbour clean-up.');
  });
});

describe('parseVCards on a file with bad cards', () => {
  const { cards, errors } = parseVCards(fixture('multi-with-bad-cards.vcf'));

  it('keeps every good card', () => {
    expect(cards.map((c) => [c.person.name, c.line])).toEqual([
      ['Alba Ferreira', 2],
      ['Hana Novak', 18],
      ['Tunde Oyelaran', 27],
    ]);
  });

  it('reports each problem at its line: stray text, no name, no END, garbage line, unmatched END', () => {
    expect(errors.map((e) => e.line)).toEqual([1, 9, 14, 21, 26]);
    expect(errors[1]?.message).toContain('no name');
    expect(errors[2]?.message).toContain('no END:VCARD');
    expect(errors[4]?.message).toContain('no matching BEGIN');
  });

  it('never keeps a javascript: link, and says so', () => {
    expect(cards[1]?.person.links).toEqual(['https://saltmarsh.example.com/people/hana']);
    expect(cards[1]?.warnings[0]).toMatchObject({ line: 23 });
  });

  it('builds a name from N when FN is missing', () => {
    expect(cards[2]?.person.name).toBe('Tunde Oyelaran');
  });
});
