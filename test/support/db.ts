import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { openDb, type Db, type DialectName } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import type { Database } from '../../src/server/db/schema.js';
import { pglitePool } from './pglite-pool.js';

/** Both databases every repository and HTTP test runs on. */
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

/** Which PostgreSQL the tests use: the real server of TEST_DATABASE_URL, or in-process PGlite. */
export const POSTGRES_FLAVOUR = process.env.TEST_DATABASE_URL ? 'server' : 'pglite';

/** A fresh PostgreSQL database URL on the TEST_DATABASE_URL server, and how to drop it. */
export async function createServerDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new URL(process.env.TEST_DATABASE_URL!);
  const name = `ob_t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin.href);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const c = new pg.Client({ connectionString: admin.href });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** An empty, migrated database of the given dialect; `close` removes it. */
export async function createTestDb(dialect: DialectName, options: { migrate?: boolean } = {}): Promise<Db> {
  let db: Db;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ob-test-'));
    const inner = await openDb({ kind: 'sqlite', file: join(dir, 'test.sqlite') });
    db = { ...inner, close: async () => (await inner.close(), rmSync(dir, { recursive: true, force: true })) };
  } else if (process.env.TEST_DATABASE_URL) {
    const fresh = await createServerDatabase();
    const inner = await openDb({ kind: 'postgres', url: fresh.url });
    db = { ...inner, close: async () => (await inner.close(), await fresh.drop()) };
  } else {
    const pglite = await PGlite.create();
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(pglite) }) });
    db = { kysely, dialect: 'postgres', close: () => kysely.destroy() };
  }
  if (options.migrate !== false) await migrateToLatest(db.kysely);
  return db;
}
