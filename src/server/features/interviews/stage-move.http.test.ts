import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity, TimelineEvent } from '../../../contracts/opportunities.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { api } from '../../../../test/factories.js';
import { movableClock } from '../../../../test/support/clock.js';

describe.each(DIALECTS)('scheduling an interview moves the stage along, on %s', (dialect) => {
  let t: TestApp;
  let a: ReturnType<typeof api>;
  const clock = movableClock('2026-02-24T10:00:00.000Z');
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: clock.now });
    a = api(t);
  });
  afterAll(() => t.close());

  const stageOf = async (id: string) => (await a.json<Opportunity>('GET', `/api/opportunities/${id}`)).body.stage;
  const timeline = async (id: string) => (await a.json<{ items: TimelineEvent[] }>('GET', `/api/opportunities/${id}/timeline`)).body.items;

  it.each(['lead', 'applied'] as const)('from %s to interviewing, with the interview and the move on the timeline', async (stage) => {
    const opp = await a.opportunity();
    await a.json('PATCH', `/api/opportunities/${opp.id}`, { stage });
    clock.advance(60_000);
    const interview = await a.interview(opp.id, { kind: 'video', startsAt: '2026-03-03T14:00:00.000Z' });
    expect(await stageOf(opp.id)).toBe('interviewing');
    expect((await timeline(opp.id)).slice(-2)).toMatchObject([
      {
        kind: 'interview',
        interview: { id: interview.id, kind: 'video', startsAt: '2026-03-03T14:00:00.000Z', timeZone: 'Europe/Lisbon' },
      },
      { kind: 'stage', fromStage: stage, toStage: 'interviewing' },
    ]);
  });

  it.each(['interviewing', 'offer', 'rejected'] as const)('leaves %s as it is', async (stage) => {
    const opp = await a.opportunity();
    await a.json('PATCH', `/api/opportunities/${opp.id}`, { stage });
    await a.interview(opp.id);
    expect(await stageOf(opp.id)).toBe(stage);
    expect((await timeline(opp.id)).filter((e) => e.kind === 'stage' && e.fromStage === stage)).toEqual([]);
  });

  it('does not move the stage again when the same interview is sent twice', async () => {
    const opp = await a.opportunity();
    await a.json('PATCH', `/api/opportunities/${opp.id}`, { stage: 'applied' });
    const first = await a.interview(opp.id);
    await a.json('PATCH', `/api/opportunities/${opp.id}`, { stage: 'applied' });
    await a.interview(opp.id, { id: first.id });
    expect(await stageOf(opp.id)).toBe('applied');
  });
});
