/**
 * Test data for the follow-up tests. Opportunities, people, housekeeping and stories go through
 * their real APIs; interview-day rows (interviews, conversations, notes, concerns, offers) are
 * written straight into their tables (0006/0008 schema), as the follow-ups code reads them there.
 */
import { expect } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import { uuidv7 } from '../../../core/ids.js';
import { LOCAL_USER_ID } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import type { TestApp } from '../../../../test/support/app.js';
import { insertEmployerRow, insertOpportunityRow, insertUserRow } from '../../../../test/support/rows.js';

const STAMP = '2026-01-01T00:00:00.000Z';

/** POSTs and expects 201 (or 200 for a known id). */
export async function post<T>(t: TestApp, url: string, payload: unknown): Promise<T> {
  const res = await t.request({ method: 'POST', url, payload: payload as Record<string, unknown> });
  expect([200, 201], `${url}: ${res.body}`).toContain(res.statusCode);
  return res.json<T>();
}

/** An opportunity through the API. */
export function addOpportunity(t: TestApp, employerName: string, overrides: Record<string, unknown> = {}): Promise<Opportunity> {
  return post<Opportunity>(t, '/api/opportunities', { employerName, roleTitle: 'Platform Engineer', stage: 'interviewing', ...overrides });
}

/** A person linked to the opportunity, through the API. */
export async function addPerson(t: TestApp, opportunityId: string, name: string, email: string | null = null): Promise<string> {
  return (await post<{ id: string }>(t, '/api/people', { name, role: 'interviewer', email, opportunityIds: [opportunityId] })).id;
}

/** An interview with its conversations, written to the 0006 tables. Returns the interview and conversation ids. */
export async function insertInterview(
  db: Db,
  input: {
    opportunityId: string;
    startsAt: string;
    durationMinutes: number;
    kind?: string;
    title?: string;
    timeZone?: string;
    checklist?: { id: string; label: string; done: boolean }[];
    conversations: { startsAt: string; durationMinutes: number; personIds: string[] }[];
    ownerId?: string;
  },
): Promise<{ id: string; conversationIds: string[] }> {
  const owner = input.ownerId ?? LOCAL_USER_ID;
  const id = uuidv7();
  await db.kysely
    .insertInto('interviews')
    .values({
      id,
      owner_id: owner,
      opportunity_id: input.opportunityId,
      kind: input.kind ?? 'onsite',
      title: input.title ?? '',
      starts_at: input.startsAt,
      time_zone: input.timeZone ?? 'America/New_York',
      duration_minutes: input.durationMinutes,
      location: '',
      checklist: JSON.stringify(input.checklist ?? []),
      deleted_at: null,
      created_at: STAMP,
      updated_at: STAMP,
    })
    .execute();
  const conversationIds: string[] = [];
  for (const [position, c] of input.conversations.entries()) {
    const cid = uuidv7();
    conversationIds.push(cid);
    await db.kysely
      .insertInto('conversations')
      .values({
        id: cid,
        owner_id: owner,
        interview_id: id,
        starts_at: c.startsAt,
        duration_minutes: c.durationMinutes,
        topic: '',
        position,
        created_at: STAMP,
        updated_at: STAMP,
      })
      .execute();
    for (const [i, personId] of c.personIds.entries()) {
      await db.kysely
        .insertInto('conversation_people')
        .values({ id: uuidv7(), owner_id: owner, conversation_id: cid, person_id: personId, position: i })
        .execute();
    }
  }
  return { id, conversationIds };
}

/** A note line taken in a conversation. */
export async function insertNote(
  db: Db,
  input: { interviewId: string; conversationId: string | null; text: string; marker?: string; writtenAt?: string },
): Promise<string> {
  const id = uuidv7();
  await db.kysely
    .insertInto('interview_notes')
    .values({
      id,
      owner_id: LOCAL_USER_ID,
      interview_id: input.interviewId,
      conversation_id: input.conversationId,
      text: input.text,
      marker: input.marker ?? 'plain',
      revision: 1,
      conflict_of: null,
      written_at: input.writtenAt ?? STAMP,
      deleted_at: null,
      created_at: STAMP,
      updated_at: STAMP,
    })
    .execute();
  return id;
}

/** A concern the employer raised. */
export async function insertConcern(
  db: Db,
  input: { opportunityId: string; interviewId?: string | null; raisedBy: string | null; text: string; status?: 'open' | 'addressed' },
): Promise<string> {
  const id = uuidv7();
  await db.kysely
    .insertInto('concerns')
    .values({
      id,
      owner_id: LOCAL_USER_ID,
      opportunity_id: input.opportunityId,
      interview_id: input.interviewId ?? null,
      conversation_id: null,
      note_id: null,
      raised_by_person_id: input.raisedBy,
      text: input.text,
      status: input.status ?? 'open',
      how_addressed: '',
      created_at: STAMP,
      updated_at: STAMP,
    })
    .execute();
  return id;
}

/** An offer with a deadline. */
export async function insertOffer(db: Db, opportunityId: string, deadline: string | null, status = 'pending'): Promise<void> {
  await db.kysely
    .insertInto('offers')
    .values({
      id: uuidv7(),
      owner_id: LOCAL_USER_ID,
      opportunity_id: opportunityId,
      base_pay: null,
      currency: null,
      pay_period: null,
      bonus: '',
      equity: '',
      benefits: '',
      start_date: null,
      location: '',
      remote_policy: null,
      deadline,
      status,
      notes: '',
      created_at: STAMP,
      updated_at: STAMP,
    })
    .execute();
}

/** Another user with an opportunity, person and past interview of their own: none of it may show for the local user. */
export async function insertStranger(db: Db): Promise<{ userId: string; opportunityId: string; interviewId: string; personId: string }> {
  const userId = await insertUserRow(db);
  const employerId = await insertEmployerRow(db, userId, 'Hidden Co');
  const opportunityId = await insertOpportunityRow(db, {
    owner_id: userId,
    employer_id: employerId,
    role_title: 'Secret role',
    next_action: 'Hidden action',
    next_action_due: '2026-01-01',
  });
  const personId = uuidv7();
  await db.kysely
    .insertInto('people')
    .values({
      id: personId,
      owner_id: userId,
      employer_id: employerId,
      name: 'Hidden Person',
      title: null,
      role: 'interviewer',
      email: null,
      phone: null,
      links: '[]',
      background: '',
      in_common: '',
      created_at: STAMP,
      updated_at: STAMP,
    })
    .execute();
  const { id: interviewId } = await insertInterview(db, {
    ownerId: userId,
    opportunityId,
    startsAt: '2026-03-02T14:00:00.000Z',
    durationMinutes: 60,
    conversations: [{ startsAt: '2026-03-02T14:00:00.000Z', durationMinutes: 60, personIds: [personId] }],
  });
  return { userId, opportunityId, interviewId, personId };
}
