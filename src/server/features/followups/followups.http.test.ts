import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUps } from '../../../contracts/followups.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { addOpportunity, addPerson, insertConcern, insertInterview, insertNote, insertStranger, post } from '../../../../test/factories.js';

// Wednesday 4 March 2026, 12:00 UTC (07:00 in New York). The US clocks go forward on Sunday 8 March.
const NOW = new Date('2026-03-04T12:00:00.000Z');
const NY = 'America/New_York';

describe.each(DIALECTS)('follow-ups on %s', (dialect) => {
  let t: TestApp;
  let clock = NOW;
  let opp = '';
  let interview = '';
  let maria = '';
  let tom = '';
  let k8s = '';

  const followUps = async (timeZone = NY) => {
    const res = await t.request({ method: 'GET', url: `/api/opportunities/${opp}/follow-ups?timeZone=${encodeURIComponent(timeZone)}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<FollowUps>();
  };
  const patch = (url: string, payload: unknown, timeZone = NY) =>
    t.request({ method: 'PATCH', url: `${url}?timeZone=${encodeURIComponent(timeZone)}`, payload: payload as Record<string, unknown> });
  const thankYouUrl = (personId: string) => `/api/follow-ups/thank-you/${interview}/${personId}`;
  const checkInUrl = (sequence: number | string) => `/api/follow-ups/check-in/${opp}/${sequence}`;
  const rowCount = async () =>
    Number(
      (
        await t.db.kysely
          .selectFrom('follow_ups')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => clock });
    opp = (await addOpportunity(t, 'Acme Robotics')).id;
    maria = await addPerson(t, opp, 'Maria Lopez', 'maria@acme.test');
    tom = await addPerson(t, opp, 'Tom Reed');
    const made = await insertInterview(t.db, {
      opportunityId: opp,
      title: 'Panel day',
      startsAt: '2026-03-03T14:00:00.000Z',
      durationMinutes: 120,
      conversations: [
        { startsAt: '2026-03-03T14:00:00.000Z', durationMinutes: 60, personIds: [maria] },
        { startsAt: '2026-03-03T15:00:00.000Z', durationMinutes: 60, personIds: [tom] },
      ],
    });
    interview = made.id;
    const [first, second] = made.conversationIds;
    await insertNote(t.db, {
      interviewId: interview,
      conversationId: first!,
      text: 'The team is rebuilding onboarding in Q3',
      marker: 'key',
    });
    await insertNote(t.db, { interviewId: interview, conversationId: first!, text: '! Worried about Kubernetes depth', marker: 'concern' });
    await insertNote(t.db, { interviewId: interview, conversationId: first!, text: '> send my portfolio link', marker: 'promise' });
    await insertNote(t.db, {
      interviewId: interview,
      conversationId: second!,
      text: '? How do releases work\nWeekly trains with a freeze on Fridays',
      marker: 'question',
    });
    k8s = await insertConcern(t.db, { opportunityId: opp, interviewId: interview, raisedBy: maria, text: 'Limited Kubernetes experience' });
    await insertConcern(t.db, { opportunityId: opp, interviewId: interview, raisedBy: maria, text: 'Long commute', status: 'addressed' });
    await insertConcern(t.db, { opportunityId: opp, interviewId: interview, raisedBy: tom, text: 'No people management yet' });
    await post(t, '/api/stories', {
      title: 'Moving billing to containers',
      situation: 'Billing failed every month end.',
      action: 'I led the move of twelve services onto Kubernetes in six weeks.',
      result: 'Month-end outages stopped.',
      skills: ['Kubernetes', 'migration'],
    });
    const hk = await t.request({
      method: 'PUT',
      url: `/api/opportunities/${opp}/housekeeping`,
      payload: { decisionDate: '2026-03-06', bestContactPersonId: maria, preferredChannel: 'email' },
    });
    expect(hk.statusCode, hk.body).toBe(200);
  });
  afterAll(() => t.close());

  it('drafts one thank-you per interviewer, naming them and answering each open concern they raised', async () => {
    const f = await followUps();
    expect(f.thankYous.map((n) => [n.personName, n.status, n.dueAt])).toEqual([
      ['Maria Lopez', 'due', '2026-03-04T15:00:00.000Z'],
      ['Tom Reed', 'due', '2026-03-04T16:00:00.000Z'],
    ]);
    const [toMaria, toTom] = f.thankYous;
    expect(toMaria!.body.startsWith('Hello Maria,')).toBe(true);
    // Notes are never pasted: the key point becomes a suggestion for the user to confirm.
    expect(toMaria!.body).not.toContain('rebuilding onboarding');
    expect(toMaria!.suggestedMention).toBe('what you said about rebuilding onboarding');
    expect(toMaria!.mention).toBeNull();
    expect(toMaria!.concerns).toMatchObject([
      { id: k8s, text: 'Limited Kubernetes experience', source: 'story', replyReference: '', replyLine: '' },
    ]);
    expect(toMaria!.body).not.toContain('Limited Kubernetes experience');
    expect(toMaria!.body).toContain('I led the move of twelve services onto Kubernetes in six weeks.');
    expect(toMaria!.body).not.toMatch(/commute/i);
    expect(toMaria!.body).not.toMatch(/people management/i);
    expect(toMaria!.promises).toEqual(['Send: my portfolio link']);
    expect(toMaria!.body).toContain('As promised, here is the link I mentioned: [add link].');
    expect(toMaria!.findings.map((x) => x.code)).toEqual(['placeholder', 'placeholder']);
    expect(f.privateText).toContain('* The team is rebuilding onboarding in Q3');
    expect(toMaria!.mailto.startsWith('mailto:maria@acme.test?subject=')).toBe(true);
    expect(decodeURIComponent(toMaria!.mailto)).toContain('Hello Maria,\r\n\r\n');
    expect(toTom!.body.startsWith('Hello Tom,')).toBe(true);
    expect(toTom!.body).toContain('your question about my experience leading people');
    expect(toTom!.body).not.toContain('no people management yet');
    expect(toTom!.body).not.toContain('How do releases work');
    expect(toTom!.body).not.toMatch(/Kubernetes/);
    expect(toTom!.mailto.startsWith('mailto:?subject=')).toBe(true);
    expect(f.needsName).toBe(true);
    expect(toMaria!.body.trimEnd().endsWith('[Your name]')).toBe(true);
  });

  it('uses the mention and concern answer the user confirmed, and nothing from the notes', async () => {
    const tooLong = await patch(thankYouUrl(maria), { mention: 'x'.repeat(1001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<{ error: { field?: string } }>().error.field).toBe('mention');
    const saved = await patch(thankYouUrl(maria), { mention: 'what you said about the onboarding rebuild' });
    expect(saved.statusCode, saved.body).toBe(200);
    const concern = await t.request({
      method: 'PATCH',
      url: `/api/concerns/${k8s}`,
      payload: {
        replyReference: 'your question about running Kubernetes in production',
        replyLine: 'I ran our staging cluster on my own for a year',
      },
    });
    expect(concern.statusCode, concern.body).toBe(200);
    expect(concern.json<{ replyLine: string; suggestedReference: string }>()).toMatchObject({
      replyLine: 'I ran our staging cluster on my own for a year',
      suggestedReference: 'your question about the depth of my experience',
    });
    const toMaria = (await followUps()).thankYous.find((n) => n.personId === maria)!;
    expect(toMaria.mention).toBe('what you said about the onboarding rebuild');
    expect(toMaria.body).toContain('What you said about the onboarding rebuild has stayed with me since.');
    expect(toMaria.body).toContain(
      'Thank you for your question about running Kubernetes in production; I have thought about it since. I ran our staging cluster on my own for a year.',
    );
    expect(toMaria.concerns[0]).toMatchObject({ source: 'own', replyReference: 'your question about running Kubernetes in production' });
    // Clearing goes back to the suggestion-free draft.
    expect((await patch(thankYouUrl(maria), { mention: '' })).statusCode).toBe(200);
    await t.request({ method: 'PATCH', url: `/api/concerns/${k8s}`, payload: { replyReference: '', replyLine: '' } });
    expect((await followUps()).thankYous.find((n) => n.personId === maria)!.mention).toBeNull();
  });

  it('plans check-ins on the next business day after the decision date, at 10:00 in the user’s zone, across the DST change', async () => {
    const ny = await followUps();
    expect(ny.checkIns.map((c) => [c.sequence, c.dueLocalDate, c.dueAt, c.channel, c.to, c.personName, c.status])).toEqual([
      [1, '2026-03-09', '2026-03-09T14:00:00.000Z', 'email', 'maria@acme.test', 'Maria Lopez', 'upcoming'],
      [2, '2026-03-16', '2026-03-16T14:00:00.000Z', 'email', 'maria@acme.test', 'Maria Lopez', 'upcoming'],
    ]);
    expect(ny.checkIns[0]!.reason).toMatch(/decide by 2026-03-06/);
    expect(ny.checkIns[0]!.body).toContain('decision around 6 March');
    expect(ny.moveOn).toBeNull();
    // Berlin is still on winter time on 9 March (10:00 CET = 09:00 UTC); Tokyo has no DST (10:00 JST = 01:00 UTC).
    expect((await followUps('Europe/Berlin')).checkIns[0]!.dueAt).toBe('2026-03-09T09:00:00.000Z');
    expect((await followUps('Asia/Tokyo')).checkIns[0]!.dueAt).toBe('2026-03-09T01:00:00.000Z');
  });

  it('without a decision date, checks in 5 business days after the last interview', async () => {
    await t.request({ method: 'PUT', url: `/api/opportunities/${opp}/housekeeping`, payload: { decisionDate: null } });
    try {
      const f = await followUps();
      // Tuesday 3 March + 5 business days = Tuesday 10 March, 10:00 EDT.
      expect(f.checkIns[0]).toMatchObject({ dueLocalDate: '2026-03-10', dueAt: '2026-03-10T14:00:00.000Z' });
      expect(f.checkIns[0]!.reason).toMatch(/No decision date/);
    } finally {
      await t.request({ method: 'PUT', url: `/api/opportunities/${opp}/housekeeping`, payload: { decisionDate: '2026-03-06' } });
    }
  });

  it('keeps an edited draft across reads and tone changes, and goes back to the generated one on request', async () => {
    const own = 'Dear Maria,\n\nMy own words, thank you.\n\nSam';
    const res = await patch(thankYouUrl(maria), { draft: own, subject: 'Thanks!' });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json<FollowUps>().thankYous[0]!;
    expect(after).toMatchObject({ body: own, subject: 'Thanks!', edited: true });
    expect(after.mailto).toContain(encodeURIComponent('My own words'));
    expect((await followUps()).thankYous[0]).toMatchObject({ body: own, edited: true });
    const toned = (await patch(thankYouUrl(maria), { tone: 'formal' })).json<FollowUps>().thankYous[0]!;
    expect(toned).toMatchObject({ tone: 'formal', body: own });
    const reset = (await patch(thankYouUrl(maria), { draft: null, subject: null })).json<FollowUps>().thankYous[0]!;
    expect(reset.edited).toBe(false);
    expect(reset.body.startsWith('Dear Maria Lopez,')).toBe(true);
    expect(reset.body).toContain('I led the move of twelve services onto Kubernetes in six weeks.');
    // The edited text is linted as it stands: no sign-off and name under it.
    expect(after.findings.map((x) => x.code)).toEqual(['no-sign-off']);
    await patch(thankYouUrl(maria), { tone: 'warm' });
  });

  it('signs with the name from the follow-up settings', async () => {
    const res = await t.request({ method: 'PATCH', url: '/api/follow-up-settings', payload: { senderName: 'Sam Doe' } });
    expect(res.statusCode, res.body).toBe(200);
    const f = await followUps();
    expect(f).toMatchObject({ senderName: 'Sam Doe', needsName: false });
    expect(f.thankYous[1]!.body.trimEnd().endsWith('Sam Doe')).toBe(true);
  });

  it('marks a thank-you sent (idempotently) and not sent again', async () => {
    const sent = (await patch(thankYouUrl(tom), { sent: true })).json<FollowUps>().thankYous[1]!;
    expect(sent).toMatchObject({ status: 'sent', sentAt: NOW.toISOString() });
    clock = new Date('2026-03-04T13:00:00.000Z');
    try {
      expect((await patch(thankYouUrl(tom), { sent: true })).json<FollowUps>().thankYous[1]!.sentAt).toBe(NOW.toISOString());
    } finally {
      clock = NOW;
    }
    const unsent = (await patch(thankYouUrl(tom), { sent: false })).json<FollowUps>().thankYous[1]!;
    expect(unsent).toMatchObject({ status: 'due', sentAt: null });
    const dismissed = (await patch(thankYouUrl(tom), { dismissed: true })).json<FollowUps>().thankYous[1]!;
    expect(dismissed.status).toBe('dismissed');
    expect((await patch(thankYouUrl(tom), { dismissed: false })).json<FollowUps>().thankYous[1]!.status).toBe('due');
  });

  it('marks check-ins sent in order, dates the next from the one sent, then suggests moving on', async () => {
    const outOfOrder = await patch(checkInUrl(2), { sent: true });
    expect(outOfOrder.statusCode).toBe(409);
    expect(outOfOrder.json()).toMatchObject({ error: { code: 'conflict', field: 'sent' } });

    clock = new Date('2026-03-09T15:00:00.000Z');
    try {
      const one = (await patch(checkInUrl(1), { sent: true })).json<FollowUps>();
      expect(one.checkIns.map((c) => [c.sequence, c.status, c.dueLocalDate, c.sentAt])).toEqual([
        [1, 'sent', null, '2026-03-09T15:00:00.000Z'],
        [2, 'upcoming', '2026-03-16', null],
      ]);
      const two = (await patch(checkInUrl(2), { sent: true })).json<FollowUps>();
      expect(two.checkIns.map((c) => c.status)).toEqual(['sent', 'sent']);
      expect(two.moveOn?.suggestion).toMatch(/other opportunities/);
      const undoFirst = await patch(checkInUrl(1), { sent: false });
      expect(undoFirst.statusCode).toBe(409);
      expect((await patch(checkInUrl(2), { sent: false })).json<FollowUps>().moveOn).toBeNull();
      expect((await patch(checkInUrl(1), { sent: false })).json<FollowUps>().checkIns.map((c) => c.status)).toEqual(['due', 'upcoming']);
    } finally {
      clock = NOW;
    }
  });

  it('follows configured rules and refuses out-of-range ones naming the field', async () => {
    await t.request({ method: 'PUT', url: `/api/opportunities/${opp}/housekeeping`, payload: { decisionDate: null } });
    try {
      const ok = await t.request({
        method: 'PATCH',
        url: '/api/follow-up-settings',
        payload: { rules: { checkInBusinessDaysWithoutDecision: 7, maxCheckIns: 1, checkInLocalTime: '09:30' } },
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({
        senderName: 'Sam Doe',
        rules: { checkInBusinessDaysWithoutDecision: 7, maxCheckIns: 1, checkInLocalTime: '09:30', secondCheckInBusinessDays: 5 },
      });
      const f = await followUps();
      // Tuesday 3 March + 7 business days = Thursday 12 March, 09:30 EDT.
      expect(f.checkIns.map((c) => [c.sequence, c.dueAt])).toEqual([[1, '2026-03-12T13:30:00.000Z']]);
      expect(f.rules.join(' ')).toMatch(/7 business days/);
      for (const [rules, field] of [
        [{ checkInBusinessDaysWithoutDecision: 8 }, 'rules.checkInBusinessDaysWithoutDecision'],
        [{ checkInLocalTime: '25:00' }, 'rules.checkInLocalTime'],
        [{ weekendDays: [0, 1, 2, 3, 4, 5, 6] }, 'rules.weekendDays'],
        [{ maxCheckIns: 1.5 }, 'rules.maxCheckIns'],
        [{ holidays: ['2026-13-01'] }, 'rules.holidays.0'],
        [{ surprise: 1 }, 'rules.surprise'],
      ] as const) {
        const bad = await t.request({ method: 'PATCH', url: '/api/follow-up-settings', payload: { rules } });
        expect(bad.statusCode, JSON.stringify(rules)).toBe(400);
        expect(bad.json<{ error: { field: string } }>().error.field, JSON.stringify(rules)).toBe(field);
      }
      expect((await t.request({ method: 'GET', url: '/api/follow-up-settings' })).json()).toMatchObject({
        rules: { checkInBusinessDaysWithoutDecision: 7, maxCheckIns: 1 },
      });
    } finally {
      await t.request({
        method: 'PATCH',
        url: '/api/follow-up-settings',
        payload: { rules: { checkInBusinessDaysWithoutDecision: 5, maxCheckIns: 2, checkInLocalTime: '10:00' } },
      });
      await t.request({ method: 'PUT', url: `/api/opportunities/${opp}/housekeeping`, payload: { decisionDate: '2026-03-06' } });
    }
  });

  it('answers 400 naming the field, or 404, for bad requests and changes nothing', async () => {
    const before = await rowCount();
    const snapshot = JSON.stringify(await followUps());
    const stranger = await insertStranger(t.db);
    const cases: [string, string, unknown, number, string | undefined][] = [
      ['GET', `/api/opportunities/${opp}/follow-ups?timeZone=Mars%2FOlympus`, undefined, 400, 'timeZone'],
      ['GET', `/api/opportunities/${opp}/follow-ups?zone=UTC`, undefined, 400, undefined],
      ['GET', '/api/opportunities/not-a-uuid/follow-ups', undefined, 400, 'id'],
      ['GET', `/api/opportunities/${stranger.opportunityId}/follow-ups`, undefined, 404, undefined],
      ['PATCH', `/api/follow-ups/thank-you/nope/${maria}`, { sent: true }, 400, 'interviewId'],
      ['PATCH', `/api/follow-ups/thank-you/${interview}/nope`, { sent: true }, 400, 'personId'],
      ['PATCH', thankYouUrl(maria), {}, 400, undefined],
      ['PATCH', thankYouUrl(maria), { sent: 'yes' }, 400, 'sent'],
      ['PATCH', thankYouUrl(maria), { tone: 'chatty' }, 400, 'tone'],
      ['PATCH', thankYouUrl(maria), { draft: 'x'.repeat(20_001) }, 400, 'draft'],
      ['PATCH', thankYouUrl(maria), { subject: 'x'.repeat(301) }, 400, 'subject'],
      ['PATCH', thankYouUrl(maria), { sent: true, colour: 'red' }, 400, undefined],
      ['PATCH', `/api/follow-ups/thank-you/${stranger.interviewId}/${stranger.personId}`, { sent: true }, 404, undefined],
      ['PATCH', `/api/follow-ups/thank-you/${interview}/${stranger.personId}`, { sent: true }, 404, undefined],
      ['PATCH', checkInUrl(0), { sent: true }, 400, 'sequence'],
      ['PATCH', checkInUrl('x'), { sent: true }, 400, 'sequence'],
      ['PATCH', checkInUrl(3), { sent: true }, 404, undefined],
      ['PATCH', `/api/follow-ups/check-in/${stranger.opportunityId}/1`, { sent: true }, 404, undefined],
      ['PATCH', '/api/follow-up-settings', { senderName: 'x'.repeat(101) }, 400, 'senderName'],
    ];
    for (const [method, url, payload, status, field] of cases) {
      const res = await t.request({
        method: method as 'GET' | 'PATCH',
        url,
        ...(payload !== undefined && { payload: payload as Record<string, unknown> }),
      });
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)?.slice(0, 80)}: ${res.body.slice(0, 200)}`).toBe(status);
      const body = res.json<{ error: { code: string; field?: string } }>();
      expect(body.error.code).toBe(status === 404 ? 'not-found' : 'validation');
      if (field) expect(body.error.field, url).toBe(field);
    }
    expect(await rowCount()).toBe(before);
    expect(JSON.stringify(await followUps())).toBe(snapshot);
  });
});
