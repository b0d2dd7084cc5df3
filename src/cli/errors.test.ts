import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDirs } from '../../test/support/cli.js';
import { AppError } from '../server/errors.js';
import { CliError, describeFailure } from './errors.js';

const dirs = tempDirs();
afterAll(dirs.removeAll);

/** A driver error as pg or better-sqlite3 raise it. */
const driverError = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('CLI failures are sentences', () => {
  it('turns database errors into sentences of ours, never the driver text', () => {
    const raw = [
      driverError('duplicate key value violates unique constraint "opportunities_pkey"', '23505'),
      driverError('invalid byte sequence for encoding "UTF8": 0x00', '22021'),
      driverError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      driverError('database "offerbook" does not exist', '3D000'),
      driverError('password authentication failed for user "ob"', '28P01'),
      driverError('new row violates row-level security policy for table "people"', '42501'),
      driverError('database is locked', 'SQLITE_BUSY'),
      driverError('UNIQUE constraint failed: people.id', 'SQLITE_CONSTRAINT_PRIMARYKEY'),
      driverError('some future failure', 'XX000'),
    ];
    for (const err of raw) {
      const sentence = describeFailure(err);
      expect(sentence).not.toContain(err.message);
      expect(sentence).toMatch(/^[A-Z].*\.$/);
    }
    expect(describeFailure(raw[1])).toMatch(/NUL character/);
    expect(describeFailure(raw[2])).toMatch(/Cannot reach the database/);
  });

  it('keeps our own messages as they are', () => {
    expect(describeFailure(new CliError('The database already holds data; nothing was changed.'))).toBe(
      'The database already holds data; nothing was changed.',
    );
    expect(describeFailure(new AppError('conflict', 'An account with this email already exists'))).toBe(
      'An account with this email already exists',
    );
  });

  it('refuses to import a backup holding a NUL character, naming where, and changes nothing', { timeout: 120_000 }, () => {
    const dir = dirs.make();
    const seed = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `
        import { openCliContext } from './src/cli/context.ts';
        import { createOpportunity } from './src/server/features/opportunities/service.ts';
        const { ctx, close } = await openCliContext();
        await createOpportunity(ctx, { employerName: 'Initech', roleTitle: 'Analyst' });
        await close();`,
      ],
      { cwd: ROOT, env: { ...process.env, OFFERBOOK_DATA_DIR: dir }, encoding: 'utf8' },
    );
    expect(seed.status, seed.stderr).toBe(0);
    const before = runCli(['export', '--out', '-'], dir).stdout;
    const backup = JSON.parse(before);
    backup.tables.opportunities[0].role_title = 'Ana\u0000lyst';
    const file = join(dir, 'nul.json');
    writeFileSync(file, JSON.stringify(backup));
    const result = runCli(['import', file, '--replace'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/holds a NUL character at tables\.opportunities\.0\.role_title.*nothing was changed/);
    const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
    expect(strip(runCli(['export', '--out', '-'], dir).stdout)).toEqual(strip(before));
  });
});
