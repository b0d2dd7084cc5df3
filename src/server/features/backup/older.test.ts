import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../../../test/support/cli.js';
import { createTestDb, DIALECTS } from '../../../../test/support/db.js';
import { LOCAL_USER_ID, type Ctx } from '../../auth/actor.js';
import { openDb, type Db } from '../../db/connect.js';
import { MIGRATIONS } from '../../db/migrate.js';
import { search } from '../search/service.js';
import { parseBackup } from './format.js';
import { exportBackup, importBackup } from './service.js';
import { readBackupFile } from './snapshots.js';

const ctxOf = (db: Db): Ctx => ({ db, actor: { userId: LOCAL_USER_ID }, now: () => new Date('2026-12-01T10:00:00.000Z') });

describe('backups from older versions', { timeout: 60_000 }, () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it.each(DIALECTS)('imports a file exported before most tables existed (schema 0001) on %s', async (dialect) => {
    const db = await createTestDb(dialect);
    cleanups.push(() => db.close());
    const file = parseBackup(readFileSync(join(ROOT, 'test/data/backups/v1-0001_initial.json'), 'utf8'));
    // Tables the old file could not know read as empty.
    expect(file.tables.interview_notes).toEqual([]);
    const counts = await importBackup(ctxOf(db), file, { replace: false });
    expect(counts).toMatchObject({ employers: 1, opportunities: 1, opportunity_events: 2, settings: 1 });
    const again = await exportBackup(ctxOf(db));
    expect(again.tables.opportunities[0]).toMatchObject({ role_title: 'Cartographer', stage: 'applied' });
    expect(again.tables.settings).toEqual([{ pipeline_target: 6, updated_at: '2026-01-10T08:00:00.000Z' }]);
    // The search index is rebuilt for what came in.
    expect((await search(ctxOf(db), 'cartographer', 10)).map((h) => h.title)).toEqual([expect.stringContaining('Cartographer')]);
  });

  it('restores an automatic backup taken by an older version, migrating it forward', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ob-old-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const old = join(dir, 'offerbook-2026-01-15T09-30-00-000Z-daily.sqlite');
    // A database as version 0006 left it (interviews, no follow-ups, offers or accounts yet).
    const db = await openDb({ kind: 'sqlite', file: old });
    const migrator = new Migrator({
      db: db.kysely as unknown as Kysely<unknown>,
      provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    });
    expect((await migrator.migrateTo('0006_interviews')).error).toBeUndefined();
    const at = '2026-01-10T08:00:00.000Z';
    await sql`insert into employers (id, owner_id, name, name_key, created_at, updated_at) values ('01a21475-826b-785a-87b5-cc59b0ad224f', ${LOCAL_USER_ID}, 'Harbour Maps', 'harbour maps', ${at}, ${at})`.execute(
      db.kysely,
    );
    await sql`insert into opportunities (id, owner_id, employer_id, role_title, job_description, stage, stage_changed_at, created_at, updated_at)
      values ('01a21475-8267-70c5-b9ab-ea22b45dbf7a', ${LOCAL_USER_ID}, '01a21475-826b-785a-87b5-cc59b0ad224f', 'Cartographer', '', 'interviewing', ${at}, ${at}, ${at})`.execute(
      db.kysely,
    );
    await sql`insert into interviews (id, owner_id, opportunity_id, kind, title, starts_at, time_zone, duration_minutes, created_at, updated_at)
      values ('01a21475-8400-7000-8000-000000000001', ${LOCAL_USER_ID}, '01a21475-8267-70c5-b9ab-ea22b45dbf7a', 'video', 'First call', '2026-01-20T10:00:00.000Z', 'Europe/Lisbon', 45, ${at}, ${at})`.execute(
      db.kysely,
    );
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db.kysely);
    await db.close();

    const file = await readBackupFile(old);
    expect(file.schemaVersion).toBe(Object.keys(MIGRATIONS).at(-1));
    expect(file.tables.interviews).toHaveLength(1);
    expect(file.tables.offers).toEqual([]);
    // The old file itself is left as it was (the migration ran on a copy).
    const still = await openDb({ kind: 'sqlite', file: old });
    cleanups.push(() => still.close());
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(still.kysely);
    expect(applied.rows.at(-1)!.name).toBe('0006_interviews');

    const target = await createTestDb('sqlite');
    cleanups.push(() => target.close());
    await importBackup(ctxOf(target), file, { replace: false });
    expect((await exportBackup(ctxOf(target))).tables.interviews[0]).toMatchObject({ title: 'First call', duration_minutes: 45 });
  });
});
