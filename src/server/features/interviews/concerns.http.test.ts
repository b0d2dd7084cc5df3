import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Concern, Interview } from '../../../contracts/interviews.js';
import type { Opportunity } from '../../../contracts/opportunities.js';
import { LOCAL_USER_ID } from '../../auth/actor.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { api, insertStranger } from '../../../../test/factories.js';
import { movableClock } from '../../../../test/support/clock.js';

type ErrorReply = { error: { code: string; field?: string } };
type List = { items: Concern[] };

describe.each(DIALECTS)('concerns over HTTP on %s', (dialect) => {
  let t: TestApp;
  let a: ReturnType<typeof api>;
  let opp: Opportunity;
  let interview: Interview;
  const clock = movableClock('2026-03-03T15:00:00.000Z');
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: clock.now });
    a = api(t);
    opp = await a.opportunity('Globex', 'Platform Engineer');
    interview = await a.interview(opp.id, {
      conversations: [
        { startsAt: '2026-03-03T14:00:00.000Z', durationMinutes: 30 },
        { startsAt: '2026-03-03T14:30:00.000Z', durationMinutes: 30 },
      ],
    });
  });
  afterAll(() => t.close());

  const openCount = async () => (await a.json<Interview>('GET', `/api/interviews/${interview.id}`)).body.openConcerns;

  it('adds a concern directly, idempotently, and counts it as open on the interview', async () => {
    const dana = await a.person('Dana Ruiz', opp.id);
    const id = uuidv7();
    const body = { id, text: '  Worried about on-call experience  ', interviewId: interview.id, raisedByPersonId: dana.id };
    const made = await a.json<Concern>('POST', `/api/opportunities/${opp.id}/concerns`, body);
    expect(made).toEqual({
      status: 201,
      body: {
        id,
        opportunityId: opp.id,
        interviewId: interview.id,
        conversationId: null,
        noteId: null,
        raisedByPersonId: dana.id,
        raisedByName: 'Dana Ruiz',
        text: 'Worried about on-call experience',
        status: 'open',
        howAddressed: '',
        replyReference: '',
        replyLine: '',
        suggestedReference: 'your question about my on-call experience',
        suggestedLine: expect.stringMatching(/^I /) as string,
        createdAt: '2026-03-03T15:00:00.000Z',
        updatedAt: '2026-03-03T15:00:00.000Z',
      },
    });
    expect(await a.json<Concern>('POST', `/api/opportunities/${opp.id}/concerns`, { ...body, text: 'other words' })).toEqual({
      status: 200,
      body: made.body,
    });
    expect(await openCount()).toBe(1);
    expect((await a.json<List>('GET', `/api/interviews/${interview.id}/concerns`)).body.items).toEqual([made.body]);
    const raceId = uuidv7();
    const raced = await Promise.all(
      [1, 2].map(() => a.json<Concern>('POST', `/api/opportunities/${opp.id}/concerns`, { id: raceId, text: 'Raced' })),
    );
    expect(raced.map((r) => r.status).sort()).toEqual([200, 201]);
    expect((await a.json('DELETE', `/api/concerns/${raceId}`)).status).toBe(204);
  });

  it('places a concern given only its conversation in that conversation’s interview', async () => {
    clock.advance(60_000);
    const concern = await a.concern(opp.id, { text: 'Team size', conversationId: interview.conversations[1]!.id });
    expect(concern).toMatchObject({ interviewId: interview.id, conversationId: interview.conversations[1]!.id });
    const general = await a.concern(opp.id, { text: 'Relocation timing' });
    expect(general).toMatchObject({ interviewId: null, conversationId: null });
    const all = (await a.json<List>('GET', `/api/opportunities/${opp.id}/concerns`)).body.items;
    expect(all.map((c) => c.text)).toEqual(['Worried about on-call experience', 'Team size', 'Relocation timing']);
    expect((await a.json<List>('GET', `/api/interviews/${interview.id}/concerns`)).body.items.map((c) => c.text)).toEqual([
      'Worried about on-call experience',
      'Team size',
    ]);
  });

  it('marks a concern addressed with how, and reopens it', async () => {
    const [concern] = (await a.json<List>('GET', `/api/interviews/${interview.id}/concerns`)).body.items;
    const before = await openCount();
    clock.advance(60_000);
    const addressed = await a.json<Concern>('PATCH', `/api/concerns/${concern!.id}`, {
      status: 'addressed',
      howAddressed: 'Told them about the pager rota at Initech.',
    });
    expect(addressed.body).toMatchObject({
      status: 'addressed',
      howAddressed: 'Told them about the pager rota at Initech.',
      updatedAt: clock.now().toISOString(),
    });
    expect(await openCount()).toBe(before - 1);
    const reopened = await a.json<Concern>('PATCH', `/api/concerns/${concern!.id}`, {
      status: 'open',
      text: 'On-call, again',
      raisedByPersonId: null,
    });
    expect(reopened.body).toMatchObject({
      status: 'open',
      text: 'On-call, again',
      raisedByPersonId: null,
      raisedByName: null,
      howAddressed: 'Told them about the pager rota at Initech.',
    });
    expect(await openCount()).toBe(before);
  });

  it('keeps how the thank-you refers to a concern and the answer in one sentence, with suggestions until set', async () => {
    const created = await a.json<Concern>('POST', `/api/opportunities/${opp.id}/concerns`, {
      text: 'she worries I have only mentored, never formally managed anyone',
    });
    const c = created.body;
    expect(c).toMatchObject({ replyReference: '', replyLine: '', suggestedReference: 'your question about my experience leading people' });
    expect(c.suggestedLine).not.toMatch(/mentored|she/i);
    const tooLong = await a.json<ErrorReply>('PATCH', `/api/concerns/${c.id}`, { replyLine: 'x'.repeat(1001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.field).toBe('replyLine');
    const saved = await a.json<Concern>('PATCH', `/api/concerns/${c.id}`, {
      replyReference: 'your question about managing people',
      replyLine: 'I led a team of four through a migration last year.',
    });
    expect(saved.body).toMatchObject({
      replyReference: 'your question about managing people',
      replyLine: 'I led a team of four through a migration last year.',
      status: 'open',
    });
  });

  it('treats a concern made from a `!` note line like any other', async () => {
    const noteId = uuidv7();
    const concernId = uuidv7();
    const now = clock.now().toISOString();
    const k = t.db.kysely;
    await k
      .insertInto('interview_notes')
      .values({
        id: noteId,
        owner_id: LOCAL_USER_ID,
        interview_id: interview.id,
        conversation_id: interview.conversations[0]!.id,
        text: '! No Kubernetes in production',
        marker: 'concern',
        revision: 1,
        conflict_of: null,
        written_at: now,
        deleted_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await k
      .insertInto('concerns')
      .values({
        id: concernId,
        owner_id: LOCAL_USER_ID,
        opportunity_id: opp.id,
        interview_id: interview.id,
        conversation_id: interview.conversations[0]!.id,
        note_id: noteId,
        raised_by_person_id: null,
        text: 'No Kubernetes in production',
        status: 'open',
        how_addressed: '',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const listed = (await a.json<List>('GET', `/api/interviews/${interview.id}/concerns`)).body.items.find((c) => c.id === concernId);
    expect(listed).toMatchObject({ noteId, text: 'No Kubernetes in production', status: 'open' });
    const patched = await a.json<Concern>('PATCH', `/api/concerns/${concernId}`, {
      status: 'addressed',
      howAddressed: 'Ran k3s at home for two years.',
    });
    expect(patched.body).toMatchObject({ noteId, status: 'addressed' });
    expect((await a.json('DELETE', `/api/concerns/${concernId}`)).status).toBe(204);
    expect((await a.json('PATCH', `/api/concerns/${concernId}`, { text: 'x' })).status).toBe(404);
  });

  it('refuses references that are not the user’s or not of this opportunity, naming the field, and adds nothing', async () => {
    const theirs = await insertStranger(t.db);
    const otherOpp = await a.opportunity();
    const elsewhere = await a.interview(otherOpp.id);
    const before = (await a.json<List>('GET', `/api/opportunities/${opp.id}/concerns`)).body;
    for (const [body, field] of [
      [{ text: 'x', interviewId: theirs.interviewId }, 'interviewId'],
      [{ text: 'x', interviewId: elsewhere.id }, 'interviewId'],
      [{ text: 'x', interviewId: uuidv7() }, 'interviewId'],
      [{ text: 'x', conversationId: theirs.conversationId }, 'conversationId'],
      [{ text: 'x', conversationId: elsewhere.conversations[0]!.id }, 'conversationId'],
      [{ text: 'x', interviewId: interview.id, conversationId: elsewhere.conversations[0]!.id }, 'conversationId'],
      [{ text: 'x', raisedByPersonId: theirs.personId }, 'raisedByPersonId'],
      [{ text: 'x', raisedByPersonId: uuidv7() }, 'raisedByPersonId'],
    ] as const) {
      const res = await a.json<ErrorReply>('POST', `/api/opportunities/${opp.id}/concerns`, body);
      expect([res.status, res.body.error.code, res.body.error.field], JSON.stringify(body)).toEqual([400, 'validation', field]);
    }
    const [first] = before.items;
    const edit = await a.json<ErrorReply>('PATCH', `/api/concerns/${first!.id}`, { text: 'Changed', raisedByPersonId: theirs.personId });
    expect([edit.status, edit.body.error.field]).toEqual([400, 'raisedByPersonId']);
    expect((await a.json<List>('GET', `/api/opportunities/${opp.id}/concerns`)).body).toEqual(before);
  });

  it("answers 404 for someone else's or unknown concerns and opportunities", async () => {
    const theirs = await insertStranger(t.db);
    for (const id of [theirs.concernId, uuidv7()]) {
      expect((await a.json('PATCH', `/api/concerns/${id}`, { status: 'addressed' })).status).toBe(404);
      expect((await a.json('DELETE', `/api/concerns/${id}`)).status).toBe(404);
    }
    for (const id of [theirs.opportunityId, uuidv7()]) {
      expect((await a.json('GET', `/api/opportunities/${id}/concerns`)).status).toBe(404);
      expect((await a.json('POST', `/api/opportunities/${id}/concerns`, { text: 'x' })).status).toBe(404);
    }
    expect((await a.json('GET', `/api/interviews/${theirs.interviewId}/concerns`)).status).toBe(404);
    const status = await t.db.kysely.selectFrom('concerns').select('status').where('id', '=', theirs.concernId).executeTakeFirstOrThrow();
    expect(status.status).toBe('open');
  });

  it('keeps a concern when the person who raised it is deleted, without the name', async () => {
    const person = await a.person('Short Lived', opp.id);
    const concern = await a.concern(opp.id, { text: 'Salary expectations', raisedByPersonId: person.id });
    await t.request({ method: 'DELETE', url: `/api/people/${person.id}` });
    const after = (await a.json<List>('GET', `/api/opportunities/${opp.id}/concerns`)).body.items.find((c) => c.id === concern.id);
    expect(after).toMatchObject({ raisedByPersonId: null, raisedByName: null, text: 'Salary expectations' });
  });
});
