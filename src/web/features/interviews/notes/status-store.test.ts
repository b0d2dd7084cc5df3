import { describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../../contracts/notes.js';
import { uuidv7 } from '../../../../core/ids.js';
import type { NoteDraft } from './drafts.js';
import { notesSnapshot, StatusStore, type SnapshotInput } from './status-store.js';
import { retryDelay, sendDueAt } from './sender.js';

const INTERVIEW = uuidv7();

function draft(overrides: Partial<NoteDraft> = {}): NoteDraft {
  return {
    id: uuidv7(),
    interviewId: INTERVIEW,
    conversationId: null,
    text: '',
    deleted: false,
    writtenAt: '2026-03-02T09:05:00.000Z',
    baseRevision: 0,
    conflictOf: null,
    changedAt: 0,
    sending: null,
    failure: null,
    ...overrides,
  };
}

function note(overrides: Partial<Note> = {}): Note {
  return {
    id: uuidv7(),
    interviewId: INTERVIEW,
    conversationId: null,
    text: '',
    marker: 'plain',
    revision: 1,
    conflictOf: null,
    writtenAt: '2026-03-02T09:00:00.000Z',
    deleted: false,
    updatedAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

const input = (over: Partial<SnapshotInput> = {}): SnapshotInput => ({
  interviewId: INTERVIEW,
  drafts: [],
  server: new Map(),
  loaded: true,
  reachable: true,
  durable: true,
  ...over,
});

describe('the notes snapshot', () => {
  it("shows drafts over the server's notes in writing order, this interview's only, with their markers", () => {
    const saved = note({ text: 'On the server' });
    const edited = note({ text: 'Old words', writtenAt: '2026-03-02T09:01:00.000Z' });
    const s = notesSnapshot(
      input({
        server: new Map([saved, edited].map((n) => [n.id, n])),
        drafts: [
          draft({ id: edited.id, text: '! New words', writtenAt: edited.writtenAt }),
          draft({ interviewId: uuidv7(), text: 'Another interview' }),
        ],
      }),
    );
    expect(s.notes.map((n) => [n.text, n.marker, n.pending])).toEqual([
      ['On the server', 'plain', false],
      ['! New words', 'concern', true],
    ]);
  });

  it('marks both notes of a conflict as kept both', () => {
    const original = note({ text: 'Theirs' });
    const copy = note({ text: 'Mine', conflictOf: original.id });
    const s = notesSnapshot(input({ server: new Map([original, copy].map((n) => [n.id, n])) }));
    expect(s.notes.map((n) => n.keptBoth)).toEqual([true, true]);
  });

  it('says where the notes stand: loading, synced, syncing, on this device, refused', () => {
    const pending = [draft({ text: 'x' })];
    expect(notesSnapshot(input({ loaded: false })).status).toBe('loading');
    expect(notesSnapshot(input()).status).toBe('synced');
    expect(notesSnapshot(input({ drafts: [draft({ interviewId: uuidv7(), text: 'elsewhere' })] })).status).toBe('synced');
    expect(notesSnapshot(input({ drafts: pending })).status).toBe('syncing');
    expect(notesSnapshot(input({ drafts: pending, reachable: false })).status).toBe('device');
    const refused = notesSnapshot(input({ drafts: [draft({ text: 'x', failure: 'text is too long' })] }));
    expect([refused.status, refused.failure]).toEqual(['failed', 'text is too long']);
  });

  it('tells its subscribers of each new snapshot until they leave', () => {
    const store = new StatusStore();
    const heard = vi.fn();
    const leave = store.subscribe(heard);
    const next = notesSnapshot(input());
    store.set(next);
    expect(store.getSnapshot()).toBe(next);
    leave();
    store.set(notesSnapshot(input({ loaded: false })));
    expect(heard).toHaveBeenCalledOnce();
  });
});

describe('send timing', () => {
  it('sends after the quiet time, or at the longest wait while typing goes on', () => {
    const timing = { debounceMs: 300, maxWaitMs: 1000 };
    expect(sendDueAt(5_000, 4_900, timing)).toBe(5_300);
    expect(sendDueAt(5_000, 4_200, timing)).toBe(5_200);
    expect(sendDueAt(5_000, undefined, timing)).toBe(5_300);
  });

  it('backs off along the list and stays at its last wait', () => {
    expect([0, 1, 2, 7].map((a) => retryDelay([250, 500, 1000], a))).toEqual([250, 500, 1000, 1000]);
    expect(retryDelay([], 0)).toBe(1000);
  });
});
