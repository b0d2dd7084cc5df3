import type { Db } from '../../db/connect.js';

/** The owner's stored pipeline target, if they ever saved settings. */
export function settingsRow(db: Db, ownerId: string) {
  return db.kysely.selectFrom('settings').select('pipeline_target').where('owner_id', '=', ownerId).executeTakeFirst();
}

/** Writes the owner's pipeline target (inserted the first time, updated after). */
export async function upsertSettings(db: Db, ownerId: string, pipelineTarget: number, now: string): Promise<void> {
  await db.kysely
    .insertInto('settings')
    .values({ owner_id: ownerId, pipeline_target: pipelineTarget, updated_at: now })
    .onConflict((oc) => oc.column('owner_id').doUpdateSet({ pipeline_target: pipelineTarget, updated_at: now }))
    .execute();
}
