import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestApp, PASSWORD, signedInAs, type Browser, type ServerTestApp } from '../../../../test/security/support.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { fillNotebook, type Send } from '../../../../test/support/notebook.js';
import { ownedTableNames } from '../../../../test/support/owned-tables.js';
import type { Db } from '../../db/connect.js';
import { COUNTER_TABLES, UNSAVED_OWNED_TABLES } from '../backup/repository.js';
import { BACKUP_TABLES } from '../backup/tables.js';

const ANA = 'Narwhal5531';
const BEN = 'Pangolin2208';

/** Rows per owned table that carry `userId` in owner_id (or as a share's coach or a comment's author). */
async function rowsOf(db: Db, userId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of await ownedTableNames(db)) {
    const also = table === 'shares' ? sql` or coach_id = ${userId}` : table === 'share_comments' ? sql` or author_id = ${userId}` : sql``;
    const { n } = (
      await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where owner_id = ${userId}${also}`.execute(db.kysely)
    ).rows[0]!;
    if (Number(n) > 0) out[table] = Number(n);
  }
  return out;
}

const sender =
  (who: Browser): Send =>
  async (method, url, payload) => {
    const res = await who.request({ method: method as 'GET', url, ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return (res.body ? res.json() : undefined) as never;
  };

describe.each(DIALECTS)('your data in server mode on %s', { timeout: 120_000 }, (dialect) => {
  let t: ServerTestApp;
  let ana: { browser: Browser; userId: string };
  let ben: { browser: Browser; userId: string };
  let coach: { browser: Browser; userId: string };
  let admin: { browser: Browser; userId: string };
  let anaIds: Record<string, string>;
  let anaBackup = '';
  let fay: { browser: Browser; userId: string };

  beforeAll(async () => {
    t = await createServerTestApp(dialect);
    ana = await signedInAs(t.app, t.db, 'ana@example.org');
    ben = await signedInAs(t.app, t.db, 'ben@example.org');
    coach = await signedInAs(t.app, t.db, 'cole@example.org', 'coach');
    admin = await signedInAs(t.app, t.db, 'root@example.org', 'admin');
    anaIds = await fillNotebook(sender(ana.browser), ANA);
    await fillNotebook(sender(ben.browser), BEN);
    await sender(coach.browser)('POST', '/api/opportunities', { employerName: 'Coach Co', roleTitle: 'Own lead' });
    // Ana shares with the coach, who comments on her answer; Ben shares with the coach too.
    const share = await sender(ana.browser)<{ id: string }>('POST', '/api/shares', {
      coachEmail: 'cole@example.org',
      scope: 'opportunity',
      opportunityId: anaIds.opportunity,
    });
    await sender(coach.browser)('POST', `/api/shares/${share.id}/comments`, {
      targetKind: 'question-plan',
      targetId: anaIds.opportunity,
      body: 'Ask about the team.',
    });
    await sender(ben.browser)('POST', '/api/shares', { coachEmail: 'cole@example.org', scope: 'answers' });
    await sender(ana.browser)('POST', '/api/calendar/feeds');
  });
  afterAll(() => t.close());

  it("exports exactly the signed-in account's rows, never another's (not even what is shared with a coach), and audits it", async () => {
    const res = await ana.browser.request({ method: 'GET', url: '/api/export' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="offerbook-backup-/);
    const file = res.json<{ tables: Record<string, Array<Record<string, unknown>>> }>();
    for (const table of BACKUP_TABLES) {
      // Keyed tables: the same ids; one-row tables (keyed by the owner): the same count.
      const key = table.key === 'owner_id' ? sql`'one'` : sql.ref(table.key);
      const owned = (
        await sql<{ k: unknown }>`select ${key} as k from ${sql.table(table.name)} where owner_id = ${ana.userId}`.execute(t.db.kysely)
      ).rows
        .map((r) => String(r.k))
        .sort();
      const exported = file.tables[table.name]!.map((r) => (table.key === 'owner_id' ? 'one' : String(r[table.key]))).sort();
      expect(exported, table.name).toEqual(owned);
    }
    expect(file.tables.opportunities).toHaveLength(1);
    expect(res.body).toContain(ANA);
    expect(res.body).not.toContain(BEN);
    expect(res.body).not.toContain(ben.userId);
    // The coach sees Ana's shared opportunity in the app, but their export holds only their own notebook.
    const coachExport = (await coach.browser.request({ method: 'GET', url: '/api/export' })).body;
    expect(coachExport).not.toContain(ANA);
    expect(coachExport).toContain('Own lead');
    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'data-exported')
      .where('actor_id', '=', ana.userId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).not.toContain(ANA);
  });

  it('restores only into an empty account, and the local-only routes do not exist', async () => {
    const backup = (await ana.browser.request({ method: 'GET', url: '/api/export' })).body;
    anaBackup = backup;
    const refused = await ben.browser.request({ method: 'POST', url: '/api/restore', payload: { text: backup } });
    expect(refused.statusCode).toBe(409);
    expect((await ben.browser.request({ method: 'GET', url: '/api/export' })).body).not.toContain(ANA);
    fay = await signedInAs(t.app, t.db, 'fay@example.org');
    const preview = await fay.browser.request({ method: 'POST', url: '/api/restore/preview', payload: { text: backup } });
    expect(preview.json<{ counts: Record<string, number> }>().counts.opportunities).toBe(1);
    // While Ana's objects are on this server, the same backup cannot be restored into a second account.
    const collides = await fay.browser.request({ method: 'POST', url: '/api/restore', payload: { text: backup } });
    expect(collides.statusCode, collides.body).toBe(409);
    expect(collides.json<{ error: { message: string } }>().error.message).toMatch(/already exist on this server/);
    expect(await rowsOf(t.db, fay.userId)).toEqual({});
    for (const [method, url] of [
      ['GET', '/api/backups'],
      ['POST', '/api/erase'],
      ['POST', '/api/backups/restore'],
    ] as const) {
      const res = await ana.browser.request({
        method,
        url,
        payload: method === 'POST' ? { confirm: 'delete everything', name: 'x' } : undefined,
      });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it('knows every owned table of the schema: each is in a backup or listed as left out of one', async () => {
    const known = new Set<string>([...BACKUP_TABLES.map((t) => t.name), ...UNSAVED_OWNED_TABLES, ...COUNTER_TABLES]);
    expect((await ownedTableNames(t.db)).filter((table) => !known.has(table))).toEqual([]);
  });

  it('deletes an account only with its password, and then no row with its id is left in any owned table', async () => {
    const before = await rowsOf(t.db, ana.userId);
    // The walk is not empty before: most kinds of row are there, including a share, a coach's comment and a calendar feed.
    expect(Object.keys(before).length).toBeGreaterThan(15);
    expect(before).toMatchObject({ shares: 1, share_comments: 1, calendar_feeds: 1, search_documents: expect.any(Number) });
    const benBefore = await rowsOf(t.db, ben.userId);

    const wrong = await ana.browser.request({ method: 'POST', url: '/api/account/delete', payload: { password: 'not my password' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ error: { field: string } }>().error.field).toBe('password');
    expect(await rowsOf(t.db, ana.userId)).toEqual(before);

    const done = await ana.browser.request({ method: 'POST', url: '/api/account/delete', payload: { password: PASSWORD } });
    expect(done.statusCode, done.body).toBe(204);
    expect(await rowsOf(t.db, ana.userId)).toEqual({});
    expect(await t.db.kysely.selectFrom('users').select('id').where('id', '=', ana.userId).execute()).toEqual([]);
    expect(await t.db.kysely.selectFrom('sessions').select('id').where('user_id', '=', ana.userId).execute()).toEqual([]);
    // Signed out everywhere; the email can no longer sign in.
    expect((await ana.browser.request({ method: 'GET', url: '/api/opportunities' })).statusCode).toBe(401);
    // Nobody else lost anything, and the coach no longer sees the share.
    expect(await rowsOf(t.db, ben.userId)).toEqual(benBefore);
    const coachShares = await coach.browser.request({ method: 'GET', url: '/api/shares' });
    expect(coachShares.body).not.toContain(ANA);
    // The audit log says an account was deleted, and nothing of what it held.
    const entry = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'account-deleted')
      .where('subject', '=', ana.userId)
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(ana.userId);
    expect(entry.detail).not.toContain(ANA);

    // Ana's download restores into an empty account now that her objects are gone (moving accounts).
    const restored = await fay.browser.request({ method: 'POST', url: '/api/restore', payload: { text: anaBackup } });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json<{ savedTo: string | null }>().savedTo).toBeNull();
    expect((await fay.browser.request({ method: 'GET', url: '/api/opportunities' })).body).toContain(`${ANA} engineer`);
    expect(
      await t.db.kysely
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'data-restored')
        .where('actor_id', '=', fay.userId)
        .execute(),
    ).toHaveLength(1);
  });

  it("lets an admin delete an account; a coach's comments and shares go with the coach", async () => {
    expect(Object.keys(await rowsOf(t.db, coach.userId)).length).toBeGreaterThan(0);
    const asOther = await ben.browser.request({ method: 'DELETE', url: `/api/admin/users/${coach.userId}` });
    expect(asOther.statusCode).toBe(404);
    const self = await admin.browser.request({ method: 'DELETE', url: `/api/admin/users/${admin.userId}` });
    expect(self.statusCode).toBe(400);
    const res = await admin.browser.request({ method: 'DELETE', url: `/api/admin/users/${coach.userId}` });
    expect(res.statusCode, res.body).toBe(204);
    expect(await rowsOf(t.db, coach.userId)).toEqual({});
    // Ben's share to the coach has ended; Ben's notebook is untouched.
    expect((await sender(ben.browser)<{ given: unknown[] }>('GET', '/api/shares')).given).toEqual([]);
    expect((await ben.browser.request({ method: 'GET', url: '/api/opportunities' })).body).toContain(BEN);
    const entry = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'account-deleted')
      .where('subject', '=', coach.userId)
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(admin.userId);
    expect((await admin.browser.request({ method: 'DELETE', url: `/api/admin/users/${coach.userId}` })).statusCode).toBe(404);
  });
});
