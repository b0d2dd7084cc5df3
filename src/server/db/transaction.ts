import type { Db } from './connect.js';

/** Runs `work` in one transaction: all of its writes land, or none. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.kysely.transaction().execute((kysely) => work({ ...db, kysely }));
}
