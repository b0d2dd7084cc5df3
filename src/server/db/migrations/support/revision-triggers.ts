import { sql, type Kysely } from 'kysely';
import { isSqlite } from '../../dialect.js';

const SQLITE_EVENTS = [
  ['insert', 'new'],
  ['update', 'new'],
  ['delete', 'old'],
] as const;

/**
 * SQLite: one trigger per event on `table`, named `${table}_${suffix}_${event}`, running `body` with
 * the changed row as `new` (insert, update) or `old` (delete).
 */
export async function createSqliteRowTriggers(
  db: Kysely<unknown>,
  table: string,
  suffix: string,
  body: (row: 'new' | 'old') => string,
): Promise<void> {
  for (const [event, row] of SQLITE_EVENTS) {
    await sql.raw(`create trigger ${table}_${suffix}_${event} after ${event} on ${table} begin ${body(row)} end`).execute(db);
  }
}

/** Undoes `createSqliteRowTriggers`. */
export async function dropSqliteRowTriggers(db: Kysely<unknown>, table: string, suffix: string): Promise<void> {
  for (const [event] of SQLITE_EVENTS) await sql.raw(`drop trigger ${table}_${suffix}_${event}`).execute(db);
}

/**
 * Makes every insert, update and delete on `tables` bump the owner's revision (the counter of
 * `0005_owner_revisions`), so the dashboard cache sees the change on every instance.
 * PostgreSQL reuses the `bump_owner_revision()` function that migration created.
 */
export async function watchOwnerRevision(db: Kysely<unknown>, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    if (isSqlite(db)) {
      await createSqliteRowTriggers(
        db,
        table,
        'revision',
        (row) => `insert into owner_revisions (owner_id, revision) values (${row}.owner_id, 1)
               on conflict (owner_id) do update set revision = revision + 1;`,
      );
    } else {
      await sql
        .raw(
          `create trigger ${table}_revision after insert or update or delete on ${table} for each row execute function bump_owner_revision()`,
        )
        .execute(db);
    }
  }
}

/** Undoes `watchOwnerRevision` for `tables`. */
export async function unwatchOwnerRevision(db: Kysely<unknown>, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    if (isSqlite(db)) await dropSqliteRowTriggers(db, table, 'revision');
    else await sql.raw(`drop trigger ${table}_revision on ${table}`).execute(db);
  }
}
