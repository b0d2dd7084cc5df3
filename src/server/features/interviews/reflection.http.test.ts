import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interview, Reflection } from '../../../contracts/interviews.js';
import { PROMPTS } from '../../../core/library/prompts/index.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { api } from '../../../../test/factories.js';
import { movableClock } from '../../../../test/support/clock.js';

type ErrorReply = { error: { code: string; field?: string } };

describe.each(DIALECTS)('reflections over HTTP on %s', (dialect) => {
  let t: TestApp;
  let a: ReturnType<typeof api>;
  let interview: Interview;
  const clock = movableClock('2026-03-03T18:00:00.000Z');
  const prompt = PROMPTS[3]!.id;
  const valid = {
    rating: 4,
    wentWell: 'Clear story about the migration.',
    toImprove: 'Shorter intro.',
    signals: 'They asked about start dates.',
    stumpers: [
      { text: 'Tell me about a time you failed', promptId: prompt },
      { text: 'How would you shard this?', promptId: null },
    ],
  };
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: clock.now });
    a = api(t);
    interview = await a.interview((await a.opportunity()).id);
  });
  afterAll(() => t.close());

  it('answers 404 until the reflection is written, then what was written', async () => {
    const none = await a.json<ErrorReply>('GET', `/api/interviews/${interview.id}/reflection`);
    expect([none.status, none.body.error.code]).toEqual([404, 'not-found']);
    const put = await a.json<Reflection>('PUT', `/api/interviews/${interview.id}/reflection`, valid);
    expect(put).toEqual({ status: 200, body: { ...valid, interviewId: interview.id, updatedAt: '2026-03-03T18:00:00.000Z' } });
    expect(await a.json('GET', `/api/interviews/${interview.id}/reflection`)).toEqual(put);
    expect((await a.json<Interview>('GET', `/api/interviews/${interview.id}`)).body.hasReflection).toBe(true);
  });

  it('replaces the whole reflection on a second write, keeping one row', async () => {
    clock.advance(3_600_000);
    const second = { rating: null, wentWell: '', toImprove: 'Ask about the team earlier.', signals: '', stumpers: [] };
    const put = await a.json<Reflection>('PUT', `/api/interviews/${interview.id}/reflection`, second);
    expect(put.body).toEqual({ ...second, interviewId: interview.id, updatedAt: '2026-03-03T19:00:00.000Z' });
    const count = await t.db.kysely
      .selectFrom('reflections')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('interview_id', '=', interview.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it.each([
    [{ ...valid, stumpers: [valid.stumpers[0], { text: 'Odd one', promptId: 'no-such-prompt' }] }, 'stumpers.1.promptId'],
    [{ ...valid, stumpers: [{ text: '', promptId: null }] }, 'stumpers.0.text'],
    [{ ...valid, stumpers: [{ text: 'x', promptId: null, extra: 1 }] }, 'stumpers.0.extra'],
    [{ ...valid, stumpers: Array.from({ length: 31 }, () => ({ text: 'x', promptId: null })) }, 'stumpers'],
    [{ ...valid, rating: 0 }, 'rating'],
    [{ ...valid, rating: 6 }, 'rating'],
    [{ ...valid, rating: 3.5 }, 'rating'],
    [{ ...valid, rating: '4' }, 'rating'],
    [{ ...valid, wentWell: 'x'.repeat(10_001) }, 'wentWell'],
    [(({ toImprove: _, ...rest }) => rest)(valid), 'toImprove'],
    [{ ...valid, mood: 'great' }, 'mood'],
  ])('refuses %j naming %s and keeps the stored reflection', async (body, field) => {
    const before = await a.json('GET', `/api/interviews/${interview.id}/reflection`);
    const res = await a.json<ErrorReply>('PUT', `/api/interviews/${interview.id}/reflection`, body);
    expect([res.status, res.body.error.code, res.body.error.field]).toEqual([400, 'validation', field]);
    expect(await a.json('GET', `/api/interviews/${interview.id}/reflection`)).toEqual(before);
  });
});
