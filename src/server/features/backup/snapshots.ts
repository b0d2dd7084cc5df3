import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  closeSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { backupsToKeep, DEFAULT_ROTATION, type RotationPolicy } from '../../../core/backup/rotation.js';
import { LOCAL_USER_ID } from '../../auth/actor.js';
import { openDb, type Db } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { BackupError, parseBackup, type BackupFile } from './format.js';
import { exportBackup } from './service.js';

/** Why a backup file was written. (The folder is made readable by this user only: it holds the whole notebook.) */
export type SnapshotReason = 'daily' | 'import' | 'manual';

/** One file in the backup folder. */
export interface BackupFileInfo {
  name: string;
  takenAt: Date;
  size: number;
  /** `automatic` snapshots of the database (rotated), or JSON copies saved before a restore (kept). */
  kind: 'automatic' | 'before-restore';
}

const SNAPSHOT = /^offerbook-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|import|manual)\.sqlite$/;
const SAVED = /^before-(?:restore|import)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/;

function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

function parseName(name: string): { takenAt: Date; kind: BackupFileInfo['kind'] } | null {
  const m = SNAPSHOT.exec(name) ?? SAVED.exec(name);
  if (!m) return null;
  const takenAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(takenAt.getTime()) ? null : { takenAt, kind: name.endsWith('.sqlite') ? 'automatic' : 'before-restore' };
}

/** The backup files in `dir`, newest first (none when the folder does not exist yet). */
export function listBackupFiles(dir: string): BackupFileInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const out: BackupFileInfo[] = [];
  for (const name of names) {
    const parsed = parseName(name);
    if (parsed) out.push({ name, ...parsed, size: statSync(join(dir, name)).size });
  }
  return out.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** The path of a backup file by its listed name; null for anything that is not one (no path tricks). */
export function backupPath(dir: string, name: string): string | null {
  return parseName(name) ? join(dir, name) : null;
}

/**
 * A consistent copy of the SQLite database in `dir`, made with `VACUUM INTO` (a read transaction:
 * writes that land meanwhile are simply not in it). Written under a temporary name and renamed, so
 * a half-written file never looks like a backup.
 */
export async function takeSnapshot(db: Db, dir: string, at: Date, reason: SnapshotReason): Promise<BackupFileInfo> {
  if (db.dialect !== 'sqlite') throw new Error('Automatic backups copy the SQLite database; with PostgreSQL use its own tools (pg_dump).');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = `offerbook-${stamp(at)}-${reason}.sqlite`;
  const partial = join(dir, `.${name}.partial`);
  rmSync(partial, { force: true });
  await sql`vacuum into ${partial}`.execute(db.kysely);
  renameSync(partial, join(dir, name));
  return { name, takenAt: at, size: statSync(join(dir, name)).size, kind: 'automatic' };
}

/** Deletes the automatic snapshots the rotation no longer keeps; answers their names. */
export function rotateSnapshots(dir: string, policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const snapshots = listBackupFiles(dir).filter((f) => f.kind === 'automatic');
  const kept = new Set(backupsToKeep(snapshots, policy));
  const removed = snapshots.filter((f) => !kept.has(f));
  for (const f of removed) unlinkSync(join(dir, f.name));
  return removed.map((f) => f.name);
}

function isSqliteFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === 'SQLite format 3\0';
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a backup file as a backup: a JSON export is parsed and validated; a database snapshot is
 * copied aside, migrated forward to this version's schema, and exported, so both restore the same way.
 */
export async function readBackupFile(path: string): Promise<BackupFile> {
  if (!isSqliteFile(path)) return parseBackup(readFileSync(path, 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'offerbook-restore-'));
  try {
    const copy = join(work, 'snapshot.sqlite');
    copyFileSync(path, copy);
    const db = await openDb({ kind: 'sqlite', file: copy });
    try {
      await migrateToLatest(db.kysely);
      const file = await exportBackup({ db, actor: { userId: LOCAL_USER_ID }, now: () => new Date() });
      // Checked like any file: a damaged snapshot must not half-restore.
      return parseBackup(JSON.stringify(file));
    } catch (err) {
      if (err instanceof BackupError) throw err;
      throw new BackupError(`cannot be read as an Offerbook database (${err instanceof Error ? err.message : String(err)})`, 'file');
    } finally {
      await db.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Saves a JSON backup of the notebook before a restore replaces it; answers the file's path. */
export function saveBeforeRestore(dir: string, at: Date, text: string, what: 'restore' | 'import' = 'restore'): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `before-${what}-${stamp(at)}.json`);
  writeFileSync(path, text);
  return path;
}
