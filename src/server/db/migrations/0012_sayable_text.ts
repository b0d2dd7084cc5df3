import type { Kysely } from 'kysely';

// Send-ready writing (issue #16). Drafts are made only of structured facts and text the user wrote
// to be said: per thank-you note, the one thing they would like to mention to that interviewer;
// per concern, how the note refers to it and the answer in one sentence.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('follow_ups').addColumn('mention', 'text').execute();
  await db.schema
    .alterTable('concerns')
    .addColumn('reply_reference', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('concerns')
    .addColumn('reply_line', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('concerns').dropColumn('reply_line').execute();
  await db.schema.alterTable('concerns').dropColumn('reply_reference').execute();
  await db.schema.alterTable('follow_ups').dropColumn('mention').execute();
}
