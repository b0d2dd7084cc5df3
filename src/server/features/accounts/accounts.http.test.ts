import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountUser, CreatedInvitation, IssuedLink, Me, SessionList } from '../../../contracts/accounts.js';
import { createTestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { Browser, createServerTestApp, PASSWORD, setCookies, signedInAs, type ServerTestApp } from '../../../../test/security/support.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');

describe.each(DIALECTS)('accounts in local mode on %s', (dialect) => {
  it('says local mode, needs no sign-in or CSRF token, and hides the account routes', async () => {
    const t = await createTestApp(dialect);
    try {
      expect((await t.request({ method: 'GET', url: '/api/auth/me' })).json()).toEqual({ mode: 'local' });
      expect((await t.request({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ mode: 'local' });
      expect((await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput() })).statusCode).toBe(201);
      const login = await t.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@example.org', password: PASSWORD } });
      expect(login.statusCode).toBe(404);
      expect((await t.request({ method: 'GET', url: '/api/admin/users' })).statusCode).toBe(404);
      expect(login.headers['set-cookie']).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});

describe.each(DIALECTS)('accounts in server mode on %s', (dialect) => {
  let t: ServerTestApp;
  let clock = new Date('2026-03-02T09:00:00.000Z');
  const later = (ms: number) => (clock = new Date(clock.getTime() + ms));
  let admin: Browser;
  beforeAll(async () => {
    t = await createServerTestApp(dialect, { now: () => clock });
    admin = (await signedInAs(t.app, t.db, 'Admin@Example.org', 'admin', clock)).browser;
  });
  afterAll(() => t.close());

  it('answers 401 in the one error shape without a session, but health and the API document stay public', async () => {
    const anon = new Browser(t.app);
    for (const url of ['/api/opportunities', '/api/dashboard', '/api/auth/me', '/api/auth/sessions', '/api/nothing-here']) {
      const res = await anon.request({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json(), url).toEqual({ error: { code: 'unauthenticated', message: 'Sign in to continue' } });
    }
    expect((await anon.request({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ status: 'ok', mode: 'server' });
    expect((await anon.request({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(200);
    expect(anon.cookies.get('ob_csrf')).toMatch(/^[\w-]{43}$/);
  });

  it('signs in with HttpOnly, SameSite=Lax session cookies and answers who is signed in', async () => {
    const b = new Browser(t.app);
    const res = await b.signIn('admin@example.org');
    expect(res.statusCode).toBe(200);
    expect(res.json<Me>()).toMatchObject({ mode: 'server', user: { email: 'admin@example.org', role: 'admin' } });
    const raw = ([] as string[]).concat(res.headers['set-cookie'] as string | string[]);
    const session = raw.find((c) => c.startsWith('ob_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/);
    expect(raw.find((c) => c.startsWith('ob_csrf='))).not.toMatch(/HttpOnly/);
    expect((await b.request({ method: 'GET', url: '/api/auth/me' })).json<Me>().user?.email).toBe('admin@example.org');
    // Only a hash of the token is stored.
    const stored = await t.db.kysely.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(b.cookies.get('ob_session'));
  });

  it('marks cookies Secure when the public address is https', async () => {
    const secure = await createServerTestApp(dialect, { publicUrl: 'https://offerbook.example.org' });
    try {
      const res = await new Browser(secure.app).request({ method: 'GET', url: '/api/health' });
      expect(String(res.headers['set-cookie'])).toMatch(/ob_csrf=.*Secure/);
    } finally {
      await secure.close();
    }
  });

  it('gives one generic answer to a wrong password and an unknown email, and audits both', async () => {
    const b = new Browser(t.app);
    const wrong = await b.signIn('admin@example.org', 'not the password');
    const unknown = await b.signIn('nobody@example.org', 'not the password');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Email or password is incorrect' } });
      expect(setCookies(res).has('ob_session')).toBe(false);
    }
    const failed = await t.db.kysely.selectFrom('audit_log').select(['action', 'subject']).where('action', '=', 'sign-in-failed').execute();
    expect(failed.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses bad input naming the field', async () => {
    const b = new Browser(t.app);
    await b.request({ method: 'GET', url: '/api/health' });
    const cases: Array<[unknown, string]> = [
      [{ password: PASSWORD }, 'email'],
      [{ email: 'not-an-email', password: PASSWORD }, 'email'],
      [{ email: 'a@example.org' }, 'password'],
      [{ email: 'a@example.org', password: 5 }, 'password'],
      [{ email: 'a@example.org', password: 'x'.repeat(201) }, 'password'],
      [{ email: 'a@example.org', password: PASSWORD, remember: true }, 'remember'],
    ];
    for (const [payload, field] of cases) {
      const res = await b.request({ method: 'POST', url: '/api/auth/login', payload: payload as object });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    }
    expect((await admin.request({ method: 'DELETE', url: '/api/auth/sessions/not-a-session' })).json()).toMatchObject({
      error: { field: 'id' },
    });
    expect(
      (await admin.request({ method: 'POST', url: '/api/admin/invitations', payload: { email: 'x@example.org', role: 'owner' } })).json(),
    ).toMatchObject({ error: { field: 'role' } });
  });

  it('lets a candidate use the notebook only with the CSRF token', async () => {
    const { browser: ana } = await signedInAs(t.app, t.db, 'ana@example.org', 'candidate', clock);
    const without = await ana.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput(), csrf: false });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ error: { code: 'forbidden' } });
    const forged = await ana.request({
      method: 'POST',
      url: '/api/opportunities',
      payload: buildOpportunityInput(),
      csrf: false,
      headers: { 'x-csrf-token': 'x'.repeat(64) },
    });
    expect(forged.statusCode).toBe(403);
    expect((await ana.request({ method: 'GET', url: '/api/opportunities' })).json<{ items: unknown[] }>().items).toEqual([]);
    const ok = await ana.request({
      method: 'POST',
      url: '/api/opportunities',
      payload: buildOpportunityInput({ roleTitle: 'Data Engineer' }),
    });
    expect(ok.statusCode).toBe(201);
    expect(
      (await ana.request({ method: 'GET', url: '/api/opportunities' }))
        .json<{ items: Array<{ roleTitle: string }> }>()
        .items.map((o) => o.roleTitle),
    ).toEqual(['Data Engineer']);
    // The admin manages accounts, not content: the candidate's notebook is not theirs to see.
    expect((await admin.request({ method: 'GET', url: '/api/opportunities' })).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('lists sessions, ends one, and logs out everywhere', async () => {
    await signedInAs(t.app, t.db, 'bo@example.org', 'candidate', clock);
    const phone = new Browser(t.app);
    const laptop = new Browser(t.app);
    await phone.signIn('bo@example.org');
    await laptop.signIn('bo@example.org');
    const list = (await laptop.request({ method: 'GET', url: '/api/auth/sessions' })).json<SessionList>().items;
    expect(list).toHaveLength(3);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    const phoneSession = (await phone.request({ method: 'GET', url: '/api/auth/sessions' }))
      .json<SessionList>()
      .items.find((s) => s.current)!;
    expect((await laptop.request({ method: 'DELETE', url: `/api/auth/sessions/${phoneSession.id}` })).statusCode).toBe(204);
    expect((await phone.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    // Someone else's session id is not found, and stays alive.
    const adminSession = (await admin.request({ method: 'GET', url: '/api/auth/sessions' }))
      .json<SessionList>()
      .items.find((s) => s.current)!;
    expect((await laptop.request({ method: 'DELETE', url: `/api/auth/sessions/${adminSession.id}` })).statusCode).toBe(404);
    expect((await admin.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);

    const all = await laptop.request({ method: 'POST', url: '/api/auth/logout-everywhere' });
    expect(all.json()).toEqual({ revoked: 2 });
    expect((await laptop.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect(laptop.cookies.has('ob_session')).toBe(false);
  });

  it('signs out of one session', async () => {
    const b = new Browser(t.app);
    await b.signIn('admin@example.org');
    expect((await b.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    const stale = new Browser(t.app);
    expect((await b.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await stale.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('slides the session expiry with use and ends it when idle too long', async () => {
    const b = new Browser(t.app);
    await b.signIn('admin@example.org');
    const first = (await b.request({ method: 'GET', url: '/api/auth/sessions' })).json<SessionList>().items.find((s) => s.current)!;
    later(10 * 24 * 3600 * 1000);
    const touched = (await b.request({ method: 'GET', url: '/api/auth/sessions' })).json<SessionList>().items.find((s) => s.current)!;
    expect(Date.parse(touched.expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt));
    later(15 * 24 * 3600 * 1000);
    expect((await b.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    admin = new Browser(t.app);
    expect((await admin.signIn('admin@example.org')).statusCode).toBe(200);
  });

  it('changes the password: the current one is checked and other sessions end', async () => {
    const { browser: cy } = await signedInAs(t.app, t.db, 'cy@example.org', 'candidate', clock);
    const other = new Browser(t.app);
    await other.signIn('cy@example.org');
    const wrong = await cy.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'guess guess', newPassword: 'a new long password' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { field: 'currentPassword' } });
    const short = await cy.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: 'short' },
    });
    expect(short.json()).toMatchObject({ error: { field: 'newPassword' } });
    expect(
      (
        await cy.request({
          method: 'POST',
          url: '/api/auth/password',
          payload: { currentPassword: PASSWORD, newPassword: 'a new long password' },
        })
      ).statusCode,
    ).toBe(204);
    expect((await cy.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await other.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await new Browser(t.app).signIn('cy@example.org')).statusCode).toBe(401);
    expect((await new Browser(t.app).signIn('cy@example.org', 'a new long password')).statusCode).toBe(200);
  });

  it('invites (admin only), and the invitation makes a signed-in account once', async () => {
    const { browser: dee } = await signedInAs(t.app, t.db, 'dee@example.org', 'coach', clock);
    expect((await dee.request({ method: 'POST', url: '/api/admin/invitations', payload: { email: 'eve@example.org' } })).statusCode).toBe(
      404,
    );
    expect((await dee.request({ method: 'POST', url: '/api/admin/invitations', payload: { nonsense: 1 } })).statusCode).toBe(404);
    expect((await dee.request({ method: 'GET', url: '/api/admin/users' })).statusCode).toBe(404);

    const exists = await admin.request({ method: 'POST', url: '/api/admin/invitations', payload: { email: 'DEE@example.org' } });
    expect(exists.statusCode).toBe(409);
    const res = await admin.request({
      method: 'POST',
      url: '/api/admin/invitations',
      payload: { email: 'Eve@Example.org', role: 'coach' },
    });
    expect(res.statusCode).toBe(201);
    const invitation = res.json<CreatedInvitation>();
    expect(invitation).toMatchObject({ email: 'eve@example.org', role: 'coach' });
    expect(invitation.url).toMatch(/^http:\/\/localhost(:\d+)?\/accept-invitation#token=[\w-]{43}$/);

    const eve = new Browser(t.app);
    await eve.request({ method: 'GET', url: '/api/health' });
    const weak = await eve.request({
      method: 'POST',
      url: '/api/auth/accept-invitation',
      payload: { token: tokenOf(invitation.url), displayName: 'Eve', password: 'short' },
    });
    expect(weak.json()).toMatchObject({ error: { field: 'password' } });
    const accepted = await eve.request({
      method: 'POST',
      url: '/api/auth/accept-invitation',
      payload: { token: tokenOf(invitation.url), displayName: 'Eve Moreau', password: PASSWORD },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json<Me>().user).toMatchObject({ email: 'eve@example.org', displayName: 'Eve Moreau', role: 'coach' });
    expect((await eve.request({ method: 'GET', url: '/api/auth/me' })).json<Me>().user?.role).toBe('coach');
    const again = await new Browser(t.app).request({ method: 'GET', url: '/api/health' }).then(async () =>
      eve.request({
        method: 'POST',
        url: '/api/auth/accept-invitation',
        payload: { token: tokenOf(invitation.url), displayName: 'Eve', password: PASSWORD },
      }),
    );
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ error: { field: 'token', message: expect.stringMatching(/not valid or has expired/) } });

    const stale = (
      await admin.request({ method: 'POST', url: '/api/admin/invitations', payload: { email: 'fay@example.org' } })
    ).json<CreatedInvitation>();
    later(8 * 24 * 3600 * 1000);
    admin = new Browser(t.app);
    await admin.signIn('admin@example.org');
    const expired = await eve.request({
      method: 'POST',
      url: '/api/auth/accept-invitation',
      payload: { token: tokenOf(stale.url), displayName: 'Fay', password: PASSWORD },
    });
    expect(expired.statusCode).toBe(400);
    const actions = (await t.db.kysely.selectFrom('audit_log').select('action').execute()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['invitation-created', 'invitation-accepted', 'sign-in']));
  });

  it('lets the admin change roles and disable accounts (ending their sessions), but not their own', async () => {
    const { browser: gil, userId } = await signedInAs(t.app, t.db, 'gil@example.org', 'candidate', clock);
    const users = (await admin.request({ method: 'GET', url: '/api/admin/users' })).json<{ items: AccountUser[] }>().items;
    expect(users.map((u) => u.email)).toContain('gil@example.org');
    expect(users.every((u) => !('passwordHash' in u))).toBe(true);
    const coach = await admin.request({ method: 'PATCH', url: `/api/admin/users/${userId}`, payload: { role: 'coach' } });
    expect(coach.json<AccountUser>().role).toBe('coach');
    expect((await gil.request({ method: 'GET', url: '/api/auth/me' })).json<Me>().user?.role).toBe('coach');
    expect((await admin.request({ method: 'PATCH', url: `/api/admin/users/${userId}`, payload: {} })).statusCode).toBe(400);
    expect(
      (await admin.request({ method: 'PATCH', url: `/api/admin/users/${userId}`, payload: { disabled: 'yes' } })).json(),
    ).toMatchObject({ error: { field: 'disabled' } });
    const disabled = await admin.request({ method: 'PATCH', url: `/api/admin/users/${userId}`, payload: { disabled: true } });
    expect(disabled.json<AccountUser>().disabledAt).not.toBeNull();
    expect((await gil.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await new Browser(t.app).signIn('gil@example.org')).json()).toEqual({
      error: { code: 'unauthenticated', message: 'Email or password is incorrect' },
    });
    await admin.request({ method: 'PATCH', url: `/api/admin/users/${userId}`, payload: { disabled: false } });
    expect((await new Browser(t.app).signIn('gil@example.org')).statusCode).toBe(200);

    const me = (await admin.request({ method: 'GET', url: '/api/auth/me' })).json<Me>().user!;
    expect((await admin.request({ method: 'PATCH', url: `/api/admin/users/${me.id}`, payload: { disabled: true } })).json()).toMatchObject({
      error: { field: 'disabled' },
    });
    expect((await admin.request({ method: 'PATCH', url: `/api/admin/users/${me.id}`, payload: { role: 'coach' } })).json()).toMatchObject({
      error: { field: 'role' },
    });
    expect(
      (await admin.request({ method: 'PATCH', url: '/api/admin/users/018f0000-0000-7000-8000-000000000000', payload: { role: 'coach' } }))
        .statusCode,
    ).toBe(404);
  });

  it('resets a password from an admin-issued link, once, ending every session', async () => {
    const { browser: hal, userId } = await signedInAs(t.app, t.db, 'hal@example.org', 'candidate', clock);
    const link = await admin.request({ method: 'POST', url: `/api/admin/users/${userId}/reset-link` });
    expect(link.statusCode).toBe(201);
    const { url } = link.json<IssuedLink>();
    expect(url).toMatch(/\/reset-password#token=/);
    const anon = new Browser(t.app);
    await anon.request({ method: 'GET', url: '/api/health' });
    expect(
      (await anon.request({ method: 'POST', url: '/api/auth/reset-password', payload: { token: tokenOf(url), password: 'short' } })).json(),
    ).toMatchObject({ error: { field: 'password' } });
    expect(
      (
        await anon.request({
          method: 'POST',
          url: '/api/auth/reset-password',
          payload: { token: tokenOf(url), password: 'a brand new password' },
        })
      ).statusCode,
    ).toBe(204);
    expect((await hal.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await new Browser(t.app).signIn('hal@example.org', 'a brand new password')).statusCode).toBe(200);
    const reused = await anon.request({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token: tokenOf(url), password: 'yet another password' },
    });
    expect(reused.json()).toMatchObject({ error: { field: 'token' } });
    expect((await new Browser(t.app).signIn('hal@example.org', 'yet another password')).statusCode).toBe(401);
  });
});
