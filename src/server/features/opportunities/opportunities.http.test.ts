import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

describe.each(DIALECTS)('opportunities over HTTP on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const create = async (overrides = {}) => {
    const res = await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput(overrides) });
    expect(res.statusCode).toBe(201);
    return res.json<Opportunity>();
  };

  it('creates an opportunity at the lead stage and reads it back', async () => {
    const made = await create({
      employerName: 'Fjord Robotics',
      roleTitle: 'QA Lead',
      salaryMin: 50000,
      salaryMax: 60000,
      salaryCurrency: 'EUR',
      excitement: 4,
    });
    expect(made).toMatchObject({
      employerName: 'Fjord Robotics',
      roleTitle: 'QA Lead',
      stage: 'lead',
      salaryMin: 50000,
      excitement: 4,
      archivedAt: null,
    });
    const got = await t.request({ method: 'GET', url: `/api/opportunities/${made.id}` });
    expect(got.json()).toEqual(made);
  });

  it('treats a repeated create with the same client id as the same opportunity', async () => {
    const id = uuidv7();
    const body = buildOpportunityInput({ id, employerName: 'Retry Co' });
    const first = await t.request({ method: 'POST', url: '/api/opportunities', payload: body });
    const second = await t.request({ method: 'POST', url: '/api/opportunities', payload: body });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json<Opportunity>().id).toBe(id);
    const list = await t.request({ method: 'GET', url: '/api/opportunities?q=retry' });
    expect(list.json<{ items: Opportunity[] }>().items).toHaveLength(1);
  });

  it('shares one employer between opportunities with the same name, ignoring case', async () => {
    const a = await create({ employerName: 'Shared Employer' });
    const b = await create({ employerName: 'shared employer ' });
    expect(b.employerId).toBe(a.employerId);
  });

  it('records every stage change on the timeline, in order', async () => {
    const made = await create();
    for (const stage of ['applied', 'interviewing']) {
      const res = await t.request({ method: 'PATCH', url: `/api/opportunities/${made.id}`, payload: { stage } });
      expect(res.json<Opportunity>().stage).toBe(stage);
    }
    await t.request({ method: 'PATCH', url: `/api/opportunities/${made.id}`, payload: { stage: 'interviewing', nextAction: 'Prepare' } });
    const timeline = await t.request({ method: 'GET', url: `/api/opportunities/${made.id}/timeline` });
    const kinds = timeline
      .json<{ items: { kind: string; fromStage: string | null; toStage: string }[] }>()
      .items.map((e) => [e.kind, e.fromStage, e.toStage]);
    expect(kinds).toEqual([
      ['created', null, 'lead'],
      ['stage', 'lead', 'applied'],
      ['stage', 'applied', 'interviewing'],
    ]);
  });

  it('clears optional fields with null and keeps the others', async () => {
    const made = await create({ nextAction: 'Call Ana', nextActionDue: '2026-12-01', location: 'Porto' });
    const res = await t.request({
      method: 'PATCH',
      url: `/api/opportunities/${made.id}`,
      payload: { nextAction: null, nextActionDue: null },
    });
    expect(res.json()).toMatchObject({ nextAction: null, nextActionDue: null, location: 'Porto' });
  });

  it('archives out of the default list and restores on unarchive', async () => {
    const made = await create({ employerName: 'Archive Me Inc' });
    const archived = await t.request({ method: 'POST', url: `/api/opportunities/${made.id}/archive` });
    expect(archived.json<Opportunity>().archivedAt).not.toBeNull();
    const active = await t.request({ method: 'GET', url: '/api/opportunities?q=archive%20me' });
    expect(active.json<{ items: unknown[] }>().items).toHaveLength(0);
    const all = await t.request({ method: 'GET', url: '/api/opportunities?q=archive%20me&archived=true' });
    expect(all.json<{ items: unknown[] }>().items).toHaveLength(1);
    const restored = await t.request({ method: 'POST', url: `/api/opportunities/${made.id}/unarchive` });
    expect(restored.json<Opportunity>().archivedAt).toBeNull();
  });

  it('deletes an opportunity and its timeline for good', async () => {
    const made = await create();
    expect((await t.request({ method: 'DELETE', url: `/api/opportunities/${made.id}` })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${made.id}` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${made.id}/timeline` })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/api/opportunities/${made.id}` })).statusCode).toBe(404);
  });

  it('filters the list by stage and by text, treating % and _ literally', async () => {
    await create({ employerName: 'Filter 100% Co', stage: 'offer' });
    await create({ employerName: 'Filter 1000 Co', stage: 'lead' });
    const byText = await t.request({ method: 'GET', url: `/api/opportunities?q=${encodeURIComponent('100%')}` });
    expect(byText.json<{ items: Opportunity[] }>().items.map((o) => o.employerName)).toEqual(['Filter 100% Co']);
    const byStage = await t.request({ method: 'GET', url: '/api/opportunities?stage=offer&q=filter' });
    expect(byStage.json<{ items: Opportunity[] }>().items.map((o) => o.stage)).toEqual(['offer']);
  });

  it('creates a labelled sample opportunity in one call', async () => {
    const res = await t.request({ method: 'POST', url: '/api/opportunities/sample' });
    expect(res.statusCode).toBe(201);
    expect(res.json<Opportunity>().employerName).toMatch(/sample/i);
    expect(res.json<Opportunity>().nextAction).toBeTruthy();
  });
});
