import type { Note, PutNote, PutNoteResult } from '../../../../contracts/notes.js';
import { applyAck, bodyOf, isBlankNew, isSettled, mergeServerList, type NoteDraft } from './drafts.js';
import type { OutboxWrite } from './outbox.js';

/**
 * What each change to the device store writes, decided from what the store holds at that moment (inside the
 * transaction). Every tab of the browser shares the store: one tab sends (the leader), any tab may type, so a
 * write never puts back a copy of a draft read earlier — it changes the stored one.
 */

/** How long a confirmed draft is kept (settled) for a keystroke another tab stores at the same moment. */
export const SETTLED_KEEP_MS = 60_000;

/** A draft with its settled mark taken off (it is pending again). */
function unsettled(draft: NoteDraft): NoteDraft {
  const { settledAt: _settled, ...rest } = draft;
  return rest;
}

/**
 * A keystroke's draft (`local`: what the user typed, where, when) over the stored one: the text is the user's,
 * the rest (revision it builds on, a body whose answer never came) is the sender's. With nothing stored, the local
 * draft goes as it is (a body it remembers sending is forgotten: only a stored one is sent again); a draft the
 * server just confirmed (settled) gives its saved revision, unless the local one already builds on a newer one.
 */
export function mergeEdit(stored: NoteDraft | undefined, local: NoteDraft): NoteDraft {
  if (!stored || (isSettled(stored) && local.baseRevision > stored.baseRevision)) {
    return { ...unsettled(local), sending: null, failure: null };
  }
  return {
    ...unsettled(stored),
    text: local.text,
    deleted: local.deleted,
    conversationId: local.conversationId,
    changedAt: local.changedAt,
    failure: null,
  };
}

/** What one round of sending takes: the bodies to send, and the store's change (bodies marked as sending, blank new notes and old settled drafts dropped). */
export interface Claim {
  write: OutboxWrite;
  send: { id: string; body: PutNote }[];
}

/**
 * The drafts to send now, of every interview. A body is stored before it goes, so whoever sends next (a reload,
 * another tab) sends the very same one again first. Skips drafts being sent (`inflight`) and refused ones (they
 * wait for an edit).
 */
export function claimDrafts(stored: readonly NoteDraft[], inflight: ReadonlySet<string>, now: number): Claim {
  const drafts: NoteDraft[] = [];
  const removeDrafts: string[] = [];
  const send: Claim['send'] = [];
  for (const d of stored) {
    if (isSettled(d)) {
      if (now - d.settledAt! >= SETTLED_KEEP_MS) removeDrafts.push(d.id);
      continue;
    }
    if (inflight.has(d.id) || d.failure) continue;
    if (isBlankNew(d)) {
      removeDrafts.push(d.id);
      continue;
    }
    const body = bodyOf(d);
    if (!d.sending) drafts.push({ ...d, sending: body });
    send.push({ id: d.id, body });
  }
  return { write: { drafts, removeDrafts }, send };
}

/**
 * The server's answer to `sent` for draft `id`, written with the notes it returned (one write, so a reload never
 * shows a note missing in between). A draft whose text the server saved as sent is kept settled on the new
 * revision instead of dropped; otherwise as `applyAck` says.
 */
export function ackWrite(stored: NoteDraft | undefined, id: string, sent: PutNote, result: PutNoteResult, now: number): OutboxWrite {
  const current = stored && !isSettled(stored) ? stored : undefined;
  const { remove, put } = applyAck(current, sent, result);
  const notes = [result.note, ...(result.conflict ? [result.conflict] : [])];
  const savedAsSent =
    !result.conflict && result.note.id === id && result.note.text === sent.text && result.note.deleted === (sent.deleted ?? false);
  if (current && savedAsSent && remove.includes(id)) {
    const settled: NoteDraft = { ...current, baseRevision: result.note.revision, sending: null, failure: null, settledAt: now };
    return { drafts: [settled, ...put], removeDrafts: remove.filter((r) => r !== id), notes };
  }
  return { drafts: put, removeDrafts: remove, notes };
}

/** The server refused draft `id`: it stays on the device with the reason, and is tried again after the next edit. */
export function refusalWrite(stored: NoteDraft | undefined, message: string): OutboxWrite {
  if (!stored || isSettled(stored)) return {};
  return { drafts: [{ ...stored, sending: null, failure: message }] };
}

/** A fresh server list of one interview's notes over the stored ones (see `mergeServerList`). */
export function refreshWrite(stored: Note[], incoming: Note[], asked: ReadonlyMap<string, number>): OutboxWrite {
  const { put, remove } = mergeServerList(stored, incoming, asked);
  return { notes: put, removeNotes: remove };
}
