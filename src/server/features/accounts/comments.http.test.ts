import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comment, Share, ShareLists } from '../../../contracts/sharing.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { createServerTestApp, signedInAs, type Browser, type ServerTestApp } from '../../../../test/security/support.js';

type Items = { items: Comment[] };

/**
 * What the candidate's pages read: the opportunity page's "Share with a coach" dialog (shares of
 * one opportunity) and the coach's comments beside a question plan and an answer (`GET /api/comments`).
 */
describe.each(DIALECTS)('coach comments where the candidate works, on %s', (dialect) => {
  let t: ServerTestApp;
  let cara: Browser;
  let dan: Browser;
  let cole: Browser;
  let opportunityId = '';
  let answerId = '';
  let share: Share;

  async function json<T>(who: Browser, method: 'GET' | 'POST', url: string, payload?: object): Promise<T> {
    const res = await who.request({ method, url, ...(payload ? { payload } : {}) });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res.json<T>();
  }
  const commentsOn = (who: Browser, targetKind: string, targetId: string) =>
    json<Items>(who, 'GET', `/api/comments?targetKind=${targetKind}&targetId=${targetId}`);

  beforeAll(async () => {
    t = await createServerTestApp(dialect);
    cara = (await signedInAs(t.app, t.db, 'cara@example.org')).browser;
    dan = (await signedInAs(t.app, t.db, 'dan@example.org')).browser;
    cole = (await signedInAs(t.app, t.db, 'cole@example.org', 'coach')).browser;
    opportunityId = (await json<{ id: string }>(cara, 'POST', '/api/opportunities', { employerName: 'Tidewater', roleTitle: 'Planner' }))
      .id;
    const promptId = (await json<{ items: Array<{ id: string }> }>(cara, 'GET', '/api/prompts')).items[0]!.id;
    answerId = (
      await json<{ id: string }>(cara, 'POST', '/api/answers', { promptId, text: 'I planned routes for forty drivers.', opportunityId })
    ).id;
  });
  afterAll(() => t.close());

  it('lists an opportunity share with the coach and the opportunity, as the dialog filters it', async () => {
    share = await json<Share>(cara, 'POST', '/api/shares', { coachEmail: 'cole@example.org', scope: 'opportunity', opportunityId });
    await json<Share>(cara, 'POST', '/api/shares', { coachEmail: 'cole@example.org', scope: 'answers' });
    const given = (await json<ShareLists>(cara, 'GET', '/api/shares')).given;
    expect(given.filter((s) => s.scope === 'opportunity' && s.opportunityId === opportunityId)).toEqual([
      expect.objectContaining({ id: share.id, coachName: 'cole', coachEmail: 'cole@example.org', opportunityTitle: 'Tidewater — Planner' }),
    ]);
  });

  it('answers the comments on the question plan and on the answer separately, to their candidate only', async () => {
    await json<Comment>(cole, 'POST', `/api/shares/${share.id}/comments`, {
      targetKind: 'question-plan',
      targetId: opportunityId,
      body: 'Ask who owns the roster.',
    });
    await json<Comment>(cole, 'POST', `/api/shares/${share.id}/comments`, {
      targetKind: 'answer',
      targetId: answerId,
      body: 'Name the tool you used.',
    });
    await json<Comment>(cole, 'POST', `/api/shares/${share.id}/comments`, {
      targetKind: 'question-plan',
      targetId: opportunityId,
      body: 'And how on-call works.',
    });

    const plan = await commentsOn(cara, 'question-plan', opportunityId);
    expect(plan.items.map((c) => [c.body, c.authorName, c.shareId])).toEqual([
      ['Ask who owns the roster.', 'cole', share.id],
      ['And how on-call works.', 'cole', share.id],
    ]);
    expect((await commentsOn(cara, 'answer', answerId)).items.map((c) => c.body)).toEqual(['Name the tool you used.']);
    // The plan's id is the opportunity's: asking for it as an answer finds nothing.
    expect((await commentsOn(cara, 'answer', opportunityId)).items).toEqual([]);
    // Nobody else reads them through this route, the coach included (they read the share's comments).
    expect((await commentsOn(dan, 'question-plan', opportunityId)).items).toEqual([]);
    expect((await commentsOn(cole, 'question-plan', opportunityId)).items).toEqual([]);
  });

  it('refuses a bad query naming the field, and changes nothing', async () => {
    const before = await t.db.kysely.selectFrom('share_comments').select('id').execute();
    const cases: Array<[string, string]> = [
      [`targetKind=plan&targetId=${opportunityId}`, 'targetKind'],
      ['targetKind=answer&targetId=not-an-id', 'targetId'],
      ['targetKind=answer', 'targetId'],
      [`targetId=${answerId}`, 'targetKind'],
      [`targetKind=answer&targetId=${answerId}&shareId=${share.id}`, 'shareId'],
    ];
    for (const [query, field] of cases) {
      const res = await cara.request({ method: 'GET', url: `/api/comments?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json<{ error: { field: string } }>().error.field, query).toBe(field);
    }
    expect(await t.db.kysely.selectFrom('share_comments').select('id').execute()).toEqual(before);
  });

  it('keeps the comments beside the plan after the share is revoked', async () => {
    expect((await cara.request({ method: 'DELETE', url: `/api/shares/${share.id}` })).statusCode).toBe(204);
    expect((await commentsOn(cara, 'question-plan', opportunityId)).items).toHaveLength(2);
    expect((await json<ShareLists>(cara, 'GET', '/api/shares')).given.some((s) => s.opportunityId === opportunityId)).toBe(false);
  });
});
