import { uuidv7 } from '../../src/core/ids.js';
import type { Db } from '../../src/server/db/connect.js';
import type { NewOpportunityRow } from '../../src/server/db/schema.js';

/** Rows written straight to the database, for tests that need another owner's data or a fixed shape. */
const AT = '2026-03-02T09:00:00.000Z';

/** A user other than the local one; answers their id. */
export async function insertUserRow(db: Db, id = uuidv7(), displayName = 'Someone else'): Promise<string> {
  await db.kysely.insertInto('users').values({ id, display_name: displayName, is_local: 0, created_at: AT }).execute();
  return id;
}

/** An employer of `ownerId`; answers its id. */
export async function insertEmployerRow(db: Db, ownerId: string, name: string, id = uuidv7()): Promise<string> {
  await db.kysely
    .insertInto('employers')
    .values({ id, owner_id: ownerId, name, name_key: name.toLowerCase(), created_at: AT, updated_at: AT })
    .execute();
  return id;
}

/** An opportunity row with every optional column empty unless given; answers its id. */
export async function insertOpportunityRow(
  db: Db,
  row: Pick<NewOpportunityRow, 'owner_id' | 'employer_id'> & Partial<NewOpportunityRow>,
): Promise<string> {
  const id = row.id ?? uuidv7();
  await db.kysely
    .insertInto('opportunities')
    .values({
      role_title: 'Role',
      location: null,
      remote_policy: null,
      source_url: null,
      salary_min: null,
      salary_max: null,
      salary_currency: null,
      salary_period: null,
      job_description: '',
      stage: 'interviewing',
      next_action: null,
      next_action_due: null,
      excitement: null,
      archived_at: null,
      stage_changed_at: AT,
      created_at: AT,
      updated_at: AT,
      ...row,
      id,
    })
    .execute();
  return id;
}
