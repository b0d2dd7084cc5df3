import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { PostingCopy, PostingPreview } from '../../../contracts/postings.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

const PAGE = `<html><head><title>Harbour Analyst - Tidewater Bank</title><script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Harbour Analyst',
  hiringOrganization: { '@type': 'Organization', name: 'Tidewater Bank', foundingDate: '1921' },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Plymouth', addressCountry: 'GB' } },
  validThrough: '2026-05-01',
  description: '<p>Model <b>shipping</b> risk.</p>',
})}</script></head><body><main><h1>Harbour Analyst</h1><p onclick="steal()">Model shipping risk.</p><script>steal()</script></main></body></html>`;

describe.each(DIALECTS)('postings over HTTP on %s', (dialect) => {
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

  it('previews a posting: fields with their sources, facts, a sanitised copy; nothing saved', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/postings/preview',
      payload: { html: PAGE, url: 'https://tidewater.example/jobs/7' },
    });
    expect(res.statusCode).toBe(200);
    const p = res.json<PostingPreview>();
    expect(p.fields).toMatchObject({
      employerName: 'Tidewater Bank',
      roleTitle: 'Harbour Analyst',
      location: 'Plymouth, UK',
      closesAt: '2026-05-01',
      sourceUrl: 'https://tidewater.example/jobs/7',
    });
    expect(p.sources).toMatchObject({ employerName: 'structured-data', sourceUrl: 'url' });
    expect(p.facts).toContainEqual({ topic: 'history', statement: 'Founded in 1921' });
    expect(p.html).not.toMatch(/onclick|script|steal/);
    expect(p.duplicates).toEqual([]);
    const list = await t.request({ method: 'GET', url: '/api/opportunities?q=tidewater' });
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(0);
  });

  it('names an existing opportunity with the same address, or the same employer and a similar title', async () => {
    const same = await create({ employerName: 'Quayline', roleTitle: 'Senior Buyer', sourceUrl: 'https://quayline.example/jobs/1' });
    const similar = await create({ employerName: 'Quayline Ltd', roleTitle: 'Buyer (Senior)' });
    await create({ employerName: 'Quayline', roleTitle: 'Warehouse Lead' });
    const res = await t.request({
      method: 'POST',
      url: '/api/postings/preview',
      payload: { text: 'Senior Buyer\nQuayline\nBristol, UK', url: 'https://www.quayline.example/jobs/1/?utm_source=mail' },
    });
    const dupes = res.json<PostingPreview>().duplicates;
    expect(dupes.map((d) => [d.id, d.reason])).toEqual([
      [same.id, 'same-url'],
      [similar.id, 'same-employer-similar-title'],
    ]);
    expect(dupes[0]).toMatchObject({ employerName: 'Quayline', roleTitle: 'Senior Buyer', stage: 'lead' });
  });

  it('keeps a dated copy on the opportunity, sanitises its HTML again, and makes it searchable', async () => {
    const opp = await create({ employerName: 'Fenwick Mills', roleTitle: 'Loom Technician' });
    const put = await t.request({
      method: 'PUT',
      url: `/api/opportunities/${opp.id}/posting`,
      payload: {
        text: 'Loom Technician. Keep our jacquard looms running.',
        html: '<p>Keep our <b>jacquard</b> looms running.<img src=x onerror=alert(1)><a href="javascript:x()">x</a></p>',
        sourceUrl: 'https://fenwick.example/j/3',
        closesAt: '2026-04-30',
      },
    });
    expect(put.statusCode).toBe(201);
    const copy = put.json<PostingCopy>();
    expect(copy).toMatchObject({
      opportunityId: opp.id,
      closesAt: '2026-04-30',
      sourceUrl: 'https://fenwick.example/j/3',
      html: '<p>Keep our <b>jacquard</b> looms running.<a>x</a></p>',
    });
    expect(Date.parse(copy.capturedAt)).not.toBeNaN();
    const again = await t.request({
      method: 'PUT',
      url: `/api/opportunities/${opp.id}/posting`,
      payload: { text: 'Updated copy about jacquard weaving.' },
    });
    expect(again.statusCode).toBe(200);
    const got = await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/posting` });
    expect(got.json<PostingCopy>()).toMatchObject({ text: 'Updated copy about jacquard weaving.', html: null });
    const search = await t.request({ method: 'GET', url: '/api/search?q=jacquard' });
    expect(search.statusCode).toBe(200);
    expect(JSON.stringify(search.json())).toContain(opp.id);
  });

  it('answers null for a copy that is not there, and 400 naming the field for bad input, changing nothing', async () => {
    const opp = await create();
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/posting` })).json()).toBeNull();
    const bad = await t.request({
      method: 'PUT',
      url: `/api/opportunities/${opp.id}/posting`,
      payload: { text: 'x', closesAt: '30/04/2026' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { field?: string } }>().error.field).toBe('closesAt');
    const empty = await t.request({ method: 'POST', url: '/api/postings/preview', payload: { text: '  ' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ error: { field?: string } }>().error.field).toBe('text');
    const badUrl = await t.request({ method: 'POST', url: '/api/postings/preview', payload: { text: 'Role', url: 'javascript:alert(1)' } });
    expect(badUrl.json<{ error: { field?: string } }>().error.field).toBe('url');
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/posting` })).json()).toBeNull();
    const missing = await t.request({
      method: 'PUT',
      url: '/api/opportunities/0190a8b2-0000-7000-8000-000000000000/posting',
      payload: { text: 'x' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('deletes the copy with its opportunity', async () => {
    const opp = await create();
    await t.request({ method: 'PUT', url: `/api/opportunities/${opp.id}/posting`, payload: { text: 'Gone soon' } });
    expect((await t.request({ method: 'DELETE', url: `/api/opportunities/${opp.id}` })).statusCode).toBe(204);
    const left = await t.db.kysely.selectFrom('posting_copies').select('id').where('opportunity_id', '=', opp.id).execute();
    expect(left).toEqual([]);
  });
});
