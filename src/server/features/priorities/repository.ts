import type { Insertable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { PrioritiesTable } from '../../db/schema/priorities.js';

/** The owner's saved priorities in their order (none until they save their own). */
export function priorityRows(db: Db, ownerId: string) {
  return db.kysely.selectFrom('priorities').selectAll().where('owner_id', '=', ownerId).orderBy('position').execute();
}

/** Replaces the owner's priorities with these rows (the caller holds a transaction). */
export async function replacePriorityRows(db: Db, ownerId: string, rows: Insertable<PrioritiesTable>[]): Promise<void> {
  await db.kysely.deleteFrom('priorities').where('owner_id', '=', ownerId).execute();
  if (rows.length === 0) return;
  await db.kysely.insertInto('priorities').values(rows).execute();
}

/** The owner's ratings of these opportunities (with evidence). */
export function ratingRows(db: Db, ownerId: string, opportunityIds: string[]) {
  return db.kysely
    .selectFrom('fit_ratings')
    .select(['opportunity_id', 'priority_key', 'rating', 'evidence', 'fact_ids'])
    .where('owner_id', '=', ownerId)
    .where('opportunity_id', 'in', opportunityIds)
    .execute();
}

/** Every rating the owner has (no evidence): cheaper than one parameter per id for long lists. */
export function allRatingRows(db: Db, ownerId: string) {
  return db.kysely.selectFrom('fit_ratings').select(['opportunity_id', 'priority_key', 'rating']).where('owner_id', '=', ownerId).execute();
}

/** An opportunity's owner, for the owner check in `access.ts`. */
export function opportunityOwner(db: Db, opportunityId: string) {
  return db.kysely.selectFrom('opportunities').select('owner_id').where('id', '=', opportunityId).executeTakeFirst();
}

/** Saves one rating: inserted, or its values updated when the opportunity already has one for this priority. */
export async function upsertRating(
  db: Db,
  key: { id: string; owner_id: string; opportunity_id: string; priority_key: string },
  values: { rating: string; evidence: string; fact_ids: string; updated_at: string },
): Promise<void> {
  await db.kysely
    .insertInto('fit_ratings')
    .values({ ...key, ...values })
    .onConflict((oc) => oc.columns(['opportunity_id', 'priority_key']).doUpdateSet(values))
    .execute();
}
