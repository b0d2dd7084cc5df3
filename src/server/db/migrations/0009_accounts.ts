import type { Kysely } from 'kysely';
import { isSqlite } from '../dialect.js';
import { ownedTables, protectOwnedTables, unprotectOwnedTables } from './support/owner-policies.js';

// Accounts for server mode (issue #8). Local mode keeps its one implicit user (no email, no
// password). Secrets are never stored: sessions, invitations and reset links keep the SHA-256 of
// a random token; passwords are argon2id hashes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
  await db.schema.alterTable('users').addColumn('password_hash', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('candidate'))
    .execute();
  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  // Emails are stored lower-cased; several NULLs (the local user) are allowed on both engines.
  await db.schema.createIndex('users_email').unique().on('users').column('email').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id', 'revoked_at']).execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('password_resets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  // Fixed-window counters shared by every instance: one row per key per window.
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('ip', 'text')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'at']).execute();

  // A candidate shares one opportunity (with its question plan and answers) or all their answers
  // with a coach, until they revoke it. owner_id is the candidate.
  await db.schema
    .createTable('shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('coach_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('opportunity_id', 'text', (c) => c.references('opportunities.id').onDelete('cascade'))
    // "Employer — Role" when it was shared, so the coach's list needs no read of the candidate's rows.
    .addColumn('title', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('shares_owner').on('shares').columns(['owner_id', 'revoked_at']).execute();
  await db.schema.createIndex('shares_coach').on('shares').columns(['coach_id', 'revoked_at']).execute();

  // A coach's comments on shared answers and question plans; owner_id is the candidate.
  await db.schema
    .createTable('share_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('share_id', 'text', (c) => c.notNull().references('shares.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('share_comments_target').on('share_comments').columns(['owner_id', 'target_kind', 'target_id']).execute();
  await db.schema.createIndex('share_comments_share').on('share_comments').columns(['share_id', 'created_at']).execute();

  // PostgreSQL: row-level security on every owned table so far (later migrations call
  // protectOwnedTables for the owned tables they add). Shares and comments are also visible to
  // the coach and the comment's author.
  if (!isSqlite(db)) {
    await protectOwnedTables(
      db,
      (await ownedTables(db)).filter((t) => !SHARED_TABLES.includes(t)),
    );
    await protectOwnedTables(db, ['shares'], 'coach_id');
    await protectOwnedTables(db, ['share_comments'], 'author_id');
  }
}

const SHARED_TABLES = ['shares', 'share_comments'];

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isSqlite(db)) await unprotectOwnedTables(db, await ownedTables(db));
  for (const table of ['share_comments', 'shares', 'audit_log', 'rate_limits', 'password_resets', 'invitations', 'sessions'])
    await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('users_email').execute();
  for (const column of ['disabled_at', 'role', 'password_hash', 'email']) await db.schema.alterTable('users').dropColumn(column).execute();
}
