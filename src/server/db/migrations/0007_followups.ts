import type { Kysely } from 'kysely';
import { unwatchOwnerRevision, watchOwnerRevision } from './support/revision-triggers.js';

// Follow-ups (issue #7). Thank-you notes and check-ins are computed from interviews and
// housekeeping; `follow_ups` holds only the user's state for them (tone, edited draft, sent,
// dismissed), addressed by a natural key so an item can be changed before any row exists:
// `thank-you:<interviewId>:<personId>` or `check-in:<opportunityId>:<sequence>`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (c) => c.references('interviews.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('tone', 'text')
    .addColumn('subject', 'text')
    .addColumn('draft', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('dismissed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('follow_ups_item', ['opportunity_id', 'item_key'])
    .execute();
  await db.schema.createIndex('follow_ups_owner').on('follow_ups').column('owner_id').execute();

  // The user's follow-up rules (JSON overrides of FOLLOW_UP_RULES) and the name notes are signed with.
  await db.schema
    .createTable('follow_up_settings')
    .addColumn('owner_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('rules', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('sender_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Next actions (dashboard and /next) read these: follow-up state and rules, people's names in
  // titles, and whether a question plan has items (prep tasks).
  await watchOwnerRevision(db, ['follow_ups', 'follow_up_settings', 'people', 'question_plan_items']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await unwatchOwnerRevision(db, ['follow_ups', 'follow_up_settings', 'people', 'question_plan_items']);
  await db.schema.dropTable('follow_up_settings').execute();
  await db.schema.dropTable('follow_ups').execute();
}
