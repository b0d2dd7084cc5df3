import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { ConversationsTable } from '../../db/schema.js';

/** An interview's conversations with what orders them (start, current position), in no particular order. */
export function conversationPlaces(db: Db, interviewId: string) {
  return db.kysely.selectFrom('conversations').select(['id', 'starts_at', 'position']).where('interview_id', '=', interviewId).execute();
}

/** Moves a conversation to a position among its interview's conversations. */
export async function setConversationPosition(db: Db, id: string, position: number): Promise<void> {
  await db.kysely.updateTable('conversations').set({ position }).where('id', '=', id).execute();
}

/** Inserts one conversation (its people are set with `setConversationPeople`). */
export async function insertConversation(db: Db, row: Insertable<ConversationsTable>): Promise<void> {
  await db.kysely.insertInto('conversations').values(row).execute();
}

/** Writes the given columns of a conversation. */
export async function updateConversationRow(db: Db, id: string, changes: Updateable<ConversationsTable>): Promise<void> {
  await db.kysely.updateTable('conversations').set(changes).where('id', '=', id).execute();
}

/** Removes a conversation. */
export async function deleteConversationRow(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('conversations').where('id', '=', id).execute();
}

/** Marks an interview changed (its conversations are part of it). */
export async function touchInterview(db: Db, interviewId: string, now: string): Promise<void> {
  await db.kysely.updateTable('interviews').set({ updated_at: now }).where('id', '=', interviewId).execute();
}
