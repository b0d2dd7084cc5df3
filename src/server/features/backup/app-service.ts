import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupOverview, BackupPreview, EraseResult, RestoreResult } from '../../../contracts/backup.js';
import type { Ctx } from '../../auth/actor.js';
import { audit } from '../../auth/audit.js';
import { AppError, notFound } from '../../errors.js';
import { eraseNotebook } from './repository.js';
import { BackupError, parseBackup, type BackupFile } from './format.js';
import type { BackupScheduler } from './scheduler.js';
import { countOwnedRows, exportBackup, importBackup } from './service.js';
import { backupPath, listBackupFiles, readBackupFile, saveBeforeRestore } from './snapshots.js';
import { BACKUP_TABLES } from './tables.js';

/** Local mode's backup folder and scheduler, as the app was started with them. */
export interface LocalBackups {
  /** The backup folder (also where a notebook is saved before a restore replaces it). */
  dir: string;
  /** Null when automatic backups are off; `disabledReason` says why. */
  scheduler: BackupScheduler | null;
  disabledReason: string | null;
}

/** Serialises a backup the same way every time: the CLI's `offerbook export` and `GET /api/export`. */
export function backupText(value: BackupFile): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** The file name a download gets. */
export function downloadName(file: BackupFile): string {
  return `offerbook-backup-${file.exportedAt.slice(0, 10)}.json`;
}

/** The signed-in person's whole notebook as the backup file's text; audited in server mode. */
export async function exportForDownload(ctx: Ctx, serverMode: boolean): Promise<{ text: string; name: string }> {
  const file = await exportBackup(ctx);
  const text = backupText(file);
  if (serverMode) {
    const rows = Object.values(file.tables).reduce((n, rows) => n + rows.length, 0);
    await audit(ctx.db, { at: ctx.now(), actorId: ctx.actor.userId, action: 'data-exported', subject: ctx.actor.userId, detail: { rows } });
  }
  return { text, name: downloadName(file) };
}

/** Parses an upload; a bad file answers 400 saying where it is wrong (JSON path, or line and column). */
export function parseUpload(text: string): BackupFile {
  try {
    return parseBackup(text);
  } catch (err) {
    if (err instanceof BackupError)
      throw new AppError('validation', `This is not a valid Offerbook backup, nothing was changed. ${err.message}`, { field: 'text' });
    throw err;
  }
}

/** What a backup holds: counts per kind, when it was made, its format and schema versions. */
export function previewOf(file: BackupFile): BackupPreview {
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t.name, file.tables[t.name].length]));
  return {
    version: file.version,
    schemaVersion: file.schemaVersion,
    exportedAt: file.exportedAt,
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
  };
}

/**
 * Restores a validated backup. Local mode: a notebook that holds anything is saved to the backup
 * folder first, then replaced; an automatic snapshot follows. Server mode: only into an empty
 * account (a restore never overwrites an account's data), audited.
 */
export async function restore(ctx: Ctx, file: BackupFile, local: LocalBackups | null, serverMode: boolean): Promise<RestoreResult> {
  const existing = await countOwnedRows(ctx);
  let savedTo: string | null = null;
  if (existing > 0) {
    if (serverMode)
      throw new AppError(
        'conflict',
        'Your account already holds data: a backup restores only into an empty account. Delete the account or ask an admin for a new one.',
      );
    if (!local) throw new AppError('conflict', 'There is no backup folder to save the current notebook to, so it was not replaced.');
    savedTo = saveBeforeRestore(local.dir, ctx.now(), backupText(await exportBackup(ctx)));
  }
  const counts = await importBackup(ctx, file, { replace: existing > 0 }).catch((err: unknown) => {
    // Ids are unique across the server: the same backup restored into a second account collides.
    if (isUniqueViolation(err))
      throw new AppError(
        'conflict',
        'Objects in this backup already exist on this server (was it restored into another account?); nothing was changed.',
      );
    throw err;
  });
  if (serverMode)
    await audit(ctx.db, {
      at: ctx.now(),
      actorId: ctx.actor.userId,
      action: 'data-restored',
      subject: ctx.actor.userId,
      detail: { rows: previewOf(file).total },
    });
  if (local?.scheduler) await local.scheduler.runNow('import');
  return { counts, savedTo };
}

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Local mode: the backup folder's files and the scheduler's state. */
export function overview(local: LocalBackups | null): BackupOverview {
  if (!local)
    return {
      enabled: false,
      disabledReason: 'This Offerbook was started without a backup folder.',
      dir: null,
      lastSuccessAt: null,
      lastError: null,
      items: [],
    };
  const status = local.scheduler?.status();
  let items: BackupOverview['items'] = [];
  let listError: string | null = null;
  try {
    items = listBackupFiles(local.dir).map((f) => ({ name: f.name, takenAt: f.takenAt.toISOString(), size: f.size, kind: f.kind }));
  } catch (err) {
    listError = `Cannot read the backup folder ${local.dir}: ${err instanceof Error ? err.message : String(err)}`;
  }
  const lastError = status?.lastError
    ? { at: status.lastError.at.toISOString(), message: status.lastError.message }
    : listError
      ? { at: new Date().toISOString(), message: listError }
      : null;
  return {
    enabled: local.scheduler !== null,
    disabledReason: local.disabledReason,
    dir: local.dir,
    lastSuccessAt: status?.lastSuccessAt?.toISOString() ?? items.find((i) => i.kind === 'automatic')?.takenAt ?? null,
    lastError,
    items,
  };
}

/** Reads one listed file of the backup folder as a backup (404 for anything else). */
export async function readListed(local: LocalBackups | null, name: string): Promise<BackupFile> {
  const path = local ? backupPath(local.dir, name) : null;
  if (!local || !path || !listBackupFiles(local.dir).some((f) => f.name === name)) throw notFound('Backup');
  try {
    return await readBackupFile(path);
  } catch (err) {
    if (err instanceof BackupError)
      throw new AppError('validation', `${name} cannot be restored, nothing was changed. ${err.message}`, { field: 'name' });
    throw err;
  }
}

/** Local mode's "delete everything": every row and the search index; the backup folder's files too when asked. */
export async function eraseEverything(ctx: Ctx, local: LocalBackups | null, deleteBackups: boolean): Promise<EraseResult> {
  const removedRows = await eraseNotebook(ctx.db, ctx.actor.userId);
  let removedBackups = 0;
  if (deleteBackups && local) {
    for (const f of listBackupFiles(local.dir)) {
      rmSync(join(local.dir, f.name), { force: true });
      removedBackups++;
    }
  }
  return { removedRows, removedBackups };
}
