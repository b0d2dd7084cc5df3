import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../contracts/dashboard.js';
import type { Opportunity } from '../../../contracts/opportunities.js';
import { buildApp } from '../../app.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

describe.each(DIALECTS)('dashboard on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => new Date('2026-11-25T12:00:00Z') });
  });
  afterAll(() => t.close());

  const dashboard = async (query = '') => (await t.request({ method: 'GET', url: `/api/dashboard${query}` })).json<Dashboard>();
  const create = async (overrides: Parameters<typeof buildOpportunityInput>[0]) =>
    (await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput(overrides) })).json<Opportunity>();

  it('starts empty and says the pipeline needs leads', async () => {
    const d = await dashboard();
    expect(d.today).toBe('2026-11-25');
    expect(d.nextActions).toEqual([]);
    expect(d.pipeline).toMatchObject({ activeCount: 0, healthy: false, target: 3 });
  });

  it('lists next actions overdue first, counts stages, and leaves out archived and closed ones', async () => {
    await create({ employerName: 'Later', nextAction: 'Send portfolio', nextActionDue: '2026-12-02', stage: 'applied' });
    await create({ employerName: 'Late', nextAction: 'Chase recruiter', nextActionDue: '2026-11-20', stage: 'interviewing' });
    await create({ employerName: 'No action', stage: 'lead' });
    await create({ employerName: 'Closed', nextAction: 'Nothing', nextActionDue: '2026-11-01', stage: 'rejected' });
    const archived = await create({ employerName: 'Archived', nextAction: 'Hidden', nextActionDue: '2026-11-02' });
    await t.request({ method: 'POST', url: `/api/opportunities/${archived.id}/archive` });

    const d = await dashboard();
    expect(d.nextActions.map((a) => [a.employerName, a.overdue, a.daysUntilDue])).toEqual([
      ['Late', true, -5],
      ['Later', false, 7],
    ]);
    expect(d.withoutNextAction.map((o) => o.employerName)).toEqual(['No action']);
    expect(d.stageCounts).toMatchObject({ lead: 1, applied: 1, interviewing: 1, rejected: 1, offer: 0 });
    expect(d.pipeline).toMatchObject({ activeCount: 3, healthy: true });
  });

  it("uses the client's date to decide what is overdue", async () => {
    const d = await dashboard('?today=2026-12-03');
    expect(d.nextActions.every((a) => a.overdue)).toBe(true);
  });

  it('follows the pipeline target from settings', async () => {
    const res = await t.request({ method: 'PATCH', url: '/api/settings', payload: { pipelineTarget: 5 } });
    expect(res.json()).toEqual({ pipelineTarget: 5 });
    const d = await dashboard();
    expect(d.pipeline).toMatchObject({ target: 5, healthy: false });
    expect(d.pipeline.message).toMatch(/Add 2 more leads/);
  });

  it('counts an offer as a healthy pipeline', async () => {
    await create({ employerName: 'Offer Co', stage: 'offer' });
    expect((await dashboard()).pipeline).toMatchObject({ hasOffer: true, healthy: true });
  });

  it('never serves a stale dashboard when another instance changes the data', async () => {
    const other = await buildApp({ db: t.db, logLevel: 'silent', webDir: '/nonexistent' });
    try {
      const before = await dashboard();
      const made = (
        await other.inject({
          method: 'POST',
          url: '/api/opportunities',
          payload: buildOpportunityInput({ employerName: 'Elsewhere', nextAction: 'Call', nextActionDue: '2026-10-01' }),
        })
      ).json<Opportunity>();
      const afterCreate = await dashboard();
      expect(afterCreate.nextActions[0]?.employerName).toBe('Elsewhere');
      expect(afterCreate.pipeline.activeCount).toBe(before.pipeline.activeCount + 1);
      await other.inject({ method: 'PATCH', url: `/api/opportunities/${made.id}`, payload: { employerName: 'Renamed Elsewhere' } });
      expect((await dashboard()).nextActions[0]?.employerName).toBe('Renamed Elsewhere');
      await other.inject({
        method: 'PUT',
        url: `/api/opportunities/${made.id}/fit`,
        payload: { ratings: [{ key: 'culture', rating: 'great' }] },
      });
      expect((await dashboard()).nextActions[0]?.fit?.score).toBe(100);
      await other.inject({ method: 'POST', url: `/api/opportunities/${made.id}/archive` });
      expect((await dashboard()).nextActions.some((a) => a.opportunityId === made.id)).toBe(false);
    } finally {
      await other.close();
    }
  });
});
