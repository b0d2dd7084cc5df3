import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';

/** A stored question of the user's library: their own, or their edit of a built-in (`based_on`). */
export type UserQuestionRow = Selectable<Database['user_questions']>;

/** A stored row of housekeeping answers (one per opportunity). */
export type HousekeepingRow = Selectable<Database['housekeeping']>;

/** The columns of a user question an edit may change. */
type UserQuestionChanges = Pick<Updateable<Database['user_questions']>, 'text' | 'purpose' | 'roles' | 'informs' | 'updated_at'>;

/** The owner's own questions and edits, oldest first. */
export function listUserQuestions(db: Db, ownerId: string): Promise<UserQuestionRow[]> {
  return db.kysely.selectFrom('user_questions').selectAll().where('owner_id', '=', ownerId).orderBy('created_at').orderBy('id').execute();
}

/** The owner's edit of one built-in question, if any. */
export function findEditOf(db: Db, ownerId: string, builtInId: string): Promise<UserQuestionRow | undefined> {
  return db.kysely
    .selectFrom('user_questions')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('based_on', '=', builtInId)
    .executeTakeFirst();
}

/** One stored question by id, whoever owns it (the service checks access). */
export function findUserQuestion(db: Db, id: string): Promise<UserQuestionRow | undefined> {
  return db.kysely.selectFrom('user_questions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores one of the user's own questions. */
export async function insertUserQuestion(db: Db, row: Insertable<Database['user_questions']>): Promise<void> {
  await db.kysely.insertInto('user_questions').values(row).execute();
}

/**
 * Stores the owner's first edit of a built-in (`row.based_on`); when an edit of it already exists (two
 * concurrent first edits), the later one applies `changes` to the copy the first made.
 */
export async function insertEditOf(db: Db, row: Insertable<Database['user_questions']>, changes: UserQuestionChanges): Promise<void> {
  await db.kysely
    .insertInto('user_questions')
    .values(row)
    .onConflict((oc) => oc.columns(['owner_id', 'based_on']).doUpdateSet(changes))
    .execute();
}

/** Changes a stored question (the service checked access). */
export async function updateUserQuestion(db: Db, id: string, changes: UserQuestionChanges): Promise<void> {
  await db.kysely.updateTable('user_questions').set(changes).where('id', '=', id).execute();
}

/** Deletes a stored question (the service checked access). */
export async function deleteUserQuestion(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('user_questions').where('id', '=', id).execute();
}

/** The housekeeping answers of an opportunity, if any were saved (the service checked access). */
export function findHousekeeping(db: Db, opportunityId: string): Promise<HousekeepingRow | undefined> {
  return db.kysely.selectFrom('housekeeping').selectAll().where('opportunity_id', '=', opportunityId).executeTakeFirst();
}

/** Writes an opportunity's housekeeping: `row` on first save, otherwise only `changes` onto the saved row. */
export async function upsertHousekeeping(
  db: Db,
  row: Insertable<Database['housekeeping']>,
  changes: Updateable<Database['housekeeping']>,
): Promise<void> {
  await db.kysely
    .insertInto('housekeeping')
    .values(row)
    .onConflict((oc) => oc.column('opportunity_id').doUpdateSet(changes))
    .execute();
}
