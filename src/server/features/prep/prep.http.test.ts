import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { Person } from '../../../contracts/people.js';
import type { OpportunityPrepPlan, PrepPlan, PrepPlanList } from '../../../contracts/prep.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { insertInterview } from '../../../../test/factories.js';

type Err = { error: { code: string; field?: string } };

// The interview: Wednesday 11 March 2026, 10:00 in New York (EDT).
const START = '2026-03-11T14:00:00.000Z';
const before = (minutes: number) => new Date(Date.parse(START) - minutes * 60_000).toISOString();

const prepMinutes = (p: PrepPlan) => p.steps.filter((s) => s.kind === 'prep').reduce((sum, s) => sum + s.minutes, 0);
const step = (p: PrepPlan, key: string) => p.steps.find((s) => s.key === key);

describe.each(DIALECTS)('prep plans over HTTP on %s', (dialect) => {
  let t: TestApp;
  let opp: Opportunity;
  let quiet: Opportunity;
  let ana: Person;
  let interviewId: string;

  const get = async (url: string) => {
    const res = await t.request({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    return res.json<OpportunityPrepPlan>();
  };
  const planAt = async (minutesBefore: number) => (await get(`/api/opportunities/${opp.id}/prep-plan?now=${before(minutesBefore)}`)).plan!;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => new Date(before(5 * 1440)) });
    opp = (
      await t.request({
        method: 'POST',
        url: '/api/opportunities',
        payload: { employerName: 'Kestrel Labs', roleTitle: 'Analyst', stage: 'interviewing' },
      })
    ).json<Opportunity>();
    quiet = (
      await t.request({
        method: 'POST',
        url: '/api/opportunities',
        payload: { employerName: 'Quiet Co', roleTitle: 'Analyst', stage: 'applied' },
      })
    ).json<Opportunity>();
    ana = (
      await t.request({
        method: 'POST',
        url: '/api/people',
        payload: { name: 'Ana Ruiz', role: 'hiring-manager', opportunityIds: [opp.id] },
      })
    ).json<Person>();
    const bo = (
      await t.request({
        method: 'POST',
        url: '/api/people',
        payload: { name: 'Bo Chen', role: 'interviewer', background: 'Led the data team at a bank.', opportunityIds: [opp.id] },
      })
    ).json<Person>();
    const research = (await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/research` })).json<{ employerId: string }>();
    await t.request({
      method: 'POST',
      url: `/api/employers/${research.employerId}/facts`,
      payload: { topic: 'what-they-do', statement: 'Weather analytics for farms.' },
    });
    await t.request({
      method: 'POST',
      url: `/api/opportunities/${opp.id}/question-plan/items`,
      payload: { text: 'How do you measure success in the first year?' },
    });
    interviewId = (
      await insertInterview(t.db, {
        opportunityId: opp.id,
        kind: 'video',
        startsAt: START,
        location: 'https://meet.example/kestrel',
        checklist: [
          { id: 'link-tested', label: 'Link tested', done: false },
          { id: 'brief-ready', label: 'Brief ready', done: false },
        ],
        conversations: [
          { startsAt: START, durationMinutes: 30, personIds: [ana.id] },
          { startsAt: '2026-03-11T14:30:00Z', durationMinutes: 30, personIds: [bo.id] },
        ],
      })
    ).id;
  });
  afterAll(() => t.close());

  it("gathers the plan's inputs: research gaps, interviewers not yet looked up, the thin question plan, logistics", async () => {
    const answer = await get(`/api/opportunities/${opp.id}/prep-plan?now=${before(120)}`);
    expect(answer).toMatchObject({
      opportunityId: opp.id,
      employerName: 'Kestrel Labs',
      interview: {
        id: interviewId,
        kind: 'video',
        startsAt: START,
        timeZone: 'America/New_York',
        location: 'https://meet.example/kestrel',
      },
    });
    const p = answer.plan!;
    expect(p.mode).toBe('hours');
    expect(p.minutesAvailable).toBe(120);
    expect(step(p, 'research')!.reason).toContain('Products and services');
    expect(step(p, 'research')!.reason).not.toContain('What they do');
    expect(step(p, 'interviewers')!.reason).toContain('Ana Ruiz');
    expect(step(p, 'interviewers')!.reason).not.toContain('Bo Chen');
    expect(step(p, 'questions')!.reason).toContain('Your plan has 1 question;');
    expect(step(p, 'rehearse')!.promptIds).toHaveLength(2);
    expect(step(p, 'logistics-test')!.title).toBe('Test camera, microphone and link');
    expect(step(p, 'brief')).toBeDefined();
    expect(p.steps.at(-1)).toMatchObject({ key: 'settle', startsAt: '2026-03-11T13:30:00.000Z', minutes: 30 });
  });

  it('scales the plan: 2 hours < 1 day < 5 days, in steps, minutes and mode', async () => {
    const [hours, day, week] = [await planAt(120), await planAt(1440), await planAt(5 * 1440)];
    expect([hours.mode, day.mode, week.mode]).toEqual(['hours', 'day', 'week']);
    expect(prepMinutes(hours)).toBeLessThan(prepMinutes(day));
    expect(prepMinutes(day)).toBeLessThan(prepMinutes(week));
    expect(hours.steps.filter((s) => s.kind === 'prep').length).toBeLessThan(day.steps.filter((s) => s.kind === 'prep').length);
    expect(day.steps.filter((s) => s.kind === 'prep').length).toBeLessThan(week.steps.filter((s) => s.kind === 'prep').length);
    for (const key of ['research', 'interviewers', 'questions', 'rehearse']) {
      expect(step(hours, key)!.minutes).toBeLessThanOrEqual(step(day, key)!.minutes);
      expect(step(day, key)!.minutes).toBeLessThanOrEqual(step(week, key)!.minutes);
    }
    expect(step(hours, 'research')!.minutes).toBeLessThan(step(week, 'research')!.minutes);
    expect(hours.steps.some((s) => s.kind === 'sleep')).toBe(false);
    expect(day.steps.some((s) => s.kind === 'sleep')).toBe(true);
    expect(week.steps.filter((s) => s.key.startsWith('rehearse'))).toHaveLength(3);
    expect(step(week, 'mock')).toBeDefined();
    for (const p of [hours, day, week]) {
      for (const s of p.steps) {
        expect(Date.parse(s.startsAt) + s.minutes * 60_000).toBeLessThanOrEqual(Date.parse(START));
        expect(s.reason.length).toBeGreaterThan(20);
      }
    }
  });

  it('drops finished work: a tested link, a ready brief and researched interviewers leave the plan', async () => {
    await t.db.kysely
      .updateTable('interviews')
      .set({
        checklist: JSON.stringify([
          { id: 'link-tested', label: 'Link tested', done: true },
          { id: 'brief-ready', label: 'Brief ready', done: true },
        ]),
      })
      .where('id', '=', interviewId)
      .execute();
    await t.request({ method: 'PATCH', url: `/api/people/${ana.id}`, payload: { background: 'Ran analytics at a seed company.' } });
    const p = await planAt(120);
    expect(step(p, 'logistics-test')).toBeUndefined();
    expect(step(p, 'brief')).toBeUndefined();
    expect(step(p, 'interviewers')).toBeUndefined();
  });

  it('answers an empty plan when no interview is coming, or it has started', async () => {
    expect(await get(`/api/opportunities/${quiet.id}/prep-plan`)).toEqual({
      opportunityId: quiet.id,
      employerName: 'Quiet Co',
      roleTitle: 'Analyst',
      interview: null,
      plan: null,
    });
    expect((await get(`/api/opportunities/${opp.id}/prep-plan?now=${START}`)).plan).toBeNull();
  });

  it('lists plans for interviews within 48 hours only, with the user zone keeping prep out of the night', async () => {
    const list = async (now: string, zone = '') =>
      (await t.request({ method: 'GET', url: `/api/prep-plans?now=${now}${zone}` })).json<PrepPlanList>().items;
    expect((await list(before(49 * 60))).map((i) => i.interview?.id)).toEqual([]);
    const soon = await list(before(47 * 60));
    expect(soon.map((i) => i.interview!.id)).toEqual([interviewId]);
    expect(soon[0]!.plan!.mode).toBe('day');
    const tokyo = await list(before(47 * 60), '&timeZone=Asia/Tokyo');
    expect(tokyo[0]!.plan!.steps.find((s) => s.kind === 'sleep')!.startsAt).not.toBe(
      soon[0]!.plan!.steps.find((s) => s.kind === 'sleep')!.startsAt,
    );
    expect(await list(START)).toEqual([]);
  });

  it('refuses bad input naming the field, and hides unknown opportunities', async () => {
    for (const [query, field] of [
      ['now=yesterday', 'now'],
      ['now=2026-03-11', 'now'],
      ['timeZone=Mars/Olympus', 'timeZone'],
      ['timeZone=', 'timeZone'],
      ['later=1', undefined],
    ] as const) {
      for (const url of [`/api/opportunities/${opp.id}/prep-plan?${query}`, `/api/prep-plans?${query}`]) {
        const res = await t.request({ method: 'GET', url });
        expect(res.statusCode).toBe(400);
        if (field) expect(res.json<Err>().error.field).toBe(field);
      }
    }
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${uuidv7()}/prep-plan` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/opportunities/x/prep-plan' })).json<Err>().error.field).toBe('id');
  });
});
