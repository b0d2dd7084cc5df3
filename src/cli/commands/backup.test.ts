import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli as cli, tempDirs } from '../../../test/support/cli.js';

const dirs = tempDirs();
afterAll(dirs.removeAll);

/** Adds an opportunity through the service layer, as the server would. */
function seed(dataDir: string) {
  const script = `
    import { openCliContext } from './src/cli/context.ts';
    import { createOpportunity } from './src/server/features/opportunities/service.ts';
    const { ctx, close } = await openCliContext();
    await createOpportunity(ctx, { employerName: 'Initech', roleTitle: 'Analyst' });
    await close();`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, OFFERBOOK_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
}

const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: null });

describe('offerbook erase and automatic backups from the command line', { timeout: 120_000 }, () => {
  it('erases only with --yes, leaving an empty notebook', () => {
    const dir = dirs.make();
    seed(dir);
    const refused = cli(['erase'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/offerbook erase --yes/);
    expect(JSON.parse(cli(['export', '--out', '-'], dir).stdout).tables.opportunities).toHaveLength(1);
    const erased = cli(['erase', '--yes'], dir);
    expect(erased.code, erased.stderr).toBe(0);
    expect(erased.stderr).toMatch(/The notebook is empty/);
    const after = JSON.parse(cli(['export', '--out', '-'], dir).stdout) as { tables: Record<string, unknown[]> };
    expect(Object.entries(after.tables).filter(([, rows]) => rows.length > 0)).toEqual([]);
    expect(cli(['search', 'initech'], dir).stdout.trim()).toBe('No results.');
  });

  it('takes an automatic backup after an import, which `offerbook import` restores', () => {
    const source = dirs.make();
    seed(source);
    const file = join(source, 'backup.json');
    expect(cli(['export', '--out', file], source).code).toBe(0);
    const target = dirs.make();
    const imported = cli(['import', file], target);
    expect(imported.code, imported.stderr).toBe(0);
    const snapshot = readdirSync(join(target, 'backups')).find((f) => f.endsWith('-import.sqlite'));
    expect(snapshot).toBeDefined();
    // The snapshot restores into a third, empty notebook, the same as the JSON file did.
    const third = dirs.make();
    const restored = cli(['import', join(target, 'backups', snapshot!)], third);
    expect(restored.code, restored.stderr).toBe(0);
    expect(strip(cli(['export', '--out', '-'], third).stdout)).toEqual(strip(cli(['export', '--out', '-'], source).stdout));
    // OFFERBOOK_AUTO_BACKUP=0 turns them off.
    const quiet = dirs.make();
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'import', file], {
      cwd: ROOT,
      env: { ...process.env, OFFERBOOK_DATA_DIR: quiet, OFFERBOOK_AUTO_BACKUP: '0', DATABASE_URL: '' },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(() => readdirSync(join(quiet, 'backups'))).toThrow(/ENOENT/);
  });
});
