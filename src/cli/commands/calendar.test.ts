import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDirs } from '../../../test/support/cli.js';
import { parseIcs, physicalLines } from '../../../test/support/ics.js';

const dirs = tempDirs();
afterAll(dirs.removeAll);

/** An opportunity with an interview next week and an offer deadline, written through the services; answers the start. */
function seed(dataDir: string): string {
  const script = `
    import { openCliContext } from './src/cli/context.ts';
    import { createOpportunity } from './src/server/features/opportunities/service.ts';
    import { putOffer } from './src/server/features/offers/service.ts';
    import { insertInterview } from './test/factories/interviews.ts';
    const { ctx, close } = await openCliContext();
    const { opportunity } = await createOpportunity(ctx, { employerName: 'Initech, Inc.', roleTitle: 'Analyst', stage: 'interviewing' });
    const start = new Date(Date.now() + 7 * 86400000); start.setUTCHours(15, 0, 0, 0);
    await insertInterview(ctx.db, { opportunityId: opportunity.id, kind: 'onsite', startsAt: start.toISOString(), location: '1 Main St; Floor 3' });
    await putOffer(ctx, opportunity.id, { deadline: '2099-01-31' });
    console.log(start.toISOString());
    await close();`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, OFFERBOOK_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim();
}

describe('offerbook calendar', { timeout: 120_000 }, () => {
  it('writes the whole calendar as an .ics file that parses back', () => {
    const dir = dirs.make();
    const start = seed(dir);
    const out = join(dir, 'offerbook.ics');
    const res = runCli(['calendar', '--out', out], dir);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/Calendar with 2 events written to .*offerbook\.ics/);
    const text = readFileSync(out, 'utf8');
    physicalLines(text);
    const { events } = parseIcs(text);
    expect(events.map((e) => e.summary)).toEqual(['Onsite interview: Initech, Inc. – Analyst', 'Offer deadline: Initech, Inc. – Analyst']);
    expect(events[0]).toMatchObject({ start, location: '1 Main St; Floor 3' });
    expect(events[1]).toMatchObject({ allDay: true, start: '2099-01-31' });
    const stdout = runCli(['calendar', '--out', '-'], dir);
    expect(stdout.code).toBe(0);
    expect(parseIcs(stdout.stdout).events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('refuses an unknown time zone and a missing --out', () => {
    const dir = dirs.make();
    const bad = runCli(['calendar', '--out', '-', '--time-zone', 'Mars/Olympus'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--time-zone Mars\/Olympus is not a time zone/);
    const missing = runCli(['calendar'], dir);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/--out/);
    const unwritable = runCli(['calendar', '--out', join(dir, 'no', 'such', 'dir.ics')], dir);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/Cannot write .*ENOENT/);
  });
});
