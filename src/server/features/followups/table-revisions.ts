import type { Ctx } from '../../auth/actor.js';

/** The actor's revision of each agenda table they have ever changed (`0010_table_revisions`). */
export async function readTableRevisions(ctx: Ctx): Promise<Map<string, number>> {
  if (ctx.db.readOwnerTableRevisions) return ctx.db.readOwnerTableRevisions(ctx.actor.userId);
  const rows = await ctx.db.kysely.selectFrom('owner_table_revisions').select(['table_name', 'revision']).where('owner_id', '=', ctx.actor.userId).execute();
  return new Map(rows.map((r) => [r.table_name, Number(r.revision)]));
}
