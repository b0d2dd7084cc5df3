import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PutNote, PutNoteResult } from '../../../contracts/notes.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { insertInterviewDay, type InterviewFixture } from '../../../../test/factories.js';

describe.each(DIALECTS)('concerns kept in step with `!` notes on %s', (dialect) => {
  let t: TestApp;
  let day: InterviewFixture;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    day = await insertInterviewDay(t.db);
  });
  afterAll(() => t.close());

  const body = (overrides: Partial<PutNote> = {}): PutNote => ({
    interviewId: day.interviewId,
    conversationId: day.conversationIds[0]!,
    text: '! No team-lead experience yet',
    baseRevision: 0,
    writtenAt: '2026-03-02T09:10:00.000Z',
    ...overrides,
  });
  const put = async (id: string, payload: PutNote) => {
    const res = await t.request({ method: 'PUT', url: `/api/notes/${id}`, payload });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json<PutNoteResult>();
  };
  const concernOf = (noteId: string) => t.db.kysely.selectFrom('concerns').selectAll().where('note_id', '=', noteId).executeTakeFirst();

  it('a `!` note raises a concern of the opportunity, by the conversation’s first interviewer, without the `!`', async () => {
    const id = uuidv7();
    await put(id, body());
    expect(await concernOf(id)).toMatchObject({
      owner_id: day.ownerId,
      opportunity_id: day.opportunityId,
      interview_id: day.interviewId,
      conversation_id: day.conversationIds[0],
      raised_by_person_id: day.personIds[0],
      text: 'No team-lead experience yet',
      status: 'open',
      how_addressed: '',
    });
  });

  it('a concern in a conversation without interviewers, or outside any, has no one raising it', async () => {
    const inSecond = uuidv7();
    const general = uuidv7();
    await put(inSecond, body({ conversationId: day.conversationIds[1]! }));
    await put(general, body({ conversationId: null }));
    expect(await concernOf(inSecond)).toMatchObject({ raised_by_person_id: null, conversation_id: day.conversationIds[1] });
    expect(await concernOf(general)).toMatchObject({ raised_by_person_id: null, conversation_id: null });
  });

  it('editing the note updates the open concern; the same write again leaves one concern', async () => {
    const id = uuidv7();
    await put(id, body());
    await put(id, body({ text: '! No team-lead experience, only mentoring', baseRevision: 1 }));
    await put(id, body({ text: '! No team-lead experience, only mentoring', baseRevision: 1 }));
    const rows = await t.db.kysely.selectFrom('concerns').select(['text']).where('note_id', '=', id).execute();
    expect(rows).toEqual([{ text: 'No team-lead experience, only mentoring' }]);
  });

  it('removing the marker or deleting the note removes an untouched concern', async () => {
    const unmarked = uuidv7();
    await put(unmarked, body());
    await put(unmarked, body({ text: 'No team-lead experience yet (not a concern after all)', baseRevision: 1 }));
    expect(await concernOf(unmarked)).toBeUndefined();

    const deleted = uuidv7();
    await put(deleted, body());
    await put(deleted, body({ baseRevision: 1, deleted: true }));
    expect(await concernOf(deleted)).toBeUndefined();
    // Bringing the note back raises the concern again.
    await put(deleted, body({ baseRevision: 2, deleted: false }));
    expect(await concernOf(deleted)).toMatchObject({ text: 'No team-lead experience yet', status: 'open' });
  });

  it('a concern the user has worked on survives the note changing, and keeps its text', async () => {
    const noted = uuidv7();
    await put(noted, body());
    await t.db.kysely
      .updateTable('concerns')
      .set({ how_addressed: 'Mention the mentoring programme I ran' })
      .where('note_id', '=', noted)
      .execute();
    await put(noted, body({ text: 'Just a plain line now', baseRevision: 1 }));
    expect(await concernOf(noted)).toMatchObject({
      text: 'No team-lead experience yet',
      how_addressed: 'Mention the mentoring programme I ran',
    });

    const addressed = uuidv7();
    await put(addressed, body());
    await t.db.kysely.updateTable('concerns').set({ status: 'addressed' }).where('note_id', '=', addressed).execute();
    await put(addressed, body({ text: '! Edited after it was addressed', baseRevision: 1 }));
    expect(await concernOf(addressed)).toMatchObject({ text: 'No team-lead experience yet', status: 'addressed' });
    await put(addressed, body({ text: '! Edited after it was addressed', baseRevision: 2, deleted: true }));
    expect(await concernOf(addressed)).toMatchObject({ status: 'addressed' });
  });

  it('a stale `!` edit kept as its own note raises its own concern', async () => {
    const id = uuidv7();
    await put(id, body({ text: 'Commute' }));
    await put(id, body({ text: 'Commute is 40 minutes', baseRevision: 1 }));
    const answer = await put(id, body({ text: '! Commute is long for them', baseRevision: 1 }));
    expect(answer.conflict).toMatchObject({ marker: 'concern', conflictOf: id });
    expect(await concernOf(id)).toBeUndefined();
    expect(await concernOf(answer.conflict!.id)).toMatchObject({ text: 'Commute is long for them', opportunity_id: day.opportunityId });
  });
});
