import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupText } from '../../server/features/backup/app-service.js';
import { eraseNotebook } from '../../server/features/backup/repository.js';
import { BackupError } from '../../server/features/backup/format.js';
import { countOwnedRows, exportBackup, importBackup } from '../../server/features/backup/service.js';
import {
  listBackupFiles,
  readBackupFile,
  rotateSnapshots,
  saveBeforeRestore,
  takeSnapshot,
} from '../../server/features/backup/snapshots.js';
import { openCliContext } from '../context.js';
import { findNul } from '../../server/http/request-guard.js';
import { CliError } from '../errors.js';

export { backupText };

/** Writes a backup of everything to a file, or to stdout with `-`. */
export async function exportCommand(opts: { out: string }): Promise<void> {
  const { ctx, close } = await openCliContext();
  try {
    const text = backupText(await exportBackup(ctx));
    if (opts.out === '-') process.stdout.write(text);
    else {
      writeFileSync(opts.out, text);
      console.error(`Backup written to ${resolve(opts.out)}`);
    }
  } finally {
    await close();
  }
}

/** Restores a backup (a JSON export or an automatic backup's database snapshot) after validating all of it. */
export async function importCommand(file: string, opts: { replace?: boolean }): Promise<void> {
  let backup;
  try {
    backup = await readBackupFile(file);
  } catch (err) {
    if (err instanceof BackupError) throw new CliError(`${file} is not a valid Offerbook backup, nothing was changed. ${err.message}`);
    const code = (err as NodeJS.ErrnoException).code;
    if (code) throw new CliError(`Cannot read ${file}: ${code}`);
    throw err;
  }
  // As the API does, refuse NUL characters: PostgreSQL cannot store them, so such a backup would not move between engines.
  const nul = findNul(backup);
  if (nul !== null) throw new CliError(`${file} holds a NUL character at ${nul}, which Offerbook does not store; nothing was changed.`);
  const { ctx, config, close } = await openCliContext();
  try {
    const existing = await countOwnedRows(ctx);
    if (existing > 0 && !opts.replace) {
      throw new CliError('The database already holds data; nothing was changed. Use --replace to overwrite it (a backup is saved first).');
    }
    if (existing > 0) {
      const saved = saveBeforeRestore(config.backupDir, new Date(), backupText(await exportBackup(ctx)), 'import');
      console.error(`Saved the current data to ${saved}`);
    }
    const counts = await importBackup(ctx, backup, { replace: Boolean(opts.replace) });
    const summary = Object.entries(counts)
      .map(([t, n]) => `${n} ${t.replace(/_/g, ' ')}`)
      .join(', ');
    console.error(`Imported ${summary}.`);
    if (config.autoBackup && ctx.db.dialect === 'sqlite') {
      const taken = await takeSnapshot(ctx.db, config.backupDir, new Date(), 'import');
      rotateSnapshots(config.backupDir);
      console.error(`Automatic backup written to ${resolve(config.backupDir, taken.name)}`);
    }
  } finally {
    await close();
  }
}

/** Deletes every row of the notebook and its search index (and, when asked, the backup folder's files). */
export async function eraseCommand(opts: { yes?: boolean; withBackups?: boolean }): Promise<void> {
  if (!opts.yes)
    throw new CliError(
      'This deletes everything in your notebook. Run `offerbook export -o <file>` first if you want a copy, then `offerbook erase --yes`.',
    );
  const { ctx, config, close } = await openCliContext();
  try {
    if (config.mode === 'server')
      throw new CliError('offerbook erase works on a local notebook; in server mode each person deletes their own account.');
    const removed = await eraseNotebook(ctx.db, ctx.actor.userId);
    let files = 0;
    if (opts.withBackups) {
      const { rmSync } = await import('node:fs');
      for (const f of listBackupFiles(config.backupDir)) {
        rmSync(resolve(config.backupDir, f.name), { force: true });
        files++;
      }
    }
    console.error(`Deleted ${removed} rows${opts.withBackups ? ` and ${files} backup files` : ''}. The notebook is empty.`);
    if ((await countOwnedRows(ctx)) !== 0) throw new CliError('Some rows are still there; please report this.');
  } finally {
    await close();
  }
}
