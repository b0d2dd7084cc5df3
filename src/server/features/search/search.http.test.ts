import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { Fact } from '../../../contracts/research.js';
import type { SearchHit } from '../../../contracts/search.js';
import { uuidv7 } from '../../../core/ids.js';
import type { Ctx } from '../../auth/actor.js';
import { createOpportunity } from '../opportunities/service.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

describe.each(DIALECTS)('search over HTTP on %s', (dialect) => {
  let t: TestApp;
  let opp: Opportunity;
  let fact: Fact;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    opp = (
      await t.request({
        method: 'POST',
        url: '/api/opportunities',
        payload: buildOpportunityInput({
          employerName: 'Borealis Shipping',
          roleTitle: 'Fleet Analyst',
          jobDescription: 'You will model vessel schedules and harbour congestion.',
        }),
      })
    ).json<Opportunity>();
    fact = (
      await t.request({
        method: 'POST',
        url: `/api/employers/${opp.employerId}/facts`,
        payload: { topic: 'news', statement: 'Ordered six electric ferries for the northern routes' },
      })
    ).json<Fact>();
    await t.request({
      method: 'POST',
      url: '/api/people',
      payload: { name: 'Maren Holt', title: 'Fleet Director', background: 'Ran the ferries programme', opportunityIds: [opp.id] },
    });
    await t.request({
      method: 'POST',
      url: '/api/opportunities',
      payload: buildOpportunityInput({ employerName: 'Other Co', roleTitle: 'Clerk', jobDescription: 'Paperwork about ferries, once.' }),
    });
  });
  afterAll(() => t.close());

  const search = async (q: string) => {
    const res = await t.request({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}` });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: SearchHit[] }>().items;
  };

  it('finds opportunities, facts and people, with the matched words marked', async () => {
    const hits = await search('ferries');
    expect(hits.map((h) => h.kind).sort()).toEqual(['fact', 'opportunity', 'person']);
    const factHit = hits.find((h) => h.kind === 'fact')!;
    expect(factHit).toMatchObject({ id: fact.id, opportunityId: opp.id, title: 'Borealis Shipping: Recent news' });
    expect(factHit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toContain('ferries');
    expect(factHit.snippet.map((p) => p.text).join('')).toContain('Ordered six electric');
  });

  it('ranks a title match above a passing mention', async () => {
    const hits = await search('fleet');
    expect(hits[0]?.title).toMatch(/Fleet/);
    const ranked = await search('analyst');
    expect(ranked[0]?.id).toBe(opp.id);
  });

  it('stems words and links a person to their opportunity', async () => {
    const hits = await search('director');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'person', title: 'Maren Holt', opportunityId: opp.id });
    expect((await search('schedule')).map((h) => h.id)).toContain(opp.id);
  });

  it('supports phrases and exclusions, and survives odd input', async () => {
    expect((await search('"electric ferries"')).map((h) => h.kind)).toEqual(['fact']);
    expect((await search('ferries -paperwork')).some((h) => h.title.includes('Clerk'))).toBe(false);
    for (const odd of ['C++', '"', '-', 'or', "O'Brien", '((', '*', 'NEAR/2', 'a:b']) await search(odd);
  });

  it('follows edits and deletions', async () => {
    await t.request({ method: 'PATCH', url: `/api/facts/${fact.id}`, payload: { statement: 'Bought hydrogen tugboats' } });
    expect((await search('tugboats')).map((h) => h.id)).toEqual([fact.id]);
    await t.request({ method: 'DELETE', url: `/api/facts/${fact.id}` });
    expect(await search('tugboats')).toEqual([]);
  });

  it("never returns another user's documents", async () => {
    const other = uuidv7();
    await t.db.kysely
      .insertInto('users')
      .values({ id: other, display_name: 'Other', is_local: 0, created_at: new Date().toISOString() })
      .execute();
    const ctx: Ctx = { db: t.db, actor: { userId: other }, now: () => new Date() };
    await createOpportunity(ctx, { employerName: 'Secret Employer', roleTitle: 'Hidden Role', jobDescription: 'confidential zebra' });
    expect(await search('zebra')).toEqual([]);
  });

  it('refuses an empty query naming q', async () => {
    const res = await t.request({ method: 'GET', url: '/api/search?q=%20' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe('q');
  });
});
