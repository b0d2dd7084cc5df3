import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { bindToUser, ReleasedConnectionError } from '../../src/server/auth/request-db.js';
import type { Db } from '../../src/server/db/connect.js';
import { createUser } from '../../src/server/features/accounts/service.js';
import { createTestDb, DIALECTS, POSTGRES_FLAVOUR } from '../support/db.js';
import { signInOverHttp, slowBody } from '../support/slow-client.js';
import { Browser, PASSWORD } from './support.js';

/**
 * A sign-in that waits this long while another account attacks is a stall, not load: argon2 takes
 * ~50 ms, and a busy test machine adds at most a second or two. Before the fix every sign-in waited
 * until the request time limit cut the slow requests off (REQUEST_LIMIT_MS).
 */
const SIGN_IN_BOUND_MS = 3000;
const REQUEST_LIMIT_MS = 8000;
/** How many slow requests the attacker opens: as many as the pool has connections. */
const SLOW_REQUESTS = 10;

describe.each(DIALECTS)('slow request bodies on %s', (dialect) => {
  let db: Db;
  let app: FastifyInstance;
  let base: string;
  let port: number;
  beforeAll(async () => {
    db = await createTestDb(dialect);
    // A short request limit, so the test also sees the slow requests cut off.
    app = await buildApp({
      db,
      logLevel: 'silent',
      webDir: '/nonexistent',
      mode: 'server',
      publicUrl: null,
      timeouts: { requestMs: REQUEST_LIMIT_MS },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
    base = `http://127.0.0.1:${port}`;
    await createUser(db, { email: 'mallory@example.org', role: 'candidate', password: PASSWORD }, new Date());
    await createUser(db, { email: 'ana@example.org', role: 'candidate', password: PASSWORD }, new Date());
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const signIn = (email: string) => signInOverHttp(base, email, PASSWORD);

  it(`lets another account sign in promptly while one account holds ${SLOW_REQUESTS} requests with unfinished bodies, then cuts those off`, async () => {
    const mallory = await signIn('mallory@example.org');
    expect(mallory.status).toBe(200);
    const slow = await Promise.all(
      Array.from({ length: SLOW_REQUESTS }, () => slowBody(port, { cookie: mallory.cookie, 'x-csrf-token': mallory.csrf })),
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // the server has read every header by now

    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const ana = await signIn('ana@example.org');
      expect(ana.status).toBe(200);
      times.push(ana.ms);
    }
    times.sort((a, b) => a - b);
    // Before the fix every sign-in waited for a pooled connection that the slow requests held.
    expect(times.at(-1)!).toBeLessThan(SIGN_IN_BOUND_MS);
    console.info(
      `sign-in under a ${SLOW_REQUESTS}-request slow-body attack on ${dialect}${dialect === 'postgres' ? ` (${POSTGRES_FLAVOUR})` : ''}: median ${times[5]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`,
    );

    // The request time limit ends the slow requests with 408; nothing was created.
    const answers = await Promise.all(slow.map((s) => s.answer));
    for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(await db.kysely.selectFrom('opportunities').select('id').execute()).toEqual([]);
    // And the slow account can still work normally afterwards.
    const browser = new Browser(app);
    expect((await browser.signIn('mallory@example.org')).statusCode).toBe(200);
    expect(
      (await browser.request({ method: 'POST', url: '/api/opportunities', payload: { employerName: 'Acme', roleTitle: 'Engineer' } }))
        .statusCode,
    ).toBe(201);
  }, 60_000);
});

describe.each(DIALECTS.filter((d) => d === 'postgres'))('a request connection on %s', (dialect) => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb(dialect);
  });
  afterAll(() => db.close());

  it('refuses queries once released, finishes the one under way, and hands the pool back a cleared connection', async () => {
    const bound = await bindToUser(db, 'user-a');
    const slowQuery = sql<{ v: string }>`select current_setting('app.user_id', true) as v from pg_sleep(0.3)`.execute(bound.db.kysely);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const returned = bound.release();
    void bound.release(); // a second release changes nothing
    await expect(bound.db.kysely.selectFrom('users').select('id').execute()).rejects.toBeInstanceOf(ReleasedConnectionError);
    // Every connection the pool lends meanwhile, the released one included, carries no account.
    const seen = await Promise.all(
      Array.from({ length: 12 }, () => sql<{ v: string | null }>`select current_setting('app.user_id', true) as v`.execute(db.kysely)),
    );
    expect(seen.map((r) => r.rows[0]!.v ?? '')).toEqual(Array(12).fill(''));
    // The query under way finished as user-a, on its own connection.
    expect((await slowQuery).rows[0]!.v).toBe('user-a');
    await returned;
  });

  it('lets go of a connection a request holds too long', async () => {
    const bound = await bindToUser(db, 'user-b', 100);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(sql`select 1`.execute(bound.db.kysely)).rejects.toBeInstanceOf(ReleasedConnectionError);
    const after = await sql<{ v: string | null }>`select current_setting('app.user_id', true) as v`.execute(db.kysely);
    expect(after.rows[0]!.v ?? '').toBe('');
  });
});
