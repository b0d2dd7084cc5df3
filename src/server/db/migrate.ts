import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as m0001 from './migrations/0001_initial.js';
import * as m0002 from './migrations/0002_research.js';
import * as m0003 from './migrations/0003_practice.js';
import * as m0004 from './migrations/0004_questions.js';
import * as m0005 from './migrations/0005_owner_revisions.js';
import * as m0006 from './migrations/0006_interviews.js';
import * as m0007 from './migrations/0007_followups.js';
import * as m0008 from './migrations/0008_offers.js';
import * as m0009 from './migrations/0009_accounts.js';
import * as m0010 from './migrations/0010_table_revisions.js';
import * as m0011 from './migrations/0011_search_interviews.js';
import * as m0012 from './migrations/0012_sayable_text.js';
import * as m0013 from './migrations/0013_known_devices.js';
import * as m0014 from './migrations/0014_posting_copies.js';
import * as m0015 from './migrations/0015_opportunity_list_index.js';
import * as m0016 from './migrations/0016_imports.js';
import { isSqlite } from './dialect.js';
import type { Database } from './schema.js';

/** Every migration, in order. Add new ones here; never edit one that has shipped. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_research': m0002,
  '0003_practice': m0003,
  '0004_questions': m0004,
  '0005_owner_revisions': m0005,
  '0006_interviews': m0006,
  '0007_followups': m0007,
  '0008_offers': m0008,
  '0009_accounts': m0009,
  '0010_table_revisions': m0010,
  '0011_search_interviews': m0011,
  '0012_sayable_text': m0012,
  '0013_known_devices': m0013,
  '0014_posting_copies': m0014,
  '0015_opportunity_list_index': m0015,
  '0016_imports': m0016,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

/** The newest migration name: stamped into backups so an import knows what it holds. */
export const SCHEMA_VERSION = Object.keys(MIGRATIONS).at(-1)!;

/**
 * Brings the database up to date. Kysely's migrator takes a lock (an advisory lock on PostgreSQL),
 * so several instances starting at once migrate exactly once.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db: db as unknown as Kysely<unknown>, provider });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    // SQLite has no migration lock across connections: when another process migrated the same file
    // at the same moment, this one's transaction rolled back; try again and find nothing left to do.
    const raced =
      isSqlite(db as unknown as Kysely<unknown>) &&
      /already exists|database is locked|SQLITE_BUSY/i.test(String((error as Error)?.message ?? error));
    if (!raced || attempt >= 20) throw error instanceof Error ? error : new Error(String(error));
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}
