import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids.js';
import { buildOpportunityInput } from '../factories.js';
import { DIALECTS } from '../support/db.js';
import { sampleValue, type JsonSchema } from './openapi-sample.js';
import { createServerTestApp, signedInAs, type Browser, type ServerTestApp } from './support.js';

/**
 * The isolation matrix (issue #8): for EVERY route of the API document with a path parameter, user B
 * asking for user A's objects gets 404 — never 200, 403 or A's data — and the same request from A
 * does find the object (so the 404 is about ownership, not a bad request). Generated from
 * /api/openapi.json, so a new route is covered the day it is added.
 */

/** A word only A's content contains: B must never see it. */
const MARK = 'Zebra4417';

/** Which kind of object a path parameter addresses: `{id}` after the collection, or `{fooId}`. */
const COLLECTION_KIND: Record<string, string> = {
  opportunities: 'opportunity',
  people: 'person',
  facts: 'fact',
  answers: 'answer',
  stories: 'story',
  questions: 'question',
  'question-plan-items': 'questionPlanItem',
  interviews: 'interview',
  conversations: 'conversation',
  concerns: 'concern',
  notes: 'note',
  'calendar/feeds': 'feed',
  'admin/users': 'user',
  'auth/sessions': 'session',
  shares: 'share',
  imports: 'import',
};

/**
 * Routes whose parameter is not an owned object, with why. They are still called as B and must not
 * answer A's data; they are just not required to answer 404.
 */
const NOT_OWNED: Record<string, string> = {
  'GET /api/prompts/{id}': 'built-in prompt library, the same for everyone',
  'GET /api/prompts/{id}/story-suggestions': "built-in prompt; suggestions come from the caller's own stories",
  'GET /calendar/{token}.ics': 'the token itself is the credential (unknown tokens answer 404; see the calendar tests)',
};

/**
 * Routes where A's own request may answer 404 even though A owns the object in the path (B must still
 * get 404): the addressed item is computed and does not exist yet for this small notebook.
 */
const OWNER_MAY_MISS: Record<string, string> = {
  'PATCH /api/follow-ups/check-in/{opportunityId}/{sequence}': 'check-ins exist only once the follow-up schedule plans them',
  'POST /api/shares/{id}/comments': 'the generated body names no answer of the share',
};

interface Operation {
  method: string;
  path: string;
  parameters?: Array<{ in: string; name: string; required?: boolean; schema: JsonSchema }>;
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
}

function kindOf(path: string, param: string): string | undefined {
  if (param !== 'id') return param.replace(/Id$/, '');
  const m = /^\/api\/(.+)\/\{id\}/.exec(path);
  return m ? COLLECTION_KIND[m[1]!] : undefined;
}

