import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Offer, OfferComparison, OfferDecision } from '../../../contracts/offers.js';
import type { Opportunity, TimelineEvent } from '../../../contracts/opportunities.js';
import type { Person } from '../../../contracts/people.js';
import { uuidv7 } from '../../../core/ids.js';
import type { Ctx } from '../../auth/actor.js';
import { exportBackup, importBackup } from '../backup/service.js';
import { parseBackup } from '../backup/format.js';
import { createOpportunity } from '../opportunities/service.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { createTestDb, DIALECTS } from '../../../../test/support/db.js';

type Err = { error: { code: string; field?: string } };

describe.each(DIALECTS)('offers over HTTP on %s', (dialect) => {
  let t: TestApp;
  let alpha: Opportunity;
  let beta: Opportunity;
  let gamma: Opportunity;
  let lead: Opportunity;
  let recruiter: Person;

  const create = async (body: Record<string, unknown>) =>
    (await t.request({ method: 'POST', url: '/api/opportunities', payload: body })).json<Opportunity>();
  const opportunity = async (id: string) => (await t.request({ method: 'GET', url: `/api/opportunities/${id}` })).json<Opportunity>();
  const put = (id: string, payload: Record<string, unknown>) =>
    t.request({ method: 'PUT', url: `/api/opportunities/${id}/offer`, payload });

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => new Date('2026-05-04T09:00:00.000Z') });
    alpha = await create({ employerName: 'Alpha Analytics', roleTitle: 'Data engineer', stage: 'interviewing', salaryCurrency: 'EUR' });
    beta = await create({ employerName: 'Beta Bank', roleTitle: 'Platform engineer', stage: 'interviewing' });
    gamma = await create({ employerName: 'Gamma Games', roleTitle: 'Backend engineer', stage: 'applied' });
    lead = await create({ employerName: 'Delta Lead', roleTitle: 'Anything', stage: 'lead' });
    recruiter = (
      await t.request({
        method: 'POST',
        url: '/api/people',
        payload: { name: 'Gita Rao', role: 'recruiter', email: 'gita@gamma.example', opportunityIds: [gamma.id] },
      })
    ).json<Person>();
  });
  afterAll(() => t.close());

  it('creates an offer, moves the opportunity to the offer stage on its timeline, and normalises pay', async () => {
    const res = await put(alpha.id, {
      basePay: 7_000,
      currency: 'EUR',
      payPeriod: 'month',
      bonus: '10% target',
      equity: '2,000 options over 4 years',
      benefits: '30 days leave; pension 5%',
      startDate: '2026-07-01',
      location: 'Lisbon',
      remotePolicy: 'hybrid',
      deadline: '2026-05-11',
      notes: 'Negotiate start date',
    });
    expect(res.statusCode).toBe(201);
    const offer = res.json<Offer>();
    expect(offer).toMatchObject({
      opportunityId: alpha.id,
      employerName: 'Alpha Analytics',
      stage: 'offer',
      basePay: 7_000,
      yearlyPay: 84_000,
      status: 'pending',
      deadline: '2026-05-11',
    });
    expect((await opportunity(alpha.id)).stage).toBe('offer');
    const timeline = (await t.request({ method: 'GET', url: `/api/opportunities/${alpha.id}/timeline` })).json<{ items: TimelineEvent[] }>()
      .items;
    expect(timeline.slice(-2)).toMatchObject([{ kind: 'offer' }, { kind: 'stage', fromStage: 'interviewing', toStage: 'offer' }]);
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${alpha.id}/offer` })).json<Offer>()).toEqual(offer);
  });

  it('replaces the terms on a second PUT (200), keeping id and status; fields left out become empty', async () => {
    const before = (await t.request({ method: 'GET', url: `/api/opportunities/${alpha.id}/offer` })).json<Offer>();
    const res = await put(alpha.id, {
      basePay: 90_000,
      currency: 'EUR',
      payPeriod: 'year',
      deadline: '2026-05-11',
      location: 'Lisbon',
      remotePolicy: 'hybrid',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<Offer>()).toMatchObject({ id: before.id, status: 'pending', yearlyPay: 90_000, bonus: '', notes: '' });
  });

  it('is idempotent on a client id, and refuses an id another offer uses', async () => {
    const id = uuidv7();
    const first = await put(beta.id, {
      id,
      basePay: 50,
      currency: 'EUR',
      payPeriod: 'hour',
      deadline: '2026-05-08',
      remotePolicy: 'remote',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json<Offer>()).toMatchObject({ id, yearlyPay: 104_000 });
    const again = await put(beta.id, {
      id,
      basePay: 50,
      currency: 'EUR',
      payPeriod: 'hour',
      deadline: '2026-05-08',
      remotePolicy: 'remote',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<Offer>().id).toBe(id);
    const clash = await put(gamma.id, { id, basePay: 1 });
    expect(clash.statusCode).toBe(400); // currency and payPeriod missing are reported before the id clash
    const taken = await put(gamma.id, { id });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<Err>().error.field).toBe('id');
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${gamma.id}/offer` })).json()).toBeNull(); // no offer yet: 200 with null
    expect((await opportunity(gamma.id)).stage).toBe('applied');
  });

  it.each([
    [{ basePay: 1000 }, 'currency'],
    [{ basePay: 1000, currency: 'EUR' }, 'payPeriod'],
    [{ basePay: -1, currency: 'EUR', payPeriod: 'year' }, 'basePay'],
    [{ basePay: 12.5, currency: 'EUR', payPeriod: 'year' }, 'basePay'],
    [{ basePay: '1000', currency: 'EUR', payPeriod: 'year' }, 'basePay'],
    [{ currency: 'euro' }, 'currency'],
    [{ payPeriod: 'week' }, 'payPeriod'],
    [{ deadline: '11/05/2026' }, 'deadline'],
    [{ startDate: '2026-02-30' }, 'startDate'],
    [{ remotePolicy: 'sometimes' }, 'remotePolicy'],
    [{ bonus: 'x'.repeat(2_001) }, 'bonus'],
    [{ location: 'x'.repeat(201) }, 'location'],
    [{ salary: 10 }, undefined],
    [{ id: 'not-a-uuid' }, 'id'],
  ])('refuses a bad offer %o naming %s, changing nothing', async (payload, field) => {
    const res = await put(lead.id, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<Err>().error.code).toBe('validation');
    if (field) expect(res.json<Err>().error.field).toBe(field);
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${lead.id}/offer` })).json()).toBeNull(); // no offer yet: 200 with null
    expect((await opportunity(lead.id)).stage).toBe('lead');
  });

  it('answers 404 for unknown or malformed opportunity ids, and 400 naming the id for non-UUIDs', async () => {
    expect((await put(uuidv7(), {})).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${uuidv7()}/offer` })).statusCode).toBe(404);
    const bad = await t.request({ method: 'GET', url: '/api/opportunities/nope/offer' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Err>().error.field).toBe('id');
    expect((await t.request({ method: 'POST', url: `/api/opportunities/${lead.id}/offer/accept` })).statusCode).toBe(404);
  });

  it("hides another user's offers behind 404", async () => {
    const other = uuidv7();
    await t.db.kysely
      .insertInto('users')
      .values({ id: other, display_name: 'Other', is_local: 0, created_at: new Date().toISOString() })
      .execute();
    const ctx: Ctx = { db: t.db, actor: { userId: other }, now: () => new Date() };
    const { opportunity: theirs } = await createOpportunity(ctx, { employerName: 'Secret Co', roleTitle: 'Hidden', stage: 'offer' });
    expect((await put(theirs.id, {})).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${theirs.id}/offer` })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/api/opportunities/${theirs.id}/offer` })).statusCode).toBe(404);
    const compare = (await t.request({ method: 'GET', url: '/api/offers/compare' })).json<OfferComparison>();
    expect(compare.items.some((i) => i.offer.employerName === 'Secret Co')).toBe(false);
  });

  it('compares offers against the priorities with fit per priority, pay floor and days to the deadline', async () => {
    await t.request({
      method: 'PUT',
      url: '/api/priorities',
      payload: {
        items: [
          { key: 'pay', name: 'Pay', weight: 5, payFloor: 95_000 },
          { key: 'remote-policy', name: 'Remote policy', weight: 3 },
          { key: 'growth', name: 'Growth', weight: 2 },
        ],
      },
    });
    await t.request({
      method: 'PUT',
      url: `/api/opportunities/${alpha.id}/fit`,
      payload: {
        ratings: [
          { key: 'pay', rating: 'fair' },
          { key: 'remote-policy', rating: 'good' },
        ],
      },
    });
    await t.request({
      method: 'PUT',
      url: `/api/opportunities/${beta.id}/fit`,
      payload: {
        ratings: [
          { key: 'pay', rating: 'great' },
          { key: 'remote-policy', rating: 'great' },
          { key: 'growth', rating: 'poor' },
        ],
      },
    });
    const res = await t.request({ method: 'GET', url: '/api/offers/compare?today=2026-05-04' });
    expect(res.statusCode).toBe(200);
    const c = res.json<OfferComparison>();
    expect(c.priorities.map((p) => [p.key, p.weight])).toEqual([
      ['pay', 5],
      ['remote-policy', 3],
      ['growth', 2],
    ]);
    expect(c.payFloor).toBe(95_000);
    expect(c.currencies).toEqual(['EUR']);
    expect(c.items.map((i) => i.offer.employerName)).toEqual(['Beta Bank', 'Alpha Analytics']);
    const [b, a] = c.items;
    expect(b).toMatchObject({ belowPayFloor: false, daysToDeadline: 4, fit: { score: 80, coverage: 1 } });
    expect(a).toMatchObject({ belowPayFloor: true, daysToDeadline: 7 });
    expect(a!.fit.ratings).toEqual([
      { key: 'pay', rating: 'fair', points: expect.closeTo(20.83, 2), reason: null },
      { key: 'remote-policy', rating: 'good', points: 25, reason: null },
      { key: 'growth', rating: 'unknown', points: 0, reason: null },
    ]);
    expect(a!.fit.coverage).toBe(0.8);
    expect(a!.fit.unknown).toEqual(['Growth']);
    expect(c.bestFitOpportunityId).toBe(beta.id);
    expect((await t.request({ method: 'GET', url: '/api/offers/compare?today=tomorrow' })).json<Err>().error.field).toBe('today');
  });

  it('rates pay and the remote policy from the offer where the user has not, saying why; no best fit while too little is known', async () => {
    await t.request({
      method: 'PUT',
      url: `/api/opportunities/${alpha.id}/fit`,
      payload: {
        ratings: [
          { key: 'pay', rating: 'unknown' },
          { key: 'remote-policy', rating: 'unknown' },
        ],
      },
    });
    let c = (await t.request({ method: 'GET', url: '/api/offers/compare?today=2026-05-04' })).json<OfferComparison>();
    const a = c.items.find((i) => i.offer.opportunityId === alpha.id)!;
    // 90,000 EUR a year (the terms replaced above) against a floor of 95,000; hybrid.
    expect(a.fit.ratings.find((r) => r.key === 'pay')).toMatchObject({
      rating: 'poor',
      reason: 'From the offer: 90,000 EUR a year is below your floor of 95,000 EUR.',
    });
    expect(a.fit.ratings.find((r) => r.key === 'remote-policy')).toMatchObject({ rating: 'good', reason: 'From the offer: hybrid.' });
    expect(a.fit.unknown).toEqual(['Growth']);
    // Only growth weighs now: the pay and remote weights drop to nothing, so Alpha knows none of what matters.
    await t.request({
      method: 'PUT',
      url: '/api/priorities',
      payload: {
        items: [
          { key: 'pay', name: 'Pay', weight: 0, payFloor: 95_000 },
          { key: 'remote-policy', name: 'Remote policy', weight: 0 },
          { key: 'growth', name: 'Growth', weight: 2 },
        ],
      },
    });
    c = (await t.request({ method: 'GET', url: '/api/offers/compare?today=2026-05-04' })).json<OfferComparison>();
    expect(c.items.find((i) => i.offer.opportunityId === alpha.id)!.fit.coverage).toBe(0);
    expect(c.bestFitOpportunityId).toBeNull();
  });

  it('accepts one offer: stage accepted, drafts for the other open opportunities, nothing else changed', async () => {
    const res = await t.request({ method: 'POST', url: `/api/opportunities/${beta.id}/offer/accept` });
    expect(res.statusCode).toBe(200);
    const d = res.json<OfferDecision>();
    expect(d.offer).toMatchObject({ status: 'accepted', stage: 'accepted' });
    expect((await opportunity(beta.id)).stage).toBe('accepted');
    // Alpha has an offer (decline); Gamma is in process (withdrawal); the lead is left alone.
    expect(d.closingNotes.map((n) => [n.employerName, n.kind])).toEqual([
      ['Alpha Analytics', 'decline'],
      ['Gamma Games', 'withdrawal'],
    ]);
    const [alphaNote, gammaNote] = d.closingNotes;
    expect(alphaNote!.to).toEqual({ personId: null, name: 'Hiring team at Alpha Analytics', email: null });
    expect(alphaNote!.body).toMatch(/^Dear Hiring Team,/);
    expect(alphaNote!.body).toContain('Data engineer position at Alpha Analytics');
    expect(alphaNote!.mailto).toBeNull();
    expect(gammaNote!.to).toEqual({ personId: recruiter.id, name: 'Gita Rao', email: 'gita@gamma.example' });
    expect(gammaNote!.body).toMatch(/^Hello Gita,/);
    expect(gammaNote!.body).toContain('I have accepted another offer');
    expect(gammaNote!.mailto).toMatch(/^mailto:gita@gamma\.example\?subject=Withdrawing%20my%20application/);
    // Nothing else moved until the user confirms each one.
    expect((await opportunity(alpha.id)).stage).toBe('offer');
    expect((await opportunity(gamma.id)).stage).toBe('applied');
    expect((await opportunity(lead.id)).stage).toBe('lead');
    const again = await t.request({ method: 'GET', url: `/api/opportunities/${beta.id}/offer/closing-notes?tone=brief` });
    expect(again.json<OfferDecision>().closingNotes.map((n) => n.opportunityId)).toEqual([alpha.id, gamma.id]);
    expect(again.json<OfferDecision>().closingNotes[1]!.body).toMatch(/^Hi Gita,/);
    // One sender name everywhere: never "Me"; the placeholder until a name is set, then that name.
    expect(gammaNote!.body.trimEnd().endsWith('\n[Your name]')).toBe(true);
    expect(d.closingNotes.every((n) => !/\nMe$/.test(n.body))).toBe(true);
    expect((await t.request({ method: 'PATCH', url: '/api/follow-up-settings', payload: { senderName: 'Sam Doe' } })).statusCode).toBe(200);
    const named = await t.request({ method: 'GET', url: `/api/opportunities/${beta.id}/offer/closing-notes` });
    expect(named.json<OfferDecision>().closingNotes.every((n) => n.body.trimEnd().endsWith('\nSam Doe'))).toBe(true);
  });

  it('refuses a second acceptance, and the drafts before accepting', async () => {
    const res = await t.request({ method: 'POST', url: `/api/opportunities/${alpha.id}/offer/accept` });
    expect(res.statusCode).toBe(409);
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${alpha.id}/offer/closing-notes` })).statusCode).toBe(409);
    expect(
      (await t.request({ method: 'POST', url: `/api/opportunities/${alpha.id}/offer/accept`, payload: { tone: 'rude' } })).json<Err>().error
        .field,
    ).toBe('tone');
    expect((await opportunity(alpha.id)).stage).toBe('offer');
  });

  it('declines an offer with a note, withdraws the opportunity, and reopens it as undo', async () => {
    const res = await t.request({ method: 'POST', url: `/api/opportunities/${alpha.id}/offer/decline`, payload: { tone: 'formal' } });
    expect(res.statusCode).toBe(200);
    const d = res.json<OfferDecision>();
    expect(d.offer).toMatchObject({ status: 'declined', stage: 'withdrawn' });
    expect(d.closingNotes).toHaveLength(1);
    expect(d.closingNotes[0]).toMatchObject({ kind: 'decline', subject: 'Your offer for the Data engineer role' });
    expect(d.closingNotes[0]!.body).toContain('I have accepted another position');
    const compare = (await t.request({ method: 'GET', url: '/api/offers/compare' })).json<OfferComparison>();
    expect(compare.items.map((i) => i.offer.employerName)).toEqual(['Beta Bank']);
    expect(compare.items[0]!.daysToDeadline).toBeNull();
    const reopened = await t.request({ method: 'POST', url: `/api/opportunities/${alpha.id}/offer/reopen` });
    expect(reopened.json<Offer>()).toMatchObject({ status: 'pending', stage: 'offer' });
  });

  it('keeps offers through a backup, export → import → export', async () => {
    const first = await exportBackup({ db: t.db, actor: { userId: '00000000-0000-7000-8000-000000000001' }, now: () => new Date() });
    expect(first.tables.offers).toHaveLength(2);
    expect(Object.keys(first.tables)).not.toContain('calendar_feeds');
    const db = await createTestDb(dialect);
    try {
      const ctx: Ctx = { db, actor: { userId: '00000000-0000-7000-8000-000000000001' }, now: () => new Date() };
      await importBackup(ctx, parseBackup(JSON.stringify(first)), { replace: true });
      expect((await exportBackup(ctx)).tables).toEqual(first.tables);
    } finally {
      await db.close();
    }
  });

  it('deletes an offer; the stage stays', async () => {
    expect((await t.request({ method: 'DELETE', url: `/api/opportunities/${alpha.id}/offer` })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${alpha.id}/offer` })).json()).toBeNull(); // no offer yet: 200 with null
    expect((await t.request({ method: 'DELETE', url: `/api/opportunities/${alpha.id}/offer` })).statusCode).toBe(404);
    expect((await opportunity(alpha.id)).stage).toBe('offer');
  });

  it('documents every offer route in OpenAPI under Offers', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags: string[] }>>;
    }>();
    for (const path of [
      '/api/opportunities/{id}/offer',
      '/api/offers/compare',
      '/api/opportunities/{id}/offer/accept',
      '/api/opportunities/{id}/offer/decline',
      '/api/opportunities/{id}/offer/reopen',
    ]) {
      expect(Object.values(doc.paths[path]!).every((op) => op.tags.includes('Offers'))).toBe(true);
    }
  });
});
