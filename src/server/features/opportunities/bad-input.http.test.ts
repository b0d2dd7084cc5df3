import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import { uuidv7 } from '../../../core/ids.js';
import { LOCAL_USER_ID } from '../../auth/actor.js';
import { exportBackup } from '../backup/service.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: (id: string) => string;
  payload?: unknown;
  raw?: string;
  status: number;
  code: string;
  field?: string;
}

const valid = buildOpportunityInput({ employerName: 'Valid Employer', roleTitle: 'Valid Role' });
const long = (n: number) => 'x'.repeat(n);
const create = (payload: unknown, field: string | undefined, name: string): Case => ({
  name: `create: ${name}`,
  method: 'POST',
  url: () => '/api/opportunities',
  payload,
  status: 400,
  code: 'validation',
  field,
});
const update = (payload: unknown, field: string | undefined, name: string): Case => ({
  name: `update: ${name}`,
  method: 'PATCH',
  url: (id) => `/api/opportunities/${id}`,
  payload,
  status: 400,
  code: 'validation',
  field,
});

const { employerName: _e, ...withoutEmployer } = valid;
const CASES: Case[] = [
  create(withoutEmployer, 'employerName', 'missing employerName'),
  create({ ...valid, roleTitle: 42 }, 'roleTitle', 'wrong type'),
  create({ ...valid, colour: 'blue' }, 'colour', 'unknown field'),
  create({ ...valid, employerName: long(201) }, 'employerName', 'over-long string'),
  create({ ...valid, jobDescription: long(50_001) }, 'jobDescription', 'over-long long text'),
  create({ ...valid, employerName: '   ' }, 'employerName', 'blank string'),
  create({ ...valid, nextActionDue: '2026-13-01' }, 'nextActionDue', 'impossible date'),
  create({ ...valid, nextActionDue: 'tomorrow' }, 'nextActionDue', 'date in words'),
  create({ ...valid, stage: 'hired' }, 'stage', 'unknown stage'),
  create({ ...valid, excitement: 6 }, 'excitement', 'excitement out of range'),
  create({ ...valid, excitement: 2.5 }, 'excitement', 'fractional excitement'),
  create({ ...valid, sourceUrl: 'javascript:alert(1)' }, 'sourceUrl', 'javascript: link'),
  create({ ...valid, salaryMin: 90000, salaryMax: 50000 }, 'salaryMax', 'salary range upside down'),
  create({ ...valid, salaryCurrency: 'euro' }, 'salaryCurrency', 'bad currency'),
  create({ ...valid, id: 'not-a-uuid' }, 'id', 'bad client id'),
  create([valid], undefined, 'array body'),
  {
    name: 'create: malformed JSON',
    method: 'POST',
    url: () => '/api/opportunities',
    raw: '{"employerName": "A",',
    status: 400,
    code: 'invalid-json',
  },
  update({ stage: 'hired' }, 'stage', 'unknown stage'),
  update({ createdAt: '2020-01-01T00:00:00Z' }, 'createdAt', 'read-only field'),
  update({ roleTitle: null }, 'roleTitle', 'null required field'),
  update({ salaryMin: 10, salaryMax: 5 }, 'salaryMax', 'salary range upside down'),
  update({ salaryMin: 999_999 }, 'salaryMax', 'salaryMin above stored salaryMax'),
  {
    name: 'update: malformed JSON',
    method: 'PATCH',
    url: (id) => `/api/opportunities/${id}`,
    raw: '{stage:applied}',
    status: 400,
    code: 'invalid-json',
  },
  { name: 'get: bad id', method: 'GET', url: () => '/api/opportunities/123', status: 400, code: 'validation', field: 'id' },
  { name: 'get: unknown id', method: 'GET', url: () => `/api/opportunities/${uuidv7()}`, status: 404, code: 'not-found' },
  {
    name: 'update: unknown id',
    method: 'PATCH',
    url: () => `/api/opportunities/${uuidv7()}`,
    payload: { stage: 'applied' },
    status: 404,
    code: 'not-found',
  },
  { name: 'delete: bad id', method: 'DELETE', url: () => '/api/opportunities/xyz', status: 400, code: 'validation', field: 'id' },
  { name: 'archive: unknown id', method: 'POST', url: () => `/api/opportunities/${uuidv7()}/archive`, status: 404, code: 'not-found' },
  { name: 'unarchive: bad id', method: 'POST', url: () => '/api/opportunities/1/unarchive', status: 400, code: 'validation', field: 'id' },
  { name: 'timeline: unknown id', method: 'GET', url: () => `/api/opportunities/${uuidv7()}/timeline`, status: 404, code: 'not-found' },
  {
    name: 'list: unknown stage',
    method: 'GET',
    url: () => '/api/opportunities?stage=hired',
    status: 400,
    code: 'validation',
    field: 'stage',
  },
  {
    name: 'list: unknown parameter',
    method: 'GET',
    url: () => '/api/opportunities?sort=up',
    status: 400,
    code: 'validation',
    field: 'sort',
  },
  { name: 'list: limit 0', method: 'GET', url: () => '/api/opportunities?limit=0', status: 400, code: 'validation', field: 'limit' },
  {
    name: 'list: limit above the most',
    method: 'GET',
    url: () => '/api/opportunities?limit=1001',
    status: 400,
    code: 'validation',
    field: 'limit',
  },
  {
    name: 'list: limit not a number',
    method: 'GET',
    url: () => '/api/opportunities?limit=many',
    status: 400,
    code: 'validation',
    field: 'limit',
  },
  {
    name: 'list: made-up cursor',
    method: 'GET',
    url: () => '/api/opportunities?cursor=not-a-cursor',
    status: 400,
    code: 'validation',
    field: 'cursor',
  },
  {
    name: 'dashboard: bad date',
    method: 'GET',
    url: () => '/api/dashboard?today=25/11/2026',
    status: 400,
    code: 'validation',
    field: 'today',
  },
  {
    name: 'settings: out of range',
    method: 'PATCH',
    url: () => '/api/settings',
    payload: { pipelineTarget: 0 },
    status: 400,
    code: 'validation',
    field: 'pipelineTarget',
  },
  {
    name: 'settings: wrong type',
    method: 'PATCH',
    url: () => '/api/settings',
    payload: { pipelineTarget: 'three' },
    status: 400,
    code: 'validation',
    field: 'pipelineTarget',
  },
  { name: 'unknown API path', method: 'GET', url: () => '/api/nothing-here', status: 404, code: 'not-found' },
];

