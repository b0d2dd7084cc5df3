import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { Person } from '../../../contracts/people.js';
import type { QuestionPlan } from '../../../contracts/questions.js';
import { uuidv7 } from '../../../core/ids.js';
import { QUESTIONS_TO_ASK } from '../../../core/library/questions-to-ask/index.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

describe.each(DIALECTS)('question plan over HTTP on %s', (dialect) => {
  let t: TestApp;
  let opp: Opportunity;
  const people: Record<'rita' | 'hugo' | 'ana', Person> = {} as Record<'rita' | 'hugo' | 'ana', Person>;
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => new Date('2026-11-25T09:00:00Z') });
    opp = (
      await t.request({
        method: 'POST',
        url: '/api/opportunities',
        payload: buildOpportunityInput({ employerName: 'Tidewater Labs', roleTitle: 'Platform Engineer' }),
      })
    ).json<Opportunity>();
    await t.request({
      method: 'POST',
      url: `/api/employers/${opp.employerId}/facts`,
      payload: { topic: 'locations', statement: 'Opened an office in Lisbon in 2025' },
    });
    const add = async (name: string, role: string) =>
      (await t.request({ method: 'POST', url: '/api/people', payload: { name, role, opportunityIds: [opp.id] } })).json<Person>();
    people.rita = await add('Rita Recruiter', 'recruiter');
    people.hugo = await add('Hugo Manager', 'hiring-manager');
    people.ana = await add('Ana Engineer', 'interviewer');
  });
  afterAll(() => t.close());

  const url = () => `/api/opportunities/${opp.id}/question-plan`;
  const plan = async () => (await t.request({ method: 'GET', url: url() })).json<QuestionPlan>();
  const addItem = (payload: object) => t.request({ method: 'POST', url: `${url()}/items`, payload });
  const patchItem = (id: string, payload: object) => t.request({ method: 'PATCH', url: `/api/question-plan-items/${id}`, payload });

  it('starts empty with the opportunity people as interviewers, a default closing line and housekeeping', async () => {
    const p = await plan();
    expect(p.interviewers.map((i) => [i.name, i.role])).toEqual([
      ['Rita Recruiter', 'recruiter'],
      ['Hugo Manager', 'hiring-manager'],
      ['Ana Engineer', 'peer'],
    ]);
    expect(p.interviewersSet).toBe(false);
    expect(p.items).toEqual([]);
    expect(p.closingLineIsDefault).toBe(true);
    expect(p.closingLine).toContain('Platform Engineer role at Tidewater Labs');
    expect(p.closingLine).toMatch(/gives you pause/);
    expect(p.housekeeping.map((h) => h.field)).toContain('decisionDate');
    expect(p.suggestions.forUnknownPriorities.length).toBeGreaterThan(0);
  });

  it('adds library questions and own words; flags a researchable one with the dossier fact and a deeper question', async () => {
    const picks = (['recruiter', 'hiring-manager', 'peer'] as const).flatMap((role) =>
      QUESTIONS_TO_ASK.filter((q) => q.roles[0] === role && q.purpose !== 'closing').slice(0, 3),
    );
    for (const q of picks) expect((await addItem({ questionId: q.id })).statusCode).toBe(201);
    const own = await addItem({ id: uuidv7(), text: 'Where are your offices?' });
    expect(own.statusCode).toBe(201);
    const p = own.json<QuestionPlan>();
    expect(p.items).toHaveLength(10);
    expect(p.items.map((i) => i.order)).toEqual([...Array(10).keys()]);
    expect(p.items[0]).toMatchObject({
      questionId: picks[0]!.id,
      text: picks[0]!.text,
      purpose: picks[0]!.purpose,
      asked: false,
      answerHeard: '',
      pinned: false,
    });
    const flagged = p.items[9]!;
    expect(flagged.check.answerableByResearch).toBe(true);
    expect(flagged.check.fact?.statement).toContain('Lisbon');
    expect(flagged.check.deeper).toMatch(/Lisbon/);
    expect(p.items[0]!.check.answerableByResearch).toBe(false);
    expect(p.suggestions.forUnknownPriorities.flatMap((s) => s.questions.map((q) => q.id))).not.toContain(picks[0]!.id);
  });

  it('pins a hand-assigned item and keeps it through distribution: 2–3 each, no repeats', async () => {
    const before = await plan();
    const pinnedItem = before.items[0]!;
    const pinned = (await patchItem(pinnedItem.id, { interviewerPersonId: people.ana.id })).json<QuestionPlan>();
    expect(pinned.items[0]).toMatchObject({ interviewerPersonId: people.ana.id, pinned: true });
    const res = await t.request({ method: 'POST', url: `${url()}/distribute`, payload: {} });
    expect(res.statusCode).toBe(200);
    const p = res.json<QuestionPlan>();
    const counts = p.interviewers.map((i) => p.items.filter((x) => x.interviewerPersonId === i.personId).length);
    for (const n of counts) expect(n >= 2 && n <= 3).toBe(true);
    expect(p.items.find((i) => i.id === pinnedItem.id)).toMatchObject({ interviewerPersonId: people.ana.id, pinned: true });
    expect(p.items.filter((i) => i.interviewerPersonId !== null && i.id !== pinnedItem.id).every((i) => !i.pinned)).toBe(true);
    expect(await plan()).toMatchObject({ items: p.items });
  });

  it('moves an item, marks it asked with the answer heard', async () => {
    const last = (await plan()).items[9]!;
    const moved = (
      await patchItem(last.id, { order: 0, asked: true, answerHeard: 'Lisbon grows to 40 people next year.' })
    ).json<QuestionPlan>();
    expect(moved.items[0]).toMatchObject({ id: last.id, order: 0, asked: true, answerHeard: 'Lisbon grows to 40 people next year.' });
    expect(moved.items.map((i) => i.order)).toEqual([...Array(10).keys()]);
  });

  it('sets interviewers with their roles and unassigns items of anyone left out', async () => {
    const res = await t.request({
      method: 'PUT',
      url: `${url()}/interviewers`,
      payload: {
        interviewers: [
          { personId: people.ana.id, role: 'executive' },
          { personId: people.rita.id, role: 'recruiter' },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const p = res.json<QuestionPlan>();
    expect(p.interviewersSet).toBe(true);
    expect(p.interviewers.map((i) => [i.personId, i.role])).toEqual([
      [people.ana.id, 'executive'],
      [people.rita.id, 'recruiter'],
    ]);
    expect(p.items.some((i) => i.interviewerPersonId === people.hugo.id)).toBe(false);
  });

  it('edits the closing line and goes back to the default on null', async () => {
    const set = (
      await t.request({ method: 'PATCH', url: url(), payload: { closingLine: 'I want this job. Any doubts?' } })
    ).json<QuestionPlan>();
    expect(set).toMatchObject({ closingLine: 'I want this job. Any doubts?', closingLineIsDefault: false });
    const reset = (await t.request({ method: 'PATCH', url: url(), payload: { closingLine: null } })).json<QuestionPlan>();
    expect(reset.closingLineIsDefault).toBe(true);
  });

  it('deletes an item and renumbers the rest; re-adding the same id restores it', async () => {
    const item = (await plan()).items[3]!;
    expect((await t.request({ method: 'DELETE', url: `/api/question-plan-items/${item.id}` })).statusCode).toBe(204);
    const p = await plan();
    expect(p.items.map((i) => i.order)).toEqual([...Array(9).keys()]);
    expect(p.items.some((i) => i.id === item.id)).toBe(false);
    expect((await addItem({ id: item.id, questionId: item.questionId ?? undefined, text: item.text })).statusCode).toBe(201);
  });

  it.each([
    [{}, 'text'],
    [{ questionId: 'no-such-question' }, 'questionId'],
    [{ text: 'x?', interviewerPersonId: '0190a8f0-0000-7000-8000-000000000000' }, 'interviewerPersonId'],
    [{ text: 'x?', purpose: 'nonsense' }, 'purpose'],
    [{ text: 'x?', extra: 1 }, 'extra'],
  ])('refuses a bad item %o naming %s and changes nothing', async (payload, field) => {
    const before = await plan();
    const res = await addItem(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    expect(await plan()).toEqual(before);
  });

  it.each([
    [{ order: -1 }, 'order'],
    [{ asked: 'yes' }, 'asked'],
    [{ interviewerPersonId: 'not-a-uuid' }, 'interviewerPersonId'],
    [{ text: '' }, 'text'],
  ])('refuses a bad item edit %o naming %s and changes nothing', async (payload, field) => {
    const before = await plan();
    const res = await patchItem(before.items[0]!.id, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    expect(await plan()).toEqual(before);
  });

  it.each([
    [{ interviewers: [{ personId: uuidv7(), role: 'peer' }] }, 'interviewers.0.personId'],
    [{ interviewers: [{ personId: '0190a8f0-0000-7000-8000-000000000000', role: 'ceo' }] }, 'interviewers.0.role'],
  ])('refuses bad interviewers %o naming %s', async (payload, field) => {
    const before = await plan();
    const res = await t.request({ method: 'PUT', url: `${url()}/interviewers`, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    expect(await plan()).toEqual(before);
  });

  it('answers 404 for an unknown opportunity or item', async () => {
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${uuidv7()}/question-plan` })).statusCode).toBe(404);
    expect((await t.request({ method: 'PATCH', url: `/api/question-plan-items/${uuidv7()}`, payload: { asked: true } })).statusCode).toBe(
      404,
    );
    expect(
      (await t.request({ method: 'POST', url: `/api/opportunities/${uuidv7()}/question-plan/distribute`, payload: {} })).statusCode,
    ).toBe(404);
  });
});
