import type { Db } from '../../db/connect.js';

/** Every stage event of an owner's opportunities, oldest first. */
export function stageEvents(db: Db, ownerId: string) {
  return db.kysely
    .selectFrom('opportunity_events')
    .select(['opportunity_id', 'kind', 'to_stage', 'at'])
    .where('owner_id', '=', ownerId)
    .where('kind', 'in', ['created', 'stage'])
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** The people linked to each of an owner's opportunities. */
export function contacts(db: Db, ownerId: string) {
  return db.kysely
    .selectFrom('opportunity_people as op')
    .innerJoin('people as p', 'p.id', 'op.person_id')
    .select(['op.opportunity_id', 'p.name', 'p.email', 'p.role'])
    .where('op.owner_id', '=', ownerId)
    .orderBy('op.created_at')
    .execute();
}