describe.each(DIALECTS)('bad input on %s answers 4xx naming the field and changes nothing', (dialect) => {
  let t: TestApp;
  let existing: Opportunity;
  const snapshot = async () => {
    const backup = await exportBackup({ db: t.db, actor: { userId: LOCAL_USER_ID }, now: () => new Date(0) });
    return JSON.stringify(backup.tables);
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const res = await t.request({ method: 'POST', url: '/api/opportunities', payload: { ...valid, salaryMax: 100000 } });
    existing = res.json<Opportunity>();
  });
  afterAll(() => t.close());

  it.each(CASES)('$name', async (c) => {
    const before = await snapshot();
    const res = await t.request({
      method: c.method,
      url: c.url(existing.id),
      ...(c.raw !== undefined
        ? { payload: c.raw, headers: { 'content-type': 'application/json' } }
        : c.payload !== undefined
          ? { payload: c.payload as object }
          : {}),
    });
    expect(res.statusCode).toBe(c.status);
    const body = res.json<{ error: { code: string; message: string; field?: string } }>();
    expect(body.error.code).toBe(c.code);
    expect(body.error.message.length).toBeGreaterThan(5);
    if (c.field) expect(body.error.field).toBe(c.field);
    expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await t.request({ method: 'POST', url: '/api/opportunities', payload: { ...valid, jobDescription: long(1_100_000) } });
    expect(res.statusCode).toBe(413);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('payload-too-large');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/opportunities',
      payload: 'employerName=A',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(415);
  });
});
