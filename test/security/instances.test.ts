import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db, type DialectName } from '../../src/server/db/connect.js';
import { migrateToLatest, MIGRATIONS } from '../../src/server/db/migrate.js';
import type { Database } from '../../src/server/db/schema.js';
import { createUser } from '../../src/server/features/accounts/service.js';
import { createServerDatabase, DIALECTS } from '../support/db.js';
import { pglitePool } from '../support/pglite-pool.js';
import { Browser, buildServerApp } from './support.js';

/**
 * Two connections (two "instances") to one fresh database: a real PostgreSQL database on
 * TEST_DATABASE_URL, else one in-process PGlite shared by two pools (its single connection then
 * serialises them), or one SQLite file opened twice.
 */
async function twoConnections(dialect: DialectName): Promise<{ dbs: [Db, Db]; close(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ob-inst-'));
    const file = join(dir, 'shared.sqlite');
    const dbs: [Db, Db] = [await openDb({ kind: 'sqlite', file }), await openDb({ kind: 'sqlite', file })];
    return { dbs, close: async () => (await Promise.all(dbs.map((d) => d.close())), rmSync(dir, { recursive: true, force: true })) };
  }
  if (process.env.TEST_DATABASE_URL) {
    const fresh = await createServerDatabase();
    const dbs: [Db, Db] = [await openDb({ kind: 'postgres', url: fresh.url }), await openDb({ kind: 'postgres', url: fresh.url })];
    return { dbs, close: async () => (await Promise.all(dbs.map((d) => d.close())), await fresh.drop()) };
  }
  // PGlite has one connection: both "instances" borrow it through one pool, which lends it to one
  // borrower at a time (as PostgreSQL's advisory lock would serialise two migrators).
  const pglite = await PGlite.create();
  const pool = pglitePool(pglite);
  const shared = { connect: () => pool.connect(), end: async () => {} };
  const make = (): Db => {
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: shared }) });
    return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
  };
  const dbs: [Db, Db] = [make(), make()];
  return { dbs, close: async () => (await Promise.all(dbs.map((d) => d.close())), await pglite.close()) };
}

describe.each(DIALECTS)('several instances on one %s database', (dialect) => {
  it('migrate exactly once when they start at the same moment', async () => {
    const { dbs, close } = await twoConnections(dialect);
    try {
      const results = await Promise.all(dbs.map((d) => migrateToLatest(d.kysely)));
      const all = Object.keys(MIGRATIONS);
      // One instance ran every migration, the other found nothing to do (in either order).
      expect(results.map((r) => r.length).sort()).toEqual([0, all.length]);
      const ran = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(dbs[0].kysely);
      expect(ran.rows.map((r) => r.name)).toEqual(all);
      const local = await sql<{ n: number }>`select count(*) as n from users where is_local = 1`.execute(dbs[1].kysely);
      expect(Number(local.rows[0]!.n)).toBe(1);
    } finally {
      await close();
    }
  });

  describe('sessions', () => {
    let conns: Awaited<ReturnType<typeof twoConnections>>;
    let one: Awaited<ReturnType<typeof buildServerApp>>;
    let two: Awaited<ReturnType<typeof buildServerApp>>;
    beforeAll(async () => {
      conns = await twoConnections(dialect);
      await migrateToLatest(conns.dbs[0].kysely);
      one = await buildServerApp(conns.dbs[0]);
      two = await buildServerApp(conns.dbs[1]);
      await createUser(conns.dbs[0], { email: 'ana@example.org', role: 'candidate', password: 'correct horse battery' }, new Date());
    });
    afterAll(async () => {
      await one.close();
      await two.close();
      await conns.close();
    });

    it('work on every instance, and a revoked one fails on all of them at once', async () => {
      const onOne = new Browser(one);
      expect((await onOne.signIn('ana@example.org', 'correct horse battery')).statusCode).toBe(200);
      const onTwo = onOne.on(two);
      expect((await onTwo.request({ method: 'GET', url: '/api/auth/me' })).json()).toMatchObject({ user: { email: 'ana@example.org' } });
      // A write made through instance two with the session (and CSRF token) from instance one.
      const made = await onTwo.request({
        method: 'POST',
        url: '/api/opportunities',
        payload: { employerName: 'Harbour Labs', roleTitle: 'Analyst' },
      });
      expect(made.statusCode).toBe(201);
      expect((await onOne.request({ method: 'GET', url: '/api/opportunities' })).json<{ items: unknown[] }>().items).toHaveLength(1);

      expect((await onTwo.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
      const stale = onOne.on(one);
      expect((await stale.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
      expect((await onOne.on(two).request({ method: 'GET', url: '/api/opportunities' })).statusCode).toBe(401);
    });

    it('sign out everywhere from one instance ends the sessions made on the other', async () => {
      const phone = new Browser(one);
      const laptop = new Browser(two);
      await phone.signIn('ana@example.org', 'correct horse battery');
      await laptop.signIn('ana@example.org', 'correct horse battery');
      expect((await laptop.request({ method: 'POST', url: '/api/auth/logout-everywhere' })).json()).toEqual({ revoked: 2 });
      expect((await phone.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
      expect((await phone.on(two).request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    });
  });
});
