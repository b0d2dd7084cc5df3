import type { Db } from '../../db/connect.js';
import { fromLiveInterviews } from '../interviews/repository.js';
import { noteIsLive } from '../notes/repository.js';

/** Of these note ids, the owner's notes that are not deleted, with their interview. */
export async function liveNotesByIds(db: Db, ownerId: string, ids: string[]): Promise<{ id: string; interview_id: string }[]> {
  if (ids.length === 0) return [];
  return db.kysely
    .selectFrom('interview_notes as n')
    .select(['n.id', 'n.interview_id'])
    .where('n.owner_id', '=', ownerId)
    .where('n.id', 'in', ids)
    .where(noteIsLive())
    .execute();
}

/** Of these concern ids, the owner's concerns with their interview, opportunity's role title and employer. */
export async function concernsByIds(db: Db, ownerId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db.kysely
    .selectFrom('concerns as c')
    .innerJoin('opportunities as o', 'o.id', 'c.opportunity_id')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select(['c.id', 'c.interview_id', 'c.opportunity_id', 'o.role_title', 'o.employer_id', 'e.name as employer'])
    .where('c.owner_id', '=', ownerId)
    .where('c.id', 'in', ids)
    .execute();
}

/** Of these interview ids, the owner's live interviews with their name's parts and employer. */
export async function liveInterviewsByIds(db: Db, ownerId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return fromLiveInterviews(db, ownerId)
    .innerJoin('opportunities as o', 'o.id', 'i.opportunity_id')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select(['i.id', 'i.title', 'i.kind', 'i.opportunity_id', 'o.employer_id', 'e.name as employer'])
    .where('i.id', 'in', ids)
    .execute();
}

/** For each of these employers, the owner's most recently changed opportunity there. */
export async function latestOpportunityByEmployer(db: Db, ownerId: string, employerIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (employerIds.length === 0) return out;
  const opps = await db.kysely
    .selectFrom('opportunities')
    .select(['id', 'employer_id'])
    .where('owner_id', '=', ownerId)
    .where('employer_id', 'in', employerIds)
    .orderBy('updated_at', 'desc')
    .execute();
  for (const o of opps) if (!out.has(o.employer_id)) out.set(o.employer_id, o.id);
  return out;
}

/** For each of these people, one opportunity they are linked to. */
export async function someOpportunityByPerson(db: Db, personIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (personIds.length === 0) return out;
  const links = await db.kysely
    .selectFrom('opportunity_people')
    .select(['person_id', 'opportunity_id'])
    .where('person_id', 'in', personIds)
    .execute();
  for (const l of links) if (!out.has(l.person_id)) out.set(l.person_id, l.opportunity_id);
  return out;
}
