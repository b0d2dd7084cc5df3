import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation, Interview } from '../../../contracts/interviews.js';
import type { Opportunity } from '../../../contracts/opportunities.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { api, insertStranger } from '../../../../test/factories.js';

type ErrorReply = { error: { code: string; field?: string } };

describe.each(DIALECTS)('conversations over HTTP on %s', (dialect) => {
  let t: TestApp;
  let a: ReturnType<typeof api>;
  let opp: Opportunity;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    a = api(t);
    opp = await a.opportunity('Kestrel', 'Analyst');
  });
  afterAll(() => t.close());

  const order = async (interviewId: string) =>
    (await a.json<Interview>('GET', `/api/interviews/${interviewId}`)).body.conversations.map((c) => [
      c.topic,
      c.startsAt.slice(11, 16),
      c.position,
    ]);

  it('adds conversations in time order, idempotently on a client id', async () => {
    const interview = await a.interview(opp.id, {
      startsAt: '2026-03-03T09:00:00.000Z',
      durationMinutes: 180,
      conversations: [{ startsAt: '2026-03-03T10:00:00.000Z', durationMinutes: 60, topic: 'Second' }],
    });
    const dana = await a.person('Dana Ruiz', opp.id);
    const id = uuidv7();
    const body = { id, startsAt: '2026-03-03T09:00:00Z', durationMinutes: 60, topic: 'First', personIds: [dana.id] };
    const made = await a.json<Conversation>('POST', `/api/interviews/${interview.id}/conversations`, body);
    expect(made).toMatchObject({
      status: 201,
      body: {
        id,
        interviewId: interview.id,
        startsAt: '2026-03-03T09:00:00.000Z',
        durationMinutes: 60,
        topic: 'First',
        personIds: [dana.id],
        position: 0,
      },
    });
    const again = await a.json<Conversation>('POST', `/api/interviews/${interview.id}/conversations`, { ...body, topic: 'Changed?' });
    expect(again).toEqual({ status: 200, body: made.body });
    await a.json('POST', `/api/interviews/${interview.id}/conversations`, {
      startsAt: '2026-03-03T13:00:00.000Z',
      durationMinutes: 30,
      topic: 'Outside the window',
    });
    expect(await order(interview.id)).toEqual([
      ['First', '09:00', 0],
      ['Second', '10:00', 1],
      ['Outside the window', '13:00', 2],
    ]);
    const other = await a.interview(opp.id);
    const clash = await a.json<ErrorReply>('POST', `/api/interviews/${other.id}/conversations`, body);
    expect([clash.status, clash.body.error.field]).toEqual([409, 'id']);
  });

  it('edits time, length, topic and people, and keeps the order by start', async () => {
    const interview = await a.interview(opp.id, {
      startsAt: '2026-03-04T09:00:00.000Z',
      durationMinutes: 120,
      conversations: [
        { startsAt: '2026-03-04T09:00:00.000Z', durationMinutes: 60, topic: 'A' },
        { startsAt: '2026-03-04T10:00:00.000Z', durationMinutes: 60, topic: 'B' },
      ],
    });
    const [first] = interview.conversations;
    const [kim, lee] = [await a.person('Kim Ng', opp.id), await a.person('Lee Park', opp.id)];
    const edited = await a.json<Conversation>('PATCH', `/api/conversations/${first!.id}`, {
      startsAt: '2026-03-04T10:30:00Z',
      durationMinutes: 30,
      topic: 'A, moved',
      personIds: [lee.id, kim.id],
    });
    expect(edited).toMatchObject({
      status: 200,
      body: { startsAt: '2026-03-04T10:30:00.000Z', durationMinutes: 30, topic: 'A, moved', personIds: [lee.id, kim.id], position: 1 },
    });
    expect(await order(interview.id)).toEqual([
      ['B', '10:00', 0],
      ['A, moved', '10:30', 1],
    ]);
    const cleared = await a.json<Conversation>('PATCH', `/api/conversations/${first!.id}`, { personIds: [] });
    expect(cleared.body.personIds).toEqual([]);
  });

  it('orders conversations that start together by the position asked for', async () => {
    const at = '2026-03-05T09:00:00.000Z';
    const interview = await a.interview(opp.id, {
      startsAt: at,
      durationMinutes: 60,
      conversations: [
        { startsAt: at, durationMinutes: 60, topic: 'Room 1' },
        { startsAt: at, durationMinutes: 60, topic: 'Room 2' },
        { startsAt: '2026-03-05T08:00:00.000Z', durationMinutes: 30, topic: 'Early' },
      ],
    });
    expect(await order(interview.id)).toEqual([
      ['Early', '08:00', 0],
      ['Room 1', '09:00', 1],
      ['Room 2', '09:00', 2],
    ]);
    const room2 = interview.conversations.find((c) => c.topic === 'Room 2')!;
    await a.json('PATCH', `/api/conversations/${room2.id}`, { position: 1 });
    expect(await order(interview.id)).toEqual([
      ['Early', '08:00', 0],
      ['Room 2', '09:00', 1],
      ['Room 1', '09:00', 2],
    ]);
    // A position that would break the order by start is kept within it.
    await a.json('PATCH', `/api/conversations/${room2.id}`, { position: 0 });
    expect((await order(interview.id))[0]).toEqual(['Early', '08:00', 0]);
  });

  it('removes a conversation and renumbers the rest', async () => {
    const interview = await a.interview(opp.id, {
      conversations: [
        { startsAt: '2026-03-06T09:00:00.000Z', durationMinutes: 30, topic: 'One' },
        { startsAt: '2026-03-06T09:30:00.000Z', durationMinutes: 30, topic: 'Two' },
      ],
    });
    const res = await t.request({ method: 'DELETE', url: `/api/conversations/${interview.conversations[0]!.id}` });
    expect(res.statusCode).toBe(204);
    expect(await order(interview.id)).toEqual([['Two', '09:30', 0]]);
    expect((await a.json('PATCH', `/api/conversations/${interview.conversations[0]!.id}`, { topic: 'x' })).status).toBe(404);
    expect((await a.json('DELETE', `/api/conversations/${interview.conversations[0]!.id}`)).status).toBe(404);
  });

  it("accepts only the user's own people, naming personIds, and changes nothing otherwise", async () => {
    const theirs = await insertStranger(t.db);
    const interview = await a.interview(opp.id);
    const before = await a.json<Interview>('GET', `/api/interviews/${interview.id}`);
    for (const personIds of [[theirs.personId], [uuidv7()]]) {
      const add = await a.json<ErrorReply>('POST', `/api/interviews/${interview.id}/conversations`, {
        startsAt: '2026-03-03T14:00:00.000Z',
        durationMinutes: 30,
        personIds,
      });
      expect([add.status, add.body.error.code, add.body.error.field]).toEqual([400, 'validation', 'personIds']);
      const edit = await a.json<ErrorReply>('PATCH', `/api/conversations/${interview.conversations[0]!.id}`, {
        topic: 'Changed',
        personIds,
      });
      expect([edit.status, edit.body.error.field]).toEqual([400, 'personIds']);
      const create = await a.json<ErrorReply>('POST', `/api/opportunities/${opp.id}/interviews`, {
        kind: 'video',
        startsAt: '2026-03-03T14:00:00.000Z',
        timeZone: 'UTC',
        durationMinutes: 30,
        conversations: [
          { startsAt: '2026-03-03T14:00:00.000Z', durationMinutes: 30 },
          { startsAt: '2026-03-03T14:00:00.000Z', durationMinutes: 30, personIds },
        ],
      });
      expect([create.status, create.body.error.field]).toEqual([400, 'conversations.1.personIds']);
    }
    expect(await a.json('GET', `/api/interviews/${interview.id}`)).toEqual(before);
    for (const [method, url] of [
      ['PATCH', `/api/conversations/${theirs.conversationId}`],
      ['DELETE', `/api/conversations/${theirs.conversationId}`],
      ['PATCH', `/api/conversations/${uuidv7()}`],
    ] as const) {
      expect((await a.json(method, url, method === 'PATCH' ? { topic: 'x' } : undefined)).status).toBe(404);
    }
  });

  it('drops a person from conversations when the person is deleted', async () => {
    const gone = await a.person('Temp Person', opp.id);
    const interview = await a.interview(opp.id, {
      conversations: [{ startsAt: '2026-03-03T14:00:00.000Z', durationMinutes: 30, personIds: [gone.id] }],
    });
    expect((await t.request({ method: 'DELETE', url: `/api/people/${gone.id}` })).statusCode).toBe(204);
    expect((await a.json<Interview>('GET', `/api/interviews/${interview.id}`)).body.conversations[0]!.personIds).toEqual([]);
  });
});
