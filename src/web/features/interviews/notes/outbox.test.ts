import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note, PutNote } from '../../../../contracts/notes.js';
import { uuidv7 } from '../../../../core/ids.js';
import { applyAck, applyChange, bodyOf, draftOf, isBlankNew, mergeServerList, type NoteDraft } from './drafts.js';
import { memoryOutbox, openOutbox, type Outbox } from './outbox.js';
import { clearRescued, readRescued, rescue, RESCUE_KEY } from './rescue.js';

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

const sent = (text: string, baseRevision = 0, deleted = false): PutNote => ({
  interviewId: INTERVIEW,
  conversationId: null,
  text,
  baseRevision,
  writtenAt: WRITTEN,
  ...(deleted && { deleted }),
});

let dbCount = 0;
const stores: [string, () => Promise<Outbox>][] = [
  ['IndexedDB', () => openOutbox(`outbox-test-${++dbCount}`)],
  ['memory', async () => memoryOutbox()],
];

describe.each(stores)('the notes outbox (%s)', (_name, open) => {
  it('stores and drops drafts and server notes in one write', async () => {
    const outbox = await open();
    const a = draft({ text: 'a' });
    const b = draft({ text: 'b' });
    const n = note(uuidv7(), { text: 'on the server' });
    const other = note(uuidv7(), { interviewId: uuidv7(), text: 'another interview' });
    await outbox.write({ drafts: [a, b], notes: [n, other] });
    expect((await outbox.pending()).map((d) => d.text).sort()).toEqual(['a', 'b']);
    expect((await outbox.serverNotes(INTERVIEW)).map((x) => x.text)).toEqual(['on the server']);
    await outbox.write({ drafts: [{ ...a, text: 'a2' }], removeDrafts: [b.id], removeNotes: [n.id] });
    expect((await outbox.pending()).map((d) => d.text)).toEqual(['a2']);
    expect(await outbox.serverNotes(INTERVIEW)).toEqual([]);
    expect((await outbox.serverNotes(other.interviewId)).map((x) => x.text)).toEqual(['another interview']);
  });

  it('reads, decides and writes in one update; a decision that fails writes nothing', async () => {
    const outbox = await open();
    const a = draft({ text: 'a' });
    const n = note(uuidv7(), { text: 'kept' });
    await outbox.write({ drafts: [a], notes: [n] });
    const seen = await outbox.update({ drafts: [a.id, 'missing'], notes: [n.id], notesOf: INTERVIEW }, (state) => ({
      write: { drafts: [{ ...state.drafts.get(a.id)!, text: 'a, changed' }], removeNotes: [n.id] },
      result: [[...state.drafts.keys()], [...state.notes.keys()]],
    }));
    expect(seen).toEqual([[a.id], [n.id]]);
    expect((await outbox.pending()).map((d) => d.text)).toEqual(['a, changed']);
    expect(await outbox.serverNotes(INTERVIEW)).toEqual([]);
    await expect(
      outbox.update({ drafts: 'all' }, () => {
        throw new Error('changed its mind');
      }),
    ).rejects.toThrow('changed its mind');
    expect((await outbox.pending()).map((d) => d.text)).toEqual(['a, changed']);
  });

  it('leaves settled drafts out of the pending ones, but reads them for the view', async () => {
    const outbox = await open();
    const settled = draft({ text: 'saved', baseRevision: 1, settledAt: 1 });
    const waiting = draft({ text: 'waiting' });
    await outbox.write({ drafts: [settled, waiting] });
    expect((await outbox.pending()).map((d) => d.text)).toEqual(['waiting']);
    expect((await outbox.read(INTERVIEW)).drafts.map((d) => d.text).sort()).toEqual(['saved', 'waiting']);
  });

  it('keeps what it returns apart from what it stores', async () => {
    const outbox = await open();
    const a = draft({ text: 'kept' });
    await outbox.write({ drafts: [a] });
    a.text = 'changed after the write';
    (await outbox.pending())[0]!.text = 'changed after reading';
    expect((await outbox.pending())[0]!.text).toBe('kept');
  });
});

describe('the IndexedDB outbox', () => {
  it('keeps every draft and server note across a reopen (a reload)', async () => {
    const first = await openOutbox('outbox-reload');
    const typed = draft({ text: 'typed before the reload', sending: sent('typed before') });
    await first.write({ drafts: [typed], notes: [note(uuidv7(), { text: 'from the server' })] });
    first.close();
    const second = await openOutbox('outbox-reload');
    expect(second.durable).toBe(true);
    expect(await second.pending()).toEqual([typed]);
    expect((await second.serverNotes(INTERVIEW)).map((n) => n.text)).toEqual(['from the server']);
    second.close();
  });

  it('writes all of a change or none of it', async () => {
    const outbox = await openOutbox('outbox-atomic');
    const good = draft({ text: 'good' });
    // A draft IndexedDB cannot store (a function cannot be cloned) fails the whole write.
    const bad = { ...draft({ text: 'bad' }), text: (() => 'x') as unknown as string };
    await expect(outbox.write({ drafts: [good, bad] })).rejects.toThrow();
    expect(await outbox.pending()).toEqual([]);
    outbox.close();
  });
});

describe('the page-exit rescue', () => {
  afterEach(() => {
    clearRescued();
    vi.unstubAllGlobals();
  });

  it('keeps drafts synchronously, the newer change of each winning, until cleared', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    });
    const a = draft({ text: 'old', changedAt: 5 });
    rescue([a, draft({ text: 'other', changedAt: 1 })]);
    rescue([{ ...a, text: 'older', changedAt: 4 }]);
    rescue([{ ...a, text: 'newer', changedAt: 6 }]);
    expect(
      readRescued()
        .map((d) => d.text)
        .sort(),
    ).toEqual(['newer', 'other']);
    clearRescued();
    expect(store.has(RESCUE_KEY)).toBe(false);
    store.set(RESCUE_KEY, '{not json');
    expect(readRescued()).toEqual([]);
  });
});

