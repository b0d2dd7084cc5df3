import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedLink } from '../../src/contracts/accounts.js';
import { LIMITS } from '../../src/server/auth/rate-limit.js';
import { DIALECTS } from '../support/db.js';
import { Browser, createServerTestApp, PASSWORD, signedInAs, type ServerTestApp } from './support.js';

describe.each(DIALECTS)('web security in server mode on %s', (dialect) => {
  let t: ServerTestApp;
  let clock = new Date('2026-04-01T10:00:00.000Z');
  const later = (ms: number) => (clock = new Date(clock.getTime() + ms));
  let ana: Browser;
  let root: Browser;
  beforeAll(async () => {
    t = await createServerTestApp(dialect, { now: () => clock });
    ana = (await signedInAs(t.app, t.db, 'ana@example.org', 'candidate', clock)).browser;
    root = (await signedInAs(t.app, t.db, 'root@example.org', 'admin', clock)).browser;
  });
  afterAll(() => t.close());

  it('refuses every state-changing route of the API document without the CSRF token, changing nothing', async () => {
    const doc = (await ana.request({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, unknown>> }>();
    const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({ method: m.toUpperCase(), url: path.replace(/\{[^}]+\}/g, '018f0000-0000-7000-8000-000000000001') })),
    );
    expect(writes.length).toBeGreaterThan(40);
    const before = await t.db.kysely.selectFrom('opportunities').select('id').execute();
    const wrong: string[] = [];
    for (const w of writes) {
      for (const headers of [{}, { 'x-csrf-token': 'forged-token-forged-token-forged-token-00' }]) {
        const res = await ana.request({ method: w.method as 'POST', url: w.url, payload: {}, csrf: false, headers });
        if (res.statusCode !== 403 || res.json<{ error: { code: string } }>().error.code !== 'forbidden')
          wrong.push(`${w.method} ${w.url}: ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await t.db.kysely.selectFrom('opportunities').select('id').execute()).toEqual(before);
    // Signing in needs it too (no login CSRF), and the anonymous token is not a signed-in one.
    const anon = new Browser(t.app);
    expect(
      (await anon.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'ana@example.org', password: PASSWORD } }))
        .statusCode,
    ).toBe(403);
    await anon.request({ method: 'GET', url: '/api/health' });
    const anonToken = anon.cookies.get('ob_csrf')!;
    const swapped = await ana.request({
      method: 'POST',
      url: '/api/opportunities',
      payload: { employerName: 'X', roleTitle: 'Y' },
      csrf: false,
      headers: { 'x-csrf-token': anonToken },
    });
    expect(swapped.statusCode).toBe(403);
    // Reads need no token.
    expect((await ana.request({ method: 'GET', url: '/api/opportunities' })).statusCode).toBe(200);
  });

  it('limits sign-in attempts per account, answers 429 with Retry-After, and recovers when the window passes', async () => {
    const attacker = new Browser(t.app);
    for (let i = 0; i < LIMITS.account.max; i++) {
      expect((await attacker.signIn('ana@example.org', `guess number ${i}`)).statusCode).toBe(401);
    }
    const blocked = await attacker.signIn('ana@example.org', `guess again`);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ error: { code: 'rate-limited' } });
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // From that address, even the right password waits (a new browser; test/security/sign-in-limits.test.ts
    // shows the owner's known browser and other addresses are not locked out).
    expect((await new Browser(t.app).signIn('ana@example.org')).statusCode).toBe(429);
    // Other accounts are not locked out.
    expect((await new Browser(t.app).signIn('root@example.org')).statusCode).toBe(200);
    const stored = await t.db.kysely
      .selectFrom('rate_limits')
      .select(['key', 'count'])
      .where('key', '=', 'login:account:ana@example.org')
      .execute();
    expect(stored[0]!.count).toBe(LIMITS.account.max);

    later(retryAfter * 1000);
    expect((await new Browser(t.app).signIn('ana@example.org')).statusCode).toBe(200);
  });

  it('limits attempts per address across accounts', async () => {
    later(LIMITS.ip.windowMs);
    const fromOneAddress = new Browser(t.app);
    let first429 = -1;
    for (let i = 0; i <= LIMITS.ip.max; i++) {
      const res = await fromOneAddress.signIn(`nobody-${i}@example.org`, 'wrong password');
      if (res.statusCode === 429) {
        first429 = i;
        break;
      }
      expect(res.statusCode).toBe(401);
    }
    expect(first429).toBe(LIMITS.ip.max);
    later(LIMITS.ip.windowMs);
    expect((await fromOneAddress.signIn('ana@example.org')).statusCode).toBe(200);
  });

  it('limits guesses at invitation and reset links, per address and per link', async () => {
    later(LIMITS.ip.windowMs);
    const guesser = new Browser(t.app);
    await guesser.request({ method: 'GET', url: '/api/health' });
    // Random invitation tokens from one address: refused, then rate-limited.
    const statuses: number[] = [];
    for (let i = 0; i <= LIMITS.ip.max; i++) {
      const token = `guess-${String(i).padStart(4, '0')}-${'x'.repeat(32)}`;
      statuses.push(
        (
          await guesser.request({
            method: 'POST',
            url: '/api/auth/accept-invitation',
            payload: { token, displayName: 'New', password: 'a good long password' },
          })
        ).statusCode,
      );
    }
    expect(statuses.slice(0, LIMITS.ip.max).every((s) => s === 400)).toBe(true);
    expect(statuses.at(-1)).toBe(429);

    // One reset link guessed at repeatedly (from anywhere) is limited on its own key.
    const userId = (await root.request({ method: 'GET', url: '/api/auth/me' })).json<{ user: { id: string } }>().user.id;
    const link = (await root.request({ method: 'POST', url: `/api/admin/users/${userId}/reset-link` })).json<IssuedLink>();
    const resetToken = new URL(link.url).hash.slice('#token='.length);
    const bad = `${resetToken.slice(0, -4)}AAAA`;
    for (let i = 0; i < LIMITS.account.max; i++) {
      expect(
        (
          await guesser.request({
            method: 'POST',
            url: '/api/auth/reset-password',
            payload: { token: bad, password: 'a good long password' },
          })
        ).statusCode,
      ).toBe(400);
    }
    const limited = await guesser.request({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token: bad, password: 'a good long password' },
    });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The real link still works once the window has passed.
    later(LIMITS.account.windowMs);
    root = new Browser(t.app);
    expect((await root.request({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect(
      (
        await root.request({
          method: 'POST',
          url: '/api/auth/reset-password',
          payload: { token: resetToken, password: 'a good long password' },
        })
      ).statusCode,
    ).toBe(204);
  });

  it('sends the strict security headers in server mode too', async () => {
    const res = await ana.request({ method: 'GET', url: '/api/auth/me' });
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    for (const refused of [
      await new Browser(t.app).request({ method: 'GET', url: '/api/opportunities' }),
      await ana.request({ method: 'POST', url: '/api/opportunities', payload: {}, csrf: false }),
    ]) {
      expect([401, 403]).toContain(refused.statusCode);
      expect(refused.headers['content-security-policy']).toMatch(/default-src 'self'/);
    }
  });
});
