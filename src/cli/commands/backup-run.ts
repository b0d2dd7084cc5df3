import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BackupError, parseBackup } from '../../server/features/backup/format.js';
import { countOwnedRows, exportBackup, importBackup } from '../../server/features/backup/service.js';
import { openCliContext } from '../context.js';
import { findNul } from '../../server/http/request-guard.js';
import { CliError } from '../errors.js';

/** Serialises a backup the same way every time. */
export function backupText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

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

/** Restores a backup after validating all of it. */
export async function importCommand(file: string, opts: { replace?: boolean }): Promise<void> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let backup;
  try {
    backup = parseBackup(text);
  } catch (err) {
    if (err instanceof BackupError) throw new CliError(`${file} is not a valid Offerbook backup, nothing was changed. ${err.message}`);
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
      const dir = join(config.dataDir, 'backups');
      mkdirSync(dir, { recursive: true });
      const saved = join(dir, `before-import-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
      writeFileSync(saved, backupText(await exportBackup(ctx)));
      console.error(`Saved the current data to ${saved}`);
    }
    const counts = await importBackup(ctx, backup, { replace: Boolean(opts.replace) });
    const summary = Object.entries(counts)
      .map(([t, n]) => `${n} ${t.replace(/_/g, ' ')}`)
      .join(', ');
    console.error(`Imported ${summary}.`);
  } finally {
    await close();
  }
}
