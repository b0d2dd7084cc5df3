import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarFeed, CreatedCalendarFeed } from '../../../contracts/calendar.js';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { Person } from '../../../contracts/people.js';
import { uuidv7 } from '../../../core/ids.js';
import type { Ctx } from '../../auth/actor.js';
import { createOpportunity } from '../opportunities/service.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { parseIcs, physicalLines } from '../../../../test/support/ics.js';
import { insertInterview } from '../../../../test/factories.js';

type Err = { error: { code: string; field?: string } };

// Clocks in New York went forward on Sunday 2026-03-08: EST (UTC−5) before, EDT (UTC−4) after.
const NOW = '2026-03-05T12:00:00.000Z';

describe.each(DIALECTS)('calendar over HTTP on %s', (dialect) => {
  let t: TestApp;
  let opp: Opportunity;
  let ana: Person;
  let beforeDst: string;
  let afterDst: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: () => new Date(NOW) });
    opp = (
      await t.request({
        method: 'POST',
        url: '/api/opportunities',
        payload: { employerName: 'Quarry & Sons', roleTitle: 'Data engineer', stage: 'interviewing' },
      })
    ).json<Opportunity>();
    ana = (
      await t.request({
        method: 'POST',
        url: '/api/people',
        payload: { name: 'Ana Ruiz', role: 'hiring-manager', email: 'ana@quarry.example', opportunityIds: [opp.id] },
      })
    ).json<Person>();
    // 10:00 New York time on both sides of the change.
    beforeDst = (
      await insertInterview(t.db, {
        opportunityId: opp.id,
        kind: 'phone',
        startsAt: '2026-03-06T15:00:00Z',
        durationMinutes: 30,
        location: '+1 212 555 0100',
      })
    ).id;
    afterDst = (
      await insertInterview(t.db, {
        opportunityId: opp.id,
        kind: 'video',
        title: 'Panel',
        startsAt: '2026-03-09T14:00:00Z',
        durationMinutes: 90,
        location: 'https://meet.example/quarry-panel',
        conversations: [
          { startsAt: '2026-03-09T14:00:00Z', durationMinutes: 45, topic: 'Team fit', personIds: [ana.id] },
          { startsAt: '2026-03-09T14:45:00Z', durationMinutes: 45, topic: 'Systems design' },
        ],
      })
    ).id;
    await t.request({
      method: 'PUT',
      url: `/api/opportunities/${opp.id}/housekeeping`,
      payload: { decisionDate: '2026-03-10', bestContactPersonId: ana.id },
    });
  });
  afterAll(() => t.close());

  const ics = async (url: string) => {
    const res = await t.request({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    physicalLines(res.body);
    return parseIcs(res.body).events;
  };

  it('downloads an interview as .ics with the right UTC times across the DST change and two reminders', async () => {
    const res = await t.request({ method: 'GET', url: `/api/interviews/${afterDst}/calendar.ics` });
    expect(res.headers['content-disposition']).toBe('attachment; filename="interview-quarry-sons-2026-03-09.ics"');
    const [after] = await ics(`/api/interviews/${afterDst}/calendar.ics`);
    expect(after).toMatchObject({
      uid: `interview-${afterDst}@offerbook`,
      summary: 'Panel: Quarry & Sons – Data engineer',
      start: '2026-03-09T14:00:00.000Z',
      end: '2026-03-09T15:30:00.000Z',
      location: 'https://meet.example/quarry-panel',
      url: 'https://meet.example/quarry-panel',
    });
    expect(after!.alarms.map((a) => [a.action, a.triggerSeconds])).toEqual([
      ['DISPLAY', -86_400],
      ['DISPLAY', -3_600],
    ]);
    expect(after!.description).toContain('10:00–10:45 Ana Ruiz (Team fit)');
    expect(after!.description).toMatch(new RegExp(`Interview mode in Offerbook: http://[^/]+/interviews/${afterDst}`));
    const [before] = await ics(`/api/interviews/${beforeDst}/calendar.ics`);
    expect(before).toMatchObject({
      start: '2026-03-06T15:00:00.000Z',
      end: '2026-03-06T15:30:00.000Z',
      summary: 'Phone interview: Quarry & Sons – Data engineer',
    });
  });

  it('answers 404 for unknown, deleted and other people’s interviews, 400 for a malformed id', async () => {
    expect((await t.request({ method: 'GET', url: `/api/interviews/${uuidv7()}/calendar.ics` })).statusCode).toBe(404);
    const deleted = (await insertInterview(t.db, { opportunityId: opp.id, startsAt: '2026-03-20T14:00:00Z', deletedAt: NOW })).id;
    expect((await t.request({ method: 'GET', url: `/api/interviews/${deleted}/calendar.ics` })).statusCode).toBe(404);
    const other = uuidv7();
    await t.db.kysely.insertInto('users').values({ id: other, display_name: 'Other', is_local: 0, created_at: NOW }).execute();
    const ctx: Ctx = { db: t.db, actor: { userId: other }, now: () => new Date(NOW) };
    const { opportunity: theirs } = await createOpportunity(ctx, { employerName: 'Secret Co', roleTitle: 'Hidden', stage: 'interviewing' });
    const theirInterview = (await insertInterview(t.db, { opportunityId: theirs.id, ownerId: other, startsAt: '2026-03-12T14:00:00Z' })).id;
    expect((await t.request({ method: 'GET', url: `/api/interviews/${theirInterview}/calendar.ics` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${theirs.id}/follow-ups/calendar.ics` })).statusCode).toBe(404);
    const bad = await t.request({ method: 'GET', url: '/api/interviews/123/calendar.ics' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Err>().error.field).toBe('id');
  });

  it("downloads an opportunity's follow-ups: thank-you before its 24-hour mark, check-ins at 10:00 local", async () => {
    const events = await ics(`/api/opportunities/${opp.id}/follow-ups/calendar.ics?timeZone=America/New_York`);
    expect(events.map((e) => [e.summary, e.start, e.end])).toEqual([
      // Ana's conversation ended 14:45Z on 9 March: the note is due by 14:45Z on the 10th.
      ['Send a thank-you note to Ana Ruiz (Quarry & Sons – Data engineer)', '2026-03-10T14:15:00.000Z', '2026-03-10T14:45:00.000Z'],
      // Decision expected on Tue 10 March: check in on the next business day at 10:00 EDT, then a week later.
      ['Check in with Ana Ruiz (Quarry & Sons – Data engineer)', '2026-03-11T14:00:00.000Z', '2026-03-11T14:15:00.000Z'],
      ['Check in with Ana Ruiz (Quarry & Sons – Data engineer)', '2026-03-18T14:00:00.000Z', '2026-03-18T14:15:00.000Z'],
    ]);
    for (const e of events) expect(e.alarms).toEqual([{ action: 'DISPLAY', description: e.summary, triggerSeconds: 0 }]);
    expect(events[1]!.description).toContain('How: email: ana@quarry.example.');
    expect(events[1]!.uid).toBe(`check-in-${opp.id}-1@offerbook`);
  });

  it('leaves out a thank-you note once it is marked sent, and brings it back when unmarked', async () => {
    const url = `/api/opportunities/${opp.id}/follow-ups/calendar.ics?timeZone=America/New_York`;
    const mark = (sent: boolean) =>
      t.request({ method: 'PATCH', url: `/api/follow-ups/thank-you/${afterDst}/${ana.id}`, payload: { sent } });
    expect((await mark(true)).statusCode).toBe(200);
    expect((await ics(url)).map((e) => e.uid.split('-')[0])).toEqual(['check', 'check']);
    expect((await mark(false)).statusCode).toBe(200);
    expect((await ics(url)).map((e) => e.uid.split('-')[0])).toEqual(['thank', 'check', 'check']);
  });

  it('puts check-ins at 10:00 in the zone asked for, and refuses unknown zones naming timeZone', async () => {
    const events = await ics(`/api/opportunities/${opp.id}/follow-ups/calendar.ics?timeZone=Europe/Berlin`);
    expect(events[1]!.start).toBe('2026-03-11T09:00:00.000Z'); // 10:00 CET
    for (const zone of ['Mars/Olympus', 'not a zone']) {
      const res = await t.request({
        method: 'GET',
        url: `/api/opportunities/${opp.id}/follow-ups/calendar.ics?timeZone=${encodeURIComponent(zone)}`,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<Err>().error.field).toBe('timeZone');
    }
    expect((await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/follow-ups/calendar.ics?zone=UTC` })).statusCode).toBe(400);
  });

  describe('feeds', () => {
    let created: CreatedCalendarFeed;
    let offerOpportunity = '';
    const token = () => /\/calendar\/([A-Za-z0-9_-]{43})\.ics/.exec(created.url)![1]!;

    it('makes a feed whose secret URL is answered once; only the SHA-256 of the token is stored', async () => {
      const res = await t.request({ method: 'POST', url: '/api/calendar/feeds', payload: { timeZone: 'America/New_York' } });
      expect(res.statusCode).toBe(201);
      created = res.json<CreatedCalendarFeed>();
      expect(created.url).toMatch(/^http:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]{43}\.ics\?tz=America%2FNew_York$/);
      expect(created.url.endsWith(created.path)).toBe(true);
      const row = await t.db.kysely.selectFrom('calendar_feeds').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
      expect(row.token_hash).toBe(createHash('sha256').update(token()).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(token());
      const list = (await t.request({ method: 'GET', url: '/api/calendar/feeds' })).json<{ items: CalendarFeed[] }>();
      expect(list.items).toEqual([{ id: created.id, createdAt: NOW }]);
      expect(JSON.stringify(list)).not.toContain(token());
    });

    it('serves interviews, follow-ups and offer deadlines at the URL, with no other credential', async () => {
      const birch = (
        await t.request({
          method: 'POST',
          url: '/api/opportunities',
          payload: { employerName: 'Birch Bank', roleTitle: 'Analyst', stage: 'interviewing' },
        })
      ).json<Opportunity>();
      offerOpportunity = birch.id;
      await t.request({ method: 'PUT', url: `/api/opportunities/${birch.id}/offer`, payload: { deadline: '2026-03-27' } });
      const old = (await insertInterview(t.db, { opportunityId: opp.id, startsAt: '2026-01-20T14:00:00Z' })).id;
      const res = await t.request({ method: 'GET', url: created.path });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.body).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
      const { calendar, events } = parseIcs(res.body);
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Offerbook');
      const uids = events.map((e) => e.uid);
      expect(uids).toContain(`interview-${beforeDst}@offerbook`);
      expect(uids).toContain(`interview-${afterDst}@offerbook`);
      expect(uids).not.toContain(`interview-${old}@offerbook`); // more than 30 days ago
      expect(uids.filter((u) => u.startsWith('thank-you-'))).toHaveLength(1);
      expect(uids.filter((u) => u.startsWith('check-in-'))).toHaveLength(2);
      expect(events.find((e) => e.uid === `offer-deadline-${offerOpportunity}@offerbook`)).toMatchObject({
        allDay: true,
        start: '2026-03-27',
        summary: 'Offer deadline: Birch Bank – Analyst',
      });
      expect(events.find((e) => e.uid.startsWith('check-in-'))!.start).toBe('2026-03-11T14:00:00.000Z'); // 10:00 in the feed's zone
      expect(events.find((e) => e.uid === `interview-${afterDst}@offerbook`)!.start).toBe('2026-03-09T14:00:00.000Z');
      expect(events.some((e) => e.summary.includes('Secret Co'))).toBe(false);
    });

    it('leaves out interviews and follow-ups of archived opportunities', async () => {
      await t.request({ method: 'POST', url: `/api/opportunities/${opp.id}/archive` });
      const { events } = parseIcs((await t.request({ method: 'GET', url: created.path })).body);
      expect(events.map((e) => e.uid)).toEqual([`offer-deadline-${offerOpportunity}@offerbook`]);
      await t.request({ method: 'POST', url: `/api/opportunities/${opp.id}/unarchive` });
    });

    it('answers 404 for unknown and malformed tokens', async () => {
      for (const path of [`/calendar/${'A'.repeat(43)}.ics`, '/calendar/short.ics', `/calendar/${token()}x.ics`]) {
        const res = await t.request({ method: 'GET', url: path });
        expect(res.statusCode).toBe(404);
        expect(res.body).not.toContain('BEGIN:VCALENDAR');
      }
    });

    it('revokes a feed: its URL answers 404 at once and it leaves the list', async () => {
      expect((await t.request({ method: 'DELETE', url: `/api/calendar/feeds/${created.id}` })).statusCode).toBe(204);
      expect((await t.request({ method: 'GET', url: created.path })).statusCode).toBe(404);
      expect((await t.request({ method: 'DELETE', url: `/api/calendar/feeds/${created.id}` })).statusCode).toBe(404);
      expect((await t.request({ method: 'GET', url: '/api/calendar/feeds' })).json<{ items: CalendarFeed[] }>().items).toEqual([]);
      expect((await t.request({ method: 'DELETE', url: `/api/calendar/feeds/${uuidv7()}` })).statusCode).toBe(404);
    });

    it('makes a feed without a body, and refuses bad bodies naming the field', async () => {
      const plain = await t.request({ method: 'POST', url: '/api/calendar/feeds' });
      expect(plain.statusCode).toBe(201);
      expect(plain.json<CreatedCalendarFeed>().path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      const count = async () =>
        (await t.request({ method: 'GET', url: '/api/calendar/feeds' })).json<{ items: CalendarFeed[] }>().items.length;
      const before = await count();
      for (const [payload, field] of [
        [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
        [{ timeZone: 12 }, 'timeZone'],
        [{ token: 'mine' }, undefined],
      ] as const) {
        const res = await t.request({ method: 'POST', url: '/api/calendar/feeds', payload });
        expect(res.statusCode).toBe(400);
        if (field) expect(res.json<Err>().error.field).toBe(field);
      }
      expect(await count()).toBe(before);
      // Two feeds never share a token.
      const again = (await t.request({ method: 'POST', url: '/api/calendar/feeds' })).json<CreatedCalendarFeed>();
      expect(again.path).not.toBe(plain.json<CreatedCalendarFeed>().path);
    });
  });

  it('documents the calendar routes in OpenAPI under Calendar', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags: string[] }>>;
    }>();
    for (const path of [
      '/api/interviews/{id}/calendar.ics',
      '/api/opportunities/{id}/follow-ups/calendar.ics',
      '/api/calendar/feeds',
      '/api/calendar/feeds/{id}',
    ]) {
      expect(Object.values(doc.paths[path]!).every((op) => op.tags.includes('Calendar'))).toBe(true);
    }
  });
});
