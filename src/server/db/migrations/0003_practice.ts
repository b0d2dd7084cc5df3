import type { Kysely } from 'kysely';

// Answer practice: answers with versions, the story bank, rehearsals. Audio is never stored: only text.
export async function up(db: Kysely<unknown>): Promise<void> {
  const owner = (c: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
    c.addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'));

  // A tailored answer belongs to its opportunity and goes with it.
  await owner(db.schema.createTable('answers').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('prompt_id', 'text', (c) => c.notNull())
    .addColumn('opportunity_id', 'text', (c) => c.references('opportunities.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('answers_owner_prompt').on('answers').columns(['owner_id', 'prompt_id']).execute();
  await db.schema.createIndex('answers_opportunity').on('answers').column('opportunity_id').execute();

  await owner(db.schema.createTable('answer_versions').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('answer_id', 'text', (c) => c.notNull().references('answers.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('finding_counts', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('answer_versions_number', ['answer_id', 'number'])
    .execute();

  await owner(db.schema.createTable('stories').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('situation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('task', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('action', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('result', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('skills', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('numbers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stories_owner').on('stories').column('owner_id').execute();

  // Rehearsal history outlives an opportunity: it still says which prompts went badly.
  await owner(db.schema.createTable('rehearsals').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('prompt_id', 'text', (c) => c.notNull())
    .addColumn('opportunity_id', 'text', (c) => c.references('opportunities.id').onDelete('set null'))
    .addColumn('answer_text', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('self_rating', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('transcribed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('finding_counts', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('metrics', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rehearsals_owner_prompt').on('rehearsals').columns(['owner_id', 'prompt_id', 'created_at']).execute();
  await db.schema.createIndex('rehearsals_opportunity').on('rehearsals').column('opportunity_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['rehearsals', 'stories', 'answer_versions', 'answers']) await db.schema.dropTable(table).execute();
}
