import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDirs } from '../../../test/support/cli.js';

const dirs = tempDirs('ob-export-csv-');
afterAll(() => dirs.removeAll());

describe('offerbook export-csv', { timeout: 120_000 }, () => {
  it('writes the opportunities of the local notebook as CSV with a BOM, to stdout or a file', async () => {
    const dataDir = dirs.make();
    // Put one opportunity in through the same database the CLI opens.
    const { openCliContext } = await import('../context.js');
    const { loadConfig } = await import('../../server/config.js');
    const { createOpportunity } = await import('../../server/features/opportunities/service.js');
    const { ctx, close } = await openCliContext(loadConfig({ ...process.env, OFFERBOOK_DATA_DIR: dataDir, DATABASE_URL: '' }));
    await createOpportunity(ctx, { employerName: '+Plus Ltd', roleTitle: 'Buyer' });
    await close();

    const out = runCli(['export-csv'], dataDir);
    expect(out.code).toBe(0);
    expect(out.stdout.startsWith('\ufeffEmployer,Role,Stage,')).toBe(true);
    expect(out.stdout).toContain("'+Plus Ltd,Buyer,lead");

    const file = join(dataDir, 'out.csv');
    expect(runCli(['export-csv', '--out', file], dataDir).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(out.stdout);
  });
});
