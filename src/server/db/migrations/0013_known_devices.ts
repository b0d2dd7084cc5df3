import type { Kysely } from 'kysely';

// Server mode (issue #14): browsers an account has signed in from. A known browser's sign-in is
// never slowed by the back-off that failures from elsewhere put on the account, so guessing at
// someone's password cannot lock them out. Like sessions, only the SHA-256 of the cookie's token is kept.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('known_devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('known_devices_user').on('known_devices').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('known_devices').execute();
}
