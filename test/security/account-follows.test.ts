import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedLink } from '../../src/contracts/accounts.js';
import { DIALECTS } from '../support/db.js';
import { Browser, createServerTestApp, PASSWORD, signedInAs, type ServerTestApp } from './support.js';

const NEW_PASSWORD = 'a brand new long password';

/** Feeds, shares and links follow the account (issue #14, findings 4 to 6). */
describe.each(DIALECTS)('what follows an account in server mode on %s', (dialect) => {
  let t: ServerTestApp;
  let root: Browser;
  let ana: Browser;
  let anaId: string;
  beforeAll(async () => {
    t = await createServerTestApp(dialect, { publicUrl: 'https://offerbook.example.org' });
    root = (await signedInAs(t.app, t.db, 'root@example.org', 'admin')).browser;
    ({ browser: ana, userId: anaId } = await signedInAs(t.app, t.db, 'ana@example.org'));
  });
  afterAll(() => t.close());

  const newFeed = async (b: Browser) => {
    const res = await b.request({ method: 'POST', url: '/api/calendar/feeds', payload: {} });
    expect(res.statusCode).toBe(201);
    return res.json<{ path: string }>().path;
  };
  const feedStatus = async (path: string) => (await t.app.inject({ method: 'GET', url: path })).statusCode;
  const resetLink = async () => {
    const res = await root.request({ method: 'POST', url: `/api/admin/users/${anaId}/reset-link` });
    expect(res.statusCode).toBe(201);
    return new URL(res.json<IssuedLink>().url).hash.slice('#token='.length);
  };
  const reset = async (token: string, password = NEW_PASSWORD) => {
    const b = new Browser(t.app);
    await b.request({ method: 'GET', url: '/api/health' }); // the anonymous CSRF cookie
    return b.request({ method: 'POST', url: '/api/auth/reset-password', payload: { token, password } });
  };

  it('revokes the calendar feeds when the account signs out everywhere', async () => {
    const feed = await newFeed(ana);
    expect(await feedStatus(feed)).toBe(200);
    expect((await ana.request({ method: 'POST', url: '/api/auth/logout-everywhere' })).statusCode).toBe(200);
    expect(await feedStatus(feed)).toBe(404);
    ana = new Browser(t.app);
    expect((await ana.signIn('ana@example.org')).statusCode).toBe(200);
  });

  it('revokes the feeds and every older reset link when the password changes', async () => {
    const feed = await newFeed(ana);
    const older = await resetLink();
    const change = await ana.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(change.statusCode).toBe(204);
    expect(await feedStatus(feed)).toBe(404);
    expect((await reset(older, PASSWORD)).statusCode).toBe(400);
    // The session that changed it still works.
    expect((await ana.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });

  it('revokes the feeds and the other reset links when a reset link is used', async () => {
    const feed = await newFeed(ana);
    const first = await resetLink();
    const second = await resetLink();
    expect((await reset(second, PASSWORD)).statusCode).toBe(204);
    expect(await feedStatus(feed)).toBe(404);
    expect((await reset(first, 'an attacker chose this one')).statusCode).toBe(400);
    ana = new Browser(t.app);
    expect((await ana.signIn('ana@example.org', PASSWORD)).statusCode).toBe(200);
  });

  it('answers 404 for the feeds of a disabled account, and ends its reset links', async () => {
    const feed = await newFeed(ana);
    const link = await resetLink();
    expect((await root.request({ method: 'PATCH', url: `/api/admin/users/${anaId}`, payload: { disabled: true } })).statusCode).toBe(200);
    expect(await feedStatus(feed)).toBe(404);
    expect((await reset(link)).statusCode).toBe(400);
    // Enabled again, the feed works again (it was never revoked, only refused).
    expect((await root.request({ method: 'PATCH', url: `/api/admin/users/${anaId}`, payload: { disabled: false } })).statusCode).toBe(200);
    expect(await feedStatus(feed)).toBe(200);
  });

  it("ends a coach's shares, with an audit entry each, when the role changes away from coach", async () => {
    const { browser: cy, userId: cyId } = await signedInAs(t.app, t.db, 'cy@example.org', 'coach');
    ana = new Browser(t.app);
    expect((await ana.signIn('ana@example.org')).statusCode).toBe(200);
    const opp = (
      await ana.request({ method: 'POST', url: '/api/opportunities', payload: { employerName: 'Acme', roleTitle: 'Engineer' } })
    ).json<{ id: string }>();
    const share = (
      await ana.request({
        method: 'POST',
        url: '/api/shares',
        payload: { coachEmail: 'cy@example.org', scope: 'opportunity', opportunityId: opp.id },
      })
    ).json<{ id: string }>();
    const comment = { targetKind: 'question-plan', targetId: opp.id, body: 'Lead with the outage story.' };
    expect((await cy.request({ method: 'GET', url: `/api/shares/${share.id}/content` })).statusCode).toBe(200);
    expect((await cy.request({ method: 'POST', url: `/api/shares/${share.id}/comments`, payload: comment })).statusCode).toBe(201);

    expect((await root.request({ method: 'PATCH', url: `/api/admin/users/${cyId}`, payload: { role: 'candidate' } })).statusCode).toBe(200);
    expect((await cy.request({ method: 'GET', url: `/api/shares/${share.id}/content` })).statusCode).toBe(404);
    expect((await cy.request({ method: 'POST', url: `/api/shares/${share.id}/comments`, payload: comment })).statusCode).toBe(404);
    expect((await ana.request({ method: 'GET', url: '/api/shares' })).json()).toMatchObject({ given: [] });
    const entries = await t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'subject', 'detail'])
      .where('action', '=', 'share-revoked')
      .where('subject', '=', share.id)
      .execute();
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.detail)).toMatchObject({ reason: 'coach-role-removed', coachId: cyId });
    // Made a coach again, the ended shares stay ended.
    expect((await root.request({ method: 'PATCH', url: `/api/admin/users/${cyId}`, payload: { role: 'coach' } })).statusCode).toBe(200);
    expect((await cy.request({ method: 'GET', url: `/api/shares/${share.id}/content` })).statusCode).toBe(404);
  });
});

describe('links without a public URL (server mode on loopback)', () => {
  let t: ServerTestApp;
  beforeAll(async () => {
    t = await createServerTestApp('sqlite', { publicUrl: null });
  });
  afterAll(() => t.close());

  it("never builds invitation or reset links on a request's Host header", async () => {
    const { browser: root, userId } = await signedInAs(t.app, t.db, 'root@example.org', 'admin');
    const forged = { host: 'attacker.example', 'x-forwarded-host': 'attacker.example' };
    const invitation = await root.request({
      method: 'POST',
      url: '/api/admin/invitations',
      headers: forged,
      payload: { email: 'new@example.org', role: 'candidate' },
    });
    expect(invitation.statusCode).toBe(201);
    const reset = await root.request({ method: 'POST', url: `/api/admin/users/${userId}/reset-link`, headers: forged });
    for (const url of [invitation.json<{ url: string }>().url, reset.json<{ url: string }>().url]) {
      expect(url).not.toContain('attacker');
      expect(new URL(url).hostname).toBe('localhost');
    }
  });
});
