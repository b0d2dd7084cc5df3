import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Concern, Interview } from '../../../contracts/interviews.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { api } from '../../../../test/factories.js';

type ErrorReply = { error: { code: string; message: string; field?: string } };

const good = { kind: 'video', startsAt: '2026-03-03T14:00:00.000Z', timeZone: 'Europe/Lisbon', durationMinutes: 60 };
const slot = { startsAt: '2026-03-03T14:00:00.000Z', durationMinutes: 30 };

describe.each(DIALECTS)('interviews bad input on %s answers 400 naming the field and changes nothing', (dialect) => {
  let t: TestApp;
  let a: ReturnType<typeof api>;
  let oppId: string;
  let interview: Interview;
  let concern: Concern;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    a = api(t);
    oppId = (await a.opportunity()).id;
    interview = await a.interview(oppId);
    concern = await a.concern(oppId, { text: 'Seniority', interviewId: interview.id });
  });
  afterAll(() => t.close());

  /** Everything the user could see change. */
  const snapshot = async () => [
    (await t.request({ method: 'GET', url: `/api/opportunities/${oppId}/interviews` })).body,
    (await t.request({ method: 'GET', url: `/api/opportunities/${oppId}/concerns` })).body,
  ];

  const cases: [string, 'POST' | 'PATCH', () => string, unknown, string][] = [
    ['no kind', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, kind: undefined }, 'kind'],
    ['an unknown kind', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, kind: 'carrier-pigeon' }, 'kind'],
    ['no start', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, startsAt: undefined }, 'startsAt'],
    ['a start with no zone', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, startsAt: '2026-03-03 14:00' }, 'startsAt'],
    ['a start as a number', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, startsAt: 1772546400000 }, 'startsAt'],
    ['no time zone', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, timeZone: undefined }, 'timeZone'],
    [
      'a zone that does not exist',
      'POST',
      () => `/api/opportunities/${oppId}/interviews`,
      { ...good, timeZone: 'Mars/Olympus_Mons' },
      'timeZone',
    ],
    ['an offset for a zone', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, timeZone: '+01:00' }, 'timeZone'],
    ['a 3-minute interview', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, durationMinutes: 3 }, 'durationMinutes'],
    ['a 17-hour interview', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, durationMinutes: 1020 }, 'durationMinutes'],
    ['fractional minutes', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, durationMinutes: 30.5 }, 'durationMinutes'],
    ['minutes as text', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, durationMinutes: '60' }, 'durationMinutes'],
    ['an over-long title', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, title: 'x'.repeat(201) }, 'title'],
    ['an over-long location', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, location: 'x'.repeat(2001) }, 'location'],
    ['an unknown field', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, dressCode: 'smart' }, 'dressCode'],
    ['a bad id', 'POST', () => `/api/opportunities/${oppId}/interviews`, { ...good, id: 'abc' }, 'id'],
    [
      'a checklist item without a label',
      'POST',
      () => `/api/opportunities/${oppId}/interviews`,
      { ...good, checklist: [{ id: 'a', done: false }] },
      'checklist.0.label',
    ],
    [
      'a checklist item done as text',
      'POST',
      () => `/api/opportunities/${oppId}/interviews`,
      { ...good, checklist: [{ id: 'a', label: 'A', done: 'yes' }] },
      'checklist.0.done',
    ],
    [
      'checklist ids repeated',
      'POST',
      () => `/api/opportunities/${oppId}/interviews`,
      {
        ...good,
        checklist: [
          { id: 'a', label: 'A', done: false },
          { id: 'a', label: 'B', done: true },
        ],
      },
      'checklist.1.id',
    ],
    [
      '61 checklist items',
      'POST',
      () => `/api/opportunities/${oppId}/interviews`,
      { ...good, checklist: Array.from({ length: 61 }, (_, i) => ({ id: `i${i}`, label: 'x', done: false })) },
      'checklist',
    ],
    [
      'a conversation with no start',
      'POST',
      () => `/api/opportunities/${oppId}/interviews`,
      { ...good, conversations: [slot, { durationMinutes: 30 }] },
      'conversations.1.startsAt',
    ],
    [
      'a conversation person id that is no UUID',
      'POST',
      () => `/api/opportunities/${oppId}/interviews`,
      { ...good, conversations: [{ ...slot, personIds: ['dana'] }] },
      'conversations.0.personIds.0',
    ],
    [
      'a panel of 13',
      'POST',
      () => `/api/opportunities/${oppId}/interviews`,
      { ...good, conversations: [{ ...slot, personIds: Array.from({ length: 13 }, () => uuidv7()) }] },
      'conversations.0.personIds',
    ],
    [
      '21 conversations',
      'POST',
      () => `/api/opportunities/${oppId}/interviews`,
      { ...good, conversations: Array.from({ length: 21 }, () => slot) },
      'conversations',
    ],
    [
      'the same conversation id twice',
      'POST',
      () => `/api/opportunities/${oppId}/interviews`,
      {
        ...good,
        conversations: [
          { ...slot, id: '01a21475-826b-785a-87b5-cc59b0ad224f' },
          { ...slot, id: '01a21475-826b-785a-87b5-cc59b0ad224f' },
        ],
      },
      'conversations.1.id',
    ],
    [
      'an interview edit with a bad zone',
      'PATCH',
      () => `/api/interviews/${interview.id}`,
      { title: 'Changed', timeZone: 'Europe/Atlantis' },
      'timeZone',
    ],
    [
      'an interview edit with an unknown field',
      'PATCH',
      () => `/api/interviews/${interview.id}`,
      () => ({ opportunityId: oppId }),
      'opportunityId',
    ],
    ['an interview edit with a null title', 'PATCH', () => `/api/interviews/${interview.id}`, { title: null }, 'title'],
    [
      'an interview edit with repeated checklist ids',
      'PATCH',
      () => `/api/interviews/${interview.id}`,
      {
        checklist: [
          { id: 'a', label: 'A', done: false },
          { id: 'b', label: 'B', done: false },
          { id: 'a', label: 'C', done: false },
        ],
      },
      'checklist.2.id',
    ],
    [
      'a conversation with a 2-minute slot',
      'POST',
      () => `/api/interviews/${interview.id}/conversations`,
      { ...slot, durationMinutes: 2 },
      'durationMinutes',
    ],
    [
      'a conversation with an over-long topic',
      'POST',
      () => `/api/interviews/${interview.id}/conversations`,
      { ...slot, topic: 'x'.repeat(201) },
      'topic',
    ],
    ['a conversation with an unknown field', 'POST', () => `/api/interviews/${interview.id}/conversations`, { ...slot, room: 'B' }, 'room'],
    [
      'a conversation edit with a bad start',
      'PATCH',
      () => `/api/conversations/${interview.conversations[0]!.id}`,
      { startsAt: 'tomorrow' },
      'startsAt',
    ],
    [
      'a conversation edit with a negative position',
      'PATCH',
      () => `/api/conversations/${interview.conversations[0]!.id}`,
      { position: -1 },
      'position',
    ],
    ['a concern with no text', 'POST', () => `/api/opportunities/${oppId}/concerns`, () => ({ interviewId: interview.id }), 'text'],
    ['a concern of spaces', 'POST', () => `/api/opportunities/${oppId}/concerns`, { text: '   ' }, 'text'],
    ['an over-long concern', 'POST', () => `/api/opportunities/${oppId}/concerns`, { text: 'x'.repeat(1001) }, 'text'],
    ['a concern with a status', 'POST', () => `/api/opportunities/${oppId}/concerns`, { text: 'x', status: 'addressed' }, 'status'],
    [
      'a concern with a bad interview id',
      'POST',
      () => `/api/opportunities/${oppId}/concerns`,
      { text: 'x', interviewId: 42 },
      'interviewId',
    ],
    ['a concern edit with an unknown status', 'PATCH', () => `/api/concerns/${concern.id}`, { status: 'resolved' }, 'status'],
    ['a concern edit with a note id', 'PATCH', () => `/api/concerns/${concern.id}`, { noteId: uuidv7() }, 'noteId'],
    [
      'a concern edit with an over-long answer',
      'PATCH',
      () => `/api/concerns/${concern.id}`,
      { howAddressed: 'x'.repeat(5001) },
      'howAddressed',
    ],
  ];

  it.each(cases)('refuses %s', async (_label, method, url, payload, field) => {
    const before = await snapshot();
    const res = await a.json<ErrorReply>(method, url(), typeof payload === 'function' ? (payload as () => unknown)() : payload);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation');
    expect(res.body.error.field).toBe(field);
    expect(res.body.error.message).toMatch(new RegExp(field.replace(/\./g, '\\.')));
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['?from=yesterday', 'from'],
    ['?to=2026-03-03', 'to'],
    ['?from=2026-03-04T00:00:00Z&to=2026-03-03T00:00:00Z', 'to'],
    ['?from=2026-03-04T00:00:00Z&to=2026-03-04T00:00:00Z', 'to'],
    ['?opportunityId=x', 'opportunityId'],
  ])('refuses the list query %s naming %s', async (query, field) => {
    const res = await a.json<ErrorReply>('GET', `/api/interviews${query}`);
    expect([res.status, res.body.error.field]).toEqual([400, field]);
  });

  it('refuses a body that is not JSON, and a body that is not an object', async () => {
    const notJson = await t.request({
      method: 'POST',
      url: `/api/opportunities/${oppId}/interviews`,
      headers: { 'content-type': 'application/json' },
      payload: '{"kind":',
    });
    expect([notJson.statusCode, notJson.json<ErrorReply>().error.code]).toEqual([400, 'invalid-json']);
    const array = await t.request({
      method: 'POST',
      url: `/api/opportunities/${oppId}/interviews`,
      headers: { 'content-type': 'application/json' },
      payload: '[]',
    });
    expect(array.statusCode).toBe(400);
  });
});
