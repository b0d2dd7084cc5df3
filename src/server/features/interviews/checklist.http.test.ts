import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interview } from '../../../contracts/interviews.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { api, insertStranger } from '../../../../test/factories.js';

describe.each(DIALECTS)('ticking one checklist item over HTTP on %s', (dialect) => {
  let t: TestApp;
  let a: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    a = api(t);
  });
  afterAll(() => t.close());

  const checklist = [
    { id: 'id', label: 'Bring photo ID', done: false },
    { id: 'charge', label: 'Charge the phone', done: false },
    { id: 'route', label: 'Check the route', done: true },
  ];

  it('changes that item only, keeping a change made elsewhere to the others', async () => {
    const i = await a.interview((await a.opportunity()).id, { checklist });
    // Another device renamed an item and ticked another meanwhile.
    await a.json('PATCH', `/api/interviews/${i.id}`, {
      checklist: [{ ...checklist[0]!, label: 'Bring passport' }, { ...checklist[1]!, done: true }, checklist[2]!],
    });
    const res = await a.json<Interview>('PATCH', `/api/interviews/${i.id}/checklist/id`, { done: true });
    expect(res.status).toBe(200);
    expect(res.body.checklist).toEqual([
      { id: 'id', label: 'Bring passport', done: true },
      { id: 'charge', label: 'Charge the phone', done: true },
      { id: 'route', label: 'Check the route', done: true },
    ]);
    // The same tick again changes nothing (a resend after a lost answer).
    const again = await a.json<Interview>('PATCH', `/api/interviews/${i.id}/checklist/id`, { done: true });
    expect(again.body.checklist).toEqual(res.body.checklist);
    expect(
      (await a.json<Interview>('PATCH', `/api/interviews/${i.id}/checklist/route`, { done: false })).body.checklist.map((c) => c.done),
    ).toEqual([true, true, false]);
  });

  it('keeps every tick when several arrive at once', async () => {
    const i = await a.interview((await a.opportunity()).id, { checklist });
    const results = await Promise.all(
      checklist.map((c) => a.json<Interview>('PATCH', `/api/interviews/${i.id}/checklist/${c.id}`, { done: !c.done })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await a.json<Interview>('GET', `/api/interviews/${i.id}`)).body.checklist.map((c) => c.done)).toEqual([true, true, false]);
  });

  it('answers 400 naming the field for a bad body, and changes nothing', async () => {
    const i = await a.interview((await a.opportunity()).id, { checklist });
    for (const body of [{}, { done: 'yes' }, { done: true, label: 'x' }]) {
      const res = await a.json<{ error: { code: string; field?: string } }>('PATCH', `/api/interviews/${i.id}/checklist/id`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation');
    }
    const missing = await a.json<{ error: { field?: string } }>('PATCH', `/api/interviews/${i.id}/checklist/id`, {});
    expect(missing.body.error.field).toBe('done');
    expect((await a.json<Interview>('GET', `/api/interviews/${i.id}`)).body.checklist).toEqual(checklist);
  });

  it('answers 404 for an unknown item, an unknown interview and another person’s interview', async () => {
    const i = await a.interview((await a.opportunity()).id, { checklist });
    expect((await a.json('PATCH', `/api/interviews/${i.id}/checklist/nope`, { done: true })).status).toBe(404);
    expect((await a.json('PATCH', `/api/interviews/01900000-0000-7000-8000-000000000000/checklist/id`, { done: true })).status).toBe(404);
    const other = await insertStranger(t.db);
    expect((await a.json('PATCH', `/api/interviews/${other.interviewId}/checklist/id`, { done: true })).status).toBe(404);
  });
});
