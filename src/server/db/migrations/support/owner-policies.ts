import { sql, type Kysely } from 'kysely';
import { isSqlite } from '../../dialect.js';

/**
 * PostgreSQL defence in depth (server mode): row-level security on owned tables, keyed by the
 * per-request setting `app.user_id` (see src/server/auth/request-db.ts). A row is visible and
 * writable only when its owner_id equals the setting; with the setting empty (local mode, the CLI,
 * migrations, public routes) the policy lets everything through, so the one access check in the
 * services stays the first line. FORCE makes the policy bind the tables' owner too (superusers
 * always bypass row-level security: run the app as an ordinary role). `alsoColumn` names a second
 * account that may see the row (the coach of a share). No-op on SQLite.
 */
export async function protectOwnedTables(db: Kysely<unknown>, tables: readonly string[], alsoColumn?: string): Promise<void> {
  if (isSqlite(db)) return;
  const who = alsoColumn ? `owner_id, ${alsoColumn}` : 'owner_id';
  for (const table of tables) {
    await sql.raw(`alter table ${table} enable row level security`).execute(db);
    await sql.raw(`alter table ${table} force row level security`).execute(db);
    await sql
      .raw(
        `create policy ${table}_owner on ${table}
           using (coalesce(current_setting('app.user_id', true), '') in ('', ${who}))
           with check (coalesce(current_setting('app.user_id', true), '') in ('', ${who}))`,
      )
      .execute(db);
  }
}

/** Undoes `protectOwnedTables`. */
export async function unprotectOwnedTables(db: Kysely<unknown>, tables: readonly string[]): Promise<void> {
  if (isSqlite(db)) return;
  for (const table of tables) {
    await sql.raw(`drop policy ${table}_owner on ${table}`).execute(db);
    await sql.raw(`alter table ${table} no force row level security`).execute(db);
    await sql.raw(`alter table ${table} disable row level security`).execute(db);
  }
}

/** Every table of the current schema with an owner_id column (PostgreSQL). */
export async function ownedTables(db: Kysely<unknown>): Promise<string[]> {
  const rows = await sql<{ table_name: string }>`
    select c.table_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = current_schema() and c.column_name = 'owner_id'
    order by c.table_name`.execute(db);
  return rows.rows.map((r) => r.table_name);
}
