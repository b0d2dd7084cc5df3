import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../test/support/cli.js';
import { createTestDb, DIALECTS } from '../../../../test/support/db.js';
import { fillNotebook, type Send } from '../../../../test/support/notebook.js';
import { ownedTableNames } from '../../../../test/support/owned-tables.js';
import { buildApp } from '../../app.js';
import { openDb, sqliteFileIn, type Db, type DialectName } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import type { LocalBackups } from './app-service.js';
import { BackupScheduler } from './scheduler.js';
import { listBackupFiles } from './snapshots.js';

const MARK = 'Quokka7781';

/** Counts the rows of every owned table (the whole notebook, search index included). */
async function ownedRowCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of await ownedTableNames(db))
    out[t] = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(db.kysely)).rows[0]!.n);
  return out;
}

interface LocalApp {
  app: FastifyInstance;
  db: Db;
  dir: string;
  local: LocalBackups;
  send: Send;
  close(): Promise<void>;
}

/** A local-mode app on a SQLite file in a data folder (so the CLI can read the same file), or on PostgreSQL. */
async function localApp(dialect: DialectName): Promise<LocalApp> {
  const dir = mkdtempSync(join(tmpdir(), 'ob-data-'));
  let db: Db;
  if (dialect === 'sqlite') {
    db = await openDb({ kind: 'sqlite', file: sqliteFileIn(dir) });
    await migrateToLatest(db.kysely);
  } else db = await createTestDb('postgres');
  const backupDir = join(dir, 'backups');
  const local: LocalBackups = {
    dir: backupDir,
    scheduler: dialect === 'sqlite' ? new BackupScheduler({ db, dir: backupDir }) : null,
    disabledReason: dialect === 'sqlite' ? null : 'PostgreSQL',
  };
  const app = await buildApp({ db, logLevel: 'silent', webDir: '/nonexistent', backups: local });
  await app.ready();
  const send: Send = async (method, url, payload) => {
    const res = await app.inject({ method: method as 'GET', url, ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return (res.body ? res.json() : undefined) as never;
  };
  return {
    app,
    db,
    dir,
    local,
    send,
    close: async () => {
      await local.scheduler?.stop();
      await app.close();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const stripTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');

describe('GET /api/export equals the CLI export (local mode, SQLite)', () => {
  let t: LocalApp;
  beforeAll(async () => {
    t = await localApp('sqlite');
    await fillNotebook(t.send, MARK);
  }, 60_000);
  afterAll(() => t.close());

  it('answers the same file as `offerbook export`, as a download', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/export' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="offerbook-backup-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const cli = runCli(['export', '--out', '-'], t.dir);
    expect(cli.code, cli.stderr).toBe(0);
    expect(stripTime(res.body)).toBe(stripTime(cli.stdout));
    expect(res.json<{ tables: { interview_notes: unknown[] } }>().tables.interview_notes).toHaveLength(1);
  }, 60_000);
});

describe.each(DIALECTS)('restore and delete everything in local mode on %s', { timeout: 120_000 }, (dialect) => {
  let t: LocalApp;
  beforeAll(async () => {
    t = await localApp(dialect);
  }, 60_000);
  afterAll(() => t.close());

  it('previews, refuses a bad file without changing anything, restores over a notebook after saving it, then erases everything', async () => {
    await fillNotebook(t.send, MARK);
    const backup = (await t.app.inject({ method: 'GET', url: '/api/export' })).body;

    const preview = await t.send<{ counts: Record<string, number>; total: number; version: number; exportedAt: string }>(
      'POST',
      '/api/restore/preview',
      { text: backup },
    );
    expect(preview.counts.opportunities).toBe(1);
    expect(preview.counts.interview_notes).toBe(1);
    expect(preview.version).toBe(1);
    expect(preview.total).toBe(Object.values(preview.counts).reduce((a, b) => a + b, 0));

    // A bad file: the answer names where it is wrong, and nothing changes.
    const bad = JSON.parse(backup) as { tables: { opportunities: Array<{ stage: string }> } };
    bad.tables.opportunities[0]!.stage = 'hired';
    for (const text of [JSON.stringify(bad), '{\n  "format": "offerbook-backup",\n  oops\n}']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/restore', payload: { text } });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { message: string; field: string } }>().error).toMatchObject({ field: 'text' });
    }
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/restore', payload: { text: JSON.stringify(bad) } })).json<{
        error: { message: string };
      }>().error.message,
    ).toMatch(/\$\.tables\.opportunities\[0\]\.stage/);
    expect(stripTime((await t.app.inject({ method: 'GET', url: '/api/export' })).body)).toBe(stripTime(backup));

    // Change the notebook, restore: the change is saved to the backup folder first, then replaced.
    await t.send('PATCH', '/api/settings', { pipelineTarget: 9 });
    const restored = await t.send<{ counts: Record<string, number>; savedTo: string | null }>('POST', '/api/restore', { text: backup });
    expect(restored.counts.opportunities).toBe(1);
    expect(restored.savedTo).toMatch(/before-restore-.*\.json$/);
    expect(JSON.parse(readFileSync(restored.savedTo!, 'utf8')).tables.settings[0].pipeline_target).toBe(9);
    expect(stripTime((await t.app.inject({ method: 'GET', url: '/api/export' })).body)).toBe(stripTime(backup));
    const search = await t.send<{ items: unknown[] }>('GET', `/api/search?q=${MARK}`);
    expect(search.items.length).toBeGreaterThan(0);
    if (dialect === 'sqlite') expect(listBackupFiles(t.local.dir).some((f) => f.name.endsWith('-import.sqlite'))).toBe(true);

    // Delete everything: a wrong confirmation changes nothing; the right one empties every owned table.
    const wrong = await t.app.inject({ method: 'POST', url: '/api/erase', payload: { confirm: 'yes' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ error: { field: string } }>().error.field).toBe('confirm');
    const erased = await t.send<{ removedRows: number }>('POST', '/api/erase', { confirm: 'delete everything' });
    expect(erased.removedRows).toBeGreaterThan(10);
    const counts = await ownedRowCounts(t.db);
    const left = Object.entries(counts).filter(([table, n]) => n > 0 && !['owner_revisions', 'owner_table_revisions'].includes(table));
    expect(left).toEqual([]);
    expect((await t.send<{ items: unknown[] }>('GET', `/api/search?q=${MARK}`)).items).toEqual([]);
    expect((await t.send<{ items: unknown[] }>('GET', '/api/opportunities')).items).toEqual([]);
    expect((await t.send<{ pipelineTarget: number }>('GET', '/api/settings')).pipelineTarget).toBe(3);
    if (dialect === 'sqlite') {
      // Compacted: the deleted text is not left in the file's free pages.
      expect(readFileSync(join(t.dir, 'offerbook.sqlite')).toString('latin1').toLowerCase().includes(MARK.toLowerCase())).toBe(false);
    }

    // The download restores into the empty notebook, with nothing to save first.
    const again = await t.send<{ savedTo: string | null }>('POST', '/api/restore', { text: backup });
    expect(again.savedTo).toBeNull();
    expect(stripTime((await t.app.inject({ method: 'GET', url: '/api/export' })).body)).toBe(stripTime(backup));
  });

  it('lists the automatic backups and restores one of them', async () => {
    const overview = await t.send<{ enabled: boolean; items: Array<{ name: string; size: number; kind: string }>; lastError: unknown }>(
      'GET',
      '/api/backups',
    );
    if (dialect === 'postgres') {
      expect(overview.enabled).toBe(false);
      return;
    }
    const taken = await t.send<{ items: Array<{ name: string; size: number; kind: string }> }>('POST', '/api/backups');
    const snapshot = taken.items.find((i) => i.kind === 'automatic')!;
    expect(snapshot.size).toBeGreaterThan(0);
    const preview = await t.send<{ counts: Record<string, number> }>('POST', '/api/backups/preview', { name: snapshot.name });
    expect(preview.counts.opportunities).toBe(1);
    await t.send('POST', '/api/erase', { confirm: 'delete everything' });
    await t.send('POST', '/api/backups/restore', { name: snapshot.name });
    expect((await t.send<{ items: Array<{ roleTitle: string }> }>('GET', '/api/opportunities')).items[0]!.roleTitle).toBe(
      `${MARK} engineer`,
    );
    // Only a listed file: no path, and not the live database.
    expect((await t.app.inject({ method: 'POST', url: '/api/backups/restore', payload: { name: '../offerbook.sqlite' } })).statusCode).toBe(
      400,
    );
    expect((await t.app.inject({ method: 'POST', url: '/api/backups/restore', payload: { name: 'offerbook.sqlite' } })).statusCode).toBe(
      404,
    );
    expect(existsSync(join(t.dir, 'offerbook.sqlite'))).toBe(true);
  });
});
