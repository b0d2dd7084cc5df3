import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { PersonDetails } from './person.js';
import { PERSON_ROLES } from './person.js';
import { parseVCards } from './vcard-parse.js';
import { escapeText, foldLine, writeVCard } from './vcard-write.js';

const octets = (s: string): number => new TextEncoder().encode(s).length;

const sample: PersonDetails = {
  name: 'Marisol Okonkwo-Reyes',
  title: 'Recruiter; tech, data',
  role: 'recruiter',
  organisation: 'Fernhollow Analytics',
  email: 'marisol@fernhollow.example.com',
  phone: '+1 555 010 4477',
  links: ['https://fernhollow.example.com/careers'],
  background: 'Met at a meetup.\nHiring two analysts.',
  inCommon: 'Same university',
};

describe('writeVCard', () => {
  it('writes a 3.0 card with CRLF line ends, escaped text and our own X- properties', () => {
    expect(writeVCard(sample, { version: '3.0' })).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'PRODID:-//Offerbook//Offerbook//EN',
        'FN:Marisol Okonkwo-Reyes',
        'N:Okonkwo-Reyes;Marisol;;;',
        'ORG:Fernhollow Analytics',
        'TITLE:Recruiter\\; tech\\, data',
        'EMAIL;TYPE=INTERNET,WORK:marisol@fernhollow.example.com',
        'TEL;TYPE=WORK,VOICE:+1 555 010 4477',
        'URL:https://fernhollow.example.com/careers',
        'NOTE:Met at a meetup.\\nHiring two analysts.',
        'X-OFFERBOOK-ROLE:recruiter',
        'X-OFFERBOOK-IN-COMMON:Same university',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('writes version 4.0 by default, with a text-valued phone', () => {
    const out = writeVCard(sample);
    expect(out).toContain('VERSION:4.0\r\n');
    expect(out).toContain('TEL;VALUE=text;TYPE=work,voice:+1 555 010 4477\r\n');
  });

  it('leaves out the lines of empty optional fields', () => {
    const out = writeVCard({ name: 'Solo', role: 'other', links: [] });
    expect(out).not.toMatch(/ORG|TITLE|EMAIL|TEL|URL|NOTE|IN-COMMON/);
    expect(out).toContain('N:Solo;;;;');
  });

  it('writes several people as consecutive cards', () => {
    const out = writeVCard([sample, { ...sample, name: 'Second Person' }]);
    expect(out.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(parseVCards(out).cards.map((c) => c.person.name)).toEqual(['Marisol Okonkwo-Reyes', 'Second Person']);
  });

  it('writes CR LF and lone CR in notes as a newline', () => {
    const { cards } = parseVCards(writeVCard({ ...sample, background: 'a\r\nb\rc' }));
    expect(cards[0]?.person.background).toBe('a\nb\nc');
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash first so escapes are never doubled', () => {
    expect(escapeText('a\\,b;c\nd')).toBe('a\\\\\\,b\\;c\\nd');
  });

  it('folds at 75 octets with a space-led continuation', () => {
    const folded = foldLine(`NOTE:${'x'.repeat(200)}`);
    const parts = folded.split('\r\n');
    expect(parts.map(octets)).toEqual([75, 75, 57]); // 205 octets: 75 + (1 + 74) + (1 + 56)
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
  });

  it('never splits a multibyte character, even when it straddles the limit', () => {
    const folded = foldLine(`FN:${'é'.repeat(40)}${'😀'.repeat(30)}`);
    for (const part of folded.split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`FN:${'é'.repeat(40)}${'😀'.repeat(30)}`);
  });

  it('leaves a line of exactly 75 octets unfolded', () => {
    const line = `FN:${'a'.repeat(72)}`;
    expect(foldLine(line)).toBe(line);
  });
});

// Characters that stress escaping, folding and Unicode, mixed with any code point.
const char = fc.oneof(
  fc.constantFrom(',', ';', '\\', ':', '\n', ' ', '\t', '=', 'é', '—', '😀', '渡', 'n', 'N'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
// Trimmed like the reader trims; CR dropped because the writer stores every line break as LF.
const text = fc.array(char, { maxLength: 120 }).map((cs) => cs.join('').replace(/\r/g, '').trim());
const optionalText = text.map((s) => (s === '' ? undefined : s));

const person: fc.Arbitrary<PersonDetails> = fc.record({
  name: text.filter((s) => s !== ''),
  title: optionalText,
  role: fc.constantFrom(...PERSON_ROLES),
  organisation: optionalText,
  email: optionalText.filter((s) => !s || !/^mailto:/i.test(s)),
  phone: optionalText.filter((s) => !s || !/^tel:/i.test(s)),
  links: fc.uniqueArray(fc.webUrl({ withQueryParameters: true, withFragments: true }), { maxLength: 3 }),
  background: optionalText,
  inCommon: optionalText,
});

describe('vCard round trip', () => {
  for (const version of ['4.0', '3.0'] as const) {
    it(`gives back every stored field after write then parse (vCard ${version})`, () => {
      fc.assert(
        fc.property(person, (p) => {
          const out = writeVCard(p, { version });
          const { cards, errors } = parseVCards(out);
          expect(errors).toEqual([]);
          expect(cards).toHaveLength(1);
          expect(cards[0]?.person).toEqual(p);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('round-trips many people at once, with lines of at most 75 octets and only CRLF breaks', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 5 }), (people) => {
        const out = writeVCard(people);
        expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const physical of out.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(parseVCards(out).cards.map((c) => c.person)).toEqual(people);
      }),
      { numRuns: 100 },
    );
  });
});
