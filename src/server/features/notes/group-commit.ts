import { sql } from 'kysely';
import type { Db } from '../../db/connect.js';
import { inTransaction } from '../../db/transaction.js';

interface Job {
  work: (trx: Db) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Most writes one transaction takes. */
const MAX_BATCH = 64;

/**
 * Group commit for SQLite. With synchronous=FULL every commit waits for the disk (an fsync, a few milliseconds),
 * and SQLite has one writer: note saves arriving while a commit waits would queue one fsync each. Instead, the
 * saves that arrived meanwhile run together in the next transaction, each inside its own savepoint (a save that
 * fails is rolled back alone and answers its own error), and all are answered once that one commit is durable.
 * A lone save waits only one turn of the event loop.
 */
class GroupCommit {
  private readonly queue: Job[] = [];
  private running = false;

  constructor(private readonly db: Db) {}

  run<T>(work: (trx: Db) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        // better-sqlite3 commits synchronously, so requests that arrived during the last fsync are still unread:
        // one turn of the event loop lets them join this transaction.
        await new Promise((resolve) => setImmediate(resolve));
        const jobs = this.queue.splice(0, MAX_BATCH);
        const outcomes: Outcome[] = [];
        try {
          await inTransaction(this.db, async (trx) => {
            for (const job of jobs) {
              await sql`savepoint note_write`.execute(trx.kysely);
              try {
                outcomes.push({ ok: true, value: await job.work(trx) });
                await sql`release note_write`.execute(trx.kysely);
              } catch (error) {
                outcomes.push({ ok: false, error });
                await sql`rollback to note_write`.execute(trx.kysely);
                await sql`release note_write`.execute(trx.kysely);
              }
            }
          });
        } catch (error) {
          // The commit itself failed: nothing of the batch is stored, and every save says so.
          for (const job of jobs) job.reject(error);
          continue;
        }
        jobs.forEach((job, i) => {
          const outcome = outcomes[i]!;
          if (outcome.ok) job.resolve(outcome.value);
          else job.reject(outcome.error);
        });
      }
    } finally {
      this.running = false;
    }
  }
}

const groups = new WeakMap<object, GroupCommit>();

/**
 * Runs `work` in a transaction and resolves once it is committed: on SQLite grouped with the saves that arrive
 * meanwhile (see GroupCommit), on PostgreSQL in a transaction of its own (its pool commits concurrently).
 */
export function durableWrite<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (db.dialect !== 'sqlite') return inTransaction(db, work);
  let group = groups.get(db.kysely);
  if (!group) {
    group = new GroupCommit(db);
    groups.set(db.kysely, group);
  }
  return group.run(work);
}
