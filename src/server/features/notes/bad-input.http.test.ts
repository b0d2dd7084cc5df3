import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note, PutNote } from '../../../contracts/notes.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { insertInterviewDay, insertUser, type InterviewFixture } from '../../../../test/factories.js';

describe.each(DIALECTS)('notes refuse bad input and other people’s interviews on %s', (dialect) => {
  let t: TestApp;
  let day: InterviewFixture;
  let second: InterviewFixture;
  let foreign: InterviewFixture;
  let existingId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    day = await insertInterviewDay(t.db);
    second = await insertInterviewDay(t.db);
    foreign = await insertInterviewDay(t.db, await insertUser(t.db));
    existingId = uuidv7();
    const res = await t.request({ method: 'PUT', url: `/api/notes/${existingId}`, payload: body() });
    expect(res.statusCode).toBe(201);
  });
  afterAll(() => t.close());

  function body(overrides: Record<string, unknown> = {}): PutNote {
    return {
      interviewId: day.interviewId,
      conversationId: day.conversationIds[0]!,
      text: '! Original text',
      baseRevision: 0,
      writtenAt: '2026-03-02T09:05:00.000Z',
      ...overrides,
    } as PutNote;
  }
  const snapshot = async () => ({
    notes: await t.db.kysely.selectFrom('interview_notes').selectAll().orderBy('id').execute(),
    concerns: await t.db.kysely.selectFrom('concerns').selectAll().orderBy('id').execute(),
  });

  const cases: { name: string; id?: string; payload: () => unknown; status: number; field: string }[] = [
    { name: 'a bad note id', id: 'not-a-uuid', payload: () => body(), status: 400, field: 'id' },
    { name: 'a missing interviewId', payload: () => (({ interviewId: _, ...rest }) => rest)(body()), status: 400, field: 'interviewId' },
    {
      name: 'a missing conversationId',
      payload: () => (({ conversationId: _, ...rest }) => rest)(body()),
      status: 400,
      field: 'conversationId',
    },
    { name: 'a missing text', payload: () => (({ text: _, ...rest }) => rest)(body()), status: 400, field: 'text' },
    { name: 'an unknown field', payload: () => body({ colour: 'red' }), status: 400, field: 'colour' },
    { name: 'text of the wrong type', payload: () => body({ text: 42 }), status: 400, field: 'text' },
    { name: 'over-long text', payload: () => body({ text: 'x'.repeat(20_001) }), status: 400, field: 'text' },
    { name: 'a negative baseRevision', payload: () => body({ baseRevision: -1 }), status: 400, field: 'baseRevision' },
    { name: 'a fractional baseRevision', payload: () => body({ baseRevision: 1.5 }), status: 400, field: 'baseRevision' },
    { name: 'a writtenAt without a zone', payload: () => body({ writtenAt: '2026-03-02 09:05' }), status: 400, field: 'writtenAt' },
    { name: 'deleted as a string', payload: () => body({ deleted: 'yes' }), status: 400, field: 'deleted' },
    { name: 'a bad interviewId', payload: () => body({ interviewId: 'nope' }), status: 400, field: 'interviewId' },
    { name: 'an unknown interview', payload: () => body({ interviewId: uuidv7() }), status: 404, field: 'interviewId' },
    {
      name: 'someone else’s interview',
      payload: () => body({ interviewId: foreign.interviewId, conversationId: null }),
      status: 404,
      field: 'interviewId',
    },
    { name: 'an unknown conversation', payload: () => body({ conversationId: uuidv7() }), status: 404, field: 'conversationId' },
    {
      name: 'someone else’s conversation',
      payload: () => body({ conversationId: foreign.conversationIds[0] }),
      status: 404,
      field: 'conversationId',
    },
    {
      name: 'a conversation of another interview',
      payload: () => body({ conversationId: second.conversationIds[0] }),
      status: 400,
      field: 'conversationId',
    },
  ];

  for (const c of cases) {
    it(`answers ${c.status} naming ${c.field} for ${c.name}, and changes nothing`, async () => {
      const before = await snapshot();
      const res = await t.request({ method: 'PUT', url: `/api/notes/${c.id ?? existingId}`, payload: c.payload() as object });
      expect(res.statusCode, res.body).toBe(c.status);
      expect(res.json<{ error: { field?: string } }>().error.field).toBe(c.field);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('refuses to move a note to another interview (400 interviewId), and a new note on it is not made either', async () => {
    const before = await snapshot();
    const res = await t.request({
      method: 'PUT',
      url: `/api/notes/${existingId}`,
      payload: body({ interviewId: second.interviewId, conversationId: null, baseRevision: 1, text: 'Moved?' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field?: string } }>().error.field).toBe('interviewId');
    expect(await snapshot()).toEqual(before);
  });

  it('answers 404 for someone else’s note id, without revealing or changing it', async () => {
    const theirs = uuidv7();
    await t.db.kysely
      .insertInto('interview_notes')
      .values({
        id: theirs,
        owner_id: foreign.ownerId,
        interview_id: foreign.interviewId,
        conversation_id: null,
        text: 'Private',
        marker: 'plain',
        revision: 1,
        conflict_of: null,
        written_at: '2026-03-02T09:00:00.000Z',
        deleted_at: null,
        created_at: '2026-03-02T09:00:00.000Z',
        updated_at: '2026-03-02T09:00:00.000Z',
      })
      .execute();
    const before = await snapshot();
    const res = await t.request({ method: 'PUT', url: `/api/notes/${theirs}`, payload: body({ text: 'Overwrite', baseRevision: 1 }) });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Private');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses malformed JSON (400) and a non-JSON body (415), changing nothing', async () => {
    const before = await snapshot();
    const bad = await t.request({
      method: 'PUT',
      url: `/api/notes/${existingId}`,
      headers: { 'content-type': 'application/json' },
      payload: '{"text":',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('invalid-json');
    const text = await t.request({
      method: 'PUT',
      url: `/api/notes/${existingId}`,
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    // Every write must be JSON (issue #14): text/plain is what another site can send without asking.
    expect(text.statusCode).toBe(415);
    expect(text.json<{ error: { code: string } }>().error.code).toBe('unsupported-media-type');
    expect(await snapshot()).toEqual(before);
  });

  it('lists notes only of the owner’s live interviews: bad id 400, unknown or foreign 404', async () => {
    expect((await t.request({ method: 'GET', url: '/api/interviews/nope/notes' })).json<{ error: { field?: string } }>().error.field).toBe(
      'id',
    );
    expect((await t.request({ method: 'GET', url: `/api/interviews/${uuidv7()}/notes` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/interviews/${foreign.interviewId}/notes` })).statusCode).toBe(404);
  });

  it('treats a soft-deleted interview as gone: 404 for reading and writing its notes', async () => {
    const gone = await insertInterviewDay(t.db);
    const id = uuidv7();
    const ok = await t.request({
      method: 'PUT',
      url: `/api/notes/${id}`,
      payload: body({ interviewId: gone.interviewId, conversationId: gone.conversationIds[0] }),
    });
    expect(ok.statusCode).toBe(201);
    await t.db.kysely
      .updateTable('interviews')
      .set({ deleted_at: '2026-03-02T12:00:00.000Z' })
      .where('id', '=', gone.interviewId)
      .execute();
    const before = await snapshot();
    const write = await t.request({
      method: 'PUT',
      url: `/api/notes/${id}`,
      payload: body({ interviewId: gone.interviewId, conversationId: gone.conversationIds[0], text: 'Late edit', baseRevision: 1 }),
    });
    expect(write.statusCode).toBe(404);
    expect(write.json<{ error: { field?: string } }>().error.field).toBe('interviewId');
    expect((await t.request({ method: 'GET', url: `/api/interviews/${gone.interviewId}/notes` })).statusCode).toBe(404);
    expect(await snapshot()).toEqual(before);
    await t.db.kysely.updateTable('interviews').set({ deleted_at: null }).where('id', '=', gone.interviewId).execute();
    const items = (await t.request({ method: 'GET', url: `/api/interviews/${gone.interviewId}/notes` })).json<{ items: Note[] }>().items;
    expect(items.map((n) => n.text)).toEqual(['! Original text']);
  });
});
