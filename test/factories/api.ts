/**
 * Data made through the HTTP API of a test app, for tests that want the service's own rules applied
 * (the row factories write straight to the tables instead).
 */
import { expect } from 'vitest';
import type { Concern, CreateInterview, Interview } from '../../src/contracts/interviews.js';
import type { Opportunity } from '../../src/contracts/opportunities.js';
import type { Person } from '../../src/contracts/people.js';
import { uuidv7 } from '../../src/core/ids.js';
import type { TestApp } from '../support/app.js';

/** POSTs and expects 201 (or 200 for a known id); answers the body. */
export async function post<T>(t: TestApp, url: string, payload: unknown): Promise<T> {
  const res = await t.request({ method: 'POST', url, payload: payload as Record<string, unknown> });
  expect([200, 201], `${url}: ${res.body}`).toContain(res.statusCode);
  return res.json<T>();
}

/** An opportunity at the interviewing stage, through the API. */
export function addOpportunity(t: TestApp, employerName: string, overrides: Record<string, unknown> = {}): Promise<Opportunity> {
  return post<Opportunity>(t, '/api/opportunities', { employerName, roleTitle: 'Platform Engineer', stage: 'interviewing', ...overrides });
}

/** An interviewer linked to the opportunity, through the API; answers their id. */
export async function addPerson(t: TestApp, opportunityId: string, name: string, email: string | null = null): Promise<string> {
  return (await post<{ id: string }>(t, '/api/people', { name, role: 'interviewer', email, opportunityIds: [opportunityId] })).id;
}

/** Helpers over the HTTP API of a test app: `json` for any call, then one maker per resource. */
export function api(t: TestApp) {
  const json = async <T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) => {
    const res = await t.request({ method, url, ...(payload !== undefined && { payload: payload as Record<string, unknown> }) });
    return { status: res.statusCode, body: res.statusCode === 204 ? (undefined as T) : res.json<T>() };
  };
  return {
    json,
    async opportunity(employerName = `Employer ${uuidv7().slice(-6)}`, roleTitle = 'Data Analyst'): Promise<Opportunity> {
      return (await json<Opportunity>('POST', '/api/opportunities', { employerName, roleTitle })).body;
    },
    async person(name: string, opportunityId?: string): Promise<Person> {
      return (
        await json<Person>('POST', '/api/people', { name, role: 'interviewer', ...(opportunityId && { opportunityIds: [opportunityId] }) })
      ).body;
    },
    async interview(opportunityId: string, input: Partial<CreateInterview> = {}): Promise<Interview> {
      const res = await json<Interview>('POST', `/api/opportunities/${opportunityId}/interviews`, {
        kind: 'video',
        startsAt: '2026-03-03T14:00:00.000Z',
        timeZone: 'Europe/Lisbon',
        durationMinutes: 60,
        ...input,
      });
      if (res.status !== 201 && res.status !== 200) throw new Error(`interview not created: ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async concern(opportunityId: string, input: Record<string, unknown>): Promise<Concern> {
      const res = await json<Concern>('POST', `/api/opportunities/${opportunityId}/concerns`, input);
      if (res.status !== 201) throw new Error(`concern not created: ${JSON.stringify(res.body)}`);
      return res.body;
    },
  };
}
