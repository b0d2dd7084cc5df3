import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interview } from '../../../contracts/interviews.js';
import { defaultChecklist } from '../../../core/interviews/checklist.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { api, insertStranger } from '../../../../test/factories.js';
import { movableClock } from '../../../../test/support/clock.js';

const HOUR = 3_600_000;

describe.each(DIALECTS)('interviews over HTTP on %s', (dialect) => {
  let t: TestApp;
  let a: ReturnType<typeof api>;
  const clock = movableClock('2026-02-24T10:00:00.000Z');
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: clock.now });
    a = api(t);
  });
  afterAll(() => t.close());

  const rows = async (
    table: 'interviews' | 'conversations' | 'concerns' | 'reflections' | 'interview_notes',
    column: 'id' | 'interview_id' | 'opportunity_id',
    value: string,
  ) =>
    Number(
      (
        await t.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where(column, '=', value)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('adds an interview with the default checklist of its kind and one conversation spanning it', async () => {
    const opp = await a.opportunity('Quarry & Sons', 'Head of Data');
    const res = await a.json<Interview>('POST', `/api/opportunities/${opp.id}/interviews`, {
      kind: 'onsite',
      title: 'Panel day',
      startsAt: '2026-03-03T14:00:00Z',
      timeZone: 'Europe/Berlin',
      durationMinutes: 150,
      location: 'Hauptstraße 5, Berlin',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      opportunityId: opp.id,
      employerName: 'Quarry & Sons',
      roleTitle: 'Head of Data',
      kind: 'onsite',
      title: 'Panel day',
      startsAt: '2026-03-03T14:00:00.000Z',
      endsAt: '2026-03-03T16:30:00.000Z',
      timeZone: 'Europe/Berlin',
      durationMinutes: 150,
      location: 'Hauptstraße 5, Berlin',
      hasReflection: false,
      openConcerns: 0,
      createdAt: '2026-02-24T10:00:00.000Z',
    });
    expect(res.body.checklist).toEqual(defaultChecklist('onsite'));
    expect(res.body.conversations).toEqual([
      {
        id: expect.any(String),
        interviewId: res.body.id,
        startsAt: '2026-03-03T14:00:00.000Z',
        durationMinutes: 150,
        topic: '',
        personIds: [],
        position: 0,
      },
    ]);
    expect((await a.json('GET', `/api/interviews/${res.body.id}`)).body).toEqual(res.body);
    expect((await a.json<{ items: Interview[] }>('GET', `/api/opportunities/${opp.id}/interviews`)).body.items).toEqual([res.body]);
  });

  it('answers the existing interview for a known id (200) and makes no second one', async () => {
    const opp = await a.opportunity();
    const id = uuidv7();
    const body = { id, kind: 'phone', startsAt: '2026-03-04T09:00:00.000Z', timeZone: 'America/New_York', durationMinutes: 30 };
    const first = await a.json<Interview>('POST', `/api/opportunities/${opp.id}/interviews`, body);
    clock.advance(60_000);
    const again = await a.json<Interview>('POST', `/api/opportunities/${opp.id}/interviews`, { ...body, durationMinutes: 45 });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(first.body);
    expect(await rows('interviews', 'id', id)).toBe(1);
    expect(await rows('conversations', 'interview_id', id)).toBe(1);
    const raceId = uuidv7();
    const raced = await Promise.all(
      [1, 2, 3].map(() => a.json<Interview>('POST', `/api/opportunities/${opp.id}/interviews`, { ...body, id: raceId })),
    );
    expect(raced.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(raced.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(await rows('interviews', 'id', raceId)).toBe(1);
    const elsewhere = await a.json<{ error: { code: string; field: string } }>(
      'POST',
      `/api/opportunities/${(await a.opportunity()).id}/interviews`,
      body,
    );
    expect(elsewhere).toMatchObject({ status: 409, body: { error: { code: 'conflict', field: 'id' } } });
  });

  it('keeps given conversations in order of start, with their people in the order given', async () => {
    const opp = await a.opportunity();
    const [dana, priya, tom] = [
      await a.person('Dana Ruiz', opp.id),
      await a.person('Priya Shah', opp.id),
      await a.person('Tom Becker', opp.id),
    ];
    const interview = await a.interview(opp.id, {
      startsAt: '2026-03-05T09:00:00.000Z',
      durationMinutes: 120,
      conversations: [
        { startsAt: '2026-03-05T10:00:00.000Z', durationMinutes: 60, topic: 'System design', personIds: [priya!.id, tom!.id, priya!.id] },
        { startsAt: '2026-03-05T09:00:00Z', durationMinutes: 60, topic: 'Manager chat', personIds: [dana!.id] },
      ],
    });
    expect(interview.conversations.map((c) => [c.startsAt, c.topic, c.personIds, c.position])).toEqual([
      ['2026-03-05T09:00:00.000Z', 'Manager chat', [dana!.id], 0],
      ['2026-03-05T10:00:00.000Z', 'System design', [priya!.id, tom!.id], 1],
    ]);
    const none = await a.interview(opp.id, { conversations: [] });
    expect(none.conversations).toEqual([]);
  });

  it('edits an interview: moving it moves its conversations, and the one spanning it keeps spanning it', async () => {
    const opp = await a.opportunity();
    const spanning = await a.interview(opp.id, { startsAt: '2026-03-06T09:00:00.000Z', durationMinutes: 60 });
    clock.advance(60_000);
    const moved = await a.json<Interview>('PATCH', `/api/interviews/${spanning.id}`, {
      startsAt: '2026-03-06T13:30:00Z',
      durationMinutes: 90,
      title: 'Second round',
      location: 'https://meet.example/x',
      timeZone: 'Asia/Tokyo',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      startsAt: '2026-03-06T13:30:00.000Z',
      endsAt: '2026-03-06T15:00:00.000Z',
      title: 'Second round',
      timeZone: 'Asia/Tokyo',
      location: 'https://meet.example/x',
    });
    expect(moved.body.updatedAt).not.toBe(spanning.updatedAt);
    expect(moved.body.conversations.map((c) => [c.startsAt, c.durationMinutes])).toEqual([['2026-03-06T13:30:00.000Z', 90]]);

    const panel = await a.interview(opp.id, {
      startsAt: '2026-03-07T09:00:00.000Z',
      durationMinutes: 90,
      conversations: [
        { startsAt: '2026-03-07T09:00:00.000Z', durationMinutes: 45 },
        { startsAt: '2026-03-07T09:45:00.000Z', durationMinutes: 45 },
      ],
    });
    const later = (await a.json<Interview>('PATCH', `/api/interviews/${panel.id}`, { startsAt: '2026-03-08T10:00:00.000Z' })).body;
    expect(later.conversations.map((c) => [c.startsAt, c.durationMinutes])).toEqual([
      ['2026-03-08T10:00:00.000Z', 45],
      ['2026-03-08T10:45:00.000Z', 45],
    ]);
    const longer = (await a.json<Interview>('PATCH', `/api/interviews/${panel.id}`, { durationMinutes: 120 })).body;
    expect(longer.conversations.map((c) => c.durationMinutes)).toEqual([45, 45]);
  });

  it('stores the checklist state; a change of kind swaps an untouched default checklist but keeps an edited one', async () => {
    const opp = await a.opportunity();
    const phone = await a.interview(opp.id, { kind: 'phone' });
    const switched = (await a.json<Interview>('PATCH', `/api/interviews/${phone.id}`, { kind: 'video' })).body;
    expect(switched.checklist).toEqual(defaultChecklist('video'));

    const ticked = switched.checklist.map((item, i) => ({ ...item, done: i === 0 }));
    const edited = [...ticked, { id: 'own-1', label: 'Water bottle on the desk', done: false }];
    const saved = await a.json<Interview>('PATCH', `/api/interviews/${phone.id}`, { checklist: edited });
    expect(saved.body.checklist).toEqual(edited);
    const back = (await a.json<Interview>('PATCH', `/api/interviews/${phone.id}`, { kind: 'onsite' })).body;
    expect(back).toMatchObject({ kind: 'onsite', checklist: edited });
    expect((await a.json<Interview>('GET', `/api/interviews/${phone.id}`)).body.checklist).toEqual(edited);
  });

  it('lists interviews across opportunities that overlap [from, to), by start', async () => {
    const [one, two] = [await a.opportunity('Range One'), await a.opportunity('Range Two')];
    const running = await a.interview(one.id, { startsAt: '2027-05-01T08:00:00.000Z', durationMinutes: 180 });
    const inside = await a.interview(two.id, { startsAt: '2027-05-01T12:00:00.000Z', durationMinutes: 60 });
    const atEnd = await a.interview(one.id, { startsAt: '2027-05-02T00:00:00.000Z', durationMinutes: 60 });
    await a.interview(two.id, { startsAt: '2027-04-30T08:00:00.000Z', durationMinutes: 60 });
    const ids = async (query: string) =>
      (await a.json<{ items: Interview[] }>('GET', `/api/interviews${query}`)).body.items.map((i) => i.id);
    expect(await ids('?from=2027-05-01T10:00:00Z&to=2027-05-02T00:00:00Z')).toEqual([running.id, inside.id]);
    expect(await ids('?from=2027-05-01T11:00:00.000Z&to=2027-05-03T00:00:00.000Z')).toEqual([inside.id, atEnd.id]);
    const all = await ids('?from=2027-01-01T00:00:00Z');
    expect(all).toEqual(expect.arrayContaining([running.id, inside.id, atEnd.id]));
    expect((await ids('')).length).toBeGreaterThan(all.length);
  });

  it('deletes softly: the interview is hidden everywhere until restored', async () => {
    const opp = await a.opportunity();
    const interview = await a.interview(opp.id, { startsAt: '2026-03-10T09:00:00.000Z' });
    const concern = await a.concern(opp.id, { text: 'Little SQL experience', interviewId: interview.id });
    await a.json('PUT', `/api/interviews/${interview.id}/reflection`, {
      rating: 4,
      wentWell: 'Rapport',
      toImprove: '',
      signals: '',
      stumpers: [],
    });

    const deleted = await a.json<Interview>('DELETE', `/api/interviews/${interview.id}`);
    expect(deleted).toMatchObject({ status: 200, body: { id: interview.id, openConcerns: 1, hasReflection: true } });
    for (const [method, url] of [
      ['GET', `/api/interviews/${interview.id}`],
      ['PATCH', `/api/interviews/${interview.id}`],
      ['DELETE', `/api/interviews/${interview.id}`],
      ['GET', `/api/interviews/${interview.id}/concerns`],
      ['GET', `/api/interviews/${interview.id}/reflection`],
      ['PATCH', `/api/conversations/${interview.conversations[0]!.id}`],
      ['PATCH', `/api/concerns/${concern.id}`],
    ] as const) {
      expect((await a.json(method, url, method === 'PATCH' ? {} : undefined)).status, `${method} ${url}`).toBe(404);
    }
    expect(
      (await a.json('POST', `/api/interviews/${interview.id}/conversations`, { startsAt: '2026-03-10T09:00:00.000Z', durationMinutes: 30 }))
        .status,
    ).toBe(404);
    expect((await a.json<{ items: Interview[] }>('GET', `/api/opportunities/${opp.id}/interviews`)).body.items).toEqual([]);
    expect((await a.json<{ items: Interview[] }>('GET', '/api/interviews')).body.items.map((i) => i.id)).not.toContain(interview.id);
    expect((await a.json<{ items: unknown[] }>('GET', `/api/opportunities/${opp.id}/concerns`)).body.items).toEqual([]);

    const restored = await a.json<Interview>('POST', `/api/interviews/${interview.id}/restore`);
    expect(restored).toMatchObject({
      status: 200,
      body: { id: interview.id, openConcerns: 1, hasReflection: true, conversations: interview.conversations },
    });
    expect((await a.json<{ items: Interview[] }>('GET', `/api/opportunities/${opp.id}/interviews`)).body.items.map((i) => i.id)).toEqual([
      interview.id,
    ]);
    expect((await a.json<{ items: unknown[] }>('GET', `/api/opportunities/${opp.id}/concerns`)).body.items).toHaveLength(1);
    expect((await a.json('POST', `/api/interviews/${interview.id}/restore`)).status).toBe(200);
  });

  it('purges interviews deleted more than a day ago, with the concerns raised in them', async () => {
    const opp = await a.opportunity();
    const interview = await a.interview(opp.id);
    await a.concern(opp.id, { text: 'Raised in the interview', interviewId: interview.id });
    const general = await a.concern(opp.id, { text: 'About the whole application' });
    await t.db.kysely
      .insertInto('interview_notes')
      .values({
        id: uuidv7(),
        owner_id: '00000000-0000-7000-8000-000000000001',
        interview_id: interview.id,
        conversation_id: null,
        text: 'note',
        marker: 'plain',
        revision: 1,
        conflict_of: null,
        written_at: clock.now().toISOString(),
        deleted_at: null,
        created_at: clock.now().toISOString(),
        updated_at: clock.now().toISOString(),
      })
      .execute();
    await a.json('DELETE', `/api/interviews/${interview.id}`);
    clock.advance(23 * HOUR);
    await a.json('GET', `/api/opportunities/${opp.id}/interviews`);
    expect(await rows('interviews', 'id', interview.id)).toBe(1);
    clock.advance(2 * HOUR);
    await a.json('GET', '/api/interviews');
    expect(await rows('interviews', 'id', interview.id)).toBe(0);
    expect(await rows('conversations', 'interview_id', interview.id)).toBe(0);
    expect(await rows('interview_notes', 'interview_id', interview.id)).toBe(0);
    expect((await a.json<{ items: { id: string }[] }>('GET', `/api/opportunities/${opp.id}/concerns`)).body.items.map((c) => c.id)).toEqual(
      [general.id],
    );
    expect((await a.json('POST', `/api/interviews/${interview.id}/restore`)).status).toBe(404);
  });

  it('removes interviews and everything in them with their opportunity', async () => {
    const opp = await a.opportunity();
    const person = await a.person('Ines Duarte', opp.id);
    const interview = await a.interview(opp.id, {
      conversations: [{ startsAt: '2026-03-03T14:00:00.000Z', durationMinutes: 60, personIds: [person.id] }],
    });
    await a.concern(opp.id, { text: 'Notice period', interviewId: interview.id, raisedByPersonId: person.id });
    await a.json('PUT', `/api/interviews/${interview.id}/reflection`, {
      rating: 3,
      wentWell: '',
      toImprove: '',
      signals: '',
      stumpers: [],
    });
    expect((await t.request({ method: 'DELETE', url: `/api/opportunities/${opp.id}` })).statusCode).toBe(204);
    expect(await rows('interviews', 'opportunity_id', opp.id)).toBe(0);
    expect(await rows('conversations', 'interview_id', interview.id)).toBe(0);
    expect(await rows('concerns', 'opportunity_id', opp.id)).toBe(0);
    expect(await rows('reflections', 'interview_id', interview.id)).toBe(0);
    expect((await a.json('GET', `/api/interviews/${interview.id}`)).status).toBe(404);
  });

  it("answers 404 for unknown ids and for someone else's, 400 for a malformed id", async () => {
    const theirs = await insertStranger(t.db);
    const mine = await a.opportunity();
    for (const id of [theirs.interviewId, uuidv7()]) {
      for (const [method, url, payload] of [
        ['GET', `/api/interviews/${id}`, undefined],
        ['PATCH', `/api/interviews/${id}`, { title: 'x' }],
        ['DELETE', `/api/interviews/${id}`, undefined],
        ['POST', `/api/interviews/${id}/restore`, undefined],
        ['GET', `/api/interviews/${id}/concerns`, undefined],
        ['GET', `/api/interviews/${id}/reflection`, undefined],
        ['PUT', `/api/interviews/${id}/reflection`, { rating: null, wentWell: '', toImprove: '', signals: '', stumpers: [] }],
        ['POST', `/api/interviews/${id}/conversations`, { startsAt: '2026-03-03T14:00:00.000Z', durationMinutes: 30 }],
      ] as const) {
        const res = await a.json<{ error: { code: string } }>(method, url, payload);
        expect([res.status, res.body.error.code], `${method} ${url}`).toEqual([404, 'not-found']);
      }
    }
    for (const id of [theirs.opportunityId, uuidv7()]) {
      expect((await a.json('GET', `/api/opportunities/${id}/interviews`)).status).toBe(404);
      expect(
        (
          await a.json('POST', `/api/opportunities/${id}/interviews`, {
            kind: 'phone',
            startsAt: '2026-03-03T14:00:00.000Z',
            timeZone: 'UTC',
            durationMinutes: 30,
          })
        ).status,
      ).toBe(404);
    }
    const taken = await a.json<{ error: { field: string } }>('POST', `/api/opportunities/${mine.id}/interviews`, {
      id: theirs.interviewId,
      kind: 'phone',
      startsAt: '2026-03-03T14:00:00.000Z',
      timeZone: 'UTC',
      durationMinutes: 30,
    });
    expect([taken.status, taken.body.error.field]).toEqual([409, 'id']);
    expect((await a.json<{ items: Interview[] }>('GET', '/api/interviews')).body.items.map((i) => i.id)).not.toContain(theirs.interviewId);
    const malformed = await a.json<{ error: { field: string } }>('GET', '/api/interviews/not-a-uuid');
    expect([malformed.status, malformed.body.error.field]).toEqual([400, 'id']);
  });

  it('documents every route in the OpenAPI document under the Interviews tag', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags?: string[]; summary?: string; responses: Record<string, unknown> }>>;
    }>();
    const expected: [string, string][] = [
      ['/api/opportunities/{id}/interviews', 'get'],
      ['/api/opportunities/{id}/interviews', 'post'],
      ['/api/interviews', 'get'],
      ['/api/interviews/parse-invitation', 'post'],
      ['/api/interviews/{id}', 'get'],
      ['/api/interviews/{id}', 'patch'],
      ['/api/interviews/{id}', 'delete'],
      ['/api/interviews/{id}/restore', 'post'],
      ['/api/interviews/{id}/conversations', 'post'],
      ['/api/conversations/{id}', 'patch'],
      ['/api/conversations/{id}', 'delete'],
      ['/api/opportunities/{id}/concerns', 'get'],
      ['/api/opportunities/{id}/concerns', 'post'],
      ['/api/interviews/{id}/concerns', 'get'],
      ['/api/concerns/{id}', 'patch'],
      ['/api/concerns/{id}', 'delete'],
      ['/api/interviews/{id}/reflection', 'get'],
      ['/api/interviews/{id}/reflection', 'put'],
    ];
    for (const [path, method] of expected) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op!.tags).toEqual(['Interviews']);
      expect(op!.summary).toBeTruthy();
      expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining(['400', '404']));
    }
  });
});
