import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../contracts/dashboard.js';
import { NEXT_ACTIONS_LIMIT, NextActions, type NextActionCountsResponse } from '../../../contracts/followups.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { uuidv7 } from '../../../core/ids.js';
import { LOCAL_USER_ID, type Ctx } from '../../auth/actor.js';
import { nextActionsCacheFor } from './next-actions.js';
import {
  addOpportunity,
  addPerson,
  insertEmployer,
  insertInterview,
  insertNote,
  insertOffer,
  insertOpportunity,
  insertStranger,
} from '../../../../test/factories.js';

// Wednesday 4 March 2026, 12:00 UTC (07:00 in New York).
const NOW = new Date('2026-03-04T12:00:00.000Z');
const QUERY = 'today=2026-03-04&timeZone=America%2FNew_York';

describe.each(DIALECTS)('next actions on %s', (dialect) => {
  let t: TestApp;
  let clock = NOW;
  let acme = '';
  let cobalt = '';
  let maria = '';
  let interviewA = '';

  const list = async (query = QUERY) => {
    const res = await t.request({ method: 'GET', url: `/api/next-actions?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    // The body is serialised without the contract on the way out: check it keeps the contract's shape.
    return NextActions.parse(res.json());
  };
  const counts = async () =>
    (await t.request({ method: 'GET', url: `/api/next-actions/counts?${QUERY}` })).json<NextActionCountsResponse>();

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => clock });
    acme = (await addOpportunity(t, 'Acme')).id;
    maria = await addPerson(t, acme, 'Maria Lopez', 'maria@acme.test');
    interviewA = (
      await insertInterview(t.db, {
        opportunityId: acme,
        startsAt: '2026-03-03T14:00:00.000Z',
        durationMinutes: 60,
        conversations: [{ startsAt: '2026-03-03T14:00:00.000Z', durationMinutes: 60, personIds: [maria] }],
      })
    ).id;
    await t.request({
      method: 'PUT',
      url: `/api/opportunities/${acme}/housekeeping`,
      payload: { decisionDate: '2026-03-06', bestContactPersonId: maria },
    });
    await addOpportunity(t, 'Beta', { stage: 'applied', nextAction: 'Chase the recruiter', nextActionDue: '2026-03-02' });
    cobalt = (await addOpportunity(t, 'Cobalt')).id;
    const cy = await addPerson(t, cobalt, 'Cy Park');
    await insertInterview(t.db, {
      opportunityId: cobalt,
      kind: 'video',
      title: 'Second round',
      startsAt: '2026-03-05T15:00:00.000Z',
      durationMinutes: 60,
      checklist: [
        { id: 'a', label: 'Test the camera', done: true },
        { id: 'b', label: 'Silence the phone', done: false },
      ],
      conversations: [{ startsAt: '2026-03-05T15:00:00.000Z', durationMinutes: 60, personIds: [cy] }],
    });
    const delta = (await addOpportunity(t, 'Delta', { stage: 'offer' })).id;
    await insertOffer(t.db, { opportunity_id: delta, deadline: '2026-03-12' });
    const archived = (await addOpportunity(t, 'Archived Co', { nextAction: 'Never shown', nextActionDue: '2026-03-01' })).id;
    await t.request({ method: 'POST', url: `/api/opportunities/${archived}/archive` });
    await insertStranger(t.db);
  });
  afterAll(() => t.close());

  it('ranks thank-you notes, check-ins, interviews, prep, offer deadlines and next actions in one list, overdue first', async () => {
    const n = await list();
    expect(n.items.map((i) => [i.kind, i.employerName, i.group])).toEqual([
      ['next-action', 'Beta', 'overdue'],
      ['thank-you', 'Acme', 'today'],
      ['interview', 'Cobalt', 'week'],
      ['prep', 'Cobalt', 'week'],
      ['check-in', 'Acme', 'week'],
      ['offer-deadline', 'Delta', 'later'],
    ]);
    expect(n.counts).toEqual({ overdue: 1, today: 1, week: 3, later: 1, total: 6 });
    const byKind = new Map(n.items.map((i) => [i.kind, i]));
    expect(byKind.get('thank-you')).toMatchObject({
      title: 'Send a thank-you note to Maria Lopez',
      dueAt: '2026-03-04T15:00:00.000Z',
      overdue: false,
      target: { page: 'opportunity', tab: 'followups' },
    });
    expect(byKind.get('check-in')).toMatchObject({
      title: 'Check in with Maria Lopez',
      due: '2026-03-09',
      dueAt: '2026-03-09T14:00:00.000Z',
    });
    expect(byKind.get('interview')).toMatchObject({ title: 'Video interview: Second round', target: { page: 'interview' } });
    expect(byKind.get('prep')).toMatchObject({
      detail: '1 of 2 checklist items left; no questions to ask planned yet',
      target: { page: 'opportunity', tab: 'interviews' },
    });
    expect(JSON.stringify(n)).not.toMatch(/Hidden|Never shown/);
    expect(await counts()).toEqual({ overdue: 1, today: 1, week: 3, later: 1, total: 6, attention: 2, date: '2026-03-04' });
  });

  it('turns a thank-you overdue once its 24 hours pass, even with no data change', async () => {
    await list();
    clock = new Date('2026-03-04T15:30:00.000Z');
    try {
      const n = await list();
      expect(n.items.slice(0, 2).map((i) => [i.kind, i.overdue])).toEqual([
        ['next-action', true],
        ['thank-you', true],
      ]);
      expect((await counts()).attention).toBe(2);
      expect((await counts()).overdue).toBe(2);
    } finally {
      clock = NOW;
    }
  });

  it('follows data changes at once: a note marked sent, a renamed person, a planned question', async () => {
    await list();
    const sent = await t.request({ method: 'PATCH', url: `/api/follow-ups/thank-you/${interviewA}/${maria}`, payload: { sent: true } });
    expect(sent.statusCode, sent.body).toBe(200);
    expect((await list()).items.some((i) => i.kind === 'thank-you')).toBe(false);
    expect((await counts()).attention).toBe(1);

    await t.request({ method: 'PATCH', url: `/api/people/${maria}`, payload: { name: 'María López' } });
    expect((await list()).items.find((i) => i.kind === 'check-in')?.title).toBe('Check in with María López');

    const planned = await t.request({
      method: 'POST',
      url: `/api/opportunities/${cobalt}/question-plan/items`,
      payload: { text: 'How will you measure success in the first year?' },
    });
    expect([200, 201]).toContain(planned.statusCode);
    expect((await list()).items.find((i) => i.kind === 'prep')?.detail).toBe('1 of 2 checklist items left');

    await t.request({ method: 'PATCH', url: `/api/follow-ups/thank-you/${interviewA}/${maria}`, payload: { sent: false } });
    await t.request({ method: 'PATCH', url: `/api/people/${maria}`, payload: { name: 'Maria Lopez' } });
  });

  it('after a change reads again only the parts whose tables changed, and follows a change to any agenda table', async () => {
    const cache = nextActionsCacheFor({ db: t.db } as Ctx);
    await list();
    /** The parts read again to answer the next request after `change`, and that list. */
    const after = async (change: () => Promise<unknown>) => {
      await list();
      const before = new Map(cache.partLoads);
      await change();
      const n = await list();
      return {
        parts: [...cache.partLoads]
          .filter(([k, v]) => v !== (before.get(k) ?? 0))
          .map(([k]) => k)
          .sort(),
        n,
      };
    };
    // Nothing changed: nothing is read (the list itself is reused).
    expect((await after(() => Promise.resolve())).parts).toEqual([]);
    // Notes and concerns are not agenda data: the cached list stays.
    await insertNote(t.db, { interviewId: interviewA, conversationId: null, text: '! worried about on-call' });
    expect((await after(() => Promise.resolve())).parts).toEqual([]);

    let r = await after(() => t.db.kysely.updateTable('employers').set({ name: 'Acme Renamed' }).where('name', '=', 'Acme').execute());
    expect(r.parts).toEqual(['opportunities']);
    expect(r.n.items.find((i) => i.kind === 'thank-you')?.employerName).toBe('Acme Renamed');
    await t.db.kysely.updateTable('employers').set({ name: 'Acme' }).where('name', '=', 'Acme Renamed').execute();

    r = await after(() =>
      t.request({
        method: 'PUT',
        url: `/api/opportunities/${acme}/housekeeping`,
        payload: { decisionDate: '2026-03-11', bestContactPersonId: maria },
      }),
    );
    expect(r.parts).toEqual(['bestContacts', 'housekeeping']);
    expect(r.n.items.find((i) => i.kind === 'check-in')?.due).toBe('2026-03-12');
    await t.request({
      method: 'PUT',
      url: `/api/opportunities/${acme}/housekeeping`,
      payload: { decisionDate: '2026-03-06', bestContactPersonId: maria },
    });

    r = await after(() =>
      t.request({ method: 'PATCH', url: '/api/follow-up-settings', payload: { rules: { checkInLocalTime: '11:00' } } }),
    );
    expect(r.parts).toEqual(['rules']);
    expect(r.n.items.find((i) => i.kind === 'check-in')?.dueAt).toBe('2026-03-09T15:00:00.000Z');
    await t.request({ method: 'PATCH', url: '/api/follow-up-settings', payload: { rules: { checkInLocalTime: '10:00' } } });

    r = await after(() =>
      t.db.kysely.updateTable('offers').set({ deadline: '2026-03-05' }).where('owner_id', '=', LOCAL_USER_ID).execute(),
    );
    expect(r.parts).toEqual(['offers']);
    expect(r.n.items.find((i) => i.kind === 'offer-deadline')?.due).toBe('2026-03-05');
    await t.db.kysely.updateTable('offers').set({ deadline: '2026-03-12' }).where('owner_id', '=', LOCAL_USER_ID).execute();

    // A second interviewer joins the conversation: a second thank-you note.
    const lee = await addPerson(t, acme, 'Lee Chen');
    const conversation = await t.db.kysely
      .selectFrom('conversations')
      .select('id')
      .where('interview_id', '=', interviewA)
      .executeTakeFirstOrThrow();
    r = await after(() =>
      t.db.kysely
        .insertInto('conversation_people')
        .values({ id: uuidv7(), owner_id: LOCAL_USER_ID, conversation_id: conversation.id, person_id: lee, position: 1 })
        .execute(),
    );
    expect(r.parts).toEqual(['interviews']);
    expect(r.n.items.filter((i) => i.kind === 'thank-you').map((i) => i.title)).toEqual([
      'Send a thank-you note to Maria Lopez',
      'Send a thank-you note to Lee Chen',
    ]);
    await t.db.kysely.deleteFrom('conversation_people').where('person_id', '=', lee).execute();
    expect((await list()).items.filter((i) => i.kind === 'thank-you')).toHaveLength(1);
  });

  it("uses the user's zone for due dates and for today when none is given", async () => {
    const tokyo = await list('timeZone=Asia%2FTokyo');
    expect(tokyo.today).toBe('2026-03-04');
    expect(tokyo.items.find((i) => i.kind === 'check-in')).toMatchObject({ due: '2026-03-09', dueAt: '2026-03-09T01:00:00.000Z' });
    expect(tokyo.items.find((i) => i.kind === 'interview')?.due).toBe('2026-03-06');
  });

  it('gives the dashboard the same ranking, with fit', async () => {
    const res = await t.request({ method: 'GET', url: `/api/dashboard?${QUERY}` });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json<Dashboard>();
    const n = await list();
    expect(d.nextActions.map((a) => a.id)).toEqual(n.items.map((i) => i.id));
    expect(d.nextActions[1]).toMatchObject({
      kind: 'thank-you',
      title: 'Send a thank-you note to Maria Lopez',
      fit: expect.objectContaining({ gapCount: expect.any(Number) }),
    });
    expect(d.withoutNextAction.map((o) => o.employerName).sort()).toEqual(['Acme', 'Cobalt', 'Delta']);
  });

  it('documents every follow-up route in the OpenAPI document under Follow-ups', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags: string[]; summary: string }>>;
    }>();
    for (const [path, method] of [
      ['/api/opportunities/{id}/follow-ups', 'get'],
      ['/api/follow-ups/thank-you/{interviewId}/{personId}', 'patch'],
      ['/api/follow-ups/check-in/{opportunityId}/{sequence}', 'patch'],
      ['/api/next-actions', 'get'],
      ['/api/next-actions/counts', 'get'],
      ['/api/follow-up-settings', 'get'],
      ['/api/follow-up-settings', 'patch'],
    ] as const) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op!.tags).toEqual(['Follow-ups']);
      expect(op!.summary.length).toBeGreaterThan(10);
    }
  });

  it('lists at most `limit` items, most urgent first, with counts of everything', async () => {
    const all = await list();
    expect(all.truncated).toBe(false);
    const two = await list(`${QUERY}&limit=2`);
    expect(two.items.map((i) => i.id)).toEqual(all.items.slice(0, 2).map((i) => i.id));
    expect(two).toMatchObject({ truncated: true, counts: all.counts });
    for (const limit of ['0', '5001', 'x', '1.5']) {
      const res = await t.request({ method: 'GET', url: `/api/next-actions?limit=${limit}` });
      expect(res.statusCode, limit).toBe(400);
      expect(res.json<{ error: { field: string } }>().error.field).toBe('limit');
    }
  });

  it('refuses a bad zone or date naming the field', async () => {
    for (const [query, field] of [
      ['timeZone=Not%2FAZone', 'timeZone'],
      ['today=tomorrow', 'today'],
      ['today=2026-02-30', 'today'],
      ['page=3', undefined],
    ] as const) {
      for (const url of [`/api/next-actions?${query}`, `/api/next-actions/counts?${query}`, `/api/dashboard?${query}`]) {
        const res = await t.request({ method: 'GET', url });
        expect(res.statusCode, url).toBe(400);
        if (field) expect(res.json<{ error: { field: string } }>().error.field, url).toBe(field);
      }
    }
  });

  it('dates check-ins from the latest interview however old, and lists no thank-you a week after the conversation', async () => {
    const zeta = (await addOpportunity(t, 'Zeta')).id;
    const zoe = await addPerson(t, zeta, 'Zoe Old');
    const yan = await addPerson(t, zeta, 'Yan Latest');
    for (const [start, person] of [
      ['2026-02-02T15:00:00.000Z', zoe],
      ['2026-02-12T15:00:00.000Z', yan],
    ] as const) {
      await insertInterview(t.db, {
        opportunityId: zeta,
        startsAt: start,
        durationMinutes: 60,
        conversations: [{ startsAt: start, durationMinutes: 60, personIds: [person] }],
      });
    }
    try {
      const items = (await list()).items.filter((i) => i.opportunityId === zeta);
      // No decision date: 5 business days after Thursday 12 February is Thursday 19 February, to the last interviewer.
      expect(items.map((i) => [i.kind, i.title, i.due, i.group])).toEqual([
        ['check-in', 'Check in with Yan Latest', '2026-02-19', 'overdue'],
      ]);
    } finally {
      await t.request({ method: 'POST', url: `/api/opportunities/${zeta}/archive` });
    }
  });

  it('lists a screenful by default (the most urgent 100) and more when asked', async () => {
    const employer = await insertEmployer(t.db, { owner_id: LOCAL_USER_ID, name: 'Many Co' });
    const ids: string[] = [];
    for (let i = 0; i < 120; i++)
      ids.push(
        await insertOpportunity(t.db, {
          owner_id: LOCAL_USER_ID,
          employer_id: employer,
          stage: 'applied',
          next_action: `Follow lead ${i}`,
          next_action_due: '2026-03-10',
        }),
      );
    try {
      const page = await list();
      expect(page.items).toHaveLength(NEXT_ACTIONS_LIMIT);
      expect(page.truncated).toBe(true);
      expect(page.counts.total).toBeGreaterThanOrEqual(126);
      const more = await list(`${QUERY}&limit=${2 * NEXT_ACTIONS_LIMIT}`);
      expect(more.items.slice(0, NEXT_ACTIONS_LIMIT).map((i) => i.id)).toEqual(page.items.map((i) => i.id));
      expect(more.items).toHaveLength(page.counts.total);
      expect(more.truncated).toBe(false);
    } finally {
      await t.db.kysely.deleteFrom('opportunities').where('id', 'in', ids).execute();
      await t.db.kysely.deleteFrom('employers').where('id', '=', employer).execute();
    }
  });
});
