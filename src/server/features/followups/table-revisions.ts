import type { Ctx } from '../../auth/actor.js';
import { tableRevisions } from './repository-agenda.js';

/** The actor's revision of each agenda table they have ever changed (`0010_table_revisions`). */
export function readTableRevisions(ctx: Ctx): Promise<Map<string, number>> {
  return tableRevisions(ctx.db, ctx.actor.userId);
}
