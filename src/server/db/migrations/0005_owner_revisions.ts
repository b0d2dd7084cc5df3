import { sql, type Kysely } from 'kysely';
import { isSqlite } from '../dialect.js';

/** Tables whose rows the dashboard reads: any change to them bumps the owner's revision. */
const WATCHED = ['opportunities', 'employers', 'settings', 'priorities', 'fit_ratings'] as const;

// A revision counter per owner, bumped by triggers in the same transaction as any change the
// dashboard depends on. Every instance can then reuse a computed dashboard while the revision
// (read from the database, so shared by all instances) is unchanged.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('owner_revisions')
    .addColumn('owner_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .execute();
  if (isSqlite(db)) {
    for (const table of WATCHED) {
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
    }
    return;
  }
  await sql`create function bump_owner_revision() returns trigger language plpgsql as $$
    declare owner text;
    begin
      if tg_op = 'DELETE' then owner := old.owner_id; else owner := new.owner_id; end if;
      insert into owner_revisions (owner_id, revision) values (owner, 1)
        on conflict (owner_id) do update set revision = owner_revisions.revision + 1;
      return null;
    end $$`.execute(db);
  for (const table of WATCHED) {
    await sql
      .raw(
        `create trigger ${table}_revision after insert or update or delete on ${table} for each row execute function bump_owner_revision()`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) {
    for (const table of WATCHED)
      for (const event of ['insert', 'update', 'delete']) await sql.raw(`drop trigger ${table}_revision_${event}`).execute(db);
  } else {
    for (const table of WATCHED) await sql.raw(`drop trigger ${table}_revision on ${table}`).execute(db);
    await sql`drop function bump_owner_revision()`.execute(db);
  }
  await db.schema.dropTable('owner_revisions').execute();
}
