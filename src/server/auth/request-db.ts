import { sql } from 'kysely';
import type { Db } from '../db/connect.js';

/** Longest a request may hold its connection before it is handed back regardless. */
const HOLD_LIMIT_MS = 120_000;

/**
 * PostgreSQL, server mode: reserves one connection for a request and sets `app.user_id` on it, so
 * the row-level security policies (migrations/support/owner-policies.ts) bind every query the
 * request makes — transactions included — to the signed-in account. `release` clears the setting
 * and returns the connection to the pool; call it exactly when the response is done.
 */
export async function bindToUser(db: Db, userId: string): Promise<{ db: Db; release: () => void }> {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  const timer = setTimeout(release, HOLD_LIMIT_MS);
  timer.unref();
  const bound = await new Promise<Db>((resolve, reject) => {
    db.kysely
      .connection()
      .execute(async (conn) => {
        await sql`select set_config('app.user_id', ${userId}, false)`.execute(conn);
        resolve({ ...db, kysely: conn });
        await done;
        clearTimeout(timer);
        await sql`select set_config('app.user_id', '', false)`.execute(conn);
      })
      .catch(reject);
  });
  return { db: bound, release };
}
