import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note, PutNote, PutNoteResult } from '../../../contracts/notes.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { insertInterviewDay, type InterviewFixture } from '../../../../test/factories.js';

describe.each(DIALECTS)('notes over HTTP on %s', (dialect) => {
  let t: TestApp;
  let day: InterviewFixture;
  let other: InterviewFixture;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    day = await insertInterviewDay(t.db);
    other = await insertInterviewDay(t.db);
  });
  afterAll(() => t.close());

  const body = (overrides: Partial<PutNote> = {}): PutNote => ({
    interviewId: day.interviewId,
    conversationId: day.conversationIds[0]!,
    text: 'They run on PostgreSQL 16',
    baseRevision: 0,
    writtenAt: '2026-03-02T09:05:00.000Z',
    ...overrides,
  });
  const put = (id: string, payload: PutNote) => t.request({ method: 'PUT', url: `/api/notes/${id}`, payload });
  const list = async (interviewId = day.interviewId) => {
    const res = await t.request({ method: 'GET', url: `/api/interviews/${interviewId}/notes` });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: Note[] }>().items;
  };
  const rowCount = async () =>
    Number(
      (
        await t.db.kysely
          .selectFrom('interview_notes')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('creates a note with the device id (201, revision 1), and the same write again answers the same without a change', async () => {
    const id = uuidv7();
    const first = await put(id, body());
    expect(first.statusCode).toBe(201);
    const created = first.json<PutNoteResult>();
    expect(created.conflict).toBeNull();
    expect(created.note).toMatchObject({
      id,
      interviewId: day.interviewId,
      conversationId: day.conversationIds[0],
      text: 'They run on PostgreSQL 16',
      marker: 'plain',
      revision: 1,
      conflictOf: null,
      writtenAt: '2026-03-02T09:05:00.000Z',
      deleted: false,
    });
    const before = await rowCount();
    const again = await put(id, body());
    expect(again.statusCode).toBe(200);
    expect(again.json<PutNoteResult>()).toEqual(created);
    expect(await rowCount()).toBe(before);
  });

  it('raises the revision on an up-to-date edit; a retried edit changes nothing more', async () => {
    const id = uuidv7();
    await put(id, body({ text: 'Team of six' }));
    const edit = await put(id, body({ text: 'Team of six, two seniors', baseRevision: 1 }));
    expect(edit.statusCode).toBe(200);
    expect(edit.json<PutNoteResult>().note).toMatchObject({ text: 'Team of six, two seniors', revision: 2 });
    const retry = await put(id, body({ text: 'Team of six, two seniors', baseRevision: 1 }));
    expect(retry.json<PutNoteResult>()).toEqual(edit.json());
    const next = await put(id, body({ text: 'Team of six, two seniors, one lead', baseRevision: 2 }));
    expect(next.json<PutNoteResult>().note.revision).toBe(3);
    expect((await list()).find((n) => n.id === id)).toMatchObject({ text: 'Team of six, two seniors, one lead', revision: 3 });
  });

  it('keeps both versions when a stale device writes other text, and a retried stale write makes no second copy', async () => {
    const id = uuidv7();
    await put(id, body({ text: 'Salary band is' }));
    // Device B saw revision 1 and finished the sentence first.
    await put(id, body({ text: 'Salary band is 60–70k', baseRevision: 1 }));
    // Device A also saw revision 1 and wrote something else.
    const stale = await put(id, body({ text: 'Salary band is negotiable', baseRevision: 1, writtenAt: '2026-03-02T09:06:00.000Z' }));
    expect(stale.statusCode).toBe(200);
    const answer = stale.json<PutNoteResult>();
    expect(answer.note).toMatchObject({ id, text: 'Salary band is 60–70k', revision: 2, conflictOf: null });
    expect(answer.conflict).toMatchObject({
      text: 'Salary band is negotiable',
      revision: 1,
      conflictOf: id,
      deleted: false,
      conversationId: day.conversationIds[0],
    });
    expect(answer.conflict!.id).not.toBe(id);
    const count = await rowCount();
    const retry = await put(id, body({ text: 'Salary band is negotiable', baseRevision: 1, writtenAt: '2026-03-02T09:06:00.000Z' }));
    expect(retry.json<PutNoteResult>()).toEqual(answer);
    expect(await rowCount()).toBe(count);
    const texts = (await list()).filter((n) => n.id === id || n.conflictOf === id).map((n) => n.text);
    expect(texts.sort()).toEqual(['Salary band is 60–70k', 'Salary band is negotiable']);
  });

  it('a stale delete keeps the newer server text; a stale change of only the deleted flag applies', async () => {
    const id = uuidv7();
    await put(id, body({ text: 'Office in Porto' }));
    await put(id, body({ text: 'Office in Porto and Braga', baseRevision: 1 }));
    const staleDelete = await put(id, body({ text: 'Office in Porto', baseRevision: 1, deleted: true }));
    expect(staleDelete.json<PutNoteResult>()).toMatchObject({
      note: { text: 'Office in Porto and Braga', revision: 2, deleted: false },
      conflict: null,
    });
    const sameTextDelete = await put(id, body({ text: 'Office in Porto and Braga', baseRevision: 1, deleted: true }));
    expect(sameTextDelete.json<PutNoteResult>()).toMatchObject({ note: { revision: 3, deleted: true }, conflict: null });
    expect((await list()).some((n) => n.id === id)).toBe(false);
  });

  it('deletes a note (left out of the list); the retried delete answers the same; a later edit brings it back', async () => {
    const id = uuidv7();
    await put(id, body({ text: 'Scratch this' }));
    const del = await put(id, body({ text: 'Scratch this', baseRevision: 1, deleted: true }));
    expect(del.json<PutNoteResult>().note).toMatchObject({ deleted: true, revision: 2 });
    expect((await list()).some((n) => n.id === id)).toBe(false);
    expect((await put(id, body({ text: 'Scratch this', baseRevision: 1, deleted: true }))).json()).toEqual(del.json());
    const undo = await put(id, body({ text: 'Scratch this', baseRevision: 2, deleted: false }));
    expect(undo.json<PutNoteResult>().note).toMatchObject({ deleted: false, revision: 3 });
    expect((await list()).some((n) => n.id === id)).toBe(true);
  });

  it("derives the marker from the first non-blank line's leading sign", async () => {
    const cases: [string, Note['marker']][] = [
      ['? How do you measure success', 'question'],
      ['! Worried about the gap in my CV', 'concern'],
      ['* Platform rewrite next quarter', 'key'],
      ['> Send the portfolio link', 'promise'],
      ['Plain line\n? later question', 'plain'],
      ['\n\n  ? after blank lines', 'question'],
      ['?', 'plain'],
    ];
    for (const [text, marker] of cases) {
      const res = await put(uuidv7(), body({ text, conversationId: null }));
      expect(res.json<PutNoteResult>().note.marker, text).toBe(marker);
    }
    const id = uuidv7();
    await put(id, body({ text: 'plain first', conversationId: null }));
    const changed = await put(id, body({ text: '* now key', conversationId: null, baseRevision: 1 }));
    expect(changed.json<PutNoteResult>().note.marker).toBe('key');
  });

  it('lists only this interview’s live notes, oldest first by the time they were written', async () => {
    const later = uuidv7();
    const earlier = uuidv7();
    await put(
      later,
      body({
        interviewId: other.interviewId,
        conversationId: other.conversationIds[1]!,
        text: 'Second',
        writtenAt: '2026-03-02T10:00:00.000Z',
      }),
    );
    await put(
      earlier,
      body({ interviewId: other.interviewId, conversationId: null, text: 'First', writtenAt: '2026-03-02T09:00:00.000Z' }),
    );
    const items = await list(other.interviewId);
    expect(items.map((n) => n.text)).toEqual(['First', 'Second']);
    expect(items.map((n) => n.conversationId)).toEqual([null, other.conversationIds[1]]);
    expect((await list()).some((n) => n.interviewId !== day.interviewId)).toBe(false);
  });

  it('moves a note to another conversation of the same interview', async () => {
    const id = uuidv7();
    await put(id, body({ text: 'Belongs to the second talk' }));
    const moved = await put(id, body({ text: 'Belongs to the second talk', baseRevision: 1, conversationId: day.conversationIds[1]! }));
    expect(moved.json<PutNoteResult>().note).toMatchObject({ conversationId: day.conversationIds[1], revision: 2 });
  });

  it('answers writes of the same new id at once with one note, and concurrent stale edits keep every text', async () => {
    const id = uuidv7();
    const same = await Promise.all(Array.from({ length: 8 }, () => put(id, body({ text: 'Raced' }))));
    expect(same.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const edits = await Promise.all(['alpha', 'beta', 'gamma', 'delta'].map((w) => put(id, body({ text: `Raced ${w}`, baseRevision: 1 }))));
    expect(edits.every((r) => r.statusCode === 200)).toBe(true);
    const kept = (await list()).filter((n) => n.id === id || n.conflictOf === id).map((n) => n.text);
    expect(kept.sort()).toEqual(['Raced alpha', 'Raced beta', 'Raced delta', 'Raced gamma']);
  });

  it('is listed in the OpenAPI document under Notes', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags: string[] }>>;
    }>();
    expect(doc.paths['/api/notes/{id}']?.put?.tags).toEqual(['Notes']);
    expect(doc.paths['/api/interviews/{id}/notes']?.get?.tags).toEqual(['Notes']);
  });
});
