import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comment, Share, SharedContent, ShareLists } from '../../src/contracts/sharing.js';
import { createTestApp } from '../support/app.js';
import { DIALECTS } from '../support/db.js';
import { createServerTestApp, signedInAs, type Browser, type ServerTestApp } from './support.js';

/** Issue #8, roles and sharing: a coach sees exactly what a candidate shares, until it is revoked. */
describe.each(DIALECTS)('sharing with a coach on %s', (dialect) => {
  let t: ServerTestApp;
  let ana: Browser;
  let ben: Browser;
  let cy: Browser;
  const ids = { shared: '', private: '', a1: '', a2: '', a3: '', bensOpp: '', share: '' };

  async function ok<T>(who: Browser, method: string, url: string, payload?: object): Promise<T> {
    const res = await who.request({ method: method as 'GET', url, payload });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json<T>();
  }

  beforeAll(async () => {
    t = await createServerTestApp(dialect);
    ana = (await signedInAs(t.app, t.db, 'ana@example.org')).browser;
    ben = (await signedInAs(t.app, t.db, 'ben@example.org')).browser;
    cy = (await signedInAs(t.app, t.db, 'cy@example.org', 'coach')).browser;
    const prompt = (await ok<{ items: Array<{ id: string }> }>(ana, 'GET', '/api/prompts')).items[0]!.id;
    ids.shared = (await ok<{ id: string }>(ana, 'POST', '/api/opportunities', { employerName: 'Harbour Labs', roleTitle: 'Analyst' })).id;
    ids.private = (
      await ok<{ id: string }>(ana, 'POST', '/api/opportunities', { employerName: 'Secret Co', roleTitle: 'Private role' })
    ).id;
    ids.a1 = (
      await ok<{ id: string }>(ana, 'POST', '/api/answers', { promptId: prompt, text: 'Shared answer', opportunityId: ids.shared })
    ).id;
    ids.a2 = (
      await ok<{ id: string }>(ana, 'POST', '/api/answers', { promptId: prompt, text: 'Private answer', opportunityId: ids.private })
    ).id;
    ids.a3 = (await ok<{ id: string }>(ana, 'POST', '/api/answers', { promptId: prompt, text: 'General answer' })).id;
    ids.bensOpp = (await ok<{ id: string }>(ben, 'POST', '/api/opportunities', { employerName: 'Ben Corp', roleTitle: 'Ben role' })).id;
  });
  afterAll(() => t.close());

  it('shares one opportunity with a coach, once, refusing bad input naming the field', async () => {
    const bad: Array<[object, number, string]> = [
      [{ coachEmail: 'nobody@example.org', scope: 'opportunity', opportunityId: ids.shared }, 404, 'coachEmail'],
      [{ coachEmail: 'ben@example.org', scope: 'opportunity', opportunityId: ids.shared }, 404, 'coachEmail'],
      [{ coachEmail: 'cy@example.org', scope: 'opportunity' }, 400, 'opportunityId'],
      [{ coachEmail: 'cy@example.org', scope: 'answers', opportunityId: ids.shared }, 400, 'opportunityId'],
      [{ coachEmail: 'cy@example.org', scope: 'opportunity', opportunityId: ids.bensOpp }, 404, 'opportunityId'],
      [{ coachEmail: 'cy@example.org', scope: 'everything' }, 400, 'scope'],
      [{ coachEmail: 'cy@example.org', scope: 'answers', note: 'hi' }, 400, 'note'],
    ];
    for (const [payload, status, field] of bad) {
      const res = await ana.request({ method: 'POST', url: '/api/shares', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    }
    const first = await ana.request({
      method: 'POST',
      url: '/api/shares',
      payload: { coachEmail: 'CY@example.org', scope: 'opportunity', opportunityId: ids.shared },
    });
    expect(first.statusCode).toBe(201);
    const share = first.json<Share>();
    expect(share).toMatchObject({
      scope: 'opportunity',
      opportunityId: ids.shared,
      opportunityTitle: 'Harbour Labs — Analyst',
      coachEmail: 'cy@example.org',
    });
    const again = await ana.request({
      method: 'POST',
      url: '/api/shares',
      payload: { coachEmail: 'cy@example.org', scope: 'opportunity', opportunityId: ids.shared },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<Share>().id).toBe(share.id);
    ids.share = share.id;
    expect((await ok<ShareLists>(ana, 'GET', '/api/shares')).given.map((s) => s.id)).toEqual([share.id]);
    const forCoach = await ok<ShareLists>(cy, 'GET', '/api/shares');
    expect(forCoach.received).toEqual([
      expect.objectContaining({ id: share.id, ownerName: 'ana', opportunityTitle: 'Harbour Labs — Analyst' }),
    ]);
  });

  it('lets the coach read exactly what is shared, and nothing else', async () => {
    const content = await ok<SharedContent>(cy, 'GET', `/api/shares/${ids.share}/content`);
    expect(content.opportunity?.id).toBe(ids.shared);
    expect(content.questionPlan).not.toBeNull();
    expect(content.answers.map((a) => a.id)).toEqual([ids.a1]);
    expect(JSON.stringify(content)).not.toContain('Private');
    expect(JSON.stringify(content)).not.toContain('General answer');
    // The share is the only way in: the notebook's own routes still answer 404 to the coach.
    for (const url of [
      `/api/opportunities/${ids.shared}`,
      `/api/opportunities/${ids.private}`,
      `/api/answers/${ids.a1}`,
      `/api/answers/${ids.a2}`,
    ]) {
      expect((await cy.request({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    expect((await ok<{ items: unknown[] }>(cy, 'GET', '/api/opportunities')).items).toEqual([]);
    // Another candidate cannot use the share.
    for (const url of [`/api/shares/${ids.share}/content`, `/api/shares/${ids.share}/comments`])
      expect((await ben.request({ method: 'GET', url })).statusCode).toBe(404);
    expect(
      (
        await ben.request({
          method: 'POST',
          url: `/api/shares/${ids.share}/comments`,
          payload: { targetKind: 'answer', targetId: ids.a1, body: 'Hi' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('lets the coach comment on shared answers and plans only, and the candidate read the comments inline', async () => {
    const onAnswer = await cy.request({
      method: 'POST',
      url: `/api/shares/${ids.share}/comments`,
      payload: { targetKind: 'answer', targetId: ids.a1, body: 'Lead with the result.' },
    });
    expect(onAnswer.statusCode).toBe(201);
    expect(onAnswer.json<Comment>()).toMatchObject({ authorName: 'cy', targetKind: 'answer', targetId: ids.a1 });
    expect(
      (
        await cy.request({
          method: 'POST',
          url: `/api/shares/${ids.share}/comments`,
          payload: { targetKind: 'question-plan', targetId: ids.shared, body: 'Ask about on-call.' },
        })
      ).statusCode,
    ).toBe(201);
    for (const [targetKind, targetId] of [
      ['answer', ids.a2],
      ['answer', ids.a3],
      ['question-plan', ids.private],
    ] as const) {
      const res = await cy.request({
        method: 'POST',
        url: `/api/shares/${ids.share}/comments`,
        payload: { targetKind, targetId, body: 'Sneaky' },
      });
      expect(res.statusCode, `${targetKind} ${targetId}`).toBe(404);
      expect(res.json()).toMatchObject({ error: { field: 'targetId' } });
    }
    expect(
      (
        await cy.request({
          method: 'POST',
          url: `/api/shares/${ids.share}/comments`,
          payload: { targetKind: 'answer', targetId: ids.a1, body: '   ' },
        })
      ).json(),
    ).toMatchObject({ error: { field: 'body' } });
    expect(
      (
        await cy.request({
          method: 'POST',
          url: `/api/shares/${ids.share}/comments`,
          payload: { targetKind: 'answer', targetId: ids.a1, body: 'x'.repeat(5001) },
        })
      ).statusCode,
    ).toBe(400);

    const inline = await ok<{ items: Comment[] }>(ana, 'GET', `/api/comments?targetKind=answer&targetId=${ids.a1}`);
    expect(inline.items.map((c) => c.body)).toEqual(['Lead with the result.']);
    expect((await ok<{ items: Comment[] }>(ana, 'GET', `/api/shares/${ids.share}/comments`)).items).toHaveLength(2);
    // Comments about Ana's answer are not Ben's to read.
    expect((await ok<{ items: Comment[] }>(ben, 'GET', `/api/comments?targetKind=answer&targetId=${ids.a1}`)).items).toEqual([]);
  });

  it('shares all answers separately, and a revoked share stops working at once for the coach', async () => {
    const answers = await ok<Share>(ana, 'POST', '/api/shares', { coachEmail: 'cy@example.org', scope: 'answers' });
    const all = await ok<SharedContent>(cy, 'GET', `/api/shares/${answers.id}/content`);
    expect(all.opportunity).toBeNull();
    expect(all.answers.map((a) => a.id).sort()).toEqual([ids.a1, ids.a2, ids.a3].sort());

    expect((await cy.request({ method: 'DELETE', url: `/api/shares/${answers.id}` })).statusCode).toBe(404);
    expect((await ana.request({ method: 'DELETE', url: `/api/shares/${ids.share}` })).statusCode).toBe(204);
    expect((await cy.request({ method: 'GET', url: `/api/shares/${ids.share}/content` })).statusCode).toBe(404);
    expect(
      (
        await cy.request({
          method: 'POST',
          url: `/api/shares/${ids.share}/comments`,
          payload: { targetKind: 'answer', targetId: ids.a1, body: 'Still here?' },
        })
      ).statusCode,
    ).toBe(404);
    expect((await ok<ShareLists>(cy, 'GET', '/api/shares')).received.map((s) => s.id)).toEqual([answers.id]);
    expect((await ana.request({ method: 'DELETE', url: `/api/shares/${ids.share}` })).statusCode).toBe(404);
    // The candidate keeps the comments they were given.
    expect((await ok<{ items: Comment[] }>(ana, 'GET', `/api/comments?targetKind=answer&targetId=${ids.a1}`)).items).toHaveLength(1);
    const actions = (await t.db.kysely.selectFrom('audit_log').select('action').where('action', 'like', 'share-%').execute())
      .map((r) => r.action)
      .sort();
    expect(actions).toEqual(['share-created', 'share-created', 'share-revoked']);
  });

  it('does not exist in local mode', async () => {
    const local = await createTestApp(dialect);
    try {
      expect((await local.request({ method: 'GET', url: '/api/shares' })).statusCode).toBe(404);
      expect(
        (await local.request({ method: 'POST', url: '/api/shares', payload: { coachEmail: 'cy@example.org', scope: 'answers' } }))
          .statusCode,
      ).toBe(404);
    } finally {
      await local.close();
    }
  });
});
