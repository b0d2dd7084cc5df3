import type { Insertable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { OffersTable } from '../../db/schema.js';

/** Offer rows joined with their opportunity's names and stage. */
export function selectOffers(db: Db) {
  return db.kysely
    .selectFrom('offers as f')
    .innerJoin('opportunities as o', 'o.id', 'f.opportunity_id')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .selectAll('f')
    .select(['e.name as employer_name', 'o.role_title', 'o.stage', 'o.archived_at']);
}

export type OfferRow = Awaited<ReturnType<ReturnType<typeof selectOffers>['execute']>>[number];

/** The offer of one opportunity, whoever owns it (the service checks access). */
export function findOfferOf(db: Db, opportunityId: string): Promise<OfferRow | undefined> {
  return selectOffers(db).where('f.opportunity_id', '=', opportunityId).executeTakeFirst();
}

/** The offer with this id, whoever owns it. */
export function findOfferById(db: Db, id: string) {
  return db.kysely.selectFrom('offers').select(['id', 'owner_id', 'opportunity_id']).where('id', '=', id).executeTakeFirst();
}

/** The editable columns of an offer. */
export type OfferValues = Omit<Insertable<OffersTable>, 'id' | 'owner_id' | 'opportunity_id' | 'status' | 'created_at' | 'updated_at'>;

/** Inserts the offer, or replaces the terms of the opportunity's existing one (its id and status stay). */
export async function upsertOffer(db: Db, row: { id: string; owner_id: string; opportunity_id: string; now: string; values: OfferValues }): Promise<void> {
  await db.kysely
    .insertInto('offers')
    .values({ id: row.id, owner_id: row.owner_id, opportunity_id: row.opportunity_id, status: 'pending', created_at: row.now, updated_at: row.now, ...row.values })
    .onConflict((oc) => oc.column('opportunity_id').doUpdateSet({ ...row.values, updated_at: row.now }))
    .execute();
}

/** Sets an offer's status. */
export async function setOfferStatus(db: Db, opportunityId: string, status: string, now: string): Promise<void> {
  await db.kysely.updateTable('offers').set({ status, updated_at: now }).where('opportunity_id', '=', opportunityId).execute();
}

/** Removes the offer of an opportunity. */
export async function deleteOfferOf(db: Db, opportunityId: string): Promise<void> {
  await db.kysely.deleteFrom('offers').where('opportunity_id', '=', opportunityId).execute();
}
