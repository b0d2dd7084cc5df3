import { sql, type Kysely } from 'kysely';
import { isSqlite } from '../../dialect.js';

/**
 * Makes every insert, update and delete on `tables` bump the owner's revision (the counter of
 * `0005_owner_revisions`), so the dashboard cache sees the change on every instance.
 * PostgreSQL reuses the `bump_owner_revision()` function that migration created.
 */
export async function watchOwnerRevision(db: Kysely<unknown>, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    if (isSqlite(db)) {
      for (const [event, row] of [
        ['insert', 'new'],
        ['update', 'new'],
        ['delete', 'old'],
      ] as const) {
        await sql
          .raw(
            `create trigger ${table}_revision_${event} after ${event} on ${table} begin
               insert into owner_revisions (owner_id, revision) values (${row}.owner_id, 1)
               on conflict (owner_id) do update set revision = revision + 1;
             end`,
          )
          .execute(db);
      }
    } else {
      await sql.raw(`create trigger ${table}_revision after insert or update or delete on ${table} for each row execute function bump_owner_revision()`).execute(db);
    }
  }
}

/** Undoes `watchOwnerRevision` for `tables`. */
export async function unwatchOwnerRevision(db: Kysely<unknown>, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    if (isSqlite(db)) for (const event of ['insert', 'update', 'delete']) await sql.raw(`drop trigger ${table}_revision_${event}`).execute(db);
    else await sql.raw(`drop trigger ${table}_revision on ${table}`).execute(db);
  }
}
