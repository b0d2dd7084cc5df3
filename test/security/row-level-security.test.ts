import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { bindToUser } from '../../src/server/auth/request-db.js';
import type { Db } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { ownedTables } from '../../src/server/db/migrations/support/owner-policies.js';
import type { Database } from '../../src/server/db/schema.js';
import { createUser } from '../../src/server/features/accounts/service.js';
import { createServerDatabase } from '../support/db.js';
import { pglitePool } from '../support/pglite-pool.js';
import { Browser, PASSWORD } from './support.js';

/**
 * Row-level security on PostgreSQL, the defence in depth of issue #8: even a query that forgot its
 * owner filter sees and changes only the signed-in account's rows. Superusers bypass row-level
 * security, so the app here runs as an ordinary role, as it should in production.
 */
describe('row-level security on PostgreSQL (server mode)', () => {
  const role = `ob_rls_${randomBytes(4).toString('hex')}`;
  let admin: Db;
  let restricted: Db;
  let cleanup: () => Promise<void>;
  let app: FastifyInstance;
  const ids = { a: '', b: '', coach: '' };

  beforeAll(async () => {
    const grant = async (k: Kysely<Database>) => {
      await sql.raw(`create role ${role} nologin`).execute(k);
      await sql.raw(`grant usage on schema public to ${role}`).execute(k);
      await sql.raw(`grant select, insert, update, delete on all tables in schema public to ${role}`).execute(k);
      await sql.raw(`grant execute on all functions in schema public to ${role}`).execute(k);
    };
    if (process.env.TEST_DATABASE_URL) {
      const fresh = await createServerDatabase();
      const adminPool = new pg.Pool({ connectionString: fresh.url, max: 2 });
      const adminKysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: adminPool }) });
      admin = { kysely: adminKysely, dialect: 'postgres', close: () => adminKysely.destroy() };
      await migrateToLatest(admin.kysely);
      await grant(admin.kysely);
      const appPool = new pg.Pool({ connectionString: fresh.url, max: 4 });
      appPool.on('connect', (client) => void client.query(`set role ${role}`));
      const appKysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: appPool }) });
      restricted = { kysely: appKysely, dialect: 'postgres', close: () => appKysely.destroy() };
      cleanup = async () => {
        await restricted.close();
        await admin.close();
        await fresh.drop();
        const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
        await c.connect();
        await c.query(`drop role if exists ${role}`);
        await c.end();
      };
    } else {
      // PGlite has one connection: migrate as the superuser, then switch that connection to the role.
      const pglite = await PGlite.create();
      const pool = pglitePool(pglite);
      const shared = { connect: () => pool.connect(), end: async () => {} };
      const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: shared }) });
      admin = { kysely, dialect: 'postgres', close: async () => {} };
      await migrateToLatest(kysely);
      await grant(kysely);
      await sql.raw(`set role ${role}`).execute(kysely);
      restricted = { kysely, dialect: 'postgres', close: () => kysely.destroy() };
      cleanup = async () => {
        await kysely.destroy();
        await pglite.close();
      };
    }
    ids.a = (await createUser(restricted, { email: 'ana@example.org', role: 'candidate', password: PASSWORD }, new Date())).id;
    ids.b = (await createUser(restricted, { email: 'ben@example.org', role: 'candidate', password: PASSWORD }, new Date())).id;
    ids.coach = (await createUser(restricted, { email: 'cy@example.org', role: 'coach', password: PASSWORD }, new Date())).id;
    app = await buildApp({ db: restricted, logLevel: 'silent', webDir: '/nonexistent', mode: 'server' });
    // Deliberately careless routes: no owner filter at all. Row-level security must still hold.
    app.get('/api/test/all-opportunities', async (req) => ({
      titles: (await req.ctx.db.kysely.selectFrom('opportunities').select('role_title').execute()).map((r) => r.role_title),
    }));
    app.post('/api/test/rename-all', async (req) => ({
      changed: Number(
        (await req.ctx.db.kysely.updateTable('opportunities').set({ role_title: 'Hijacked' }).executeTakeFirst()).numUpdatedRows,
      ),
    }));
    await app.ready();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await cleanup?.();
  });

  it('is enabled and forced on every owned table', async () => {
    const tables = await ownedTables(admin.kysely as unknown as Kysely<unknown>);
    expect(tables).toEqual(
      expect.arrayContaining([
        'opportunities',
        'employers',
        'people',
        'answers',
        'interviews',
        'offers',
        'search_documents',
        'owner_revisions',
      ]),
    );
    const flags = await sql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>`
      select relname, relrowsecurity, relforcerowsecurity from pg_class where relname in (${sql.join(tables)})`.execute(admin.kysely);
    expect(flags.rows.filter((r) => !r.relrowsecurity || !r.relforcerowsecurity).map((r) => r.relname)).toEqual([]);
    expect(flags.rows).toHaveLength(tables.length);
  });

  it("keeps a careless query inside the signed-in account's rows, reading and writing", async () => {
    const ana = new Browser(app);
    const ben = new Browser(app);
    expect((await ana.signIn('ana@example.org')).statusCode).toBe(200);
    expect((await ben.signIn('ben@example.org')).statusCode).toBe(200);
    expect(
      (await ana.request({ method: 'POST', url: '/api/opportunities', payload: { employerName: 'Lighthouse Ltd', roleTitle: 'Keeper' } }))
        .statusCode,
    ).toBe(201);

    expect((await ana.request({ method: 'GET', url: '/api/test/all-opportunities' })).json()).toEqual({ titles: ['Keeper'] });
    expect((await ben.request({ method: 'GET', url: '/api/test/all-opportunities' })).json()).toEqual({ titles: [] });
    expect((await ben.request({ method: 'POST', url: '/api/test/rename-all' })).json()).toEqual({ changed: 0 });
    expect(
      (await ana.request({ method: 'GET', url: `/api/opportunities` })).json<{ items: Array<{ roleTitle: string }> }>().items[0]!.roleTitle,
    ).toBe('Keeper');
  });

  it('lets a coach read what is shared through the share, and nothing through a careless query', async () => {
    const ana = new Browser(app);
    const cy = new Browser(app);
    await ana.signIn('ana@example.org');
    await cy.signIn('cy@example.org');
    const opp = (await ana.request({ method: 'GET', url: '/api/opportunities' })).json<{ items: Array<{ id: string }> }>().items[0]!;
    const share = (
      await ana.request({
        method: 'POST',
        url: '/api/shares',
        payload: { coachEmail: 'cy@example.org', scope: 'opportunity', opportunityId: opp.id },
      })
    ).json<{ id: string }>();
    expect((await cy.request({ method: 'GET', url: '/api/shares' })).json()).toMatchObject({
      received: [{ id: share.id, opportunityTitle: 'Lighthouse Ltd — Keeper' }],
    });
    const content = await cy.request({ method: 'GET', url: `/api/shares/${share.id}/content` });
    expect(content.statusCode).toBe(200);
    expect(content.json()).toMatchObject({ opportunity: { id: opp.id, roleTitle: 'Keeper' } });
    // The read switched the row-level key only for its own duration.
    expect((await cy.request({ method: 'GET', url: '/api/test/all-opportunities' })).json()).toEqual({ titles: [] });
    expect((await ana.request({ method: 'DELETE', url: `/api/shares/${share.id}` })).statusCode).toBe(204);
    expect((await cy.request({ method: 'GET', url: `/api/shares/${share.id}/content` })).statusCode).toBe(404);
  });

  it('refuses to write a row for another account, and lets unscoped work (CLI, migrations, local mode) through', async () => {
    const { db, release } = await bindToUser(restricted, ids.b);
    try {
      const setting = await sql<{ v: string }>`select current_setting('app.user_id', true) as v`.execute(db.kysely);
      expect(setting.rows[0]!.v).toBe(ids.b);
      const at = new Date().toISOString();
      await expect(
        db.kysely
          .insertInto('employers')
          .values({
            id: '018f0000-0000-7000-8000-0000000000aa',
            owner_id: ids.a,
            name: 'Planted',
            name_key: 'planted',
            created_at: at,
            updated_at: at,
          })
          .execute(),
      ).rejects.toThrow(/row-level security/);
    } finally {
      release();
    }
    // Once the request is over, the connection carries no account, and unscoped work sees every row.
    const after = await sql<{ v: string | null }>`select current_setting('app.user_id', true) as v`.execute(restricted.kysely);
    expect(after.rows[0]!.v ?? '').toBe('');
    const all = await restricted.kysely.selectFrom('opportunities').select('owner_id').execute();
    expect(all.map((r) => r.owner_id)).toEqual([ids.a]);
  });
  it("answers 409, not 500, when an account reuses the id of another account's row", async () => {
    const ana = new Browser(app);
    const ben = new Browser(app);
    await ana.signIn('ana@example.org');
    await ben.signIn('ben@example.org');
    const id = '018f0000-0000-7000-8000-0000000000bb';
    expect(
      (await ana.request({ method: 'POST', url: '/api/opportunities', payload: { id, employerName: 'Own Co', roleTitle: 'Mine' } }))
        .statusCode,
    ).toBe(201);
    // Ben cannot see Ana's row, so only the database notices the id is taken.
    const reused = await ben.request({
      method: 'POST',
      url: '/api/opportunities',
      payload: { id, employerName: 'Other Co', roleTitle: 'Theirs' },
    });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ error: { code: 'conflict', field: 'id' } });
    const row = await admin.kysely
      .selectFrom('opportunities')
      .select(['owner_id', 'role_title'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ owner_id: ids.a, role_title: 'Mine' });
    // The same for every other create that takes the client's id.
    const creates = [
      { url: '/api/people', payload: { name: 'Dana' } },
      { url: '/api/stories', payload: { title: 'The outage' } },
      { url: '/api/questions', payload: { text: 'What does a good first month look like?' } },
    ];
    for (const [i, c] of creates.entries()) {
      const reusedId = `018f0000-0000-7000-8000-0000000001${String(i).padStart(2, '0')}`;
      expect((await ana.request({ method: 'POST', url: c.url, payload: { id: reusedId, ...c.payload } })).statusCode, c.url).toBe(201);
      const again = await ben.request({ method: 'POST', url: c.url, payload: { id: reusedId, ...c.payload } });
      expect(again.statusCode, c.url).toBe(409);
      expect(again.json(), c.url).toMatchObject({ error: { code: 'conflict', field: 'id' } });
    }
  });

  // Last: it deletes the accounts the other cases sign in with.
  it('deletes accounts under row-level security: the deletion reaches every row of that account and no other', async () => {
    const rowsOf = async (userId: string) => {
      let n = 0;
      for (const table of await ownedTables(admin.kysely as unknown as Kysely<unknown>)) {
        const also =
          table === 'shares' ? sql` or coach_id = ${userId}` : table === 'share_comments' ? sql` or author_id = ${userId}` : sql``;
        n += Number(
          (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where owner_id = ${userId}${also}`.execute(admin.kysely))
            .rows[0]!.n,
        );
      }
      return n;
    };
    await createUser(restricted, { email: 'root@example.org', role: 'admin', password: PASSWORD }, new Date());
    const [ana, ben, cy, root] = [new Browser(app), new Browser(app), new Browser(app), new Browser(app)];
    for (const [b, email] of [
      [ana, 'ana'],
      [ben, 'ben'],
      [cy, 'cy'],
      [root, 'root'],
    ] as const)
      expect((await b.signIn(`${email}@example.org`)).statusCode).toBe(200);
    expect(
      (await ben.request({ method: 'POST', url: '/api/opportunities', payload: { employerName: 'Quarry Co', roleTitle: 'Mason' } }))
        .statusCode,
    ).toBe(201);
    const opp = (await ana.request({ method: 'GET', url: '/api/opportunities' })).json<{ items: Array<{ id: string }> }>().items[0]!;
    const share = (
      await ana.request({
        method: 'POST',
        url: '/api/shares',
        payload: { coachEmail: 'cy@example.org', scope: 'opportunity', opportunityId: opp.id },
      })
    ).json<{ id: string }>();
    expect(
      (
        await cy.request({
          method: 'POST',
          url: `/api/shares/${share.id}/comments`,
          payload: { targetKind: 'question-plan', targetId: opp.id, body: 'Ask about night shifts.' },
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await ben.request({ method: 'POST', url: '/api/shares', payload: { coachEmail: 'cy@example.org', scope: 'answers' } })).statusCode,
    ).toBe(201);
    // A careless export would still only read the account's own rows.
    expect((await ben.request({ method: 'GET', url: '/api/export' })).body).not.toContain('Keeper');
    const benRows = await rowsOf(ids.b);

    // The admin deletes the coach: the coach's comment on Ana's work and both shares go.
    expect((await root.request({ method: 'DELETE', url: `/api/admin/users/${ids.coach}` })).statusCode).toBe(204);
    expect(await rowsOf(ids.coach)).toBe(0);
    expect(await admin.kysely.selectFrom('share_comments').select('id').execute()).toEqual([]);
    // Ana deletes her own account.
    expect(await rowsOf(ids.a)).toBeGreaterThan(3);
    expect((await ana.request({ method: 'POST', url: '/api/account/delete', payload: { password: PASSWORD } })).statusCode).toBe(204);
    expect(await rowsOf(ids.a)).toBe(0);
    // Ben keeps everything but the share to the deleted coach.
    expect(await rowsOf(ids.b)).toBe(benRows - 1);
    expect((await ben.request({ method: 'GET', url: '/api/opportunities' })).body).toContain('Mason');
  });
});
