import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../contracts/dashboard.js';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { Fit, PriorityList } from '../../../contracts/priorities.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

describe.each(DIALECTS)('priorities and fit over HTTP on %s', (dialect) => {
  let t: TestApp;
  let opp: Opportunity;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    opp = (
      await t.request({
        method: 'POST',
        url: '/api/opportunities',
        payload: buildOpportunityInput({ nextAction: 'Research', nextActionDue: '2026-12-01' }),
      })
    ).json<Opportunity>();
  });
  afterAll(() => t.close());

  it('offers the nine built-in priorities until the user saves their own', async () => {
    const list = (await t.request({ method: 'GET', url: '/api/priorities' })).json<PriorityList>();
    expect(list.items).toHaveLength(9);
    expect(list.items.map((p) => p.key)).toContain('work-life-balance');
  });

  it('saves an ordered list with a custom priority', async () => {
    const items = [
      { key: 'culture', name: 'Culture', weight: 4 },
      { key: 'pay', name: 'Pay', weight: 2, payFloor: 50000 },
      { key: 'mentoring', name: 'Mentoring', weight: 3, description: 'Someone senior to learn from' },
      { key: 'stability', name: 'Stability', weight: 0 },
    ];
    const res = await t.request({ method: 'PUT', url: '/api/priorities', payload: { items } });
    expect(res.statusCode).toBe(200);
    expect(res.json<PriorityList>().items.map((p) => p.key)).toEqual(['culture', 'pay', 'mentoring', 'stability']);
  });

  it('starts every opportunity with unknown ratings and a null score', async () => {
    const fit = (await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/fit` })).json<Fit>();
    expect(fit.score).toBeNull();
    expect(fit.coverage).toBe(0);
    expect(fit.gaps.map((g) => g.key)).toEqual(['culture', 'mentoring', 'pay']);
  });

  it('computes a weighted score over known ratings and reports the rest as gaps', async () => {
    const res = await t.request({
      method: 'PUT',
      url: `/api/opportunities/${opp.id}/fit`,
      payload: {
        ratings: [
          { key: 'culture', rating: 'great', evidence: 'Team lunch felt relaxed' },
          { key: 'pay', rating: 'poor' },
        ],
      },
    });
    const fit = res.json<Fit>();
    // culture 4 × 1 + pay 2 × 0 over a known weight of 6.
    expect(fit.score).toBeCloseTo(66.7, 0);
    expect(fit.coverage).toBeCloseTo(6 / 9, 5);
    expect(fit.gaps.map((g) => g.key)).toEqual(['mentoring']);
    expect(fit.ratings.find((r) => r.key === 'culture')?.evidence).toBe('Team lunch felt relaxed');
  });

  it('shows the fit summary on the opportunity, the list and the dashboard', async () => {
    const one = (await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}` })).json<Opportunity>();
    expect(one.fit).toMatchObject({ gapCount: 1 });
    const list = (await t.request({ method: 'GET', url: '/api/opportunities' })).json<{ items: Opportunity[] }>();
    expect(list.items[0]?.fit?.score).toBeCloseTo(66.7, 0);
    const dash = (await t.request({ method: 'GET', url: '/api/dashboard' })).json<Dashboard>();
    expect(dash.nextActions[0]?.fit?.gapCount).toBe(1);
  });

  it.each([
    [{ ratings: [{ key: 'commute-by-boat', rating: 'good' }] }, 'ratings.0.key'],
    [{ ratings: [{ key: 'culture', rating: 'amazing' }] }, 'ratings.0.rating'],
    [{ ratings: [] }, 'ratings'],
  ])('refuses a bad rating %o naming %s', async (payload, field) => {
    const before = (await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/fit` })).body;
    const res = await t.request({ method: 'PUT', url: `/api/opportunities/${opp.id}/fit`, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/fit` })).body).toBe(before);
  });

  it.each([
    [{ items: [{ key: 'Bad Key', name: 'x', weight: 1 }] }, 'items.0.key'],
    [{ items: [{ key: 'a', name: 'x', weight: 6 }] }, 'items.0.weight'],
    [
      {
        items: [
          { key: 'a', name: 'x', weight: 1 },
          { key: 'a', name: 'y', weight: 1 },
        ],
      },
      'items',
    ],
  ])('refuses a bad priority list %o naming %s', async (payload, field) => {
    const res = await t.request({ method: 'PUT', url: '/api/priorities', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
  });
});
