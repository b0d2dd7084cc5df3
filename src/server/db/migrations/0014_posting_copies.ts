import type { Kysely } from 'kysely';
import { protectOwnedTables, unprotectOwnedTables } from './support/owner-policies.js';

// The dated copy of a job posting kept on an opportunity (one per opportunity).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('posting_copies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('source_url', 'text')
    .addColumn('posted_at', 'text')
    .addColumn('closes_at', 'text')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('html', 'text')
    .addColumn('captured_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('posting_copies_opportunity', ['opportunity_id'])
    .execute();
  await protectOwnedTables(db, ['posting_copies']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await unprotectOwnedTables(db, ['posting_copies']);
  await db.schema.dropTable('posting_copies').execute();
}
