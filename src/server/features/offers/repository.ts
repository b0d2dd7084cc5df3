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
export async function upsertOffer(
  db: Db,
  row: { id: string; owner_id: string; opportunity_id: string; now: string; values: OfferValues },
): Promise<void> {
  await db.kysely
    .insertInto('offers')
    .values({
      id: row.id,
      owner_id: row.owner_id,
      opportunity_id: row.opportunity_id,
      status: 'pending',
      created_at: row.now,
      updated_at: row.now,
      ...row.values,
    })
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

/** The owner's offers of open opportunities (not archived, not in `closed` stages) that are not declined, by employer. */
export function comparableOffers(db: Db, ownerId: string, closed: readonly string[]): Promise<OfferRow[]> {
  return selectOffers(db)
    .where('f.owner_id', '=', ownerId)
    .where('o.archived_at', 'is', null)
    .where('o.stage', 'not in', [...closed])
    .where('f.status', '!=', 'declined')
    .orderBy('e.name')
    .orderBy('f.id')
    .execute();
}

/** The owner's fit ratings of these opportunities. */
export async function fitRatingsOf(db: Db, ownerId: string, opportunityIds: string[]) {
  if (opportunityIds.length === 0) return [];
  return db.kysely
    .selectFrom('fit_ratings')
    .select(['opportunity_id', 'priority_key', 'rating'])
    .where('owner_id', '=', ownerId)
    .where('opportunity_id', 'in', opportunityIds)
    .execute();
}

/** The owner's accepted offer of another opportunity than this one, if any. */
export function acceptedOfferElsewhere(db: Db, ownerId: string, opportunityId: string): Promise<OfferRow | undefined> {
  return selectOffers(db)
    .where('f.owner_id', '=', ownerId)
    .where('f.status', '=', 'accepted')
    .where('f.opportunity_id', '!=', opportunityId)
    .executeTakeFirst();
}

/** Housekeeping's best contact (with the person it names) for each of the owner's opportunities. */
export function bestContactsOf(db: Db, ownerId: string, opportunityIds: string[]) {
  return db.kysely
    .selectFrom('housekeeping as h')
    .leftJoin('people as p', 'p.id', 'h.best_contact_person_id')
    .select(['h.opportunity_id', 'h.best_contact', 'h.best_contact_person_id', 'h.contact_email', 'p.name', 'p.email'])
    .where('h.owner_id', '=', ownerId)
    .where('h.opportunity_id', 'in', opportunityIds)
    .execute();
}

/** The people linked to each of the owner's opportunities, in the order they were linked. */
export function linkedPeopleOf(db: Db, ownerId: string, opportunityIds: string[]) {
  return db.kysely
    .selectFrom('opportunity_people as op')
    .innerJoin('people as p', 'p.id', 'op.person_id')
    .select(['op.opportunity_id', 'p.id', 'p.name', 'p.email', 'p.role'])
    .where('op.owner_id', '=', ownerId)
    .where('op.opportunity_id', 'in', opportunityIds)
    .orderBy('op.created_at')
    .orderBy('p.id')
    .execute();
}

/** The owner's open opportunities other than `exceptId` in these stages, with employer names, by employer. */
export function openOpportunitiesExcept(db: Db, ownerId: string, exceptId: string, stages: readonly string[]) {
  return db.kysely
    .selectFrom('opportunities as o')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select(['o.id', 'e.name as employer_name', 'o.role_title', 'o.stage'])
    .where('o.owner_id', '=', ownerId)
    .where('o.id', '!=', exceptId)
    .where('o.archived_at', 'is', null)
    .where('o.stage', 'in', [...stages])
    .orderBy('e.name')
    .orderBy('o.id')
    .execute();
}

/** Which of these opportunities of the owner have a pending offer. */
export async function withPendingOffer(db: Db, ownerId: string, opportunityIds: string[]): Promise<Set<string>> {
  if (opportunityIds.length === 0) return new Set();
  const rows = await db.kysely
    .selectFrom('offers')
    .select('opportunity_id')
    .where('owner_id', '=', ownerId)
    .where('opportunity_id', 'in', opportunityIds)
    .where('status', '=', 'pending')
    .execute();
  return new Set(rows.map((r) => r.opportunity_id));
}
