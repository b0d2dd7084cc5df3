import { describe, expect, it } from 'vitest';
import { tokenize } from './text.js';

const pieces = (text: string): string[] => {
  const doc = tokenize(text);
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
};

describe('a transcript without stops', () => {
  it('is cut into clauses where a linking word comes before its subject', () => {
    const said =
      "uh the plant is closing um it's been announced for like a year and they've given us a lot of notice so i've actually been planning this for a while";
    expect(pieces(said)).toEqual([
      // Five words are too few for a clause of their own.
      "uh the plant is closing um it's been announced for like a year",
      "and they've given us a lot of notice",
      "so i've actually been planning this for a while",
    ]);
    const doc = tokenize(said);
    // Every word belongs to the clause it lies in.
    expect(doc.tokens.map((t) => t.sentence)).toEqual(
      doc.tokens.map((t) => doc.sentences.findIndex((s) => t.start >= s.start && t.end <= s.end)),
    );
  });

  it('keeps written sentences, short runs and punctuated long sentences as they are', () => {
    expect(pieces('I led the migration. So we shipped it in May.')).toEqual(['I led the migration', 'So we shipped it in May']);
    expect(pieces('um so i want to grow and i think this role fits')).toHaveLength(1);
    const written =
      'I spent four years at a logistics firm, where I led two migrations and so I learned a great deal about running a platform team well.';
    expect(pieces(written)).toHaveLength(1);
  });
});
