import type { Kysely } from 'kysely';
import { unwatchOwnerRevision, watchOwnerRevision } from './support/revision-triggers.js';

type TableBuilder = ReturnType<Kysely<unknown>['schema']['createTable']>;

// The interview day: interviews with their conversations (time slots with interviewers), the notes
// taken during them, the concerns the employer raised, and the reflection afterwards.
export async function up(db: Kysely<unknown>): Promise<void> {
  const owned = (name: string): TableBuilder =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'));

  // checklist: JSON array of { id, label, done }. deleted_at: a deleted interview is kept until the undo window passes.
  await owned('interviews')
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('checklist', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interviews_opportunity').on('interviews').columns(['opportunity_id', 'starts_at']).execute();
  await db.schema.createIndex('interviews_owner_start').on('interviews').columns(['owner_id', 'starts_at']).execute();

  await owned('conversations')
    .addColumn('interview_id', 'text', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversations_interview').on('conversations').columns(['interview_id', 'position']).execute();

  await owned('conversation_people')
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('conversation_people_pair', ['conversation_id', 'person_id'])
    .execute();

  // One row per note entry. id and written_at come from the device that wrote it; revision is the
  // server's counter for optimistic concurrency; conflict_of names the note a concurrent edit forked from.
  await owned('interview_notes')
    .addColumn('interview_id', 'text', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) => c.references('conversations.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('marker', 'text', (c) => c.notNull().defaultTo('plain'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('conflict_of', 'text')
    .addColumn('written_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interview_notes_interview').on('interview_notes').columns(['interview_id', 'written_at']).execute();

  // A concern raised by the employer: from a `!` note line (note_id set) or added directly.
  await owned('concerns')
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (c) => c.references('interviews.id').onDelete('set null'))
    .addColumn('conversation_id', 'text', (c) => c.references('conversations.id').onDelete('set null'))
    .addColumn('note_id', 'text', (c) => c.references('interview_notes.id').onDelete('set null'))
    .addColumn('raised_by_person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('how_addressed', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('concerns_opportunity').on('concerns').column('opportunity_id').execute();
  await db.schema.createIndex('concerns_note').on('concerns').column('note_id').unique().execute();

  // stumpers: JSON array of { text, promptId | null }.
  await owned('reflections')
    .addColumn('interview_id', 'text', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('rating', 'integer')
    .addColumn('went_well', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('to_improve', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signals', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('stumpers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reflections_interview', ['interview_id'])
    .execute();

  // The dashboard shows upcoming interviews and open concerns; notes stay off the hot revision path.
  await watchOwnerRevision(db, ['interviews', 'conversations', 'conversation_people', 'concerns', 'housekeeping']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await unwatchOwnerRevision(db, ['interviews', 'conversations', 'conversation_people', 'concerns', 'housekeeping']);
  for (const table of ['reflections', 'concerns', 'interview_notes', 'conversation_people', 'conversations', 'interviews']) {
    await db.schema.dropTable(table).execute();
  }
}
