import type { Concern, CreateInterview, Interview } from '../../../contracts/interviews.js';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { Person } from '../../../contracts/people.js';
import { uuidv7 } from '../../../core/ids.js';
import type { TestApp } from '../../../../test/support/app.js';
import { insertEmployerRow, insertOpportunityRow, insertUserRow } from '../../../../test/support/rows.js';

/** A clock tests can move (the app reads it on every request). */
export function movableClock(start: string) {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    set: (iso: string) => void (at = new Date(iso).getTime()),
    advance: (ms: number) => void (at += ms),
  };
}

/** Helpers over the HTTP API of a test app (tests only). */
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

const AT = '2026-03-01T09:00:00.000Z';

/** Another user's opportunity, person, interview, conversation and concern, written straight to the database. */
export async function seedOtherOwner(t: TestApp) {
  const k = t.db.kysely;
  const [personId, interviewId, conversationId, concernId] = Array.from({ length: 4 }, () => uuidv7());
  const ownerId = await insertUserRow(t.db);
  const employerId = await insertEmployerRow(t.db, ownerId, 'Theirs');
  const opportunityId = await insertOpportunityRow(t.db, { owner_id: ownerId, employer_id: employerId, role_title: 'Their role' });
  await k
    .insertInto('people')
    .values({
      id: personId!,
      owner_id: ownerId,
      employer_id: employerId,
      name: 'Their Person',
      title: null,
      role: 'interviewer',
      email: null,
      phone: null,
      links: '[]',
      background: '',
      in_common: '',
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await k
    .insertInto('interviews')
    .values({
      id: interviewId!,
      owner_id: ownerId,
      opportunity_id: opportunityId,
      kind: 'phone',
      title: '',
      starts_at: AT,
      time_zone: 'UTC',
      duration_minutes: 30,
      location: '',
      checklist: '[]',
      deleted_at: null,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await k
    .insertInto('conversations')
    .values({
      id: conversationId!,
      owner_id: ownerId,
      interview_id: interviewId!,
      starts_at: AT,
      duration_minutes: 30,
      topic: '',
      position: 0,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await k
    .insertInto('concerns')
    .values({
      id: concernId!,
      owner_id: ownerId,
      opportunity_id: opportunityId,
      interview_id: interviewId!,
      conversation_id: conversationId!,
      note_id: null,
      raised_by_person_id: personId!,
      text: 'Theirs',
      status: 'open',
      how_addressed: '',
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return {
    ownerId: ownerId,
    opportunityId: opportunityId,
    personId: personId!,
    interviewId: interviewId!,
    conversationId: conversationId!,
    concernId: concernId!,
  };
}
