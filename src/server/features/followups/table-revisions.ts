import type { Ctx } from '../../auth/actor.js';

/** The query, written out: on SQLite it skips the query builder (it runs on every next-actions request). */
const SQLITE_QUERY = 'select table_name, revision from owner_table_revisions where owner_id = ?';

/** The actor's revision of each agenda table they have ever changed (`0010_table_revisions`). */
export async function readTableRevisions(ctx: Ctx): Promise<Map<string, number>> {
  if (ctx.db.readArrays) return new Map(ctx.db.readArrays({ sql: SQLITE_QUERY, parameters: [ctx.actor.userId] }) as [string, number][]);
  const rows = await ctx.db.kysely
    .selectFrom('owner_table_revisions')
    .select(['table_name', 'revision'])
    .where('owner_id', '=', ctx.actor.userId)
    .execute();
  return new Map(rows.map((r) => [r.table_name, Number(r.revision)]));
}
