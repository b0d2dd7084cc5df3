import { sql } from 'kysely';
import type { Db } from './connect.js';

/**
 * The owner's data revision (0 before their first change): the counter of `0005_owner_revisions`,
 * bumped by triggers in the same transaction as every change to the tables it watches (the
 * opportunities and their employers, settings, priorities, fit ratings, and the interview,
 * follow-up and offer tables of later migrations). Read from the database, so every instance on
 * it sees the same value: the one invalidation rule of the answers cached per owner (the
 * dashboard, the opportunity list).
 */
export async function readOwnerRevision(db: Db, ownerId: string): Promise<number> {
  if (db.readOwnerRevision) return db.readOwnerRevision(ownerId);
  const result = await sql<{ revision: number }>`select revision from owner_revisions where owner_id = ${ownerId}`.execute(db.kysely);
  return Number(result.rows[0]?.revision ?? 0);
}
