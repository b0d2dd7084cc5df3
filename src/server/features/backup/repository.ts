import { sql, type Kysely } from 'kysely';
import type { Db } from '../../db/connect.js';
import { inTransaction } from '../../db/transaction.js';
import { rebuildFullTextIndex } from '../search/repository-index.js';
import { BACKUP_TABLES } from './tables.js';

type Row = Record<string, unknown>;
/** The backup code walks tables by name, so it sees the database as plain rows. */
type AnyTables = Kysely<Record<string, Row>>;

/**
 * Owned tables a backup leaves out, children before parents: the search index (rebuilt on import),
 * calendar feed tokens (secrets that must not travel in a file), and shares with their comments
 * (they involve a second account), and CSV imports (only there to undo one; a restored notebook has
 * nothing to undo).
 */
export const UNSAVED_OWNED_TABLES = ['share_comments', 'shares', 'calendar_feeds', 'search_documents', 'import_items', 'imports'] as const;

/**
 * Revision counters (bumped by triggers on every change, including the deletes here). Erasing a
 * notebook keeps them so in-process caches never take new data for old; deleting the account
 * removes them last.
 */
export const COUNTER_TABLES = ['owner_table_revisions', 'owner_revisions'] as const;

function untyped(db: Db): AnyTables {
  return db.kysely as unknown as AnyTables;
}

/** Removes every content row the owner has, children first (the caller holds a transaction). */
async function deleteContent(db: Db, ownerId: string): Promise<number> {
  const k = untyped(db);
  let removed = 0;
  for (const table of [...UNSAVED_OWNED_TABLES, ...[...BACKUP_TABLES].reverse().map((t) => t.name)]) {
    const result = await k.deleteFrom(table).where('owner_id', '=', ownerId).executeTakeFirst();
    removed += Number(result.numDeletedRows);
  }
  return removed;
}

/**
 * Local mode's "delete everything": every row of the owner's notebook and its search index, in one
 * transaction; the schema, the user row and the revision counters stay. On SQLite the file is then
 * compacted so the deleted text does not linger in free pages.
 */
export async function eraseNotebook(db: Db, ownerId: string): Promise<number> {
  const removed = await inTransaction(db, async (trx) => {
    const n = await deleteContent(trx, ownerId);
    await rebuildFullTextIndex(trx);
    return n;
  });
  if (db.dialect === 'sqlite') {
    await sql`vacuum`.execute(db.kysely);
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db.kysely);
  }
  return removed;
}

/**
 * Removes an account and every row it owns: its notebook, its shares in both directions, the
 * comments it wrote as a coach on other people's work (they are that coach's words: they go with
 * the account), its sessions and reset links (by the foreign keys), its counters, and the user row.
 * On PostgreSQL the transaction runs as the deleted account for row-level security, so even a
 * forgotten filter could only reach that account's rows.
 */
export async function deleteAccountRows(db: Db, userId: string): Promise<number> {
  return inTransaction(db, async (trx) => {
    if (trx.dialect === 'postgres') await sql`select set_config('app.user_id', ${userId}, true)`.execute(trx.kysely);
    const k = untyped(trx);
    let removed = await k
      .deleteFrom('share_comments')
      .where('author_id', '=', userId)
      .executeTakeFirst()
      .then((r) => Number(r.numDeletedRows));
    removed += await k
      .deleteFrom('shares')
      .where('coach_id', '=', userId)
      .executeTakeFirst()
      .then((r) => Number(r.numDeletedRows));
    removed += await deleteContent(trx, userId);
    for (const table of COUNTER_TABLES) await k.deleteFrom(table).where('owner_id', '=', userId).execute();
    await trx.kysely.deleteFrom('users').where('id', '=', userId).execute();
    return removed;
  });
}

/** Every row the owner has in one owned table, all columns. */
export function ownedRows(db: Db, table: string, ownerId: string): Promise<Row[]> {
  return untyped(db).selectFrom(table).selectAll().where('owner_id', '=', ownerId).execute();
}

/** How many rows the owner has in one owned table. */
export async function countOwned(db: Db, table: string, ownerId: string): Promise<number> {
  const { n } = await untyped(db)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_id', '=', ownerId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Removes every row the owner has in one owned table. */
export async function deleteOwned(db: Db, table: string, ownerId: string): Promise<void> {
  await untyped(db).deleteFrom(table).where('owner_id', '=', ownerId).execute();
}

/** Inserts rows (already carrying their owner) into one owned table, in one statement. */
export async function insertRows(db: Db, table: string, rows: Row[]): Promise<void> {
  await untyped(db).insertInto(table).values(rows).execute();
}
