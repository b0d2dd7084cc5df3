import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { Rehearsal, Story, StorySuggestion, WeakPrompt } from '../../../contracts/practice.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

const BLAME = 'I left because my manager was useless and the pay was a joke.';
const OPENER =
  'I am a data engineer with six years in logistics. At Harbor Freight Systems I rebuilt the nightly pipeline so reports land by 7 am instead of noon, ' +
  'and I mentor two junior engineers. I am looking for a role where I can own the data platform for a product team, which is why this opening caught my eye.';
const JD = 'You will resolve conflict between teams, find common ground with stakeholders and handle pushback calmly.';

describe.each(DIALECTS)('stories, rehearsals and the weakest prompts over HTTP on %s', (dialect) => {
  let t: TestApp;
  let opp: Opportunity;
  let clock = new Date('2026-11-25T09:00:00Z');
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => clock });
    opp = (
      await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput({ jobDescription: JD }) })
    ).json<Opportunity>();
  });
  afterAll(() => t.close());

  const tick = () => (clock = new Date(clock.getTime() + 60_000));
  const post = (url: string, payload: object) => t.request({ method: 'POST', url, payload });
  const get = <T>(url: string) => t.request({ method: 'GET', url }).then((r) => r.json<{ items: T[] }>().items);
  const error = (res: { json: <T>() => T }) => res.json<{ error: { field?: string } }>().error;

  it('adds, edits and deletes a story; re-creating it with its id undoes the delete', async () => {
    const res = await post('/api/stories', {
      title: 'Pipeline rescue',
      situation: 'Nightly reports were late.',
      skills: ['SQL'],
      numbers: ['5 hours saved'],
    });
    expect(res.statusCode).toBe(201);
    const story = res.json<Story>();
    expect(story).toMatchObject({ task: '', action: '', result: '', skills: ['SQL'], numbers: ['5 hours saved'] });
    tick();
    const edited = await t.request({
      method: 'PATCH',
      url: `/api/stories/${story.id}`,
      payload: { result: 'Reports by 7 am.', skills: ['SQL', 'Airflow'] },
    });
    expect(edited.json<Story>()).toMatchObject({ title: 'Pipeline rescue', result: 'Reports by 7 am.', skills: ['SQL', 'Airflow'] });
    expect(edited.json<Story>().updatedAt > story.updatedAt).toBe(true);
    expect((await t.request({ method: 'DELETE', url: `/api/stories/${story.id}` })).statusCode).toBe(204);
    expect(await get<Story>('/api/stories')).toEqual([]);
    expect((await post('/api/stories', { id: story.id, title: 'Pipeline rescue' })).statusCode).toBe(201);
    expect((await post('/api/stories', { id: story.id, title: 'Pipeline rescue' })).statusCode).toBe(200);
    expect((await get<Story>('/api/stories')).map((s) => s.id)).toEqual([story.id]);
  });

  it.each([
    ['title', { title: '  ' }],
    ['skills.1', { title: 'T', skills: ['ok', ''] }],
    ['numbers', { title: 'T', numbers: Array.from({ length: 31 }, (_, i) => String(i)) }],
    ['situation', { title: 'T', situation: 'x'.repeat(5_001) }],
    ['colour', { title: 'T', colour: 'red' }],
  ])('refuses a bad story naming %s and changes nothing', async (field, payload) => {
    const before = await get<Story>('/api/stories');
    const res = await post('/api/stories', payload);
    expect(res.statusCode).toBe(400);
    expect(error(res).field).toBe(field);
    expect(await get<Story>('/api/stories')).toEqual(before);
  });

  it('refuses a bad story edit naming the field and keeps the story', async () => {
    const [story] = await get<Story>('/api/stories');
    const res = await t.request({ method: 'PATCH', url: `/api/stories/${story!.id}`, payload: { title: 'Renamed', skills: 'SQL' } });
    expect(res.statusCode).toBe(400);
    expect(error(res).field).toBe('skills');
    expect(await get<Story>('/api/stories')).toEqual([story]);
  });

  it('suggests the story that fits the question and the job description first, with reasons', async () => {
    await post('/api/stories', {
      title: 'Two teams, one roadmap',
      situation: 'Product and support disagreed on the roadmap and there was real tension.',
      task: 'Resolve the conflict before planning.',
      action: 'I ran a session to find common ground and we agreed a compromise.',
      result: 'Both teams signed off; escalations fell by 30%.',
      skills: ['stakeholders', 'facilitation'],
      numbers: ['30%'],
    });
    const items = await get<StorySuggestion>(`/api/prompts/conflict-colleague/story-suggestions?opportunityId=${opp.id}`);
    expect(items).toHaveLength(2);
    expect(items[0]!.story.title).toBe('Two teams, one roadmap');
    expect(items[0]!.score).toBeGreaterThan(items[1]!.score);
    expect(items[0]!.reasons.join(' ')).toMatch(/stakeholders/);
    const withoutJob = await get<StorySuggestion>('/api/prompts/conflict-colleague/story-suggestions');
    expect(withoutJob[0]!.score).toBeLessThan(items[0]!.score);
  });

  it('records a rehearsal with the coach summary and lists the history newest first', async () => {
    const res = await post('/api/rehearsals', {
      promptId: 'why-did-you-leave',
      answerText: BLAME,
      durationSeconds: 6.5,
      selfRating: 1,
      note: 'rushed',
      transcribed: true,
    });
    expect(res.statusCode).toBe(201);
    const first = res.json<Rehearsal>();
    expect(first).toMatchObject({
      promptId: 'why-did-you-leave',
      opportunityId: null,
      durationSeconds: 6.5,
      selfRating: 1,
      note: 'rushed',
      transcribed: true,
    });
    expect(first.findingCounts['employer-negativity']).toBe(2);
    expect(first.score).toBeLessThan(70);
    expect(first.metrics.words).toBe(13);
    expect(first.wordsPerMinute).toBe(120);
    tick();
    await post('/api/rehearsals', {
      promptId: 'why-did-you-leave',
      opportunityId: opp.id,
      answerText: 'I wanted a bigger scope.',
      durationSeconds: 0.4,
      selfRating: 3,
    });
    const history = await get<Rehearsal>('/api/rehearsals?promptId=why-did-you-leave');
    expect(history.map((r) => r.selfRating)).toEqual([3, 1]);
    expect(history[0]).toMatchObject({ transcribed: false, wordsPerMinute: null, opportunityId: opp.id });
    expect(await get<Rehearsal>(`/api/rehearsals?opportunityId=${opp.id}`)).toHaveLength(1);
    expect(await get<Rehearsal>('/api/rehearsals?limit=1')).toHaveLength(1);
  });

  it.each([
    ['selfRating', { promptId: 'five-years', answerText: 'x', durationSeconds: 10, selfRating: 6 }, 400],
    ['selfRating', { promptId: 'five-years', answerText: 'x', durationSeconds: 10 }, 400],
    ['durationSeconds', { promptId: 'five-years', answerText: 'x', durationSeconds: -1, selfRating: 3 }, 400],
    ['promptId', { promptId: 'no-such-prompt', answerText: 'x', durationSeconds: 10, selfRating: 3 }, 400],
    ['transcribed', { promptId: 'five-years', answerText: 'x', durationSeconds: 10, selfRating: 3, transcribed: 'yes' }, 400],
    ['audio', { promptId: 'five-years', answerText: 'x', durationSeconds: 10, selfRating: 3, audio: 'UklGRg==' }, 400],
    ['opportunityId', { promptId: 'five-years', answerText: 'x', durationSeconds: 10, selfRating: 3, opportunityId: uuidv7() }, 404],
  ])('refuses a bad rehearsal naming %s and changes nothing', async (field, payload, status) => {
    const before = await get<Rehearsal>('/api/rehearsals');
    const res = await post('/api/rehearsals', payload);
    expect(res.statusCode).toBe(status);
    expect(error(res).field).toBe(field);
    expect(await get<Rehearsal>('/api/rehearsals')).toEqual(before);
  });

  it('ranks prompts weakest first: a badly rated rehearsal leads, a strong one drops out', async () => {
    const ranked = await get<WeakPrompt>('/api/practice/weakest?limit=5');
    expect(ranked).toHaveLength(5);
    expect(ranked[0]).toMatchObject({
      prompt: { id: 'why-did-you-leave' },
      rehearsalCount: 2,
      averageRating: 2,
      lastScore: expect.any(Number) as number,
    });
    expect(ranked[0]!.reason).toMatch(/Rated 2\/5/);
    expect(ranked[1]).toMatchObject({ prompt: { id: 'tell-me-about-yourself' }, rehearsalCount: 0 });
    expect(ranked[1]!.reason).toMatch(/Never rehearsed/);
    tick();
    await post('/api/rehearsals', { promptId: 'tell-me-about-yourself', answerText: OPENER, durationSeconds: 75, selfRating: 5 });
    const after = await get<WeakPrompt>('/api/practice/weakest?limit=5');
    expect(after.map((w) => w.prompt.id)).not.toContain('tell-me-about-yourself');
  });

  it("raises prompts that the opportunity's job description echoes", async () => {
    const general = await get<WeakPrompt>('/api/practice/weakest?limit=50');
    const tailored = await get<WeakPrompt>(`/api/practice/weakest?limit=50&opportunityId=${opp.id}`);
    const weakness = (list: WeakPrompt[]) => list.find((w) => w.prompt.id === 'conflict-colleague')!.weakness;
    expect(weakness(tailored)).toBeGreaterThan(weakness(general));
    expect(tailored.find((w) => w.prompt.id === 'conflict-colleague')!.reason).toMatch(/job description mentions .*conflict/);
  });

  it('refuses bad queries naming the field and answers 404 for unknown ids', async () => {
    const limit = await t.request({ method: 'GET', url: '/api/practice/weakest?limit=0' });
    expect(limit.statusCode).toBe(400);
    expect(error(limit).field).toBe('limit');
    const unknown = uuidv7();
    expect((await t.request({ method: 'GET', url: `/api/practice/weakest?opportunityId=${unknown}` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/rehearsals?opportunityId=${unknown}` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/prompts/nope/story-suggestions' })).statusCode).toBe(404);
    expect((await t.request({ method: 'PATCH', url: `/api/stories/${unknown}`, payload: { title: 'x' } })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/api/stories/${unknown}` })).statusCode).toBe(404);
  });

  it('says in the API description that audio never reaches the server', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { description?: string }>>;
    }>();
    expect(doc.paths['/api/rehearsals']!.post!.description).toMatch(/audio never leaves the browser/);
    expect(doc.paths['/api/coach/analyze']!.post!.description).toMatch(/audio never leaves the browser/);
  });
});
