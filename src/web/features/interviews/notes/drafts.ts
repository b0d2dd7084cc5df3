import type { Note, PutNote, PutNoteResult } from '../../../../contracts/notes.js';

/**
 * A note as this device has it and has not yet seen the server confirm. Written at every keystroke, so
 * nothing typed lives only in memory.
 */
export interface NoteDraft {
  id: string;
  interviewId: string;
  conversationId: string | null;
  text: string;
  deleted: boolean;
  /** When the note was started (device clock), shown as its time. */
  writtenAt: string;
  /** The server revision this device last saw for the note (0: never on the server). */
  baseRevision: number;
  /** The note this one forked from when the server kept both versions. */
  conflictOf: string | null;
  /** Epoch milliseconds of the last local change. */
  changedAt: number;
  /** The body of a request whose answer never came: sent again as is before anything newer, so a retry is idempotent. */
  sending: PutNote | null;
  /** Why the server refused the note (bad input, interview gone); tried again after the next edit. */
  failure: string | null;
  /**
   * Set (epoch milliseconds) when the server confirmed exactly this text: the draft is no longer pending, and is
   * kept a little while only so a keystroke another tab stores at that moment builds on the saved revision.
   */
  settledAt?: number;
}

/** The part of a draft the user changes. */
export type DraftChange = Partial<Pick<NoteDraft, 'text' | 'deleted' | 'conversationId'>>;

/** What to do to the drafts after the server answered: drop some, write others. */
export interface DraftUpdate {
  remove: string[];
  put: NoteDraft[];
}

type NoteState = Pick<Note, 'text' | 'deleted' | 'conversationId'>;

/** True when the draft says what the server note says. */
export function matches(draft: NoteState, note: NoteState): boolean {
  return draft.text === note.text && draft.deleted === note.deleted && draft.conversationId === note.conversationId;
}

/** What a draft asks the server to hold: a note emptied of text is deleted there (and comes back when typed into). */
export function stateOf(draft: NoteState): NoteState {
  return { text: draft.text, deleted: draft.deleted || draft.text.trim() === '', conversationId: draft.conversationId };
}

/**
 * The draft a first keystroke starts from: the server's note when there is one (its text, place and revision),
 * else a new note of `interviewId` in `conversationId`, written at `now`.
 */
export function draftOf(known: Note | undefined, fresh: Pick<NoteDraft, 'id' | 'interviewId' | 'conversationId'>, now: number): NoteDraft {
  return {
    id: fresh.id,
    interviewId: fresh.interviewId,
    conversationId: known ? known.conversationId : fresh.conversationId,
    text: known?.text ?? '',
    deleted: known?.deleted ?? false,
    writtenAt: known?.writtenAt ?? new Date(now).toISOString(),
    baseRevision: known?.revision ?? 0,
    conflictOf: known?.conflictOf ?? null,
    changedAt: now,
    sending: null,
    failure: null,
  };
}

/** A user's change applied to a draft (made from `base` when there is none yet). */
export function applyChange(current: NoteDraft | undefined, change: DraftChange, base: () => NoteDraft, now: number): NoteDraft {
  return { ...(current ?? base()), ...change, changedAt: now, failure: null };
}

/** The body to send for a draft: the one whose answer never came, else the draft as it is now. */
export function bodyOf(draft: NoteDraft): PutNote {
  if (draft.sending) return draft.sending;
  const state = stateOf(draft);
  return {
    interviewId: draft.interviewId,
    conversationId: state.conversationId,
    text: state.text,
    baseRevision: draft.baseRevision,
    writtenAt: draft.writtenAt,
    ...(state.deleted && { deleted: true }),
  };
}

/** A draft that never reached the server and holds nothing worth saving (a new note left blank). */
export function isBlankNew(draft: NoteDraft): boolean {
  return draft.baseRevision === 0 && draft.sending === null && draft.conflictOf === null && draft.text.trim() === '';
}

/**
 * Takes in the server's answer to `sent` for draft `current`. Unchanged since sending: the draft goes (the server's
 * note stands, be it the sent text or a version the server kept instead). Typed on since: the draft stays, rebased
 * on the saved revision — or, when the server kept the sent text as a note of its own, moved to that note.
 */
export function applyAck(current: NoteDraft | undefined, sent: PutNote, result: PutNoteResult): DraftUpdate {
  if (!current) return { remove: [], put: [] };
  const unchanged = matches(stateOf(current), { text: sent.text, deleted: sent.deleted ?? false, conversationId: sent.conversationId });
  if (unchanged) return { remove: [current.id], put: [] };
  if (result.conflict) {
    const c = result.conflict;
    return {
      remove: [current.id],
      put: [{ ...current, id: c.id, baseRevision: c.revision, conflictOf: c.conflictOf, writtenAt: c.writtenAt, sending: null }],
    };
  }
  // When the server kept another version instead (a stale delete), stay on the old revision so the next write keeps both.
  const saved = result.note.text === sent.text;
  return { remove: [], put: [{ ...current, baseRevision: saved ? result.note.revision : current.baseRevision, sending: null }] };
}

/** True for a draft the server has confirmed (kept only briefly, never sent, not shown as pending). */
export function isSettled(draft: NoteDraft): boolean {
  return typeof draft.settledAt === 'number';
}

/**
 * Folds a fresh server list into the notes stored on the device: newer revisions win; a note missing from the list
 * was deleted elsewhere, unless it changed after the list was asked for (`asked`: the revision of each note known
 * then; a note saved since is new to it or has another revision).
 */
export function mergeServerList(stored: Note[], incoming: Note[], asked: ReadonlyMap<string, number>): { put: Note[]; remove: string[] } {
  const byId = new Map(stored.map((n) => [n.id, n]));
  const listed = new Set(incoming.map((n) => n.id));
  return {
    put: incoming.filter((n) => (byId.get(n.id)?.revision ?? -1) <= n.revision),
    remove: stored.filter((n) => !listed.has(n.id) && asked.get(n.id) === n.revision).map((n) => n.id),
  };
}
