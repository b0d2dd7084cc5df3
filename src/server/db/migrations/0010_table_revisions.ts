import { sql, type Kysely } from 'kysely';
import { isSqlite } from '../dialect.js';
import { protectOwnedTables, unprotectOwnedTables } from './support/owner-policies.js';
import { createSqliteRowTriggers, dropSqliteRowTriggers } from './support/revision-triggers.js';

/**
 * The tables the next-actions list reads. Each already bumps the owner's revision; here each also
 * bumps its own counter per owner, so the list can reload only the tables that changed.
 */
export const AGENDA_TABLES = [
  'opportunities',
  'employers',
  'interviews',
  'conversations',
  'conversation_people',
  'people',
  'housekeeping',
  'follow_ups',
  'follow_up_settings',
  'offers',
  'question_plan_items',
] as const;

// A revision per owner and table, bumped by triggers in the same transaction as the change.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('owner_table_revisions')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('owner_table_revisions_pk', ['owner_id', 'table_name'])
    .execute();
  if (isSqlite(db)) {
    for (const table of AGENDA_TABLES) {
      await createSqliteRowTriggers(
        db,
        table,
        'table_revision',
        (row) => `insert into owner_table_revisions (owner_id, table_name, revision) values (${row}.owner_id, '${table}', 1)
               on conflict (owner_id, table_name) do update set revision = revision + 1;`,
      );
    }
    return;
  }
  await sql`create function bump_owner_table_revision() returns trigger language plpgsql as $$
    declare owner text;
    begin
      if tg_op = 'DELETE' then owner := old.owner_id; else owner := new.owner_id; end if;
      insert into owner_table_revisions (owner_id, table_name, revision) values (owner, tg_table_name, 1)
        on conflict (owner_id, table_name) do update set revision = owner_table_revisions.revision + 1;
      return null;
    end $$`.execute(db);
  for (const table of AGENDA_TABLES) {
    await sql
      .raw(
        `create trigger ${table}_table_revision after insert or update or delete on ${table} for each row execute function bump_owner_table_revision()`,
      )
      .execute(db);
  }
  await protectOwnedTables(db, ['owner_table_revisions']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) {
    for (const table of AGENDA_TABLES) await dropSqliteRowTriggers(db, table, 'table_revision');
  } else {
    await unprotectOwnedTables(db, ['owner_table_revisions']);
    for (const table of AGENDA_TABLES) await sql.raw(`drop trigger ${table}_table_revision on ${table}`).execute(db);
    await sql`drop function bump_owner_table_revision()`.execute(db);
  }
  await db.schema.dropTable('owner_table_revisions').execute();
}
