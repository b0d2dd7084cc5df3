import { sql } from 'kysely';
import { createSession } from '../src/server/auth/sessions.js';
import type { Db } from '../src/server/db/connect.js';
import { createUser } from '../src/server/features/accounts/service.js';
import { buildApp } from '../src/server/app.js';
import { Browser } from '../test/security/support.js';
import { createTestDb } from '../test/support/db.js';
import { median, percentile, round } from './harness.js';

/** Benchmark name shown by bench/run.ts. */
export const name = 'accounts: sign-in and the dashboard with 10,000 users on PostgreSQL (issue 8)';

/** Accounts to seed (BENCH_USERS overrides, for a quick run). */
const USERS = Number(process.env.BENCH_USERS ?? 10_000);
const OPPORTUNITIES_PER_USER = 20;
const STAGES = ['lead', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'];

/** 10,000 accounts with 20 opportunities each (200,000), in a few set-based statements. */
async function seed(db: Db): Promise<string[]> {
  const at = '2026-03-01T09:00:00.000Z';
  // Deterministic v7-shaped UUIDs from a name, so rows can refer to each other in set-based inserts.
  await sql`create function bench_uuid(name text) returns text language sql immutable as $$
    select substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || substr(h, 14, 3) || '-8' || substr(h, 18, 3) || '-' || substr(h, 21, 12)
    from (select md5(name) as h) x $$`.execute(db.kysely);
  await sql`insert into users (id, display_name, is_local, created_at, email, role)
    select bench_uuid('u-' || g), 'User ' || g, 0, ${at}, 'user' || g || '@example.org', 'candidate' from generate_series(1, ${USERS}) g`.execute(
    db.kysely,
  );
  await sql`insert into employers (id, owner_id, name, name_key, created_at, updated_at)
    select bench_uuid('e-' || u || '-' || k), bench_uuid('u-' || u), 'Employer ' || k, 'employer ' || k, ${at}, ${at}
    from generate_series(1, ${USERS}) u, generate_series(1, 5) k`.execute(db.kysely);
  const stages = `{${STAGES.join(',')}}`;
  await sql`insert into opportunities (id, owner_id, employer_id, role_title, job_description, stage, next_action, next_action_due, excitement, archived_at, stage_changed_at, created_at, updated_at)
    select bench_uuid('o-' || u || '-' || k), bench_uuid('u-' || u), bench_uuid('e-' || u || '-' || (1 + k % 5)), 'Role ' || k, '', (${stages}::text[])[1 + k % 6],
      case when k % 3 = 0 then 'Follow up' end, case when k % 3 = 0 then '2026-03-' || lpad((1 + k % 28)::text, 2, '0') end,
      1 + k % 5, case when k % 10 = 0 then ${at} end, ${at}, ${at}, ${at}
    from generate_series(1, ${USERS}) u, generate_series(1, ${OPPORTUNITIES_PER_USER}) k`.execute(db.kysely);
  await sql`analyze`.execute(db.kysely);
  const ids = await sql<{ id: string }>`select bench_uuid('u-' || g) as id from generate_series(1, ${USERS}) g`.execute(db.kysely);
  return ids.rows.map((r) => r.id);
}

/** Sign-in (argon2id dominates) and the dashboard API as many different users, in-process, on PostgreSQL. */
export async function run(): Promise<Record<string, number | string>> {
  const db = await createTestDb('postgres');
  const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite (set TEST_DATABASE_URL for a real server)';
  try {
    const app = await buildApp({ db, logLevel: 'error', webDir: '/nonexistent', mode: 'server' });
    try {
      await createUser(db, { email: 'bench@example.org', role: 'candidate', password: 'correct horse battery' }, new Date());
      const warm = new Browser(app);
      await warm.signIn('bench@example.org', 'correct horse battery');
      const signIns: number[] = [];
      for (let i = 0; i < 100; i++) {
        const b = new Browser(app);
        b.cookies.set('ob_csrf', warm.cookies.get('ob_csrf')!);
        const start = performance.now();
        const res = await b.request({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'bench@example.org', password: 'correct horse battery' },
        });
        signIns.push(performance.now() - start);
        if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
      }

      const seedStart = performance.now();
      const users = await seed(db);
      const seedMs = performance.now() - seedStart;
      // One session per sampled user; each dashboard request goes to a different user (cold per-user cache).
      const sample = Array.from({ length: Math.min(1_000, users.length) }, (_, i) => users[(i * 7_919) % users.length]!);
      const cookies = await Promise.all(sample.map(async (u) => `ob_session=${(await createSession(db, u, new Date(), {})).token}`));
      for (let i = 0; i < 20; i++)
        await app.inject({ method: 'GET', url: '/api/dashboard?today=2026-03-10', headers: { cookie: cookies[i]! } });
      const cold: number[] = [];
      const warmTimes: number[] = [];
      for (const cookie of cookies.slice(20)) {
        const start = performance.now();
        const res = await app.inject({ method: 'GET', url: '/api/dashboard?today=2026-03-10', headers: { cookie } });
        cold.push(performance.now() - start);
        if (res.statusCode !== 200) throw new Error(`dashboard failed: ${res.statusCode} ${res.body}`);
        const counts = Object.values(res.json<{ stageCounts: Record<string, number> }>().stageCounts).reduce((a, b) => a + b, 0);
        if (counts !== OPPORTUNITIES_PER_USER - OPPORTUNITIES_PER_USER / 10)
          throw new Error(`dashboard counted ${counts} active opportunities`);
      }
      for (const cookie of cookies.slice(20, 520)) {
        const start = performance.now();
        await app.inject({ method: 'GET', url: '/api/dashboard?today=2026-03-10', headers: { cookie } });
        warmTimes.push(performance.now() - start);
      }
      return {
        engine,
        signInMedianMs: round(median(signIns)),
        signInP99Ms: round(percentile(signIns, 99)),
        seeded: `${USERS} users, ${USERS * OPPORTUNITIES_PER_USER} opportunities in ${round(seedMs / 1000)} s`,
        dashboardFirstVisitMedianMs: round(median(cold)),
        dashboardFirstVisitP99Ms: round(percentile(cold, 99)),
        dashboardRepeatVisitMedianMs: round(median(warmTimes)),
        dashboardRepeatVisitP99Ms: round(percentile(warmTimes, 99)),
      };
    } catch (err) {
      console.error(err);
      throw err;
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
  }
}
