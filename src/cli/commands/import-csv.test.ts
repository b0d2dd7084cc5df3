import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDirs } from '../../../test/support/cli.js';

const dirs = tempDirs('ob-import-csv-');
afterAll(() => dirs.removeAll());

const LINKEDIN = [
  'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers',
  '3/14/26 9:05 AM,,,Northwind Labs,Data Engineer,https://www.linkedin.com/jobs/view/123,cv.pdf,',
  '3/15/26 10:00 AM,,,Northwind Labs,Data Engineer,https://www.linkedin.com/jobs/view/123,cv.pdf,',
  '3/16/26 11:00 AM,,,,Nameless Job,https://www.linkedin.com/jobs/view/9,cv.pdf,',
].join('\r\n');

describe('offerbook import-csv', { timeout: 120_000 }, () => {
  it('previews with --dry-run and changes nothing; then adds the good rows, leaves out duplicates, lists bad rows with their line', () => {
    const dataDir = dirs.make();
    const file = join(dataDir, 'Job Applications.csv');
    // UTF-16 with a mark, as some spreadsheet programs save "Unicode text".
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINKEDIN, 'utf16le')]));

    const dry = runCli(['import-csv', file, '--dry-run'], dataDir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Read as utf-16le, header on line 1, columns as linkedin');
    expect(dry.stdout).toContain('1 to add, 1 duplicate left out, 1 bad row.');
    expect(dry.stdout).toContain('line 4: no company name');
    expect(dry.stdout).toContain('Nothing was changed (dry run).');
    expect(runCli(['export-csv'], dataDir).stdout.trim().split('\n')).toHaveLength(1);

    const real = runCli(['import-csv', file], dataDir);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('1 added, 1 duplicate left out, 1 bad row.');
    expect(real.stdout).toContain('Undo it as one in the web app: Import from a spreadsheet › Earlier imports.');
    const exported = runCli(['export-csv'], dataDir).stdout;
    expect(exported).toContain('Northwind Labs,Data Engineer,applied');
    expect(exported).toContain('https://www.linkedin.com/jobs/view/123');

    // Again: everything is now a duplicate of what is there.
    expect(runCli(['import-csv', file], dataDir).stdout).toContain('0 added, 2 duplicates left out');
  });

  it('refuses a file without a header row and an unknown preset, changing nothing', () => {
    const dataDir = dirs.make();
    const file = join(dataDir, 'numbers.csv');
    writeFileSync(file, '1,2,3\n4,5,6\n');
    const res = runCli(['import-csv', file], dataDir);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/no header row .*; nothing was changed/);
    expect(runCli(['import-csv', file, '--preset', 'nope'], dataDir).code).toBe(2);
  });
});
