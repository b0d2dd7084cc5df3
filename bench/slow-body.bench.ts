import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { createUser } from '../src/server/features/accounts/service.js';
import { createTestDb } from '../test/support/db.js';
import { signInOverHttp, slowBody } from '../test/support/slow-client.js';
import { median, percentile, round } from './harness.js';

/** Benchmark name shown by bench/run.ts. */
export const name = 'slow request bodies: another account signing in during the attack, server mode over real sockets (issue 14)';

const PASSWORD = 'correct horse battery';
const SLOW_REQUESTS = 10;
const SIGN_INS = 100;

async function signIns(base: string, email: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < SIGN_INS; i++) {
    const res = await signInOverHttp(base, email, PASSWORD);
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
    times.push(res.ms);
  }
  return times;
}

/** Ten requests from one account that send their headers and one byte of body, then another account signs in 100 times. */
export async function run(): Promise<Record<string, number | string>> {
  const db = await createTestDb('postgres');
  const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL server (pool of 10)' : 'PGlite (set TEST_DATABASE_URL for a real server)';
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp({ db, logLevel: 'error', webDir: '/nonexistent', mode: 'server' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const base = `http://127.0.0.1:${port}`;
    await createUser(db, { email: 'mallory@example.org', role: 'candidate', password: PASSWORD }, new Date());
    await createUser(db, { email: 'ana@example.org', role: 'candidate', password: PASSWORD }, new Date());
    const quiet = await signIns(base, 'ana@example.org');
    const mallory = await signInOverHttp(base, 'mallory@example.org', PASSWORD);
    const slow = await Promise.all(
      Array.from({ length: SLOW_REQUESTS }, () => slowBody(port, { cookie: mallory.cookie, 'x-csrf-token': mallory.csrf })),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const attacked = await signIns(base, 'ana@example.org');
    for (const s of slow) s.socket.destroy();
    return {
      database: engine,
      'sign-in, no attack: median ms': round(median(quiet)),
      'sign-in, no attack: p99 ms': round(percentile(quiet, 99)),
      [`sign-in during ${SLOW_REQUESTS} slow-body requests: median ms`]: round(median(attacked)),
      [`sign-in during ${SLOW_REQUESTS} slow-body requests: p99 ms`]: round(percentile(attacked, 99)),
    };
  } finally {
    await app?.close();
    await db.close();
  }
}
