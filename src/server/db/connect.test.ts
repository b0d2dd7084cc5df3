import pg from 'pg';
import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { createServerDatabase } from '../../../test/support/db.js';
import { openDb } from './connect.js';

// Needs a real PostgreSQL server (PGlite has no backends to terminate).
describe.skipIf(!process.env.TEST_DATABASE_URL)('a PostgreSQL connection closed by the server', () => {
  it('is dropped quietly and replaced on the next query, without crashing the process', async () => {
    const fresh = await createServerDatabase();
    const db = await openDb({ kind: 'postgres', url: fresh.url });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const first = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db.kysely);
      const pid = first.rows[0]!.pid;
      const admin = new pg.Client({ connectionString: fresh.url });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      // The idle connection's 'error' arrives; without a listener it would be an uncaught exception.
      await vi.waitFor(() => expect(logged).toHaveBeenCalledWith(expect.stringContaining('PostgreSQL closed an idle connection')));
      const again = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db.kysely);
      expect(again.rows[0]!.pid).not.toBe(pid);
    } finally {
      logged.mockRestore();
      await db.close();
      await fresh.drop();
    }
  });
});
