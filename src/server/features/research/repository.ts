import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';

/** An employer by id (the caller checks its owner). */
export function findEmployer(db: Db, id: string) {
  return db.kysely.selectFrom('employers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A fact by id (the caller checks its owner). */
export function findFact(db: Db, id: string) {
  return db.kysely.selectFrom('facts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An employer's facts, by topic, newest first. */
export function factsOfEmployer(db: Db, employerId: string) {
  return db.kysely
    .selectFrom('facts')
    .selectAll()
    .where('employer_id', '=', employerId)
    .orderBy('topic')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function insertFact(db: Db, row: Insertable<Database['facts']>): Promise<void> {
  await db.kysely.insertInto('facts').values(row).execute();
}

export async function updateFactRow(db: Db, id: string, changes: Updateable<Database['facts']>): Promise<void> {
  await db.kysely.updateTable('facts').set(changes).where('id', '=', id).execute();
}

export async function deleteFactRow(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('facts').where('id', '=', id).execute();
}
