import { describe, expect, it } from 'vitest';
import type { Note, PutNote } from '../../../../contracts/notes.js';
import { uuidv7 } from '../../../../core/ids.js';
import type { NoteDraft } from './drafts.js';
import { ackWrite, claimDrafts, mergeEdit, refreshWrite, refusalWrite, SETTLED_KEEP_MS } from './outbox-rules.js';

const INTERVIEW = uuidv7();
const WRITTEN = '2026-03-02T09:05:00.000Z';

function draft(overrides: Partial<NoteDraft> = {}): NoteDraft {
  return {
    id: uuidv7(),
    interviewId: INTERVIEW,
    conversationId: null,
    text: '',
    deleted: false,
    writtenAt: WRITTEN,
    baseRevision: 0,
    conflictOf: null,
    changedAt: 0,
    sending: null,
    failure: null,
    ...overrides,
  };
}

function note(id: string, overrides: Partial<Note> = {}): Note {
  return {
    id,
    interviewId: INTERVIEW,
    conversationId: null,
    text: '',
    marker: 'plain',
    revision: 1,
    conflictOf: null,
    writtenAt: WRITTEN,
    deleted: false,
    updatedAt: WRITTEN,
    ...overrides,
  };
}

const sent = (text: string, baseRevision = 0): PutNote => ({
  interviewId: INTERVIEW,
  conversationId: null,
  text,
  baseRevision,
  writtenAt: WRITTEN,
});

describe('a keystroke over the stored draft', () => {
  it("keeps the sender's side of the stored draft and takes the user's text, place and time", () => {
    const stored = draft({ text: 'Hel', baseRevision: 2, sending: sent('Hel', 1), failure: 'refused' });
    const local = draft({ id: stored.id, text: 'Hello', conversationId: uuidv7(), baseRevision: 1, changedAt: 9 });
    expect(mergeEdit(stored, local)).toEqual({
      ...stored,
      text: 'Hello',
      conversationId: local.conversationId,
      changedAt: 9,
      failure: null,
    });
  });

  it('goes as typed when nothing is stored, forgetting a body only the tab remembers sending', () => {
    const local = draft({ text: 'New', baseRevision: 3, sending: sent('Ne', 3) });
    expect(mergeEdit(undefined, local)).toEqual({ ...local, sending: null });
  });

  it('builds on the revision the server just confirmed (settled), unless it already builds on a newer one', () => {
    const settled = draft({ text: 'Hello', baseRevision: 1, settledAt: 100 });
    const late = draft({ id: settled.id, text: 'Hello w', baseRevision: 0, changedAt: 7 });
    const merged = mergeEdit(settled, late);
    expect(merged).toMatchObject({ text: 'Hello w', baseRevision: 1, changedAt: 7 });
    expect('settledAt' in merged).toBe(false);
    const newer = draft({ id: settled.id, text: 'From revision 4', baseRevision: 4 });
    expect(mergeEdit(settled, newer)).toEqual(newer);
  });
});

describe('claiming drafts to send', () => {
  it('stores each body before it goes, resends an unanswered one as it was, and skips refused and in-flight drafts', () => {
    const fresh = draft({ text: 'Fresh', baseRevision: 2 });
    const unanswered = draft({ text: 'Typed on', sending: sent('Typed') });
    const refused = draft({ text: 'Bad', failure: 'conversationId must be a conversation of this interview' });
    const flying = draft({ text: 'On its way' });
    const claim = claimDrafts([fresh, unanswered, refused, flying], new Set([flying.id]), 0);
    expect(claim.send).toEqual([
      { id: fresh.id, body: { ...sent('Fresh', 2) } },
      { id: unanswered.id, body: sent('Typed') },
    ]);
    expect(claim.write).toEqual({ drafts: [{ ...fresh, sending: sent('Fresh', 2) }], removeDrafts: [] });
  });

  it('drops a new note left blank and settled drafts once kept long enough, sending neither', () => {
    const blank = draft({ text: '  ' });
    const recent = draft({ text: 'Saved', baseRevision: 1, settledAt: 1_000 });
    const old = draft({ text: 'Saved long ago', baseRevision: 1, settledAt: 1_000 - SETTLED_KEEP_MS });
    const claim = claimDrafts([blank, recent, old], new Set(), 1_000);
    expect(claim.send).toEqual([]);
    expect(claim.write.removeDrafts).toEqual([blank.id, old.id]);
  });
});

describe("storing the server's answer", () => {
  it('keeps a draft saved as sent, settled on the new revision, with the note, in one write', () => {
    const d = draft({ text: 'Saved', sending: sent('Saved') });
    const saved = note(d.id, { text: 'Saved', revision: 1 });
    expect(ackWrite(d, d.id, sent('Saved'), { note: saved, conflict: null }, 50)).toEqual({
      drafts: [{ ...d, baseRevision: 1, sending: null, settledAt: 50 }],
      removeDrafts: [],
      notes: [saved],
    });
  });

  it('rebases a draft typed on since sending, and moves it to the copy when the server kept both', () => {
    const d = draft({ text: 'Half more', sending: sent('Half') });
    expect(ackWrite(d, d.id, sent('Half'), { note: note(d.id, { text: 'Half', revision: 4 }), conflict: null }, 0).drafts).toEqual([
      { ...d, baseRevision: 4, sending: null },
    ]);
    const mine = draft({ text: 'Mine, longer', baseRevision: 1 });
    const copy = note(uuidv7(), { text: 'Mine', conflictOf: mine.id });
    const w = ackWrite(mine, mine.id, sent('Mine', 1), { note: note(mine.id, { text: 'Theirs', revision: 2 }), conflict: copy }, 0);
    expect(w.removeDrafts).toEqual([mine.id]);
    expect(w.drafts?.map((x) => [x.id, x.text, x.conflictOf])).toEqual([[copy.id, 'Mine, longer', mine.id]]);
    expect(w.notes?.map((n) => n.id)).toEqual([mine.id, copy.id]);
  });

  it('stores only the notes when the draft is gone or already settled (an answer heard twice)', () => {
    const id = uuidv7();
    const saved = note(id, { text: 'Once' });
    expect(ackWrite(undefined, id, sent('Once'), { note: saved, conflict: null }, 0)).toEqual({
      drafts: [],
      removeDrafts: [],
      notes: [saved],
    });
    const settled = draft({ id, text: 'Once', baseRevision: 1, settledAt: 5 });
    expect(ackWrite(settled, id, sent('Once'), { note: saved, conflict: null }, 9)).toEqual({
      drafts: [],
      removeDrafts: [],
      notes: [saved],
    });
  });

  it('keeps a refused draft with its reason and no body in flight', () => {
    const d = draft({ text: 'x', sending: sent('x') });
    expect(refusalWrite(d, 'text is too long')).toEqual({ drafts: [{ ...d, sending: null, failure: 'text is too long' }] });
    expect(refusalWrite(undefined, 'gone')).toEqual({});
  });

  it('folds a server list into the stored notes, dropping only notes unchanged since it was asked for', () => {
    const [a, b] = [uuidv7(), uuidv7()];
    const w = refreshWrite(
      [note(a), note(b, { revision: 2 })],
      [],
      new Map([
        [a, 1],
        [b, 1],
      ]),
    );
    expect(w).toEqual({ notes: [], removeNotes: [a] });
  });
});
