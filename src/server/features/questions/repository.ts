import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';

/** A stored question of the user's library: their own, or their edit of a built-in (`based_on`). */
export type UserQuestionRow = Selectable<Database['user_questions']>;

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
