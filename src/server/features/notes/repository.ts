import { sql, type Insertable, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { ConcernsTable, InterviewNotesTable } from '../../db/schema.js';

export type NoteRow = Selectable<InterviewNotesTable>;

/**
 * A note's own delete filter, the one place it is written: true for a row of `interview_notes` (under `alias`)
 * that is not deleted. (Whether its interview is deleted is `interviewIsLive` in the interviews repository.)
 */
export function noteIsLive(alias = 'n'): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(`${alias}.deleted_at`)} is null`;
}

/** A conversation's owner and interview. */
export function findConversation(db: Db, id: string) {
  return db.kysely.selectFrom('conversations').select(['id', 'owner_id', 'interview_id']).where('id', '=', id).executeTakeFirst();
}

/** The first person (by position) taking part in a conversation, if any. */
export async function firstPersonOf(db: Db, conversationId: string): Promise<string | null> {
  const row = await db.kysely
    .selectFrom('conversation_people')
    .select('person_id')
    .where('conversation_id', '=', conversationId)
    .orderBy('position')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/** One note by id; on PostgreSQL the row is locked for the rest of the transaction (SQLite transactions are serial). */
export function findNoteForWrite(db: Db, id: string): Promise<NoteRow | undefined> {
  return db.kysely
    .selectFrom('interview_notes')
    .selectAll()
    .where('id', '=', id)
    .$if(db.dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

/** The copy a stale write of `text` already made of note `id`, so a retried stale write finds it again. */
export function findConflictCopy(db: Db, ownerId: string, id: string, text: string): Promise<NoteRow | undefined> {
  return db.kysely
    .selectFrom('interview_notes')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('conflict_of', '=', id)
    .where('text', '=', text)
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** Inserts a note unless its id exists already; true when the row was written. */
export async function insertNote(db: Db, row: NoteRow): Promise<boolean> {
  const result = await db.kysely
    .insertInto('interview_notes')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Writes a note's new state. */
export async function updateNote(db: Db, row: NoteRow): Promise<void> {
  await db.kysely
    .updateTable('interview_notes')
    .set({
      conversation_id: row.conversation_id,
      text: row.text,
      marker: row.marker,
      revision: row.revision,
      written_at: row.written_at,
      deleted_at: row.deleted_at,
      updated_at: row.updated_at,
    })
    .where('id', '=', row.id)
    .execute();
}

/** The live notes of an interview, oldest first. */
export function listNotes(db: Db, ownerId: string, interviewId: string): Promise<NoteRow[]> {
  return db.kysely
    .selectFrom('interview_notes as n')
    .selectAll()
    .where('n.owner_id', '=', ownerId)
    .where('n.interview_id', '=', interviewId)
    .where(noteIsLive())
    .orderBy('n.written_at')
    .orderBy('n.id')
    .execute();
}

/** The concern a `!` note made, if it still exists. */
export function findConcernOfNote(db: Db, noteId: string) {
  return db.kysely
    .selectFrom('concerns')
    .select(['id', 'status', 'how_addressed', 'text'])
    .where('note_id', '=', noteId)
    .executeTakeFirst();
}

/** Inserts the concern a `!` note raises. */
export async function insertNoteConcern(db: Db, row: Insertable<ConcernsTable>): Promise<void> {
  await db.kysely.insertInto('concerns').values(row).execute();
}

/** Sets a note's concern's text (it follows the note while open). */
export async function setConcernText(db: Db, id: string, text: string, now: string): Promise<void> {
  await db.kysely.updateTable('concerns').set({ text, updated_at: now }).where('id', '=', id).execute();
}

/** Removes a note's concern (the note lost its marker or was deleted before anyone worked on the concern). */
export async function deleteNoteConcern(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('concerns').where('id', '=', id).execute();
}
