import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { ConcernsTable } from '../../db/schema.js';
import { interviewIsLive, type ConcernRow } from './repository.js';

/** Concern rows with the name of the person who raised them. */
function selectConcerns(db: Db) {
  return db.kysely
    .selectFrom('concerns as c')
    .leftJoin('people as p', 'p.id', 'c.raised_by_person_id')
    .selectAll('c')
    .select('p.name as raised_by_name');
}

/** The owner's concerns that are visible: those of a deleted interview are hidden with it. */
function visibleConcerns(db: Db, ownerId: string) {
  return selectConcerns(db)
    .leftJoin('interviews as i', 'i.id', 'c.interview_id')
    .where('c.owner_id', '=', ownerId)
    .where((eb) => eb.or([eb('c.interview_id', 'is', null), interviewIsLive('i')]));
}

/** One of the owner's visible concerns. */
export function findVisibleConcern(db: Db, ownerId: string, id: string): Promise<ConcernRow | undefined> {
  return visibleConcerns(db, ownerId).where('c.id', '=', id).executeTakeFirst();
}

/** The owner's visible concerns about an opportunity (from notes or added directly), oldest first. */
export function opportunityConcerns(db: Db, ownerId: string, opportunityId: string): Promise<ConcernRow[]> {
  return visibleConcerns(db, ownerId).where('c.opportunity_id', '=', opportunityId).orderBy('c.created_at').orderBy('c.id').execute();
}

/** The owner's visible concerns raised in one interview, oldest first. */
export function interviewConcerns(db: Db, ownerId: string, interviewId: string): Promise<ConcernRow[]> {
  return visibleConcerns(db, ownerId).where('c.interview_id', '=', interviewId).orderBy('c.created_at').orderBy('c.id').execute();
}

/** Inserts a concern unless its id exists already; true when the row was written. */
export async function insertConcern(db: Db, row: Insertable<ConcernsTable>): Promise<boolean> {
  const result = await db.kysely
    .insertInto('concerns')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Writes the given columns of a concern. */
export async function updateConcernRow(db: Db, id: string, changes: Updateable<ConcernsTable>): Promise<void> {
  await db.kysely.updateTable('concerns').set(changes).where('id', '=', id).execute();
}

/** Removes a concern. */
export async function deleteConcernRow(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('concerns').where('id', '=', id).execute();
}
