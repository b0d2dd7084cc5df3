import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresDriver,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Driver,
  type PostgresPool,
  type TransactionSettings,
} from 'kysely';
import type { Db } from '../db/connect.js';
import type { Database } from '../db/schema.js';

/** Longest a request may keep its connection; after that its further queries fail instead of waiting. */
export const HOLD_LIMIT_MS = 120_000;

/** Thrown by a query made on a request's connection after the request let go of it. */
export class ReleasedConnectionError extends Error {
  constructor() {
    super('This request no longer holds its database connection (it ended or took too long)');
    this.name = 'ReleasedConnectionError';
  }
}

/**
 * A Kysely driver over one connection already taken from the pool. One query or transaction at a
 * time (like Kysely's own single-connection provider); once `close` is called it lends the
 * connection to nobody, and `close` resolves only when the last borrower has handed it back.
 */
class HeldConnectionDriver implements Driver {
  #tail: Promise<void> = Promise.resolve();
  #unlock: (() => void) | null = null;
  #closed = false;
  // Transactions are plain SQL on the connection: Kysely's PostgreSQL driver knows the statements.
  readonly #sql = new PostgresDriver({ pool: {} as PostgresPool });

  constructor(private readonly conn: DatabaseConnection) {}

  async #lock(): Promise<void> {
    const before = this.#tail;
    let unlock!: () => void;
    this.#tail = new Promise<void>((resolve) => (unlock = resolve));
    await before;
    this.#unlock = unlock;
  }

  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#lock();
    if (this.#closed) {
      this.#unlock?.();
      throw new ReleasedConnectionError();
    }
    return this.conn;
  }
  async releaseConnection(): Promise<void> {
    this.#unlock?.();
  }
  beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#sql.beginTransaction(conn, settings);
  }
  commitTransaction(conn: DatabaseConnection): Promise<void> {
    return this.#sql.commitTransaction(conn);
  }
  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }
  savepoint: Driver['savepoint'] = (conn, name, compile) => this.#sql.savepoint(conn, name, compile);
  rollbackToSavepoint: Driver['rollbackToSavepoint'] = (conn, name, compile) => this.#sql.rollbackToSavepoint(conn, name, compile);
  releaseSavepoint: Driver['releaseSavepoint'] = (conn, name, compile) => this.#sql.releaseSavepoint(conn, name, compile);
  async destroy(): Promise<void> {}

  /** Lends the connection to nobody from now on; resolves when whoever holds it now is done. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#lock();
    this.#unlock?.();
  }
}

/** A request's own connection: its Db, and how to give it back (exactly once, however often called). */
export interface BoundDb {
  db: Db;
  /** Gives the connection back; resolves once it is in the pool again, cleared of the account. */
  release(): Promise<void>;
}

/**
 * PostgreSQL, server mode: reserves one connection for a request and sets `app.user_id` on it, so
 * the row-level security policies (migrations/support/owner-policies.ts) bind every query the
 * request makes — transactions included — to the signed-in account.
 *
 * `release` may be called any number of times; the first call counts. From then on the bound Db
 * refuses new queries (ReleasedConnectionError); a query or transaction under way finishes first,
 * then the setting is cleared, and only then does the pool get the connection back. A request still
 * running after `holdLimitMs` is released the same way, so a stuck request cannot keep a connection
 * and none of its late queries can run on a connection since lent to another account.
 */
export async function bindToUser(db: Db, userId: string, holdLimitMs = HOLD_LIMIT_MS): Promise<BoundDb> {
  let letGo!: () => void;
  const done = new Promise<void>((resolve) => (letGo = resolve));
  let returned!: Promise<void>;
  let releasing = false;
  const release = (): Promise<void> => {
    if (!releasing) {
      releasing = true;
      clearTimeout(timer);
      letGo();
    }
    return returned;
  };
  const timer = setTimeout(() => void release(), holdLimitMs);
  timer.unref();
  const bound = await new Promise<Db>((resolve, reject) => {
    returned = db.kysely
      .getExecutor()
      .provideConnection(async (conn) => {
        await conn.executeQuery(CompiledQuery.raw(`select set_config('app.user_id', $1, false)`, [userId]));
        const driver = new HeldConnectionDriver(conn);
        const kysely = new Kysely<Database>({
          dialect: {
            createAdapter: () => new PostgresAdapter(),
            createDriver: () => driver,
            createIntrospector: (k) => new PostgresIntrospector(k),
            createQueryCompiler: () => new PostgresQueryCompiler(),
          },
        });
        resolve({ ...db, kysely });
        await done;
        await driver.close();
        await conn.executeQuery(CompiledQuery.raw(`select set_config('app.user_id', '', false)`));
      })
      .catch((err: unknown) => {
        clearTimeout(timer);
        releasing = true;
        reject(err instanceof Error ? err : new Error(String(err)));
      });
  });
  return { db: bound, release };
}
