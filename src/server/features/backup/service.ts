import type { Ctx } from '../../auth/actor.js';
import { SCHEMA_VERSION } from '../../db/migrate.js';
import { inTransaction } from '../../db/transaction.js';
import { rebuildSearchIndex } from '../search/documents.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './format.js';
import { countOwned, deleteOwned, insertRows, ownedRows } from './repository.js';
import { BACKUP_TABLES } from './tables.js';

type Row = Record<string, unknown>;

const CHUNK = 200;

/** Everything the actor owns, as a versioned backup; rows sorted so equal data exports identically. */
export async function exportBackup(ctx: Ctx): Promise<BackupFile> {
  const tables: Record<string, Row[]> = {};
  for (const table of BACKUP_TABLES) {
    const rows = await ownedRows(ctx.db, table.name, ctx.actor.userId);
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
  let total = 0;
  for (const table of BACKUP_TABLES) total += await countOwned(ctx.db, table.name, ctx.actor.userId);
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
    for (const table of [...BACKUP_TABLES].reverse()) await deleteOwned(trx, table.name, ctx.actor.userId);
    const counts: Record<string, number> = {};
    for (const table of BACKUP_TABLES) {
      const rows = (file.tables[table.name] as Row[]).map((row) => ({ ...row, owner_id: ctx.actor.userId }));
      for (let i = 0; i < rows.length; i += CHUNK) {
        await insertRows(trx, table.name, rows.slice(i, i + CHUNK));
      }
      counts[table.name] = rows.length;
    }
    await rebuildSearchIndex(trx, ctx.actor.userId);
    return counts;
  });
}
