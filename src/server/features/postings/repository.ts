import type { Db } from '../../db/connect.js';
import type { PostingCopiesTable } from '../../db/schema.js';

/** The copy kept on an opportunity, if any. */
export function findCopy(db: Db, opportunityId: string) {
  return db.kysely.selectFrom('posting_copies').selectAll().where('opportunity_id', '=', opportunityId).executeTakeFirst();
}

/** Keeps the copy, replacing an earlier one of the same opportunity. Answers whether it is new. */
export async function upsertCopy(db: Db, row: PostingCopiesTable): Promise<boolean> {
  const existing = await findCopy(db, row.opportunity_id);
  if (existing) {
    const { id: _id, owner_id: _owner, opportunity_id: _opp, ...changes } = row;
    void _id;
    void _owner;
    void _opp;
    await db.kysely.updateTable('posting_copies').set(changes).where('id', '=', existing.id).execute();
    return false;
  }
  await db.kysely.insertInto('posting_copies').values(row).execute();
  return true;
}
