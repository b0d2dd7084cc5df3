import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import { AppError } from '../errors.js';

/** A limit: at most `max` attempts per key in each fixed window of `windowMs`. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** Per-account limits are tight; per-address ones allow a classroom behind one NAT. */
export const LIMITS = {
  account: { max: 10, windowMs: FIFTEEN_MINUTES },
  ip: { max: 50, windowMs: FIFTEEN_MINUTES },
} as const satisfies Record<string, RateLimit>;

/** A 429 that carries how long to wait, for the Retry-After header. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate-limited', `Too many attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`);
  }
}

function windowOf(now: Date, limit: RateLimit): { start: number; retryAfterSeconds: number } {
  const start = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs;
  return { start, retryAfterSeconds: Math.max(1, Math.ceil((start + limit.windowMs - now.getTime()) / 1000)) };
}

/** The count of `key` in the current window (reads only). */
export async function readCount(db: Db, key: string, now: Date, limit: RateLimit): Promise<number> {
  const { start } = windowOf(now, limit);
  const row = await db.kysely
    .selectFrom('rate_limits')
    .select('count')
    .where('key', '=', key)
    .where('window_start', '=', new Date(start).toISOString())
    .executeTakeFirst();
  return row ? Number(row.count) : 0;
}

/** One counted attempt: where it was counted, the new count, and the seconds until its window ends. */
export interface Counted {
  key: string;
  windowStart: string;
  count: number;
  retryAfterSeconds: number;
}

/** Takes back one counted attempt (a sign-in that turned out right). */
export async function uncount(db: Db, counted: Counted): Promise<void> {
  await db.kysely
    .updateTable('rate_limits')
    .set({ count: sql<number>`count - 1` })
    .where('key', '=', counted.key)
    .where('window_start', '=', counted.windowStart)
    .where('count', '>', 0)
    .execute();
}

/**
 * Counts one attempt for `key` in the current window (an atomic upsert on both engines, so the
 * counter holds across instances) and answers the new count and the seconds until the window ends.
 */
export async function countAttempt(db: Db, key: string, now: Date, limit: RateLimit): Promise<Counted> {
  const { start, retryAfterSeconds } = windowOf(now, limit);
  const windowStart = new Date(start).toISOString();
  const row = await db.kysely
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql<number>`rate_limits.count + 1` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  // Now and then, forget windows older than a day.
  if (Math.random() < 0.02) {
    await db.kysely
      .deleteFrom('rate_limits')
      .where('window_start', '<', new Date(now.getTime() - 24 * 3600 * 1000).toISOString())
      .execute();
  }
  return { key, windowStart, count: Number(row.count), retryAfterSeconds };
}

/** Counts an attempt against every key; throws RateLimitedError when any is over its limit. */
export async function enforceLimits(db: Db, now: Date, checks: ReadonlyArray<{ key: string; limit: RateLimit }>): Promise<void> {
  let wait = 0;
  for (const { key, limit } of checks) {
    const { count, retryAfterSeconds } = await countAttempt(db, key, now, limit);
    if (count > limit.max) wait = Math.max(wait, retryAfterSeconds);
  }
  if (wait > 0) throw new RateLimitedError(wait);
}

/**
 * A gate that lets one attempt through and then stays shut for `waitMs` (an atomic conditional
 * update on both engines: of attempts sent at once, exactly one passes). Kept per window of
 * `limit`, as a row whose count is the moment the gate opens again, in ms after the window start.
 * Throws RateLimitedError with the wait left when the gate is shut.
 */
export async function passGate(db: Db, key: string, now: Date, limit: RateLimit, waitMs: number): Promise<void> {
  const { start } = windowOf(now, limit);
  const windowStart = new Date(start).toISOString();
  const at = now.getTime() - start;
  await db.kysely
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 0 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doNothing())
    .execute();
  const passed = await db.kysely
    .updateTable('rate_limits')
    .set({ count: at + waitMs })
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .where('count', '<=', at)
    .returning('count')
    .executeTakeFirst();
  if (passed) return;
  const gate = await db.kysely
    .selectFrom('rate_limits')
    .select('count')
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .executeTakeFirst();
  throw new RateLimitedError(Math.max(1, Math.ceil((Number(gate?.count ?? at) - at) / 1000)));
}
