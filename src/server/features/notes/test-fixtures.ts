import { LOCAL_USER_ID } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { uuidv7 } from '../../../core/ids.js';

/** An interview day as the note tests need it: rows written straight to the database (tests only). */
export interface InterviewFixture {
  ownerId: string;
  opportunityId: string;
  interviewId: string;
  /** Conversations in order; the first has two interviewers (first: `personIds[0]`), the second none. */
  conversationIds: string[];
  personIds: string[];
}

const AT = '2026-03-02T09:00:00.000Z';

/** A user other than the local one (for "someone else's interview" cases). */
export async function insertUser(db: Db, id = uuidv7()): Promise<string> {
  await db.kysely.insertInto('users').values({ id, display_name: 'Someone else', is_local: 0, created_at: AT }).execute();
  return id;
}

/** An opportunity at an employer with an interview of two conversations and two interviewers. */
export async function insertInterviewDay(db: Db, ownerId = LOCAL_USER_ID): Promise<InterviewFixture> {
  const employerId = uuidv7();
  const opportunityId = uuidv7();
  const interviewId = uuidv7();
  const conversationIds = [uuidv7(), uuidv7()];
  const personIds = [uuidv7(), uuidv7()];
  const k = db.kysely;
  await k.insertInto('employers').values({ id: employerId, owner_id: ownerId, name: `Employer ${employerId}`, name_key: employerId, created_at: AT, updated_at: AT }).execute();
  await k
    .insertInto('opportunities')
    .values({
      id: opportunityId,
      owner_id: ownerId,
      employer_id: employerId,
      role_title: 'Data engineer',
      location: null,
      remote_policy: null,
      source_url: null,
      salary_min: null,
      salary_max: null,
      salary_currency: null,
      salary_period: null,
      job_description: '',
      stage: 'interviewing',
      next_action: null,
      next_action_due: null,
      excitement: null,
      archived_at: null,
      stage_changed_at: AT,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await k
    .insertInto('interviews')
    .values({
      id: interviewId,
      owner_id: ownerId,
      opportunity_id: opportunityId,
      kind: 'onsite',
      title: 'Panel day',
      starts_at: AT,
      time_zone: 'Europe/Lisbon',
      duration_minutes: 180,
      location: '',
      checklist: '[]',
      deleted_at: null,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  for (const [position, id] of conversationIds.entries()) {
    await k.insertInto('conversations').values({ id, owner_id: ownerId, interview_id: interviewId, starts_at: AT, duration_minutes: 60, topic: '', position, created_at: AT, updated_at: AT }).execute();
  }
  for (const [position, id] of personIds.entries()) {
    await k
      .insertInto('people')
      .values({ id, owner_id: ownerId, employer_id: employerId, name: `Person ${position}`, title: null, role: 'interviewer', email: null, phone: null, links: '[]', background: '', in_common: '', created_at: AT, updated_at: AT })
      .execute();
  }
  // Inserted second-first so "first" must come from position, not insertion order.
  await k.insertInto('conversation_people').values({ id: uuidv7(), owner_id: ownerId, conversation_id: conversationIds[0]!, person_id: personIds[1]!, position: 1 }).execute();
  await k.insertInto('conversation_people').values({ id: uuidv7(), owner_id: ownerId, conversation_id: conversationIds[0]!, person_id: personIds[0]!, position: 0 }).execute();
  return { ownerId, opportunityId, interviewId, conversationIds, personIds };
}
