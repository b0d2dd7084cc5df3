import type { Kysely } from 'kysely';
import { unwatchOwnerRevision, watchOwnerRevision } from './support/revision-triggers.js';

// Offers (one per opportunity) and the secret-token calendar feeds.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('base_pay', 'integer')
    .addColumn('currency', 'text')
    .addColumn('pay_period', 'text')
    .addColumn('bonus', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('equity', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('benefits', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('start_date', 'text')
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('remote_policy', 'text')
    .addColumn('deadline', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('offers_opportunity', ['opportunity_id'])
    .execute();

  // Only a hash of the token is stored; the URL with the token is shown once when the feed is made.
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await watchOwnerRevision(db, ['offers']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await unwatchOwnerRevision(db, ['offers']);
  await db.schema.dropTable('calendar_feeds').execute();
  await db.schema.dropTable('offers').execute();
}
