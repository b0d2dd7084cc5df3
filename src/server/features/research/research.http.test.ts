import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { Fact, Research } from '../../../contracts/research.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

describe.each(DIALECTS)('research dossier over HTTP on %s', (dialect) => {
  let t: TestApp;
  let opp: Opportunity;
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => new Date('2026-11-25T09:00:00Z') });
    opp = (
      await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput({ employerName: 'Tidewater Labs' }) })
    ).json<Opportunity>();
  });
  afterAll(() => t.close());

  const research = async () => (await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/research` })).json<Research>();
  const addFact = (payload: object) => t.request({ method: 'POST', url: `/api/employers/${opp.employerId}/facts`, payload });

  it('starts with every topic but "other" as a gap', async () => {
    const r = await research();
    expect(r.employerName).toBe('Tidewater Labs');
    expect(r.facts).toEqual([]);
    expect(r.checklist.items.filter((i) => i.gap).map((i) => i.topic)).not.toContain('other');
    expect(r.checklist.gapCount).toBe(13);
  });

  it('records a fact with its source and closes that gap', async () => {
    const res = await addFact({
      topic: 'locations',
      statement: 'Opened an office in **Lisbon** in 2025',
      sourceUrl: 'https://example.org/news',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<Fact>()).toMatchObject({ topic: 'locations', notedOn: '2026-11-25', sourceUrl: 'https://example.org/news' });
    const r = await research();
    expect(r.facts).toHaveLength(1);
    expect(r.checklist.items.find((i) => i.topic === 'locations')).toMatchObject({ known: 1, gap: false });
    expect(r.checklist.gapCount).toBe(12);
  });

  it('shares the dossier between opportunities at the same employer', async () => {
    const other = (
      await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput({ employerName: 'tidewater labs' }) })
    ).json<Opportunity>();
    const r = (await t.request({ method: 'GET', url: `/api/opportunities/${other.id}/research` })).json<Research>();
    expect(r.facts.map((f) => f.topic)).toEqual(['locations']);
  });

  it('edits and deletes a fact, and a re-create with the same id restores it (undo)', async () => {
    const fact = (await addFact({ id: uuidv7(), topic: 'news', statement: 'Won a port authority contract' })).json<Fact>();
    const edited = await t.request({ method: 'PATCH', url: `/api/facts/${fact.id}`, payload: { topic: 'customers' } });
    expect(edited.json<Fact>().topic).toBe('customers');
    expect((await t.request({ method: 'DELETE', url: `/api/facts/${fact.id}` })).statusCode).toBe(204);
    expect((await research()).facts.some((f) => f.id === fact.id)).toBe(false);
    const undo = await addFact({ id: fact.id, topic: 'customers', statement: fact.statement });
    expect(undo.statusCode).toBe(201);
    expect((await research()).facts.some((f) => f.id === fact.id)).toBe(true);
  });

  it('keeps the employer and its facts when its last opportunity is deleted', async () => {
    const lone = (
      await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput({ employerName: 'Lone Employer' }) })
    ).json<Opportunity>();
    const fact = (
      await t.request({
        method: 'POST',
        url: `/api/employers/${lone.employerId}/facts`,
        payload: { topic: 'size', statement: 'About 40 people' },
      })
    ).json<Fact>();
    await t.request({ method: 'DELETE', url: `/api/opportunities/${lone.id}` });
    const again = (
      await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput({ employerName: 'Lone Employer' }) })
    ).json<Opportunity>();
    expect(again.employerId).toBe(lone.employerId);
    const r = (await t.request({ method: 'GET', url: `/api/opportunities/${again.id}/research` })).json<Research>();
    expect(r.facts.map((f) => f.id)).toEqual([fact.id]);
  });

  it.each([
    [{ topic: 'gossip', statement: 'x' }, 'topic'],
    [{ topic: 'news', statement: '' }, 'statement'],
    [{ topic: 'news', statement: 'x', sourceUrl: 'javascript:alert(1)' }, 'sourceUrl'],
    [{ topic: 'news', statement: 'x', notedOn: '2026-02-30x' }, 'notedOn'],
    [{ topic: 'news', statement: 'x', extra: 1 }, 'extra'],
  ])('refuses a bad fact %o naming %s and changes nothing', async (payload, field) => {
    const before = await research();
    const res = await addFact(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    expect(await research()).toEqual(before);
  });

  it('answers 404 for an unknown employer, fact or opportunity', async () => {
    expect(
      (await t.request({ method: 'POST', url: `/api/employers/${uuidv7()}/facts`, payload: { topic: 'news', statement: 'x' } })).statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'PATCH', url: `/api/facts/${uuidv7()}`, payload: { topic: 'news' } })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${uuidv7()}/research` })).statusCode).toBe(404);
  });
});
