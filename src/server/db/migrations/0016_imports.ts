import type { Kysely } from 'kysely';
import { protectOwnedTables, unprotectOwnedTables } from './support/owner-policies.js';

// CSV imports, so one can be undone as a whole: the import, and what it added (opportunities and
// the people it created for their contacts). A row goes when what it points at is deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('preset', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('imports_owner').on('imports').columns(['owner_id', 'created_at']).execute();
  await db.schema
    .createTable('import_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('import_id', 'text', (c) => c.notNull().references('imports.id').onDelete('cascade'))
    .addColumn('opportunity_id', 'text', (c) => c.references('opportunities.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('import_items_import').on('import_items').column('import_id').execute();
  await db.schema.createIndex('import_items_opportunity').on('import_items').column('opportunity_id').execute();
  await db.schema.createIndex('import_items_person').on('import_items').column('person_id').execute();
  await protectOwnedTables(db, ['imports', 'import_items']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await unprotectOwnedTables(db, ['import_items', 'imports']);
  await db.schema.dropTable('import_items').execute();
  await db.schema.dropTable('imports').execute();
}
