import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../core/backup/rotation.js';
import { openDb, type Db } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { BackupScheduler } from './scheduler.js';
import { listBackupFiles, readBackupFile } from './snapshots.js';

const DAY = 24 * 3600 * 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('automatic backups (SQLite)', { timeout: 60_000 }, () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function fresh(): Promise<{ db: Db; file: string; dir: string }> {
    const root = mkdtempSync(join(tmpdir(), 'ob-sched-'));
    const file = join(root, 'offerbook.sqlite');
    const db = await openDb({ kind: 'sqlite', file });
    await migrateToLatest(db.kysely);
    cleanups.push(
      () => rmSync(root, { recursive: true, force: true }),
      () => db.close(),
    );
    return { db, file, dir: join(root, 'backups') };
  }

  it('takes a backup each day while running and keeps 7 daily + 4 weekly', async () => {
    const { db, dir } = await fresh();
    // The scheduler runs on its timer (every 5 ms); the test moves the clock a day at a time and
    // waits until the scheduler has noticed, for 60 days.
    let clock = Date.UTC(2026, 0, 1, 9);
    const scheduler = new BackupScheduler({ db, dir, now: () => new Date(clock), checkMs: 5, firstCheckMs: 0 });
    cleanups.push(() => scheduler.stop());
    scheduler.start();
    for (let day = 0; day < 60; day++) {
      if (day > 0) clock += DAY;
      for (let waited = 0; scheduler.status().lastSuccessAt?.getTime() !== clock; waited += 5) {
        if (waited > 5000) throw new Error(`no backup on day ${day}`);
        await sleep(5);
      }
    }
    await scheduler.stop();

    const files = listBackupFiles(dir);
    expect(scheduler.status().lastError).toBeNull();
    expect(files.every((f) => f.kind === 'automatic' && f.name.endsWith('-daily.sqlite'))).toBe(true);
    // Rotation ran: what is left is exactly what the policy keeps, one per day for the last 7 days
    // that had one, then one per week for 4 weeks.
    expect(files.map((f) => f.name)).toEqual(backupsToKeep(files).map((f) => f.name));
    expect(files).toHaveLength(11);
    const days = files.map((f) => f.takenAt.toISOString().slice(0, 10));
    expect(new Set(days).size).toBe(11);
    // 2026-03-01 (a Sunday) is the 60th day: the last 7 days, then the Sundays of the 4 weeks before.
    expect(days).toEqual([
      '2026-03-01',
      '2026-02-28',
      '2026-02-27',
      '2026-02-26',
      '2026-02-25',
      '2026-02-24',
      '2026-02-23',
      '2026-02-22',
      '2026-02-15',
      '2026-02-08',
      '2026-02-01',
    ]);
    // Nothing new while the newest is less than a day old.
    const frozen = new BackupScheduler({ db, dir, now: () => files[0]!.takenAt });
    expect(await frozen.checkDue()).toBeNull();
  });

  it('takes consistent backups while another process writes, and each passes integrity_check', async () => {
    const { db, file, dir } = await fresh();
    // Another process adds employers two at a time, in one transaction each, as fast as it can.
    const writer = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import Database from 'better-sqlite3'; import { randomUUID } from 'node:crypto';
         const db = new Database(${JSON.stringify(file)});
         db.pragma('journal_mode = WAL'); db.pragma('busy_timeout = 5000');
         const add = db.prepare("insert into employers (id, owner_id, name, name_key, created_at, updated_at) values (?, '00000000-0000-7000-8000-000000000001', ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
         const pair = db.transaction((n) => { add.run(randomUUID(), 'A ' + n, 'a ' + n); add.run(randomUUID(), 'B ' + n, 'b ' + n); });
         const until = Date.now() + 2500; let n = 0;
         while (Date.now() < until) pair(n++);
         console.log(n);`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let written = '';
    writer.stdout.on('data', (d: Buffer) => (written += d.toString()));
    const exited = new Promise<number | null>((resolve) => writer.on('exit', resolve));
    cleanups.push(() => void writer.kill());

    // Keep every snapshot (one a day, none rotated away) so each can be checked.
    let clock = Date.UTC(2026, 0, 1);
    const scheduler = new BackupScheduler({ db, dir, now: () => new Date(clock), rotation: { daily: 1000, weekly: 0 } });
    const taken = [];
    await sleep(200);
    for (let i = 0; i < 6; i++) {
      clock += DAY;
      const s = await scheduler.runNow('daily');
      if (s) taken.push(s);
      await sleep(150);
    }
    expect(await exited).toBe(0);
    expect(Number(written)).toBeGreaterThan(100);
    expect(scheduler.status().lastError).toBeNull();
    expect(taken).toHaveLength(6);

    const counts: number[] = [];
    for (const snapshot of taken) {
      const copy = new SqliteDatabase(join(dir, snapshot.name), { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const n = (copy.prepare('select count(*) as n from employers').get() as { n: number }).n;
        // Whole transactions only: never half a pair.
        expect(n % 2).toBe(0);
        counts.push(n);
      } finally {
        copy.close();
      }
    }
    expect(counts.some((n) => n > 0)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // A snapshot restores like an export: it reads back as a valid backup.
    expect((await readBackupFile(join(dir, taken.at(-1)!.name))).tables.employers).toHaveLength(counts.at(-1)!);
  });

  it('reports a failure instead of hiding it', async () => {
    const { db } = await fresh();
    const errors: string[] = [];
    // A folder that cannot be made: a path under a regular file.
    const scheduler = new BackupScheduler({ db, dir: '/dev/null/backups', onError: (m) => errors.push(m) });
    expect(await scheduler.runNow('daily')).toBeNull();
    expect(scheduler.status().lastError?.message).toMatch(/Automatic backup to \/dev\/null\/backups failed/);
    expect(errors).toHaveLength(1);
  });
});
