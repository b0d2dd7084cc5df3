import type { Kysely } from 'kysely';
import type { Ctx } from '../../auth/actor.js';
import { SCHEMA_VERSION } from '../../db/migrate.js';
import { inTransaction } from '../../db/transaction.js';
import { rebuildSearchIndex } from '../search/documents.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './format.js';
import { BACKUP_TABLES } from './tables.js';

type Row = Record<string, unknown>;
/** The backup code walks tables by name, so it sees the database as plain rows. */
type AnyTables = Kysely<Record<string, Row>>;

const CHUNK = 200;

function untyped(ctx: Ctx): AnyTables {
  return ctx.db.kysely as unknown as AnyTables;
}

/** Everything the actor owns, as a versioned backup; rows sorted so equal data exports identically. */
export async function exportBackup(ctx: Ctx): Promise<BackupFile> {
  const db = untyped(ctx);
  const tables: Record<string, Row[]> = {};
  for (const table of BACKUP_TABLES) {
    const rows = await db.selectFrom(table.name).selectAll().where('owner_id', '=', ctx.actor.userId).execute();
    const columns = Object.keys(table.row.shape);
    tables[table.name] = rows
      .map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))
      .sort((a, b) => String(a[table.key] ?? '').localeCompare(String(b[table.key] ?? '')));
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: ctx.now().toISOString(),
    tables: tables as BackupFile['tables'],
  };
}

/** How many rows the actor owns, over all backed-up tables. */
export async function countOwnedRows(ctx: Ctx): Promise<number> {
  const db = untyped(ctx);
  let total = 0;
  for (const table of BACKUP_TABLES) {
    const { n } = await db
      .selectFrom(table.name)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('owner_id', '=', ctx.actor.userId)
      .executeTakeFirstOrThrow();
    total += Number(n);
  }
  return total;
}

/**
 * Writes a validated backup for the actor in one transaction. With `replace`, the actor's current
 * data is removed first (the caller has saved a backup of it); without, the database must be empty.
 */
export async function importBackup(ctx: Ctx, file: BackupFile, options: { replace: boolean }): Promise<Record<string, number>> {
  return inTransaction(ctx.db, async (trx) => {
    const tctx = { ...ctx, db: trx };
    if (!options.replace && (await countOwnedRows(tctx)) > 0) {
      throw new Error('The database already holds data; use --replace to overwrite it (a backup is saved first).');
    }
    const db = untyped(tctx);
    for (const table of [...BACKUP_TABLES].reverse()) {
      await db.deleteFrom(table.name).where('owner_id', '=', ctx.actor.userId).execute();
    }
    const counts: Record<string, number> = {};
    for (const table of BACKUP_TABLES) {
      const rows = (file.tables[table.name] as Row[]).map((row) => ({ ...row, owner_id: ctx.actor.userId }));
      for (let i = 0; i < rows.length; i += CHUNK) {
        await db
          .insertInto(table.name)
          .values(rows.slice(i, i + CHUNK))
          .execute();
      }
      counts[table.name] = rows.length;
    }
    await rebuildSearchIndex(trx, ctx.actor.userId);
    return counts;
  });
}
