import { SqliteAdapter, type Kysely } from 'kysely';

/** True when the Kysely instance talks to SQLite (migrations and search differ only there). */
export function isSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}
