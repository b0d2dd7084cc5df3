import { sql } from 'kysely';
import type { Ctx } from '../../auth/actor.js';

/** How many (owner, day) dashboards one instance keeps. */
const MAX_ENTRIES = 1000;

/**
 * Serialised dashboards keyed by owner, day and zone, each stamped with the owner's revision and
 * the instant it next changes by the clock alone (a thank-you note turning overdue, an interview
 * starting). The revision lives in the database (bumped by triggers on every change the dashboard
 * reads), so an entry is reused only while the data is provably unchanged — on this instance or
 * any other — and its time has not run out.
 */
export class DashboardCache {
  private readonly entries = new Map<string, { revision: number; body: string; validUntil: number }>();

  /** The cached body when its revision is current and `nowMs` is before its expiry. */
  get(key: string, revision: number, nowMs = 0): string | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.revision !== revision || nowMs >= entry.validUntil) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.body;
  }

  /** Keeps a body, dropping the least recently used entry when full. */
  set(key: string, revision: number, body: string, validUntil = Number.POSITIVE_INFINITY): void {
    this.entries.delete(key);
    this.entries.set(key, { revision, body, validUntil });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** The owner's data revision (0 before their first change). */
export async function readRevision(ctx: Ctx): Promise<number> {
  if (ctx.db.readOwnerRevision) return ctx.db.readOwnerRevision(ctx.actor.userId);
  const result = await sql<{ revision: number }>`select revision from owner_revisions where owner_id = ${ctx.actor.userId}`.execute(
    ctx.db.kysely,
  );
  return Number(result.rows[0]?.revision ?? 0);
}