describe('draft rules', () => {
  it('applies a change over the draft, or over the base for a new one, and clears a refusal', () => {
    const base = draft({ text: 'from the server', baseRevision: 3 });
    expect(applyChange(undefined, { text: 'edited' }, () => base, 7)).toMatchObject({ text: 'edited', baseRevision: 3, changedAt: 7 });
    expect(applyChange({ ...base, failure: 'no' }, { deleted: true }, () => draft(), 8)).toMatchObject({
      text: 'from the server',
      deleted: true,
      failure: null,
    });
  });

  it("starts a first keystroke's draft from the server's note, or as a new note written now", () => {
    const known = note(uuidv7(), { text: 'Saved', revision: 3, conversationId: uuidv7(), conflictOf: uuidv7() });
    expect(draftOf(known, { id: known.id, interviewId: INTERVIEW, conversationId: null }, 5)).toEqual(
      draft({
        id: known.id,
        text: 'Saved',
        baseRevision: 3,
        conversationId: known.conversationId,
        conflictOf: known.conflictOf,
        changedAt: 5,
      }),
    );
    const conversationId = uuidv7();
    expect(draftOf(undefined, { id: 'n1', interviewId: INTERVIEW, conversationId }, Date.parse(WRITTEN))).toEqual(
      draft({ id: 'n1', conversationId, changedAt: Date.parse(WRITTEN) }),
    );
  });

  it('sends a note emptied of text as deleted, and resends an unanswered body as it was', () => {
    const d = draft({ text: '  ', baseRevision: 2 });
    expect(bodyOf(d)).toEqual({
      interviewId: INTERVIEW,
      conversationId: null,
      text: '  ',
      baseRevision: 2,
      writtenAt: WRITTEN,
      deleted: true,
    });
    expect(bodyOf({ ...d, text: 'new', sending: sent('old', 1) })).toEqual(sent('old', 1));
  });

  it('counts only a never-sent blank note as blank-new', () => {
    expect(isBlankNew(draft())).toBe(true);
    expect(isBlankNew(draft({ baseRevision: 1 }))).toBe(false);
    expect(isBlankNew(draft({ text: 'x' }))).toBe(false);
    expect(isBlankNew(draft({ sending: sent('') }))).toBe(false);
  });

  it('drops the draft when the server saved what was sent', () => {
    const d = draft({ text: 'Saved', sending: sent('Saved') });
    expect(applyAck(d, sent('Saved'), { note: note(d.id, { text: 'Saved' }), conflict: null })).toEqual({ remove: [d.id], put: [] });
    expect(applyAck(undefined, sent('Saved'), { note: note(d.id), conflict: null })).toEqual({ remove: [], put: [] });
  });

  it('keeps a draft typed on since sending, rebased on the saved revision', () => {
    const d = draft({ text: 'Half more', sending: sent('Half') });
    expect(applyAck(d, sent('Half'), { note: note(d.id, { text: 'Half', revision: 4 }), conflict: null }).put).toEqual([
      { ...d, baseRevision: 4, sending: null },
    ]);
  });

  it('moves typing that went on to the copy when the server kept both versions', () => {
    const d = draft({ text: 'Mine, longer', baseRevision: 1 });
    const copy = note(uuidv7(), { text: 'Mine', conflictOf: d.id, writtenAt: '2026-03-02T09:06:00.000Z' });
    expect(applyAck(d, sent('Mine', 1), { note: note(d.id, { text: 'Theirs', revision: 2 }), conflict: copy })).toEqual({
      remove: [d.id],
      put: [{ ...d, id: copy.id, baseRevision: 1, conflictOf: d.id, writtenAt: '2026-03-02T09:06:00.000Z' }],
    });
    // Nothing typed since: the server's two notes stand.
    expect(
      applyAck({ ...d, text: 'Mine' }, sent('Mine', 1), { note: note(d.id, { text: 'Theirs', revision: 2 }), conflict: copy }),
    ).toEqual({ remove: [d.id], put: [] });
  });

  it('after a stale delete the server refused, stays on the old revision so a later edit keeps both', () => {
    const d = draft({ text: 'Old', baseRevision: 1, deleted: false });
    const { put } = applyAck(d, sent('Old', 1, true), { note: note(d.id, { text: 'Newer', revision: 2 }), conflict: null });
    expect(put[0]).toMatchObject({ baseRevision: 1, deleted: false });
  });

  it('merges a fresh server list: newer revisions win, notes gone from it go unless saved since it was asked for', () => {
    const [kept, stale, gone, recent, resaved] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const stored = [
      note(kept, { revision: 3, text: 'v3' }),
      note(stale, { revision: 1 }),
      note(gone),
      note(recent),
      note(resaved, { revision: 2 }),
    ];
    // Known when the list was asked for: every note but `recent` (saved since), `resaved` then at revision 1.
    const asked = new Map([
      [kept, 3],
      [stale, 1],
      [gone, 1],
      [resaved, 1],
    ]);
    const merged = mergeServerList(stored, [note(kept, { revision: 2, text: 'v2' }), note(stale, { revision: 2, text: 'newer' })], asked);
    expect(merged.put.map((n) => n.text)).toEqual(['newer']);
    expect(merged.remove).toEqual([gone]);
  });
});
