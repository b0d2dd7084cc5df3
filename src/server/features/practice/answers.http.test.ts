import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { Analysis, Answer, AnswerDetail, Prompt } from '../../../contracts/practice.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

const BLAME = 'I left because my manager was useless and the pay was a joke.';
const FORWARD =
  'After four years I wanted a larger scope. I had led the billing migration and I am looking for a role where I can own a product area end to end, which is what this position offers.';

describe.each(DIALECTS)('answers and the coach over HTTP on %s', (dialect) => {
  let t: TestApp;
  let opp: Opportunity;
  let clock = new Date('2026-11-25T09:00:00Z');
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => clock });
    opp = (await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput() })).json<Opportunity>();
  });
  afterAll(() => t.close());

  const tick = () => (clock = new Date(clock.getTime() + 60_000));
  const post = (url: string, payload: object) => t.request({ method: 'POST', url, payload });
  const list = async (query = '') => (await t.request({ method: 'GET', url: `/api/answers${query}` })).json<{ items: Answer[] }>().items;

  it('serves the prompt library with intent, target length and pitfalls, and one prompt by id', async () => {
    const items = (await t.request({ method: 'GET', url: '/api/prompts' })).json<{ items: Prompt[] }>().items;
    expect(items.length).toBeGreaterThanOrEqual(50);
    const one = await t.request({ method: 'GET', url: '/api/prompts/why-did-you-leave' });
    expect(one.statusCode).toBe(200);
    expect(one.json<Prompt>()).toMatchObject({ id: 'why-did-you-leave', category: 'why-left', targetSeconds: { min: 15, max: 45 } });
    expect(one.json<Prompt>().pitfalls.length).toBeGreaterThan(0);
    expect(one.json<Record<string, unknown>>()).not.toHaveProperty('keywords');
  });

  it('creates an answer with its first version scored by the coach', async () => {
    const res = await post('/api/answers', { promptId: 'why-did-you-leave', text: BLAME });
    expect(res.statusCode).toBe(201);
    const answer = res.json<AnswerDetail>();
    expect(answer).toMatchObject({ promptId: 'why-did-you-leave', opportunityId: null, text: BLAME, versionCount: 1 });
    expect(answer.versions).toHaveLength(1);
    expect(answer.versions[0]!.findingCounts['employer-negativity']).toBe(2);
    expect(answer.score).toBeLessThan(70);
  });

  it('keeps every version, newest first, and the latest is the current text', async () => {
    const answer = (
      await post('/api/answers', { promptId: 'why-leaving-current', opportunityId: opp.id, text: BLAME })
    ).json<AnswerDetail>();
    tick();
    const second = await post(`/api/answers/${answer.id}/versions`, { text: FORWARD, note: 'forward-looking' });
    expect(second.statusCode).toBe(201);
    tick();
    await post(`/api/answers/${answer.id}/versions`, { text: `${FORWARD} I start whenever suits you.` });
    const detail = (await t.request({ method: 'GET', url: `/api/answers/${answer.id}` })).json<AnswerDetail>();
    expect(detail.versions.map((v) => v.number)).toEqual([3, 2, 1]);
    expect(detail.versions[2]!.text).toBe(BLAME);
    expect(detail.versions[1]!.note).toBe('forward-looking');
    expect(detail.text).toBe(detail.versions[0]!.text);
    expect(detail.versionCount).toBe(3);
    expect(detail.score).toBeGreaterThan(detail.versions[2]!.score);
    expect(detail.updatedAt > detail.createdAt).toBe(true);
  });

  it('numbers versions saved at the same moment one after another, never failing', async () => {
    const answer = (await post('/api/answers', { promptId: 'tell-me-about-yourself', text: FORWARD })).json<AnswerDetail>();
    const saves = await Promise.all(
      Array.from({ length: 5 }, (_, i) => post(`/api/answers/${answer.id}/versions`, { text: `${FORWARD} Take ${i}.` })),
    );
    expect(saves.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    const detail = (await t.request({ method: 'GET', url: `/api/answers/${answer.id}` })).json<AnswerDetail>();
    expect(detail.versions.map((v) => v.number)).toEqual([6, 5, 4, 3, 2, 1]);
    await t.request({ method: 'DELETE', url: `/api/answers/${answer.id}` });
  });

  it('is idempotent on client ids for answers and versions', async () => {
    const id = uuidv7();
    const body = { id, promptId: 'greatest-strength', text: 'I explain technical trade-offs plainly.' };
    expect((await post('/api/answers', body)).statusCode).toBe(201);
    expect((await post('/api/answers', body)).statusCode).toBe(200);
    const versionId = uuidv7();
    expect((await post(`/api/answers/${id}/versions`, { id: versionId, text: 'v2' })).statusCode).toBe(201);
    const again = await post(`/api/answers/${id}/versions`, { id: versionId, text: 'v2' });
    expect(again.statusCode).toBe(200);
    expect(again.json<AnswerDetail>().versions).toHaveLength(2);
  });

  it('filters answers by prompt and by opportunity', async () => {
    expect((await list('?promptId=why-did-you-leave')).map((a) => a.promptId)).toEqual(['why-did-you-leave']);
    const tailored = await list(`?opportunityId=${opp.id}`);
    expect(tailored.map((a) => a.promptId)).toEqual(['why-leaving-current']);
    expect(tailored[0]!.versionCount).toBe(3);
    expect((await list()).length).toBe(3);
  });

  it('deletes an answer with its versions', async () => {
    const answer = (await post('/api/answers', { promptId: 'five-years', text: 'Leading a small platform team.' })).json<AnswerDetail>();
    expect((await t.request({ method: 'DELETE', url: `/api/answers/${answer.id}` })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/answers/${answer.id}` })).statusCode).toBe(404);
    const left = await t.db.kysely.selectFrom('answer_versions').select('id').where('answer_id', '=', answer.id).execute();
    expect(left).toEqual([]);
  });

  it.each([
    [{ promptId: 'no-such-prompt', text: 'x' }, 'promptId', 400],
    [{ promptId: 'Bad Id!', text: 'x' }, 'promptId', 400],
    [{ promptId: 'five-years', text: 42 }, 'text', 400],
    [{ promptId: 'five-years', text: 'x'.repeat(20_001) }, 'text', 400],
    [{ promptId: 'five-years', text: 'x', opportunityId: 'nope' }, 'opportunityId', 400],
    [{ promptId: 'five-years', text: 'x', opportunityId: uuidv7() }, 'opportunityId', 404],
    [{ promptId: 'five-years', text: 'x', extra: true }, 'extra', 400],
  ])('refuses a bad answer %o naming %s and changes nothing', async (payload, field, status) => {
    const before = await list();
    const res = await post('/api/answers', payload);
    expect(res.statusCode).toBe(status);
    expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    expect(await list()).toEqual(before);
  });

  it('refuses a bad version naming the field and keeps the history', async () => {
    const [answer] = await list('?promptId=why-did-you-leave');
    const res = await post(`/api/answers/${answer!.id}/versions`, { text: null });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe('text');
    expect((await t.request({ method: 'GET', url: `/api/answers/${answer!.id}` })).json<AnswerDetail>().versionCount).toBe(1);
  });

  it('answers 404 for unknown prompts, answers and opportunities', async () => {
    const unknown = uuidv7();
    expect((await t.request({ method: 'GET', url: '/api/prompts/no-such-prompt' })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/answers/${unknown}` })).statusCode).toBe(404);
    expect((await post(`/api/answers/${unknown}/versions`, { text: 'x' })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/api/answers/${unknown}` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/answers?opportunityId=${unknown}` })).statusCode).toBe(404);
  });

  it('analyses an answer against a library prompt id, free text or no prompt, storing nothing', async () => {
    const versions = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('answer_versions')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await versions();
    const byId = (await post('/api/coach/analyze', { prompt: 'why-did-you-leave', answer: BLAME })).json<Analysis>();
    const negativity = byId.findings.filter((f) => f.code === 'employer-negativity');
    expect(negativity.map((f) => BLAME.slice(f.start, f.end))).toContain('manager was useless');
    expect(byId.metrics.words).toBe(13);
    const byText = (await post('/api/coach/analyze', { prompt: 'Why did you leave your last job?', answer: BLAME })).json<Analysis>();
    expect(byText.findings.some((f) => f.code === 'employer-negativity')).toBe(true);
    const bare = await post('/api/coach/analyze', { answer: 'Um, I basically, um, like, shipped it.', options: { wordsPerMinute: 200 } });
    expect(bare.statusCode).toBe(200);
    expect(bare.json<Analysis>().metrics.fillerCount).toBeGreaterThan(0);
    const slow = (await post('/api/coach/analyze', { answer: FORWARD, options: { wordsPerMinute: 60 } })).json<Analysis>();
    const fast = (await post('/api/coach/analyze', { answer: FORWARD, options: { wordsPerMinute: 280 } })).json<Analysis>();
    expect(slow.metrics.speakingSeconds).toBeGreaterThan(fast.metrics.speakingSeconds);
    expect(await versions()).toBe(before);
  });

  it.each([
    ['answer', {}],
    ['options.wordsPerMinute', { answer: 'x', options: { wordsPerMinute: 5 } }],
    ['options.targetSeconds.max', { answer: 'x', options: { targetSeconds: { min: 90, max: 30 } } }],
    ['options.pace', { answer: 'x', options: { pace: 1 } }],
    ['prompt', { answer: 'x', prompt: 'p'.repeat(1_001) }],
  ])('refuses a bad analyze request naming %s', async (field, payload) => {
    const res = await post('/api/coach/analyze', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
  });
});
