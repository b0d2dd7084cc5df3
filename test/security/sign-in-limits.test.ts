import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/server/auth/rate-limit.js';
import { backoffMs, DEVICE_COOKIE } from '../../src/server/auth/sign-in-limits.js';
import { createUser } from '../../src/server/features/accounts/service.js';
import { DIALECTS } from '../support/db.js';
import { Browser, createServerTestApp, PASSWORD, setCookies, type ServerTestApp } from './support.js';

describe('the sign-in back-off', () => {
  it('waits nothing before the limit, then doubles from one second up to the window', () => {
    expect(backoffMs(LIMITS.account.max - 1)).toBe(1000);
    expect(backoffMs(LIMITS.account.max)).toBe(1000);
    expect(backoffMs(LIMITS.account.max + 1)).toBe(2000);
    expect(backoffMs(LIMITS.account.max + 5)).toBe(32_000);
    expect(backoffMs(LIMITS.account.max + 40)).toBe(LIMITS.account.windowMs);
  });
});

/** Students behind one campus NAT, each mistyping their own password: more failures than the per-address limit. */
const STUDENTS = Array.from({ length: Math.ceil(LIMITS.ip.max / LIMITS.account.max) + 1 }, (_, i) => `student-${i}@example.org`);

describe.each(DIALECTS)('sign-in limits in server mode on %s', (dialect) => {
  let t: ServerTestApp;
  let clock = new Date('2026-05-01T10:00:00.000Z');
  /** Moves to a fresh window, so each test starts with clean counters. */
  const nextWindow = () => (clock = new Date((Math.floor(clock.getTime() / LIMITS.account.windowMs) + 1) * LIMITS.account.windowMs + 1000));
  beforeAll(async () => {
    t = await createServerTestApp(dialect, { now: () => clock });
    for (const email of ['ana@example.org', 'ben@example.org', 'cat@example.org', ...STUDENTS])
      await createUser(t.db, { email, role: 'candidate', password: PASSWORD }, clock);
  });
  afterAll(() => t.close());

  /** A browser at an address, holding the anonymous CSRF cookie. */
  async function browserAt(address: string): Promise<Browser> {
    const b = new Browser(t.app);
    const at = { remoteAddress: address };
    const request = b.request.bind(b);
    b.request = (options) => request({ ...at, ...options });
    await b.request({ method: 'GET', url: '/api/health' });
    return b;
  }
  /** Passwords checked and found wrong since the clock last moved (each leaves an audit entry). */
  const failedChecks = async () =>
    (
      await t.db.kysely
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'sign-in-failed')
        .where('at', '>=', clock.toISOString())
        .execute()
    ).length;

  it('counts attempts sent all at once before checking any password: no more checks than the limit', async () => {
    nextWindow();
    const attacker = await browserAt('203.0.113.7');
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => attacker.signIn('ana@example.org', `wrong guess ${i}`)));
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMITS.account.max);
    expect(statuses.filter((s) => s === 429)).toHaveLength(60 - LIMITS.account.max);
    expect(await failedChecks()).toBe(LIMITS.account.max);
  });

  it('spaces out attempts on one account from many addresses at once (exponential back-off), checking barely more than the limit', async () => {
    nextWindow();
    const attackers = await Promise.all(Array.from({ length: 40 }, (_, i) => browserAt(`198.51.100.${i + 1}`)));
    const results = await Promise.all(attackers.map((a, i) => a.signIn('ben@example.org', `wrong guess ${i}`)));
    const checked = results.filter((r) => r.statusCode === 401).length;
    expect(checked).toBeGreaterThanOrEqual(LIMITS.account.max);
    expect(checked).toBeLessThanOrEqual(LIMITS.account.max + 1); // one pass of the back-off gate
    expect(await failedChecks()).toBe(checked);
    const refused = results.find((r) => r.statusCode === 429)!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The gate opens again after the wait, once, then waits twice as long.
    clock = new Date(clock.getTime() + backoffMs(checked - 1));
    expect((await attackers[0]!.signIn('ben@example.org', 'after the wait')).statusCode).toBe(401);
    expect((await attackers[1]!.signIn('ben@example.org', 'right after')).statusCode).toBe(429);
  });

  it("does not let a stranger's wrong passwords lock the owner out", async () => {
    nextWindow();
    // The owner has signed in from this browser before: it holds the known-browser cookie (HttpOnly).
    const owner = await browserAt('192.0.2.10');
    const first = await owner.signIn('cat@example.org');
    expect(first.statusCode).toBe(200);
    const raw = [first.headers['set-cookie']].flat().find((c) => String(c).startsWith(`${DEVICE_COOKIE}=`));
    expect(raw).toMatch(/HttpOnly/);
    expect(setCookies(first).get(DEVICE_COOKIE)).toBeTruthy();
    await owner.request({ method: 'POST', url: '/api/auth/logout' });

    // A stranger guesses from one address until refused, then from many addresses at once.
    const stranger = await browserAt('203.0.113.99');
    for (let i = 0; i < LIMITS.account.max + 3; i++) await stranger.signIn('cat@example.org', `guess ${i}`);
    expect((await stranger.signIn('cat@example.org', 'guess again')).statusCode).toBe(429);
    const crowd = await Promise.all(Array.from({ length: 20 }, (_, i) => browserAt(`198.51.100.${100 + i}`)));
    await Promise.all(crowd.map((c, i) => c.signIn('cat@example.org', `crowd guess ${i}`)));
    const blocked = await crowd[0]!.signIn('cat@example.org', 'one more');
    expect(blocked.statusCode).toBe(429);

    // The right password from a new browser elsewhere waits its turn (slowed, not shut)…
    const elsewhere = await browserAt('192.0.2.200');
    const slowed = await elsewhere.signIn('cat@example.org');
    expect(slowed.statusCode).toBe(429);
    expect(Number(slowed.headers['retry-after'])).toBeLessThanOrEqual(LIMITS.account.windowMs / 1000);
    // …and the owner's own browser gets straight in, even from the stranger's address.
    expect((await owner.signIn('cat@example.org')).statusCode).toBe(200);
    const sameAddress = owner.on(t.app);
    const request = sameAddress.request.bind(sameAddress);
    sameAddress.request = (options) => request({ remoteAddress: '203.0.113.99', ...options });
    await sameAddress.request({ method: 'POST', url: '/api/auth/logout' });
    expect((await sameAddress.signIn('cat@example.org')).statusCode).toBe(200);
  });

  it('does not block a whole address for its people mistyping, and gives back the count of a right password', async () => {
    nextWindow();
    for (const student of STUDENTS) {
      const typo = await browserAt('100.64.0.1');
      for (let i = 0; i < LIMITS.account.max; i++) expect((await typo.signIn(student, `typo ${i}`)).statusCode).toBe(401);
      expect((await typo.signIn(student, 'typo again')).statusCode).toBe(429);
    }
    // Someone else behind the same campus NAT signs in to their own account.
    expect((await (await browserAt('100.64.0.1')).signIn('ben@example.org')).statusCode).toBe(200);
    // Right passwords are not counted: many sign-ins from new browsers at one address all work.
    nextWindow();
    for (let i = 0; i < LIMITS.account.max + 2; i++)
      expect((await (await browserAt('100.64.0.2')).signIn('ben@example.org')).statusCode).toBe(200);
  });
});
