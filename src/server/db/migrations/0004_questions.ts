import type { Kysely } from 'kysely';

// Questions to ask: the user's own (and edited built-in) questions, question plans with interviewers and items,
// and the housekeeping answers per opportunity.
export async function up(db: Kysely<unknown>): Promise<void> {
  const owner = (c: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
    c.addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'));

  // based_on is null for the user's own question, or the built-in id the row overrides (one override per built-in).
  await owner(db.schema.createTable('user_questions').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('based_on', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('informs', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('user_questions_owner_based_on', ['owner_id', 'based_on'])
    .execute();

  // One plan per opportunity for now; interviews (a later issue) add a nullable interview_id and replace the
  // unique index with one over (opportunity_id, interview_id).
  await owner(db.schema.createTable('question_plans').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('closing_line', 'text')
    .addColumn('interviewers_set', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('question_plans_opportunity').on('question_plans').column('opportunity_id').unique().execute();

  await owner(db.schema.createTable('question_plan_interviewers').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('question_plans.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('question_plan_interviewers_pair', ['plan_id', 'person_id'])
    .execute();

  await owner(db.schema.createTable('question_plan_items').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('question_plans.id').onDelete('cascade'))
    .addColumn('question_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('interviewer_person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('asked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answer_heard', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('question_plan_items_plan').on('question_plan_items').columns(['plan_id', 'position']).execute();

  await owner(db.schema.createTable('housekeeping').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('next_steps', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision_date', 'text')
    .addColumn('candidate_count', 'integer')
    .addColumn('best_contact', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('best_contact_person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('preferred_channel', 'text')
    .addColumn('preferred_timing', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('housekeeping_opportunity', ['opportunity_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['housekeeping', 'question_plan_items', 'question_plan_interviewers', 'question_plans', 'user_questions']) {
    await db.schema.dropTable(table).execute();
  }
}
