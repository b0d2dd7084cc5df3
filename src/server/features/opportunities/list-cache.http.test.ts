import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity, OpportunityList } from '../../../contracts/opportunities.js';
import { buildApp } from '../../app.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';
import { createServerTestApp, Browser, type ServerTestApp } from '../../../../test/security/support.js';
import { createUser } from '../accounts/service.js';

const csv = (name: string) => readFileSync(new URL(`../../../../test/data/csv/${name}`, import.meta.url)).toString('base64');

/** The list is answered from a cache while the owner's revision stands: every way of changing the data must be seen at once. */
describe.each(DIALECTS)('the cached opportunity list on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const get = (url = '/api/opportunities', headers: Record<string, string> = {}) => t.request({ method: 'GET', url, headers });
  const items = async (url?: string) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    return res.json<OpportunityList>().items;
  };
  const send = async (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) => {
    const res = await t.request({ method, url, ...(payload && { payload: payload as Record<string, unknown> }) });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res;
  };

  it('answers the same bytes with a strong ETag, and 304 to a client that holds them, in any encoding', async () => {
    // Enough of them to be compressed (over 1 KB).
    for (let i = 0; i < 6; i++) await send('POST', '/api/opportunities', buildOpportunityInput({ employerName: `Etag ${i}` }));
    const first = await get();
    const again = await get();
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.body).toBe(first.body);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    expect(first.headers.vary).toMatch(/accept-encoding/i);

    const br = await get('/api/opportunities', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.etag).not.toBe(first.headers.etag);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(first.body);
    const gz = await get('/api/opportunities', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(gz.rawPayload).toString()).toBe(first.body);

    for (const [held, accept] of [
      [first.headers.etag, 'identity'],
      [br.headers.etag, 'br'],
      [`W/${String(gz.headers.etag)}`, 'gzip'],
      [`"nope", ${String(first.headers.etag)}`, 'br'],
    ] as const) {
      const res = await get('/api/opportunities', { 'if-none-match': String(held), 'accept-encoding': accept });
      expect(res.statusCode).toBe(304);
      expect(res.body).toBe('');
    }
    expect((await get('/api/opportunities', { 'if-none-match': '"an-old-list"' })).statusCode).toBe(200);
    // Another query is another answer.
    expect((await get('/api/opportunities?q=nothing-like-this', { 'if-none-match': String(first.headers.etag) })).statusCode).toBe(200);
  });

  it('sees a change by every path on the next request', async () => {
    const seen = (list: { id: string }[], id: string) => list.some((o) => o.id === id);
    const made = (await send('POST', '/api/opportunities', buildOpportunityInput({ employerName: 'Paths Ltd' }))).json<Opportunity>();
    const etag = (await get()).headers.etag;
    expect(seen(await items(), made.id)).toBe(true);

    await send('PATCH', `/api/opportunities/${made.id}`, { roleTitle: 'Edited title' });
    expect((await items()).find((o) => o.id === made.id)?.roleTitle).toBe('Edited title');
    // What the board's drag and drop sends.
    await send('PATCH', `/api/opportunities/${made.id}`, { stage: 'offer' });
    expect((await items()).find((o) => o.id === made.id)?.stage).toBe('offer');
    // The employer's name is another table's row.
    await send('PATCH', `/api/opportunities/${made.id}`, { employerName: 'Paths Renamed' });
    expect((await items()).find((o) => o.id === made.id)?.employerName).toBe('Paths Renamed');
    // A fit rating and the priorities are other tables again.
    const unrated = (await items()).find((o) => o.id === made.id)!.fit;
    await send('PUT', `/api/opportunities/${made.id}/fit`, { ratings: [{ key: 'culture', rating: 'great' }] });
    const rated = (await items()).find((o) => o.id === made.id)!.fit;
    expect(rated).not.toEqual(unrated);
    const priorities = (await t.request({ method: 'GET', url: '/api/priorities' })).json<{ items: { weight: number }[] }>().items;
    await send('PUT', '/api/priorities', { items: priorities.map((p, i) => ({ ...p, weight: i === 0 ? 0 : p.weight })) });
    expect((await items()).find((o) => o.id === made.id)!.fit).not.toEqual(rated);

    await send('POST', `/api/opportunities/${made.id}/archive`);
    expect(seen(await items(), made.id)).toBe(false);
    expect(seen(await items('/api/opportunities?archived=true'), made.id)).toBe(true);
    await send('POST', `/api/opportunities/${made.id}/unarchive`);
    expect(seen(await items(), made.id)).toBe(true);
    await send('DELETE', `/api/opportunities/${made.id}`);
    expect(seen(await items(), made.id)).toBe(false);
    expect((await get('/api/opportunities', { 'if-none-match': String(etag) })).statusCode).toBe(200);

    const imported = await send('POST', '/api/imports/csv', { fileName: 'huntr.csv', bytes: csv('huntr.csv') });
    expect((await items()).some((o) => o.employerName === 'Fabrikam')).toBe(true);
    await send('DELETE', `/api/imports/${imported.json<{ import: { id: string } }>().import.id}`);
    expect((await items()).some((o) => o.employerName === 'Fabrikam')).toBe(false);
  });

  it('sees a change another instance made on the same database', async () => {
    const other = await buildApp({ db: t.db, logLevel: 'silent', webDir: '/nonexistent' });
    try {
      const before = await items();
      const made = (
        await other.inject({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput({ employerName: 'Elsewhere' }) })
      ).json<Opportunity>();
      const after = await items();
      expect(after).toHaveLength(before.length + 1);
      expect(after[0]?.id).toBe(made.id);
      await other.inject({ method: 'PATCH', url: `/api/opportunities/${made.id}`, payload: { stage: 'applied' } });
      expect((await items())[0]?.stage).toBe('applied');
      await other.inject({ method: 'DELETE', url: `/api/opportunities/${made.id}` });
      expect(await items()).toEqual(before);
    } finally {
      await other.close();
    }
  });

  it('sees a notebook erased and a backup restored', async () => {
    await send('POST', '/api/opportunities', buildOpportunityInput({ employerName: 'Kept In The Backup' }));
    const full = await items();
    const backup = (await t.request({ method: 'GET', url: '/api/export' })).body;
    await send('POST', '/api/erase', { confirm: 'delete everything', deleteBackups: false });
    expect(await items()).toEqual([]);
    await send('POST', '/api/restore', { text: backup });
    expect((await items()).map((o) => o.id).sort()).toEqual(full.map((o) => o.id).sort());
  });
});

