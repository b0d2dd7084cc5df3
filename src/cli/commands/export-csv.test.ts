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

  it('reports applications in a date range as a table or CSV, and refuses bad dates', async () => {
    const dataDir = dirs.make();
    const { openCliContext } = await import('../context.js');
    const { loadConfig } = await import('../../server/config.js');
    const { createOpportunity, updateOpportunity } = await import('../../server/features/opportunities/service.js');
    const { ctx, close } = await openCliContext(loadConfig({ ...process.env, OFFERBOOK_DATA_DIR: dataDir, DATABASE_URL: '' }));
    const { opportunity } = await createOpportunity(ctx, {
      employerName: 'Harbour Trust',
      roleTitle: 'Clerk',
      sourceUrl: 'https://jobs.example/h',
    });
    await updateOpportunity(ctx, opportunity.id, { stage: 'applied' });
    await close();
    const today = new Date().toISOString().slice(0, 10);

    const table = runCli(['report', 'applications', '--from', '2000-01-01', '--to', '2100-01-01'], dataDir);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Applications from 2000-01-01 to 2100-01-01: 1');
    expect(table.stdout).toMatch(new RegExp(`${today}\\s+Harbour Trust\\s+Clerk\\s+https://jobs.example/h\\s+-\\s+Applied\\s+Pending`));
    const csv = runCli(['report', 'applications', '--from', today, '--to', today, '--csv'], dataDir);
    expect(csv.stdout).toBe(
      `\ufeffDate applied,Employer,Role,Channel,Contact,Status,Outcome\r\n${today},Harbour Trust,Clerk,https://jobs.example/h,,Applied,Pending\r\n`,
    );
    const bad = runCli(['report', 'applications', '--from', '01/02/2026', '--to', today], dataDir);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('--from must be a date as YYYY-MM-DD');
  });
});
