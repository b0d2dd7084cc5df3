import { describe, expect, it } from 'vitest';
import type { CardFieldName, CardText } from './card-text.js';
import { cardPieces } from './card-lines.js';
import { CARD_FIELDS, parseCardText } from './card-text.js';
import { LAYOUT_CASES } from './card-text-cases.js';
import { MISREAD_CASES } from './card-text-misread-cases.js';

// Card texts as OCR hands them over: shouted logos, stray marks from the card's edge, slips in digits and dots
// (the cards laid out in the usual ways in card-text-cases.ts, the misread ones in card-text-misread-cases.ts).
const CASES = [...LAYOUT_CASES, ...MISREAD_CASES];

function values(card: CardText): Record<CardFieldName, string | null> {
  return Object.fromEntries(CARD_FIELDS.map((f) => [f, card[f]?.value ?? null])) as Record<CardFieldName, string | null>;
}

describe('parseCardText', () => {
  it('has at least 15 realistic cards', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES)('reads $what', ({ text, employerName, expect: wanted }) => {
    const card = parseCardText(text, employerName ? { employerName } : {});
    const got = values(card);
    for (const [fieldName, value] of Object.entries(wanted))
      expect({ [fieldName]: got[fieldName as CardFieldName] }).toEqual({ [fieldName]: value });
    for (const f of CARD_FIELDS) {
      const c = card[f]?.confidence;
      if (c !== undefined) {
        expect(c).toBeGreaterThan(0);
        expect(c).toBeLessThanOrEqual(1);
      }
    }
  });

  it('is less sure of mended readings than of clean ones', () => {
    const clean = parseCardText('Jane Doe\njane.doe@acme.com\nTel: +1 415 555 0132');
    const mended = parseCardText('Jane Doe\njane.doe @ acme . corn\nTel: +1 4l5 555 O132');
    expect(mended.email?.value).toBe(clean.email?.value);
    expect(mended.phone?.value).toBe(clean.phone?.value);
    expect(mended.email!.confidence).toBeLessThan(clean.email!.confidence);
    expect(mended.phone!.confidence).toBeLessThan(clean.phone!.confidence);
  });

  it('is surer of a name the email address confirms', () => {
    const confirmed = parseCardText('Jane Doe\nRecruiter\njane.doe@acme.com');
    const alone = parseCardText('Jane Doe\nRecruiter\nhello@acme.com');
    expect(alone.name?.value).toBe('Jane Doe');
    expect(confirmed.name!.confidence).toBeGreaterThan(alone.name!.confidence);
  });

  it('takes the company from the domain with low confidence, and the name from the email as a last resort', () => {
    const card = parseCardText('marta.nowak@polar-robotics.com');
    expect(card.name).toEqual({ value: 'Marta Nowak', confidence: 0.35 });
    expect(card.company).toEqual({ value: 'Polar Robotics', confidence: 0.4 });
  });

  it('keeps a fax only when it is the only number, and then with low confidence', () => {
    const card = parseCardText('Ivy Young\nFax: +1 212 555 0100');
    expect(card.phone?.value).toBe('+1 212 555 0100');
    expect(card.phone!.confidence).toBeLessThanOrEqual(0.4);
  });

  it('gives every field null for empty or unreadable text, and never throws on junk', () => {
    const empty = parseCardText('');
    expect(Object.values(empty).every((v) => v === null)).toBe(true);
    const junk = parseCardText('~~ ||| ,.; \n\n _-_ »« \n ©®');
    expect(Object.values(junk).every((v) => v === null)).toBe(true);
    const noisy = '\u0000\uFFFD@@@ ...@... 12/05/2024 +++ (((( ))))\n'.repeat(50);
    expect(() => parseCardText(noisy)).not.toThrow();
  });

  it('does not mistake dates, years or short numbers for phones', () => {
    const card = parseCardText('Since 2019\nValid until 12/05/2024\nRoom 1204');
    expect(card.phone).toBeNull();
  });

  it('produces values the people API accepts (email and phone shapes)', () => {
    const phoneShape = /^[+()\d\s./-]*(?:(?:ext|x)\.?\s*\d+)?$/i;
    for (const c of CASES) {
      const card = parseCardText(c.text, c.employerName ? { employerName: c.employerName } : {});
      if (card.phone) expect(card.phone.value).toMatch(phoneShape);
      if (card.email) expect(card.email.value).toMatch(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/);
      if (card.website) expect(() => new URL(card.website!.value)).not.toThrow();
    }
  });
});

describe('cardPieces', () => {
  it('splits lines at bars, bullets, wide gaps and inline labels, and drops marks', () => {
    // "A" alone is too short to mean anything; "~~" is a mark.
    expect(cardPieces('| Jane Doe |\njane@x.io • +1 555 0100\nA     B2\n~~\nT: 1 F: 2')).toEqual([
      'Jane Doe',
      'jane@x.io',
      '+1 555 0100',
      'B2',
      'T: 1',
      'F: 2',
    ]);
  });
});