describe.each(DIALECTS)('the cached opportunity list in server mode on %s', (dialect) => {
  let s: ServerTestApp;
  const ana = () => new Browser(s.app);
  beforeAll(async () => {
    s = await createServerTestApp(dialect);
    for (const email of ['ana@example.org', 'ben@example.org'])
      await createUser(s.db, { email, role: 'candidate', password: 'correct horse battery' }, new Date());
  });
  afterAll(() => s.close());

  const list = (b: Browser, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
    b.request({ method: 'GET', url: '/api/opportunities', headers });

  it("never answers one account's list to another, nor a 304 for it", async () => {
    const a = ana();
    const b = new Browser(s.app);
    await a.signIn('ana@example.org');
    await b.signIn('ben@example.org');
    await a.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput({ employerName: "Ana's secret" }) });
    const fromA = await list(a);
    expect(fromA.json<OpportunityList>().items.map((o) => o.employerName)).toEqual(["Ana's secret"]);
    // Same query, same revision number on a fresh account's first change: the owner keeps them apart.
    await b.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput({ employerName: "Ben's own" }) });
    const fromB = await list(b, { 'if-none-match': String(fromA.headers.etag) });
    expect(fromB.statusCode).toBe(200);
    expect(fromB.json<OpportunityList>().items.map((o) => o.employerName)).toEqual(["Ben's own"]);
    expect((await list(a)).json<OpportunityList>().items.map((o) => o.employerName)).toEqual(["Ana's secret"]);
    // Signed out: no list at all, cached or not.
    expect((await list(new Browser(s.app))).statusCode).toBe(401);
  });
});
