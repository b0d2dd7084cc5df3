import { sql } from 'kysely';
import { ACTIVE_STAGES } from '../../../contracts/opportunities.js';
import type { Db } from '../../db/connect.js';

/** How many of the owner's unarchived opportunities are in each stage (stages with none are left out). */
export function stageCountRows(db: Db, ownerId: string) {
  return db.kysely
    .selectFrom('opportunities')
    .select(['stage', sql<number>`cast(count(*) as integer)`.as('n')])
    .where('owner_id', '=', ownerId)
    .where('archived_at', 'is', null)
    .groupBy('stage')
    .execute();
}

/** The owner's active opportunities with no next action, most recently changed first, at most `limit`. */
export function opportunitiesWithoutNextAction(db: Db, ownerId: string, limit: number) {
  return db.kysely
    .selectFrom('opportunities as o')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select(['o.id', 'e.name as employerName', 'o.role_title as roleTitle', 'o.stage'])
    .where('o.owner_id', '=', ownerId)
    .where('o.archived_at', 'is', null)
    .where('o.stage', 'in', ACTIVE_STAGES)
    .where('o.next_action', 'is', null)
    .orderBy('o.updated_at', 'desc')
    .limit(limit)
    .execute();
}