describe.each(DIALECTS)('isolation matrix in server mode on %s', (dialect) => {
  let t: ServerTestApp;
  let a: Browser;
  let b: Browser;
  let admin: Browser;
  const known = new Map<string, string>();
  let operations: Operation[] = [];
  let resolve: (ref: string) => JsonSchema;

  /** A's call; must succeed. Answers the JSON body. */
  async function asA<T = Record<string, unknown>>(method: string, url: string, payload?: object): Promise<T> {
    const res = await a.request({ method: method as 'GET', url, payload });
    if (res.statusCode >= 300) throw new Error(`${method} ${url} as A: ${res.statusCode} ${res.body}`);
    return (res.body ? res.json() : undefined) as T;
  }

  beforeAll(async () => {
    t = await createServerTestApp(dialect);
    const ana = await signedInAs(t.app, t.db, 'ana@example.org');
    a = ana.browser;
    b = (await signedInAs(t.app, t.db, 'ben@example.org')).browser;
    known.set('user', ana.userId);
    admin = (await signedInAs(t.app, t.db, 'root@example.org', 'admin')).browser;

    // A's notebook: one of every kind of object, made through the API.
    const opp = await asA<{ id: string; employerId: string }>(
      'POST',
      '/api/opportunities',
      buildOpportunityInput({ employerName: `${MARK} Ltd`, roleTitle: `${MARK} engineer` }),
    );
    known.set('opportunity', opp.id).set('employer', opp.employerId);
    known.set('person', (await asA<{ id: string }>('POST', '/api/people', { name: `${MARK} Person`, opportunityIds: [opp.id] })).id);
    known.set(
      'fact',
      (
        await asA<{ id: string }>('POST', `/api/employers/${opp.employerId}/facts`, {
          topic: 'what-they-do',
          statement: `${MARK} makes maps`,
        })
      ).id,
    );
    const prompts = await asA<{ items: Array<{ id: string }> }>('GET', '/api/prompts');
    known.set('prompt', prompts.items[0]!.id);
    known.set(
      'answer',
      (await asA<{ id: string }>('POST', '/api/answers', { promptId: prompts.items[0]!.id, text: `${MARK} answer`, opportunityId: opp.id }))
        .id,
    );
    known.set('story', (await asA<{ id: string }>('POST', '/api/stories', { title: `${MARK} story` })).id);
    known.set('question', (await asA<{ id: string }>('POST', '/api/questions', { text: `${MARK} question?` })).id);
    const item = await asA<{ id?: string; items?: Array<{ id: string; text: string }> }>(
      'POST',
      `/api/opportunities/${opp.id}/question-plan/items`,
      { text: `${MARK} item`, purpose: 'team' },
    );
    known.set('questionPlanItem', item.id ?? item.items!.find((i) => i.text.includes(MARK))!.id);
    const interview = await asA<{ id: string; conversations?: Array<{ id: string }>; checklist: Array<{ id: string }> }>(
      'POST',
      `/api/opportunities/${opp.id}/interviews`,
      {
        kind: 'video',
        title: `${MARK} interview`,
        startsAt: '2026-03-10T15:00:00.000Z',
        timeZone: 'Europe/Lisbon',
        durationMinutes: 60,
      },
    );
    known.set('interview', interview.id).set('checklistItem', interview.checklist[0]!.id);
    const conversation = await asA<{ id?: string; conversations?: Array<{ id: string }> }>(
      'POST',
      `/api/interviews/${interview.id}/conversations`,
      {
        startsAt: '2026-03-10T16:00:00.000Z',
        durationMinutes: 30,
        personIds: [known.get('person')],
      },
    );
    known.set('conversation', conversation.id ?? conversation.conversations!.at(-1)!.id);
    await asA('PUT', `/api/interviews/${interview.id}/reflection`, {
      rating: 4,
      wentWell: `${MARK} went well`,
      toImprove: '',
      signals: '',
      stumpers: [],
    });
    known.set('concern', (await asA<{ id: string }>('POST', `/api/opportunities/${opp.id}/concerns`, { text: `${MARK} concern` })).id);
    const noteId = uuidv7();
    await asA('PUT', `/api/notes/${noteId}`, {
      interviewId: interview.id,
      conversationId: null,
      text: `${MARK} note`,
      baseRevision: 0,
      writtenAt: '2026-03-10T15:05:00.000Z',
    });
    known.set('note', noteId);
    await asA('PUT', `/api/opportunities/${opp.id}/offer`, { basePay: 100000, currency: 'EUR', payPeriod: 'year', notes: `${MARK} offer` });
    await asA('PUT', `/api/opportunities/${opp.id}/posting`, { text: `${MARK} posting`, sourceUrl: 'https://example.org/jobs/1' });
    await asA('PUT', `/api/opportunities/${opp.id}/people/${known.get('person')}`);
    known.set('feed', (await asA<{ id: string }>('POST', '/api/calendar/feeds')).id);
    await signedInAs(t.app, t.db, 'coach@example.org', 'coach');
    known.set(
      'share',
      (await asA<{ id: string }>('POST', '/api/shares', { coachEmail: 'coach@example.org', scope: 'opportunity', opportunityId: opp.id }))
        .id,
    );
    const csv = Buffer.from(`Company,Title\n${MARK} Imports,${MARK} analyst\n`).toString('base64');
    known.set(
      'import',
      (await asA<{ import: { id: string } }>('POST', '/api/imports/csv', { fileName: `${MARK}.csv`, bytes: csv })).import.id,
    );
    const sessions = await asA<{ items: Array<{ id: string; current: boolean }> }>('GET', '/api/auth/sessions');
    known.set('session', sessions.items.find((s) => s.current)!.id);

    const doc = await asA<{
      paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
      components?: { schemas?: Record<string, JsonSchema> };
    }>('GET', '/api/openapi.json');
    resolve = (ref) => doc.components?.schemas?.[ref.replace('#/components/schemas/', '')] ?? {};
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ ...op, method: method.toUpperCase(), path })),
    );
  }, 120_000);
  afterAll(() => t.close());

  const idFor = (field: string) => (/Id$/.test(field) ? known.get(field.replace(/Id$/, '')) : undefined);

  function requestFor(op: Operation, full = false): { url: string; payload?: unknown; unknownKinds: string[] } {
    const unknownKinds: string[] = [];
    let url = op.path;
    const query = new URLSearchParams();
    for (const p of op.parameters ?? []) {
      if (p.in === 'path') {
        const kind = kindOf(op.path, p.name);
        const isId = p.schema.format === 'uuid' || p.name === 'id' || /Id$/.test(p.name);
        let value: string;
        if (isId && !NOT_OWNED[`${op.method} ${op.path}`]) {
          value = (kind && known.get(kind)) ?? '';
          if (!value) unknownKinds.push(`${p.name} (kind ${kind ?? '?'})`);
        } else value = String(sampleValue(p.schema, p.name, idFor, resolve));
        url = url.replace(`{${p.name}}`, encodeURIComponent(value));
      } else if (p.in === 'query' && (p.required || /Id$/.test(p.name))) {
        query.set(p.name, String(sampleValue(p.schema, p.name, idFor, resolve)));
      }
    }
    const schema = op.requestBody?.content?.['application/json']?.schema;
    const payload = schema ? (sampleValue(schema, 'body', idFor, resolve, full) ?? {}) : undefined;
    return { url: query.size ? `${url}?${query}` : url, payload, unknownKinds };
  }

  const sendAs = (who: Browser, op: Operation, r: { url: string; payload?: unknown }) =>
    who.request({ method: op.method as 'GET', url: r.url, ...(r.payload !== undefined ? { payload: r.payload as object } : {}) });

  it('covers a large API, and knows an object of every kind a path parameter names', () => {
    const withParams = operations.filter((op) => op.path.includes('{'));
    expect(withParams.length).toBeGreaterThan(50);
    const missing = withParams.flatMap((op) => requestFor(op).unknownKinds.map((k) => `${op.method} ${op.path}: ${k}`));
    // A new route whose parameter is a new kind of object: create one for A above and map its collection in COLLECTION_KIND.
    expect(missing).toEqual([]);
  });

  it("answers 404 to B for every one of A's objects, on every route, while A finds them", async () => {
    const failures: string[] = [];
    const routes = operations.filter((op) => op.path.includes('{') && !NOT_OWNED[`${op.method} ${op.path}`]);
    for (const op of routes) {
      let r = requestFor(op);
      let asB = await sendAs(b, op, r);
      if (asB.statusCode === 400 && r.payload !== undefined) {
        // The body's rules go beyond its JSON Schema: try again with every field filled.
        r = requestFor(op, true);
        asB = await sendAs(b, op, r);
      }
      if (asB.statusCode !== 404) failures.push(`${op.method} ${r.url} as B: ${asB.statusCode} ${asB.body.slice(0, 200)}`);
      else if (asB.body.includes(MARK)) failures.push(`${op.method} ${r.url} as B: 404 but shows A's data`);
      else if (asB.json<{ error?: { code?: string } }>().error?.code !== 'not-found')
        failures.push(`${op.method} ${r.url} as B: 404 without the error shape`);
      // A's own request proves the ids were right (accounts are the admin's to manage); deletes are
      // left out so A's objects stay for later routes.
      if (op.method !== 'DELETE' && !OWNER_MAY_MISS[`${op.method} ${op.path}`]) {
        const own = await sendAs(op.path.startsWith('/api/admin/') ? admin : a, op, r);
        if ([401, 403, 404].includes(own.statusCode))
          failures.push(`${op.method} ${r.url} as A (the owner): ${own.statusCode} ${own.body.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(routes.length).toBeGreaterThan(50);
  }, 120_000);

  it("never shows A's data in any list or summary, through query filters, or on routes whose parameter is not an owned object", async () => {
    const leaks: string[] = [];
    for (const op of operations) {
      const allowListed = Boolean(NOT_OWNED[`${op.method} ${op.path}`]);
      // Every list and summary (GET without a path parameter), with A's ids in any *Id filter.
      const listing = !op.path.includes('{') && op.method === 'GET';
      if (!allowListed && !listing) continue;
      const r = requestFor(op);
      const res = await sendAs(b, op, r);
      if (listing && res.statusCode >= 500) leaks.push(`${op.method} ${r.url}: ${res.statusCode}`);
      if (
        res.body.includes(MARK) ||
        [...known.entries()].some(([kind, id]) => kind !== 'prompt' && res.body.includes(id) && !r.url.includes(id))
      ) {
        leaks.push(`${op.method} ${r.url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("leaves A's objects as they were after B's attempts", async () => {
    const opp = await asA<{ roleTitle: string }>('GET', `/api/opportunities/${known.get('opportunity')}`);
    expect(opp.roleTitle).toBe(`${MARK} engineer`);
    expect((await asA<{ name: string }>('GET', `/api/people/${known.get('person')}`)).name).toBe(`${MARK} Person`);
    expect((await asA<{ id: string }>('GET', `/api/interviews/${known.get('interview')}`)).id).toBe(known.get('interview'));
    // B's preview of a file naming A's opportunity flags no duplicate and shows none of A's ids.
    const csv = Buffer.from(`Company,Title\n${MARK} Ltd,${MARK} engineer\n`).toString('base64');
    const preview = await b.request({ method: 'POST', url: '/api/imports/csv/preview', payload: { fileName: 'b.csv', bytes: csv } });
    expect(preview.statusCode).toBe(200);
    expect(preview.json<{ rows: { duplicate: unknown }[] }>().rows[0]!.duplicate).toBeNull();
    expect(preview.body).not.toContain(known.get('opportunity')!);
    expect((await asA<{ items: { id: string }[] }>('GET', '/api/imports')).items.map((i) => i.id)).toContain(known.get('import'));
    // B's own notebook is still empty of A's things.
    const bOpps = await b.request({ method: 'GET', url: '/api/opportunities' });
    expect(bOpps.body).not.toContain(MARK);
  });
});
