import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * Presents one in-process PGlite database as the `pg` pool Kysely's PostgresDialect expects.
 * PGlite has a single connection, so the pool hands it to one borrower at a time: a transaction
 * is never interleaved with another request's statements.
 */
export function pglitePool(db: PGlite): PostgresPool {
  let busy: Promise<void> = Promise.resolve();

  const client = (release: () => void): PostgresPoolClient =>
    ({
      async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
        const result = await db.query<R>(sql, [...parameters]);
        const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() as PostgresQueryResult<R>['command'];
        return { rows: result.rows, command, rowCount: result.affectedRows ?? result.rows.length };
      },
      release,
    }) as PostgresPoolClient;

  return {
    async connect() {
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const before = busy;
      busy = before.then(() => mine);
      await before;
      return client(release);
    },
    async end() {
      await busy;
      await db.close();
    },
  };
}
