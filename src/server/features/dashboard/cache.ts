import { sql } from 'kysely';
import type { Ctx } from '../../auth/actor.js';

/** How many (owner, day) dashboards one instance keeps. */
const MAX_ENTRIES = 1000;

/**
 * Serialised dashboards keyed by owner and day, each stamped with the owner's revision. The
 * revision lives in the database (bumped by triggers on every change the dashboard reads), so an
 * entry is reused only while the data is provably unchanged — on this instance or any other.
 */
export class DashboardCache {
  private readonly entries = new Map<string, { revision: number; body: string }>();

  /** The cached body when its revision is current. */
  get(key: string, revision: number): string | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.revision !== revision) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.body;
  }

  /** Keeps a body, dropping the least recently used entry when full. */
  set(key: string, revision: number, body: string): void {
    this.entries.delete(key);
    this.entries.set(key, { revision, body });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** The owner's data revision (0 before their first change). */
export async function readRevision(ctx: Ctx): Promise<number> {
  if (ctx.db.readOwnerRevision) return ctx.db.readOwnerRevision(ctx.actor.userId);
  const result = await sql<{ revision: number }>`select revision from owner_revisions where owner_id = ${ctx.actor.userId}`.execute(ctx.db.kysely);
  return Number(result.rows[0]?.revision ?? 0);
}
