import type { Note, PutNote, PutNoteResult } from '../../../contracts/notes.js';
import { uuidv7 } from '../../../core/ids.js';
import { requireLiveInterview, requireOwned } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { AppError } from '../../errors.js';
import { indexNote } from '../search/interview-documents.js';
import { syncConcern } from './concerns.js';
import { durableWrite } from './group-commit.js';
import { markerOf } from '../../../core/followup/notes.js';
import { presentNote } from './present.js';
import { findConflictCopy, findConversation, findNoteForWrite, insertNote, listNotes, updateNote, type NoteRow } from './repository.js';

/** What a note write did: the answer, and whether the note was created (201) rather than found or changed (200). */
export interface PutNoteOutcome {
  result: PutNoteResult;
  created: boolean;
}

/** How often a write that lost a race for a new id (PostgreSQL, same id twice at once) is tried again. */
const ATTEMPTS = 3;

async function checkConversation(ctx: Ctx, db: Db, interviewId: string, conversationId: string | null): Promise<void> {
  if (conversationId === null) return;
  const row = requireOwned(ctx.actor, await findConversation(db, conversationId), 'Conversation', 'conversationId');
  if (row.interview_id !== interviewId) {
    throw new AppError('validation', 'conversationId must be a conversation of this interview', { field: 'conversationId' });
  }
}

/**
 * Writes the note row, its search document (a deleted note has none) and keeps its concern in step (only notes that
 * are or were `!` lines can have one), all in the caller's savepoint.
 */
async function save(trx: Db, row: NoteRow, before: NoteRow | undefined, opportunityId: string): Promise<boolean> {
  if (before) await updateNote(trx, row);
  else if (!(await insertNote(trx, row))) return false;
  await indexNote(trx, row, opportunityId);
  if (row.marker === 'concern' || before?.marker === 'concern') await syncConcern(trx, row, opportunityId, row.updated_at);
  return true;
}

/** One attempt in one transaction; undefined when a concurrent create of the same id won (try again). */
async function attempt(ctx: Ctx, trx: Db, id: string, input: PutNote): Promise<PutNoteOutcome | undefined> {
  const interview = await requireLiveInterview({ ...ctx, db: trx }, input.interviewId, 'interviewId');
  await checkConversation(ctx, trx, interview.id, input.conversationId);
  const stored = await findNoteForWrite(trx, id);
  const now = ctx.now().toISOString();
  const wantDeleted = input.deleted ?? false;
  const device: NoteRow = {
    id,
    owner_id: ctx.actor.userId,
    interview_id: interview.id,
    conversation_id: input.conversationId,
    text: input.text,
    marker: markerOf(input.text),
    revision: 1,
    conflict_of: null,
    written_at: input.writtenAt,
    deleted_at: wantDeleted ? now : null,
    created_at: now,
    updated_at: now,
  };

  if (!stored) {
    if (!(await save(trx, device, undefined, interview.opportunity_id))) return undefined;
    return { result: { note: presentNote(device), conflict: null }, created: true };
  }
  requireOwned(ctx.actor, stored, 'Note', 'id');
  if (stored.interview_id !== interview.id) {
    throw new AppError('validation', 'interviewId must be the interview the note was written in', { field: 'interviewId' });
  }

  const unchanged = (result: PutNoteResult): PutNoteOutcome => ({ result, created: false });
  const sameText = stored.text === input.text;
  if (sameText && (stored.deleted_at !== null) === wantDeleted && stored.conversation_id === input.conversationId) {
    return unchanged({ note: presentNote(stored), conflict: null });
  }

  // Up to date, or only the deleted flag or the conversation differ: nothing anyone wrote is lost by applying it.
  if (input.baseRevision === stored.revision || sameText) {
    const next: NoteRow = {
      ...stored,
      conversation_id: input.conversationId,
      text: input.text,
      marker: device.marker,
      revision: stored.revision + 1,
      written_at: input.writtenAt,
      deleted_at: wantDeleted ? (stored.deleted_at ?? now) : null,
      updated_at: now,
    };
    await save(trx, next, stored, interview.opportunity_id);
    return unchanged({ note: presentNote(next), conflict: null });
  }

  // A stale write with other text. A delete of a version the device never saw keeps the server's note.
  if (wantDeleted) return unchanged({ note: presentNote(stored), conflict: null });
  // Keep both: the device's text becomes a note of its own, found again when the same stale write is retried.
  const existing = await findConflictCopy(trx, ctx.actor.userId, id, input.text);
  if (existing) return unchanged({ note: presentNote(stored), conflict: presentNote(existing) });
  const copy: NoteRow = { ...device, id: uuidv7(ctx.now().getTime()), conflict_of: id };
  await save(trx, copy, undefined, interview.opportunity_id);
  return unchanged({ note: presentNote(stored), conflict: presentNote(copy) });
}

/**
 * `PUT /api/notes/:id`: saves the device's version of a note in one transaction. Unknown id → created (revision 1);
 * the same state again → no change, the same answer; up to date → revision + 1; stale with other text → the
 * server's note is kept and the device's text is stored as a new note (`conflictOf` = id), both answered.
 * Answered once the write is committed (durable: SQLite runs with synchronous=FULL).
 */
export async function putNote(ctx: Ctx, id: string, input: PutNote): Promise<PutNoteOutcome> {
  for (let i = 0; i < ATTEMPTS; i++) {
    const outcome = await durableWrite(ctx.db, (trx) => attempt(ctx, trx, id, input));
    if (outcome) return outcome;
  }
  throw new AppError('conflict', 'This note was being saved twice at once; try again', { field: 'id' });
}

/** `GET /api/interviews/:id/notes`: the interview's live notes, oldest first. */
export async function listInterviewNotes(ctx: Ctx, interviewId: string): Promise<Note[]> {
  await requireLiveInterview(ctx, interviewId, 'id');
  return (await listNotes(ctx.db, ctx.actor.userId, interviewId)).map(presentNote);
}
