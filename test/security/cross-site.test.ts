import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/db.js';
import { createServerTestApp, signedInAs, type Browser, type ServerTestApp } from './support.js';

const OPPORTUNITY = { employerName: 'Acme', roleTitle: 'Engineer' };

describe.each(DIALECTS)('local mode against other sites on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    expect((await t.request({ method: 'POST', url: '/api/opportunities', payload: OPPORTUNITY })).statusCode).toBe(201);
  });
  afterAll(() => t.close());
  const count = async () => (await t.db.kysely.selectFrom('opportunities').select('id').execute()).length;

  it('answers 421 and no data to a request naming a foreign host (DNS rebinding), before any route', async () => {
    for (const host of ['attacker.example:4870', 'attacker.example', '127.0.0.1.nip.io:4870', 'localhost.attacker.example:80']) {
      for (const url of ['/api/opportunities', '/api/health', '/', '/api/no-such-route']) {
        const res = await t.request({ method: 'GET', url, headers: { host } });
        expect(res.statusCode, `${host} ${url}`).toBe(421);
        expect(res.json()).toMatchObject({ error: { code: 'misdirected' } });
        expect(res.body).not.toContain('Acme');
      }
    }
    const before = await count();
    expect(
      (await t.request({ method: 'POST', url: '/api/opportunities', headers: { host: 'attacker.example:4870' }, payload: OPPORTUNITY }))
        .statusCode,
    ).toBe(421);
    expect(await count()).toBe(before);
  });

  it('answers at its loopback names', async () => {
    for (const host of ['127.0.0.1:4870', 'localhost:4870', '[::1]:4870', 'LOCALHOST:4870', '127.0.0.2:4870']) {
      expect((await t.request({ method: 'GET', url: '/api/opportunities', headers: { host } })).statusCode, host).toBe(200);
    }
  });

  it('creates nothing from a cross-site form, text/plain or foreign-Origin JSON post', async () => {
    const before = await count();
    const attempts = [
      // An HTML form on another site (the browser sends Origin).
      {
        url: '/api/opportunities',
        headers: { origin: 'https://attacker.example', 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'employerName=Evil&roleTitle=Evil',
        status: 403,
      },
      // A no-cors text/plain fetch with no body at all, from an old browser that sends no Origin.
      { url: '/api/opportunities/sample', headers: { 'content-type': 'text/plain' }, payload: '', status: 415 },
      { url: '/api/opportunities/sample', headers: { 'content-type': 'text/plain' }, payload: '{}', status: 415 },
      {
        url: '/api/opportunities/sample',
        headers: { origin: 'https://attacker.example', 'content-type': 'text/plain' },
        payload: '{}',
        status: 403,
      },
      // JSON from another origin, even another port of this machine.
      {
        url: '/api/opportunities',
        headers: { origin: 'https://attacker.example', 'content-type': 'application/json' },
        payload: JSON.stringify(OPPORTUNITY),
        status: 403,
      },
      {
        url: '/api/opportunities',
        headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' },
        payload: JSON.stringify(OPPORTUNITY),
        status: 403,
      },
      {
        url: '/api/opportunities',
        headers: { origin: 'null', 'content-type': 'application/json' },
        payload: JSON.stringify(OPPORTUNITY),
        status: 403,
      },
      // No Origin, but the browser says the request came from another site.
      { url: '/api/opportunities/sample', headers: { 'sec-fetch-site': 'cross-site' }, payload: undefined, status: 403 },
      {
        url: '/api/opportunities',
        headers: { 'sec-fetch-site': 'same-site', 'content-type': 'application/json' },
        payload: JSON.stringify(OPPORTUNITY),
        status: 403,
      },
    ];
    for (const a of attempts) {
      const res = await t.request({
        method: 'POST',
        url: a.url,
        headers: { host: '127.0.0.1:4870', ...a.headers },
        ...(a.payload === undefined ? {} : { payload: a.payload }),
      });
      expect(res.statusCode, JSON.stringify(a)).toBe(a.status);
    }
    expect(await count()).toBe(before);
  });

  it("accepts the app's own writes: same-origin JSON, and body-less posts", async () => {
    const before = await count();
    const own = { host: '127.0.0.1:4870', origin: 'http://127.0.0.1:4870', 'sec-fetch-site': 'same-origin' };
    expect((await t.request({ method: 'POST', url: '/api/opportunities', headers: own, payload: OPPORTUNITY })).statusCode).toBe(201);
    expect((await t.request({ method: 'POST', url: '/api/opportunities/sample', headers: own })).statusCode).toBe(201);
    // Tools without a browser (curl, scripts) send no Origin.
    expect(
      (await t.request({ method: 'POST', url: '/api/opportunities', headers: { host: 'localhost:4870' }, payload: OPPORTUNITY }))
        .statusCode,
    ).toBe(201);
    expect(await count()).toBe(before + 3);
  });

  it('refuses a NUL character in any text with a 400 naming the field, changing nothing', async () => {
    const before = await count();
    const res = await t.request({ method: 'POST', url: '/api/opportunities', payload: { ...OPPORTUNITY, roleTitle: 'Eng\u0000ineer' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation', field: 'roleTitle' } });
    const nested = await t.request({ method: 'POST', url: '/api/opportunities', payload: { ...OPPORTUNITY, tags: ['fine', 'bad\u0000'] } });
    expect(nested.json()).toMatchObject({ error: { field: 'tags.1' } });
    const search = await t.request({ method: 'GET', url: '/api/search?q=a%00b' });
    expect(search.statusCode).toBe(400);
    expect(search.json()).toMatchObject({ error: { field: 'q' } });
    const list = await t.request({ method: 'GET', url: '/api/opportunities?q=%00' });
    expect(list.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });
});

describe('local mode on a real socket', () => {
  let app: FastifyInstance;
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    app = await buildApp({ db: t.db, logLevel: 'silent', webDir: '/nonexistent' });
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('answers only to its own port', async () => {
    const port = (app.server.address() as { port: number }).port;
    const ask = (host: string) =>
      new Promise<number>((resolve, reject) => {
        import('node:http').then(({ request }) => {
          const req = request(
            { host: '127.0.0.1', port, path: '/api/health', headers: { host } },
            (res) => (res.resume(), resolve(res.statusCode!)),
          );
          req.on('error', reject);
          req.end();
        }, reject);
      });
    expect(await ask(`127.0.0.1:${port}`)).toBe(200);
    expect(await ask(`localhost:${port}`)).toBe(200);
    expect(await ask(`localhost:${port === 4870 ? 4871 : 4870}`)).toBe(421);
    expect(await ask('localhost')).toBe(421);
  });
});

describe.each(DIALECTS)('server mode against other sites on %s', (dialect) => {
  let t: ServerTestApp;
  let ana: Browser;
  beforeAll(async () => {
    t = await createServerTestApp(dialect, { publicUrl: 'https://offerbook.example.org' });
    ana = (await signedInAs(t.app, t.db, 'ana@example.org')).browser;
  });
  afterAll(() => t.close());

  it('refuses a write from another origin even with the CSRF token, and takes one from its public origin', async () => {
    const foreign = await ana.request({
      method: 'POST',
      url: '/api/opportunities',
      headers: { origin: 'https://attacker.example' },
      payload: OPPORTUNITY,
    });
    expect(foreign.statusCode).toBe(403);
    const crossSite = await ana.request({
      method: 'POST',
      url: '/api/opportunities',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: OPPORTUNITY,
    });
    expect(crossSite.statusCode).toBe(403);
    const form = await ana.request({
      method: 'POST',
      url: '/api/opportunities',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify(OPPORTUNITY),
    });
    expect(form.statusCode).toBe(415);
    expect(await t.db.kysely.selectFrom('opportunities').select('id').execute()).toEqual([]);
    const own = await ana.request({
      method: 'POST',
      url: '/api/opportunities',
      headers: { origin: 'https://offerbook.example.org' },
      payload: OPPORTUNITY,
    });
    expect(own.statusCode).toBe(201);
  });

  it('refuses a NUL character with a 400 naming the field', async () => {
    const res = await ana.request({ method: 'POST', url: '/api/opportunities', payload: { ...OPPORTUNITY, employerName: '\u0000' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { field: 'employerName' } });
  });
});
