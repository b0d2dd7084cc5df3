import { LOCAL_USER_ID } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { uuidv7 } from '../../../core/ids.js';
import { insertEmployerRow, insertOpportunityRow, insertUserRow } from '../../../../test/support/rows.js';

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
export function insertUser(db: Db, id = uuidv7()): Promise<string> {
  return insertUserRow(db, id);
}

/** An opportunity at an employer with an interview of two conversations and two interviewers. */
export async function insertInterviewDay(db: Db, ownerId = LOCAL_USER_ID): Promise<InterviewFixture> {
  const employerId = uuidv7();
  const opportunityId = uuidv7();
  const interviewId = uuidv7();
  const conversationIds = [uuidv7(), uuidv7()];
  const personIds = [uuidv7(), uuidv7()];
  const k = db.kysely;
  await insertEmployerRow(db, ownerId, `Employer ${employerId}`, employerId);
  await insertOpportunityRow(db, { id: opportunityId, owner_id: ownerId, employer_id: employerId, role_title: 'Data engineer' });
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
    await k
      .insertInto('conversations')
      .values({
        id,
        owner_id: ownerId,
        interview_id: interviewId,
        starts_at: AT,
        duration_minutes: 60,
        topic: '',
        position,
        created_at: AT,
        updated_at: AT,
      })
      .execute();
  }
  for (const [position, id] of personIds.entries()) {
    await k
      .insertInto('people')
      .values({
        id,
        owner_id: ownerId,
        employer_id: employerId,
        name: `Person ${position}`,
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
  }
  // Inserted second-first so "first" must come from position, not insertion order.
  await k
    .insertInto('conversation_people')
    .values({ id: uuidv7(), owner_id: ownerId, conversation_id: conversationIds[0]!, person_id: personIds[1]!, position: 1 })
    .execute();
  await k
    .insertInto('conversation_people')
    .values({ id: uuidv7(), owner_id: ownerId, conversation_id: conversationIds[0]!, person_id: personIds[0]!, position: 0 })
    .execute();
  return { ownerId, opportunityId, interviewId, conversationIds, personIds };
}
