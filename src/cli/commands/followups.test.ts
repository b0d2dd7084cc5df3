import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT as root, runCli as cli, tempDirs } from '../../../test/support/cli.js';
import { NextActions } from '../../contracts/followups.js';

const dirs = tempDirs('ob-cli-next-');
afterAll(dirs.removeAll);

/** Seeds an opportunity with an interview that ended two hours ago (Maria) and a decision date, plus an overdue next step elsewhere. */
function seed(dataDir: string): void {
  const script = `
    import { openCliContext } from './src/cli/context.ts';
    import { createOpportunity } from './src/server/features/opportunities/service.ts';
    import { addPerson } from './src/server/features/people/service.ts';
    import { updateHousekeeping } from './src/server/features/questions/housekeeping.ts';
    import { uuidv7 } from './src/core/ids.ts';
    const { ctx, close } = await openCliContext();
    const owner = ctx.actor.userId;
    const { opportunity } = await createOpportunity(ctx, { employerName: 'Northwind Maps', roleTitle: 'GIS Developer', stage: 'interviewing' });
    await createOpportunity(ctx, { employerName: 'Contoso Freight', roleTitle: 'Dispatcher', stage: 'applied', nextAction: 'Call the recruiter', nextActionDue: '2020-01-10' });
    const { person } = await addPerson(ctx, { name: 'Maria Lopez', email: 'maria@northwind.test', role: 'interviewer', opportunityIds: [opportunity.id] });
    const start = new Date(Date.now() - 3 * 3600_000).toISOString();
    const stamp = new Date().toISOString();
    const interview = uuidv7();
    const conversation = uuidv7();
    const db = ctx.db.kysely;
    await db.insertInto('interviews').values({ id: interview, owner_id: owner, opportunity_id: opportunity.id, kind: 'video', title: '', starts_at: start, time_zone: 'UTC', duration_minutes: 60, location: '', checklist: '[]', deleted_at: null, created_at: stamp, updated_at: stamp }).execute();
    await db.insertInto('conversations').values({ id: conversation, owner_id: owner, interview_id: interview, starts_at: start, duration_minutes: 60, topic: '', position: 0, created_at: stamp, updated_at: stamp }).execute();
    await db.insertInto('conversation_people').values({ id: uuidv7(), owner_id: owner, conversation_id: conversation, person_id: person.id, position: 0 }).execute();
    await updateHousekeeping(ctx, opportunity.id, { decisionDate: '2099-01-05', bestContactPersonId: person.id });
    await close();`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, OFFERBOOK_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
}

describe('offerbook next', { timeout: 120_000 }, () => {
  const dir = dirs.make();
  seed(dir);

  it('prints the ranked list as JSON in the shape of GET /api/next-actions', () => {
    const { code, stdout, stderr } = cli(['next', '--json', '--time-zone', 'Europe/Lisbon'], dir);
    expect(code, stderr).toBe(0);
    const list = NextActions.parse(JSON.parse(stdout));
    expect(list.timeZone).toBe('Europe/Lisbon');
    expect(list.items.map((i) => [i.kind, i.employerName])).toEqual([
      ['next-action', 'Contoso Freight'],
      ['thank-you', 'Northwind Maps'],
      ['check-in', 'Northwind Maps'],
    ]);
    expect(list.items[0]).toMatchObject({ title: 'Call the recruiter', overdue: true, group: 'overdue', due: '2020-01-10' });
    expect(list.items[1]).toMatchObject({ title: 'Send a thank-you note to Maria Lopez', overdue: false });
    expect(list.items[2]).toMatchObject({ due: '2099-01-06', group: 'later' });
    expect(list.counts).toMatchObject({ overdue: 1, later: 1, total: 3 });
  });

  it('prints the list in words, grouped by day', () => {
    const { code, stdout } = cli(['next', '--time-zone', 'UTC'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Next actions for \d{4}-\d{2}-\d{2} \(UTC\): 1 overdue/);
    expect(stdout).toContain('Overdue (1)\n  - [next step] Call the recruiter: Contoso Freight, Dispatcher; due ');
    expect(stdout).toMatch(
      /\n {2}- \[thank-you\] Send a thank-you note to Maria Lopez: Northwind Maps, GIS Developer; due (today|tomorrow) \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}\)/,
    );
  });

  it('lists the check-in once the decision date is known, on the next business day after it', () => {
    const { stdout } = cli(['next', '--json', '--time-zone', 'UTC', '--today', '2099-01-06'], dir);
    const list = NextActions.parse(JSON.parse(stdout));
    // 5 January 2099 is a Monday: the check-in is on Tuesday the 6th at 10:00.
    expect(list.items.find((i) => i.kind === 'check-in')).toMatchObject({
      title: 'Check in with Maria Lopez',
      due: '2099-01-06',
      dueAt: '2099-01-06T10:00:00.000Z',
      group: 'today',
    });
  });

  it('refuses a bad zone or date with one line and exit code 2', () => {
    const zone = cli(['next', '--time-zone', 'Mars/Olympus'], dir);
    expect(zone.code).toBe(2);
    expect(zone.stderr.trim()).toBe('--time-zone: Mars/Olympus is not a time zone this system knows');
    const day = cli(['next', '--today', 'tomorrow'], dir);
    expect(day.code).toBe(2);
    expect(day.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says so when there is nothing to do', () => {
    const { code, stdout } = cli(['next'], dirs.make());
    expect(code).toBe(0);
    expect(stdout).toBe('Nothing to do next. Add an opportunity or give one a next step.\n');
  });
});
