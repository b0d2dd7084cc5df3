import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseVCards, toWebLink } from './vcard-parse.js';

const card = (...lines: string[]): string => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

describe('parseVCards', () => {
  it('builds the name from N (prefix given additional family suffix) when FN is missing', () => {
    const { cards } = parseVCards(card('N:García;Ana;María;Dr.;PhD'));
    expect(cards[0]?.person.name).toBe('Dr. Ana María García PhD');
  });

  it('prefers FN over N', () => {
    expect(parseVCards(card('N:Doe;Jane;;;', 'FN:Jane Q. Doe')).cards[0]?.person.name).toBe('Jane Q. Doe');
  });

  it('rejects a card whose FN and N are empty, naming its line', () => {
    const { cards, errors } = parseVCards('\n' + card('FN:  ', 'N:;;;;'));
    expect(cards).toEqual([]);
    expect(errors).toEqual([{ line: 2, message: expect.stringContaining('no name') }]);
  });

  it('uses ROLE as the title when TITLE is missing', () => {
    expect(parseVCards(card('FN:A', 'ROLE:Panel interviewer')).cards[0]?.person.title).toBe('Panel interviewer');
  });

  it('joins several NOTE lines into one background with a blank line between', () => {
    const { cards } = parseVCards(card('FN:A', 'NOTE:first', 'NOTE:second'));
    expect(cards[0]?.person.background).toBe('first\n\nsecond');
  });

  it('warns about an unknown X-OFFERBOOK-ROLE and falls back to the guess', () => {
    const { cards } = parseVCards(card('FN:A', 'TITLE:Recruiter', 'X-OFFERBOOK-ROLE:boss'));
    expect(cards[0]?.person.role).toBe('recruiter');
    expect(cards[0]?.warnings.some((w) => w.message.includes('boss'))).toBe(true);
  });

  it('lets X-OFFERBOOK-ROLE override the role guessed from the title', () => {
    expect(parseVCards(card('FN:A', 'TITLE:Recruiter', 'X-OFFERBOOK-ROLE:interviewer')).cards[0]?.person.role).toBe('interviewer');
  });

  it('strips mailto: from emails and ranks fax numbers last', () => {
    const { cards } = parseVCards(card('FN:A', 'EMAIL:mailto:a@x.example', 'TEL;TYPE=FAX:1', 'TEL;TYPE=HOME:2'));
    expect(cards[0]?.person.email).toBe('a@x.example');
    expect(cards[0]?.person.phone).toBe('2');
  });

  it('warns when VERSION is missing and still reads the card', () => {
    const { cards } = parseVCards('BEGIN:VCARD\nFN:A\nEND:VCARD');
    expect(cards[0]?.person.name).toBe('A');
    expect(cards[0]?.warnings[0]?.message).toContain('no VERSION');
  });

  it('reads begin and end markers in any case', () => {
    expect(parseVCards('begin:vcard\nversion:4.0\nfn:A\nend:vcard').cards).toHaveLength(1);
  });

  it('reports a stray run of lines outside cards once, at its first line', () => {
    const { errors } = parseVCards('FN:x\nTEL:1\nfoo bar\n' + card('FN:A'));
    expect(errors).toEqual([{ line: 1, message: expect.stringContaining('outside any card') }]);
  });

  it('returns nothing and no errors for an empty file', () => {
    expect(parseVCards('')).toEqual({ cards: [], errors: [] });
  });

  it('reads a card with CHARSET=UTF-8 on plain values', () => {
    expect(parseVCards(card('FN;CHARSET=UTF-8:Łukasz Żółć')).cards[0]?.person.name).toBe('Łukasz Żółć');
  });
});

describe('parseVCards on arbitrary input', () => {
  const vcardish = fc.array(
    fc.oneof(
      fc.constantFrom(
        'BEGIN:VCARD',
        'END:VCARD',
        'VERSION:3.0',
        'FN:A',
        'N:B;C',
        ' folded',
        '\tfolded',
        'NOTE;QUOTED-PRINTABLE:a=',
        'EMAIL;TYPE="x:a@b',
        '',
      ),
      fc.string({ unit: 'binary', maxLength: 30 }),
    ),
    { maxLength: 30 },
  );

  it('never throws, and every card and error points at a line of the file', () => {
    fc.assert(
      fc.property(vcardish, fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const text = lines.join(eol);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        const { cards, errors } = parseVCards(text);
        for (const c of cards) {
          expect(c.person.name.trim()).not.toBe('');
          expect(c.line).toBeGreaterThanOrEqual(1);
          expect(c.line).toBeLessThanOrEqual(lineCount);
          for (const link of c.person.links) expect(link).toMatch(/^https?:\/\//i);
        }
        for (const e of errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lineCount);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('toWebLink', () => {
  it('keeps http and https links as written', () => {
    expect(toWebLink('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(toWebLink(' HTTP://a.example ')).toBe('HTTP://a.example');
  });

  it('adds https to a bare web address', () => {
    expect(toWebLink('linkedin.example.com/in/someone')).toBe('https://linkedin.example.com/in/someone');
  });

  it('refuses other schemes and things that are not addresses', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:x',
      'data:text/html,x',
      'x-apple:me',
      'ftp://a.example',
      'hello world',
      'https://',
    ]) {
      expect(toWebLink(bad)).toBeNull();
    }
  });
});
