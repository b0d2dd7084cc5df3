import { sql, type Kysely } from 'kysely';

/** The local user every row belongs to in local mode. */
export const LOCAL_USER_ID = '00000000-0000-7000-8000-000000000001';

// Migrations use the schema builder only, so one set runs on SQLite and PostgreSQL alike.
// Every owned table carries owner_id from the start: multi-user mode is a policy, not a rewrite.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('is_local', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('employers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('employers_owner_name_key', ['owner_id', 'name_key'])
    .execute();

  await db.schema
    .createTable('opportunities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('employer_id', 'text', (c) => c.notNull().references('employers.id').onDelete('restrict'))
    .addColumn('role_title', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('remote_policy', 'text')
    .addColumn('source_url', 'text')
    .addColumn('salary_min', 'integer')
    .addColumn('salary_max', 'integer')
    .addColumn('salary_currency', 'text')
    .addColumn('salary_period', 'text')
    .addColumn('job_description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('next_action', 'text')
    .addColumn('next_action_due', 'text')
    .addColumn('excitement', 'integer')
    .addColumn('archived_at', 'text')
    .addColumn('stage_changed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opportunities_owner_active').on('opportunities').columns(['owner_id', 'archived_at', 'stage']).execute();
  await db.schema.createIndex('opportunities_owner_due').on('opportunities').columns(['owner_id', 'next_action_due']).execute();
  await db.schema.createIndex('opportunities_employer').on('opportunities').column('employer_id').execute();

  await db.schema
    .createTable('opportunity_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opportunity_events_opportunity').on('opportunity_events').columns(['opportunity_id', 'at']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('owner_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('pipeline_target', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await sql`insert into users (id, display_name, is_local, created_at) values (${LOCAL_USER_ID}, ${'Me'}, ${1}, ${new Date().toISOString()})`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['settings', 'opportunity_events', 'opportunities', 'employers', 'users']) {
    await db.schema.dropTable(table).execute();
  }
}
