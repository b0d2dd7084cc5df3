import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase as KyselySqlite } from 'kysely';
import type { Database } from './schema.js';
import { nameRepeatedStatements, type PgQueryable } from './pg-prepared.js';
import { openSqliteDatabase } from './sqlite-driver.js';

export type DialectName = 'sqlite' | 'postgres';

/** An open database and how to close it. */
export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
  /** SQLite only: the one-row lookup the hottest path makes, without the query builder's overhead. */
  readOwnerRevision?: (ownerId: string) => number;
  /**
   * SQLite only: a compiled query's rows as arrays in select order (better-sqlite3's raw mode), for
   * the few reads of thousands of rows where making an object per row is most of the cost.
   */
  readArrays?: (query: { sql: string; parameters: readonly unknown[] }) => unknown[][];
  /**
   * One object per opened database, kept by copies of this Db (a request's connection-bound Db in
   * server mode has its own `kysely`): the key for in-process caches of that database's data.
   */
  cacheScope?: object;
}

/** Where to connect: a SQLite file (or `:memory:`), a PostgreSQL URL, or a ready Kysely (tests). */
export type DbTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'custom'; dialect: DialectName; kysely: Kysely<Database>; close(): Promise<void> };

/** The SQLite file inside the data folder. */
export function sqliteFileIn(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, 'offerbook.sqlite');
}

/** Most distinct statements kept prepared; the app has far fewer query shapes than this. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; SQLite then re-parses and re-plans it. Keeping prepared
 * statements by their SQL text (least recently used out first) makes repeated queries cheap.
 */
function withStatementCache(sqlite: KyselySqlite): KyselySqlite {
  const cache = new Map<string, ReturnType<KyselySqlite['prepare']>>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) cache.delete(sql);
      else statement = sqlite.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}

/** Raw-mode statements by SQL text, apart from Kysely's (raw mode is a property of the statement). */
function arrayReader(sqlite: SqliteDatabase.Database): NonNullable<Db['readArrays']> {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return ({ sql, parameters }) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql).raw(true);
      if (statements.size >= 50) statements.delete(statements.keys().next().value!);
      statements.set(sql, statement);
    }
    return statement.all(...parameters) as unknown[][];
  };
}

/** Opens the database the target names, with the settings Offerbook relies on. */
export async function openDb(target: DbTarget): Promise<Db> {
  if (target.kind === 'custom') return { kysely: target.kysely, dialect: target.dialect, close: target.close, cacheScope: {} };
  if (target.kind === 'sqlite') {
    const sqlite = openSqliteDatabase(target.file);
    // WAL for concurrent readers; FULL so an acknowledged write survives a power cut.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    const revisionStatement = (() => {
      let statement: SqliteDatabase.Statement<[string], { revision: number }> | undefined;
      return () =>
        (statement ??= sqlite.prepare<[string], { revision: number }>('select revision from owner_revisions where owner_id = ?'));
    })();
    return {
      kysely,
      dialect: 'sqlite',
      close: () => kysely.destroy(),
      readOwnerRevision: (ownerId) => revisionStatement().get(ownerId)?.revision ?? 0,
      readArrays: arrayReader(sqlite),
      cacheScope: {},
    };
  }
  // Loaded only when needed: the local SQLite app starts faster without the PostgreSQL driver.
  const { default: pg } = await import('pg');
  // PostgreSQL answers count(*) and bigint columns as strings; our numbers fit in a double.
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  // An idle connection can be closed by the server (a restart, an administrator, a dropped
  // database). pg reports that as an 'error' event, which would crash the process unheard; the pool
  // has already discarded the connection and opens a new one on the next query.
  pool.on('error', (err) => {
    console.error(`PostgreSQL closed an idle connection: ${err.message}`);
  });
  // Each new connection prepares the queries it runs again as named statements (parsed and planned once).
  pool.on('connect', (client) => nameRepeatedStatements(client as unknown as PgQueryable));
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, dialect: 'postgres', close: () => kysely.destroy(), cacheScope: {} };
}
