import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createServerDatabase } from '../../../test/support/db.js';
import { openDb } from './connect.js';
import { migrateToLatest } from './migrate.js';
import { nameRepeatedStatements, statementName, type PgQueryable } from './pg-prepared.js';

/** A stand-in connection that records what it was asked to run. */
function recorder(): PgQueryable & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    query(...args: unknown[]) {
      calls.push(args);
      return Promise.resolve({ rows: [] });
    },
  };
}

describe('named prepared statements on a PostgreSQL connection', () => {
  it('names a read or write from its second use, by a stable hash of its text', async () => {
    const client = recorder();
    nameRepeatedStatements(client);
    const text = 'select "id" from "opportunities" where "owner_id" = $1';
    await client.query(text, ['a']);
    await client.query(text, ['b']);
    await client.query(text, ['c']);
    expect(client.calls).toEqual([
      [text, ['a']],
      [{ text, values: ['b'], name: statementName(text) }],
      [{ text, values: ['c'], name: statementName(text) }],
    ]);
    expect(statementName(text)).toBe(statementName(`${text}`));
    expect(statementName(text)).not.toBe(statementName(`${text} limit $2`));
    expect(statementName(text)).toMatch(/^ob_[0-9a-f]{24}$/);
  });

  it('leaves schema changes, settings, configs and callbacks as they were', async () => {
    const client = recorder();
    nameRepeatedStatements(client);
    const callback = () => undefined;
    for (let i = 0; i < 2; i++) {
      await client.query('create table t (id int)');
      await client.query("set app.user_id = 'x'");
      await client.query({ text: 'select 1' });
      client.query('select 1', callback);
      client.query('select 1', [], callback);
    }
    expect(client.calls.some((c) => typeof c[0] === 'object' && c[0] !== null && 'name' in c[0])).toBe(false);
    expect(client.calls).toHaveLength(10);
  });

  it('prepares at most its bound of names per connection; past it, new texts run unnamed', async () => {
    const client = recorder();
    nameRepeatedStatements(client, 3);
    const texts = Array.from({ length: 5 }, (_, i) => `select ${i} as n where $1::int = 1`);
    for (const text of texts) for (let i = 0; i < 3; i++) await client.query(text, [1]);
    const names = new Set(client.calls.map((c) => (c[0] as { name?: string }).name).filter(Boolean));
    expect(names).toEqual(new Set(texts.slice(0, 3).map(statementName)));
    // A second connection has its own names.
    const other = recorder();
    nameRepeatedStatements(other, 3);
    await other.query(texts[4]!, [1]);
    await other.query(texts[4]!, [1]);
    expect(other.calls[1]).toEqual([{ text: texts[4], values: [1], name: statementName(texts[4]!) }]);
  });
});

// The real server path: PGlite has one in-process connection and is not opened through connect.ts.
describe.skipIf(!process.env.TEST_DATABASE_URL)('named prepared statements on a real PostgreSQL server', () => {
  it('prepares the repository queries a connection repeats, and answers the same rows', async () => {
    const fresh = await createServerDatabase();
    const db = await openDb({ kind: 'postgres', url: fresh.url });
    try {
      await migrateToLatest(db.kysely);
      // One connection, so every query lands on the same backend.
      await db.kysely.connection().execute(async (conn) => {
        const read = () => conn.selectFrom('users').select(['id', 'email']).where('is_local', '=', 1).execute();
        const first = await read();
        const second = await read();
        const third = await read();
        expect(second).toEqual(first);
        expect(third).toEqual(first);
        const compiled = conn.selectFrom('users').select(['id', 'email']).where('is_local', '=', 1).compile();
        const prepared = await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(conn);
        expect(prepared.rows).toContainEqual({ name: statementName(compiled.sql), statement: compiled.sql });
        expect(prepared.rows.every((r) => r.name.startsWith('ob_'))).toBe(true);
      });
    } finally {
      await db.close();
      await fresh.drop();
    }
  });

  it('runs a statement again unnamed when a migration changed its columns, and keeps it unnamed', async () => {
    const fresh = await createServerDatabase();
    const db = await openDb({ kind: 'postgres', url: fresh.url });
    try {
      await sql`create table drift (id int primary key, a text)`.execute(db.kysely);
      await sql`insert into drift values (1, 'one')`.execute(db.kysely);
      await db.kysely.connection().execute(async (conn) => {
        const read = () => sql<Record<string, unknown>>`select * from drift where id = ${1}`.execute(conn);
        await read();
        expect((await read()).rows).toEqual([{ id: 1, a: 'one' }]); // named now
        // Another instance's migration adds a column: the named statement's result type changed.
        await sql`alter table drift add column b text default 'two'`.execute(conn);
        expect((await read()).rows).toEqual([{ id: 1, a: 'one', b: 'two' }]);
        expect((await read()).rows).toEqual([{ id: 1, a: 'one', b: 'two' }]);
        // Unnamed since the first change, so a second change costs nothing.
        await sql`alter table drift add column c text default 'three'`.execute(conn);
        expect((await read()).rows).toEqual([{ id: 1, a: 'one', b: 'two', c: 'three' }]);
      });
      await db.kysely.connection().execute(async (conn) => {
        const read = () => sql<Record<string, unknown>>`select a from drift where id = ${1}`.execute(conn);
        await read();
        await read();
        await sql`alter table drift alter column a type int using length(a)`.execute(conn);
        // Inside a transaction the failure cannot be run again: it reaches the caller, once.
        await sql`begin`.execute(conn);
        await expect(read()).rejects.toMatchObject({ code: '0A000' });
        await sql`rollback`.execute(conn);
        expect((await read()).rows).toEqual([{ a: 3 }]);
      });
    } finally {
      await db.close();
      await fresh.drop();
    }
  });
});
