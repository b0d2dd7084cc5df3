import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity, OpportunityList } from '../../../contracts/opportunities.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

describe.each(DIALECTS)('the opportunity list as summaries, a page at a time, on %s', (dialect) => {
  let t: TestApp;
  let made: Opportunity[];
  // A clock that stands still: every row has the same updated_at, so pages must break ties by id.
  const clock = new Date('2026-11-20T09:00:00.000Z');
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => clock });
    made = [];
    for (let i = 0; i < 7; i++) {
      const body = buildOpportunityInput({
        employerName: `Paged ${i} Ltd`,
        roleTitle: 'Analyst',
        jobDescription: `A long description ${i}. `.repeat(40),
        sourceUrl: 'https://jobs.example.org/1',
      });
      made.push((await t.request({ method: 'POST', url: '/api/opportunities', payload: body })).json<Opportunity>());
    }
  });
  afterAll(() => t.close());

  const page = async (query: string) => {
    const res = await t.request({ method: 'GET', url: `/api/opportunities?${query}` });
    expect(res.statusCode).toBe(200);
    return res.json<OpportunityList>();
  };

  it('answers summaries: what the list and board show, without the job description, link or salary', async () => {
    const { items } = await page('q=paged%203');
    expect(items).toHaveLength(1);
    const full = made[3]!;
    expect(items[0]).toEqual({
      id: full.id,
      employerName: 'Paged 3 Ltd',
      roleTitle: 'Analyst',
      location: full.location,
      stage: 'lead',
      nextAction: full.nextAction,
      nextActionDue: full.nextActionDue,
      excitement: full.excitement,
      archivedAt: null,
      updatedAt: full.updatedAt,
      fit: expect.objectContaining({ gapCount: expect.any(Number) }) as unknown,
    });
    const full3 = (await t.request({ method: 'GET', url: `/api/opportunities/${full.id}` })).json<Opportunity>();
    expect(full3.jobDescription).toContain('A long description 3.');
  });

  it('walks every opportunity exactly once by following nextCursor, newest change first', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: OpportunityList = await page(`q=paged&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.items.length).toBeLessThanOrEqual(3);
      seen.push(...res.items.map((o) => o.id));
      cursor = res.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    // Same updated_at everywhere: the order is by id, newest (largest UUID v7) first.
    expect(seen).toEqual(made.map((o) => o.id).reverse());
  });

  it('keeps filters on the server across pages', async () => {
    await t.request({ method: 'PATCH', url: `/api/opportunities/${made[1]!.id}`, payload: { stage: 'offer' } });
    await t.request({ method: 'PATCH', url: `/api/opportunities/${made[5]!.id}`, payload: { stage: 'offer' } });
    const first = await page('q=paged&stage=offer&limit=1');
    expect(first.items.map((o) => o.stage)).toEqual(['offer']);
    const second = await page(`q=paged&stage=offer&limit=1&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect([...first.items, ...second.items].map((o) => o.id).sort()).toEqual([made[1]!.id, made[5]!.id].sort());
    // The last page says it is the last: no cursor to an empty page.
    expect(second.nextCursor).toBeNull();
  });

  it('answers one page with no cursor when everything fits', async () => {
    const all = await page('q=paged');
    expect(all.items).toHaveLength(7);
    expect(all.nextCursor).toBeNull();
  });

  it('answers no cursor when the list ends exactly at the end of a page', async () => {
    const exact = await page('q=paged&limit=7');
    expect(exact.items).toHaveLength(7);
    expect(exact.nextCursor).toBeNull();
    const short = await page('q=paged&limit=6');
    expect(short.items).toHaveLength(6);
    expect(short.nextCursor).not.toBeNull();
  });
});

describe.each(DIALECTS)('fits in a long list on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('gives a rated opportunity its own fit and every unrated one the unrated fit, past 50 at once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 55; i++) {
      ids.push(
        (
          await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput({ employerName: `Long ${i}` }) })
        ).json<Opportunity>().id,
      );
    }
    const rated = ids[20]!;
    const put = await t.request({
      method: 'PUT',
      url: `/api/opportunities/${rated}/fit`,
      payload: {
        ratings: [
          { key: 'culture', rating: 'great' },
          { key: 'pay', rating: 'poor' },
        ],
      },
    });
    expect(put.statusCode).toBe(200);
    const { items } = (await t.request({ method: 'GET', url: '/api/opportunities' })).json<OpportunityList>();
    expect(items).toHaveLength(55);
    const fitOf = (id: string) => items.find((o) => o.id === id)!.fit;
    const alone = (await t.request({ method: 'GET', url: `/api/opportunities/${rated}` })).json<Opportunity>().fit;
    expect(fitOf(rated)).toEqual(alone);
    expect(fitOf(rated)!.coverage).toBeGreaterThan(0);
    const unrated = (await t.request({ method: 'GET', url: `/api/opportunities/${ids[3]!}` })).json<Opportunity>().fit;
    expect(unrated!.coverage).toBe(0);
    for (const id of ids.filter((x) => x !== rated)) expect(fitOf(id)).toEqual(unrated);
  });
});
