import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT as root, runCli as cli, tempDirs } from '../../test/support/cli.js';

const dirs = tempDirs();
const tempDir = dirs.make;
afterAll(dirs.removeAll);

/** Adds data through the service layer, as the server would. */
function seed(dataDir: string) {
  const script = `
    import { openCliContext } from './src/cli/context.ts';
    import { createOpportunity, updateOpportunity } from './src/server/features/opportunities/service.ts';
    const { ctx, close } = await openCliContext();
    const { opportunity } = await createOpportunity(ctx, { employerName: 'Initech', roleTitle: 'Analyst', nextAction: 'Call', nextActionDue: '2026-12-01' });
    await updateOpportunity(ctx, opportunity.id, { stage: 'applied' });
    await close();`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, OFFERBOOK_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
}

// Each case spawns the real CLI a few times; allow for a slow, busy machine.
describe('offerbook CLI', { timeout: 120_000 }, () => {
  it('lists its commands in --help', () => {
    const { code, stdout } = cli(['--help'], tempDir());
    expect(code).toBe(0);
    for (const command of ['serve', 'export', 'import', 'search']) expect(stdout).toContain(command);
  });

  it('exports a backup that imports into an empty database and exports identically', () => {
    const source = tempDir();
    seed(source);
    const out = join(source, 'backup.json');
    expect(cli(['export', '--out', out], source).code).toBe(0);
    const target = tempDir();
    const imported = cli(['import', out], target);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/Imported .*1 opportunities/);
    const again = cli(['export', '--out', '-'], target);
    const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
    expect(strip(again.stdout)).toEqual(strip(readFileSync(out, 'utf8')));
  });

  it('refuses a non-empty database unless --replace, which saves a backup first', () => {
    const dir = tempDir();
    seed(dir);
    const file = join(dir, 'b.json');
    cli(['export', '--out', file], dir);
    const refused = cli(['import', file], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds data; nothing was changed/);
    const replaced = cli(['import', file, '--replace'], dir);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(readdirSync(join(dir, 'backups')).some((f) => f.startsWith('before-import-'))).toBe(true);
  });

  it('names the problem in a bad file and changes nothing', () => {
    const dir = tempDir();
    seed(dir);
    const before = cli(['export', '--out', '-'], dir).stdout;
    const bad = join(dir, 'bad.json');
    const backup = JSON.parse(before);
    backup.tables.opportunities[0].stage = 'hired';
    writeFileSync(bad, JSON.stringify(backup));
    const result = cli(['import', bad, '--replace'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\$\.tables\.opportunities\[0\]\.stage/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(bad, '{\n  "format": "offerbook-backup",\n  oops\n}');
    expect(cli(['import', bad, '--replace'], dir).stderr).toMatch(/line 3, column 3/);
    const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
    expect(strip(cli(['export', '--out', '-'], dir).stdout)).toEqual(strip(before));
  });

  it('searches from the command line, as text or JSON', () => {
    const dir = tempDir();
    seed(dir);
    const text = cli(['search', 'initech'], dir);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/opportunity\s+Analyst at Initech/);
    expect(text.stdout).toContain('[Initech]');
    const json = JSON.parse(cli(['search', 'analyst', '--json'], dir).stdout) as { items: { kind: string }[] };
    expect(json.items.map((h) => h.kind)).toEqual(['opportunity']);
    expect(cli(['search', 'nothing-like-this'], dir).stdout.trim()).toBe('No results.');
    const bad = cli(['search', 'x', '--limit', '0'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--limit/);
  });

  it('reports a missing file and a bad configuration in one line', () => {
    const missing = cli(['import', '/nonexistent/backup.json'], tempDir());
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^Cannot read \/nonexistent\/backup.json: ENOENT$/);
    const env = { ...process.env, PORT: 'abc' };
    const bad = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'export', '--out', '-'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/PORT must be a number/);
  });
});
