import { describe, expect, it } from 'vitest';
import { buildNoteIndex, lintDraft, type DraftFindingCode } from './lint.js';

const clean = 'Hello Sanne,\n\nThank you for talking with me about the Data Engineer role at Ortec.\n\nBest,\nAoife Brennan';

function codes(text: string, extra: Partial<Parameters<typeof lintDraft>[0]> = {}): DraftFindingCode[] {
  return lintDraft({ text, recipientName: 'Sanne de Vries', ...extra }).map((f) => f.code);
}

function spanOf(text: string, code: DraftFindingCode, extra: Partial<Parameters<typeof lintDraft>[0]> = {}): string {
  const f = lintDraft({ text, recipientName: 'Sanne de Vries', ...extra }).find((x) => x.code === code);
  return f ? text.slice(f.start, f.end) : '';
}

describe('lintDraft', () => {
  it('finds nothing in a clean note', () => {
    expect(codes(clean)).toEqual([]);
  });

  it('flags the recipient in the third person, by pronoun or by name, but not a name said to them', () => {
    const text = clean.replace(
      'Ortec.',
      'Ortec. She worries I have only mentored. Sanne mentioned the squads. Thanks again, Sanne, for the tour.',
    );
    expect(codes(text)).toEqual(['third-person', 'third-person']);
    expect(spanOf(text, 'third-person')).toBe('She');
    expect(lintDraft({ text, recipientName: 'Sanne de Vries' })[0]!.fix).toMatch(/you/);
  });

  it('does not take the recipient’s first name inside the employer’s name for them', () => {
    const text = 'Hello Morgan,\n\nThank you for our talk about the analyst role at Morgan Stanley.\n\nBest,\nSam';
    expect(lintDraft({ text, recipientName: 'Morgan Lee', otherNames: ['Morgan Stanley'] })).toEqual([]);
    expect(lintDraft({ text, recipientName: 'Morgan Lee' }).map((f) => f.code)).toEqual(['third-person']);
  });

  it('flags five or more words in a row copied from a private note, with the span of the copy', () => {
    const notes = ['team is 14 people in 3 squads; the streaming squad has no lead since August'];
    const text = clean.replace('Ortec.', 'Ortec. I was struck that the streaming squad has no lead since August.');
    expect(spanOf(text, 'copied-note', { privateNotes: notes })).toBe('the streaming squad has no lead since August');
    expect(codes(text, { privateNotes: buildNoteIndex(notes) })).toEqual(['copied-note']);
    // Four words in a row, or common words only, are not a copy.
    expect(codes(clean.replace('Ortec.', 'Ortec. I liked the streaming squad idea.'), { privateNotes: notes })).toEqual([]);
  });

  it('flags Markdown, note markers and shorthand arrows', () => {
    expect(codes(clean.replace('Ortec.', 'Ortec. You founded it in **2011**.'))).toEqual(['markup', 'markup']);
    expect(codes(clean.replace('\n\nThank', '\n\n* Thank'))).toEqual(['markup']);
    expect(spanOf(clean.replace('Ortec.', 'Ortec. Hadoop -> lakehouse.'), 'markup')).toBe('->');
  });

  it('flags placeholders and ISO dates, each with a fix', () => {
    const text = clean
      .replace('Aoife Brennan', '[Your name]')
      .replace('Ortec.', 'Ortec. Here is the link: [add link]. You decide on 2026-12-18.');
    const found = lintDraft({ text, recipientName: 'Sanne de Vries' });
    expect(found.map((f) => f.code)).toEqual(['placeholder', 'iso-date', 'placeholder']);
    expect(found.every((f) => f.fix.length > 0 && f.end > f.start)).toBe(true);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('2026-12-18');
  });

  it('flags an over-long sentence', () => {
    const long = `I ${'really '.repeat(45)}enjoyed it.`;
    expect(codes(clean.replace('Ortec.', `Ortec. ${long}`))).toEqual(['long-sentence']);
    expect(codes(clean.replace('Ortec.', `Ortec. ${long}`), { maxSentenceWords: 60 })).toEqual([]);
  });

  it('flags a missing greeting, a missing sign-off and a sign-off without a name', () => {
    expect(codes('Thank you for your time.\n\nBest,\nAoife')).toEqual(['no-greeting']);
    expect(codes('Hello Sanne,\n\nThank you for your time.')).toEqual(['no-sign-off']);
    expect(lintDraft({ text: 'Hello Sanne,\n\nThank you.\n\nBest,', recipientName: 'Sanne' }).at(-1)!.message).toMatch(/no name/);
  });

  it('reads a line to say without asking for a greeting', () => {
    expect(codes('I would love to work with you.', { kind: 'line' })).toEqual([]);
  });
});
