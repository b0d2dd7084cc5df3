import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_USER_ID, type Ctx } from '../src/server/auth/actor.js';
import { openDb, type Db } from '../src/server/db/connect.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { inTransaction } from '../src/server/db/transaction.js';
import { backupText } from '../src/server/features/backup/app-service.js';
import { eraseNotebook } from '../src/server/features/backup/repository.js';
import { parseBackup } from '../src/server/features/backup/format.js';
import { rebuildSearchIndex } from '../src/server/features/search/documents.js';
import { exportBackup, importBackup } from '../src/server/features/backup/service.js';
import { readBackupFile, takeSnapshot } from '../src/server/features/backup/snapshots.js';
import { median, round, timeRounds } from './harness.js';

export const name = 'your data: backups, restore, delete everything (issue 23)';

const EMPLOYERS = 300;
const OPPORTUNITIES = 1_000;
const FACTS = 10_000;

const WORDS = [
  'harbour',
  'route',
  'planner',
  'roster',
  'maps',
  'team',
  'night',
  'shift',
  'budget',
  'pilot',
  'growth',
  'data',
  'quality',
  'safety',
  'launch',
  'review',
];
const sentence = (i: number, n: number) => Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 13) % WORDS.length]).join(' ');

/** A notebook of years: employers, opportunities with long job descriptions, many research facts. */
async function seed(db: Db): Promise<void> {
  const at = '2026-01-01T00:00:00.000Z';
  await inTransaction(db, async (trx) => {
    const employers = Array.from({ length: EMPLOYERS }, (_, i) => ({
      id: crypto.randomUUID(),
      owner_id: LOCAL_USER_ID,
      name: `Employer ${i}`,
      name_key: `employer ${i}`,
      created_at: at,
      updated_at: at,
    }));
    for (let i = 0; i < employers.length; i += 200)
      await trx.kysely
        .insertInto('employers')
        .values(employers.slice(i, i + 200))
        .execute();
    const opps = Array.from({ length: OPPORTUNITIES }, (_, i) => ({
      id: crypto.randomUUID(),
      owner_id: LOCAL_USER_ID,
      employer_id: employers[i % EMPLOYERS]!.id,
      role_title: `${sentence(i, 2)} analyst`,
      job_description: sentence(i, 300),
      stage: 'applied',
      stage_changed_at: at,
      created_at: at,
      updated_at: at,
    }));
    for (let i = 0; i < opps.length; i += 100)
      await trx.kysely
        .insertInto('opportunities')
        .values(opps.slice(i, i + 100))
        .execute();
    const facts = Array.from({ length: FACTS }, (_, i) => ({
      id: crypto.randomUUID(),
      owner_id: LOCAL_USER_ID,
      employer_id: employers[i % EMPLOYERS]!.id,
      topic: 'what-they-do',
      statement: sentence(i, 40),
      source_url: null,
      noted_on: null,
      created_at: at,
      updated_at: at,
    }));
    for (let i = 0; i < facts.length; i += 200)
      await trx.kysely
        .insertInto('facts')
        .values(facts.slice(i, i + 200))
        .execute();
    await rebuildSearchIndex(trx, LOCAL_USER_ID);
  });
}

export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'ob-bench-backup-'));
  const db = await openDb({ kind: 'sqlite', file: join(dir, 'offerbook.sqlite') });
  try {
    await migrateToLatest(db.kysely);
    await seed(db);
    const ctx: Ctx = { db, actor: { userId: LOCAL_USER_ID }, now: () => new Date() };
    let n = 0;
    // The event loop is blocked for the whole VACUUM INTO: this is the pause a daily backup causes.
    const snapshot = await timeRounds(
      async () => takeSnapshot(db, join(dir, 'backups'), new Date(Date.UTC(2026, 0, 1) + n++ * 86_400_000), 'daily'),
      5,
      1,
    );
    const last = join(
      dir,
      'backups',
      `offerbook-${new Date(Date.UTC(2026, 0, 1) + (n - 1) * 86_400_000).toISOString().replace(/[:.]/g, '-')}-daily.sqlite`,
    );
    let text = '';
    const exportTimes = await timeRounds(async () => (text = backupText(await exportBackup(ctx))), 5, 1);
    const parse = await timeRounds(() => parseBackup(text), 5, 1);
    const fromSnapshot = await timeRounds(() => readBackupFile(last), 3, 1);
    const file = parseBackup(text);
    const restore = await timeRounds(() => importBackup(ctx, file, { replace: true }), 3, 1);
    // Each round erases a full notebook: fill it again (untimed) first.
    const erase: number[] = [];
    for (let i = 0; i < 3; i++) {
      await importBackup(ctx, file, { replace: true });
      const start = performance.now();
      await eraseNotebook(db, LOCAL_USER_ID);
      erase.push(performance.now() - start);
    }
    return {
      notebook: `${EMPLOYERS} employers, ${OPPORTUNITIES} opportunities (300-word descriptions), ${FACTS} facts`,
      'database snapshot size (MB)': round(statSync(last).size / 1024 / 1024, 1),
      'backup file size (MB)': round(Buffer.byteLength(text) / 1024 / 1024, 1),
      'automatic backup, VACUUM INTO (ms, median)': round(median(snapshot)),
      'GET /api/export body, export + serialise (ms, median)': round(median(exportTimes)),
      'restore check, parse + validate the file (ms, median)': round(median(parse)),
      'read an automatic backup for restore: copy, migrate, export (ms, median)': round(median(fromSnapshot)),
      'restore, replacing the notebook (ms, median)': round(median(restore)),
      'delete everything, rows + search index + compaction (ms, median)': round(median(erase)),
    };
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
