/** Whole situations built from the row factories: an interview day, another owner's data. */
import { uuidv7 } from '../../src/core/ids.js';
import { LOCAL_USER_ID } from '../../src/server/auth/actor.js';
import type { Db } from '../../src/server/db/connect.js';
import { insertInterview, newConcern } from './interviews.js';
import { insertEmployer, insertOpportunity, insertPerson, insertUser } from './opportunities.js';

/** An interview day as the note tests need it. */
export interface InterviewFixture {
  ownerId: string;
  opportunityId: string;
  interviewId: string;
  /** Conversations in order; the first has two interviewers (first: `personIds[0]`), the second none. */
  conversationIds: string[];
  personIds: string[];
}

/** An opportunity with an onsite panel day of two conversations, the first with two interviewers. */
export async function insertInterviewDay(db: Db, ownerId = LOCAL_USER_ID): Promise<InterviewFixture> {
  const employerId = uuidv7();
  await insertEmployer(db, { id: employerId, owner_id: ownerId, name: `Employer ${employerId}` });
  const opportunityId = await insertOpportunity(db, { owner_id: ownerId, employer_id: employerId, role_title: 'Data engineer' });
  const personIds: string[] = [];
  for (const name of ['Person 0', 'Person 1']) personIds.push(await insertPerson(db, { owner_id: ownerId, employer_id: employerId, name }));
  const startsAt = '2026-03-02T09:00:00.000Z';
  const { id: interviewId, conversationIds } = await insertInterview(db, {
    ownerId,
    opportunityId,
    kind: 'onsite',
    title: 'Panel day',
    startsAt,
    timeZone: 'Europe/Lisbon',
    durationMinutes: 180,
    conversations: [
      { startsAt, durationMinutes: 60 },
      { startsAt, durationMinutes: 60 },
    ],
  });
  // Inserted second-first so "first" must come from position, not insertion order.
  for (const position of [1, 0]) {
    await db.kysely
      .insertInto('conversation_people')
      .values({ id: uuidv7(), owner_id: ownerId, conversation_id: conversationIds[0]!, person_id: personIds[position]!, position })
      .execute();
  }
  return { ownerId, opportunityId, interviewId, conversationIds, personIds };
}

/**
 * Another user with an opportunity (with a next action), an interviewer, a past interview of one
 * conversation and an open concern: none of it may show for the local user.
 */
export async function insertStranger(db: Db) {
  const ownerId = await insertUser(db);
  const employerId = await insertEmployer(db, { owner_id: ownerId, name: 'Hidden Co' });
  const opportunityId = await insertOpportunity(db, {
    owner_id: ownerId,
    employer_id: employerId,
    role_title: 'Secret role',
    next_action: 'Hidden action',
    next_action_due: '2026-01-01',
  });
  const personId = await insertPerson(db, { owner_id: ownerId, employer_id: employerId, name: 'Hidden Person' });
  const startsAt = '2026-03-02T14:00:00.000Z';
  const { id: interviewId, conversationIds } = await insertInterview(db, {
    ownerId,
    opportunityId,
    kind: 'onsite',
    startsAt,
    conversations: [{ startsAt, durationMinutes: 60, personIds: [personId] }],
  });
  const conversationId = conversationIds[0]!;
  const concern = newConcern({
    owner_id: ownerId,
    opportunity_id: opportunityId,
    interview_id: interviewId,
    conversation_id: conversationId,
    raised_by_person_id: personId,
    text: 'Theirs',
  });
  await db.kysely.insertInto('concerns').values(concern).execute();
  const concernId = concern.id;
  return { ownerId, opportunityId, personId, interviewId, conversationId, concernId };
}
