import type { Db } from '../../db/connect.js';
import { fromLiveInterviews, interviewIsLive } from '../interviews/repository.js';
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

/** The base of an interview document's read: live interviews (as `i`) with the columns a document needs. */
export function interviewDocQuery(db: Db) {
  return db.kysely
    .selectFrom('interviews as i')
    .select(['i.id', 'i.owner_id', 'i.opportunity_id', 'i.kind', 'i.title', 'i.location'])
    .where(interviewIsLive('i'));
}

/** The base of a note document's read: live notes (as `n`) of live interviews. */
export function noteDocQuery(db: Db) {
  return db.kysely
    .selectFrom('interview_notes as n')
    .innerJoin('interviews as i', 'i.id', 'n.interview_id')
    .select(['n.id', 'n.owner_id', 'n.interview_id', 'i.opportunity_id', 'n.text'])
    .where(noteIsLive('n'))
    .where(interviewIsLive('i'));
}

/** The base of a concern document's read: concerns (as `c`) outside any interview or in a live one. */
export function concernDocQuery(db: Db) {
  return db.kysely
    .selectFrom('concerns as c')
    .leftJoin('interviews as i', 'i.id', 'c.interview_id')
    .select(['c.id', 'c.owner_id', 'c.opportunity_id', 'c.text', 'c.how_addressed'])
    .where((eb) => eb.or([eb('c.interview_id', 'is', null), interviewIsLive('i')]));
}

/** The owner's live interviews, as documents need them (through the interviews repository's base). */
export function ownerInterviewDocRows(db: Db, ownerId: string) {
  return fromLiveInterviews(db, ownerId).select(['i.id', 'i.owner_id', 'i.opportunity_id', 'i.kind', 'i.title', 'i.location']).execute();
}

/** The owner's live notes of live interviews, as documents need them. */
export function ownerNoteDocRows(db: Db, ownerId: string) {
  return noteDocQuery(db).where('n.owner_id', '=', ownerId).execute();
}

/** The owner's concerns outside any interview or in a live one, as documents need them. */
export function ownerConcernDocRows(db: Db, ownerId: string) {
  return concernDocQuery(db).where('c.owner_id', '=', ownerId).execute();
}

/** Removes the documents of interviews and of every note and concern in them. */
export async function deleteInterviewDocuments(db: Db, interviewIds: string[]): Promise<void> {
  await db.kysely
    .deleteFrom('search_documents')
    .where((eb) =>
      eb.or([
        eb.and([eb('kind', '=', 'interview'), eb('ref_id', 'in', interviewIds)]),
        eb.and([
          eb('kind', '=', 'note'),
          eb('ref_id', 'in', eb.selectFrom('interview_notes').select('id').where('interview_id', 'in', interviewIds)),
        ]),
        eb.and([
          eb('kind', '=', 'concern'),
          eb('ref_id', 'in', eb.selectFrom('concerns').select('id').where('interview_id', 'in', interviewIds)),
        ]),
      ]),
    )
    .execute();
}

/** One opportunity with its employer's name, as its document needs it. */
export function opportunityDocRow(db: Db, id: string) {
  return db.kysely
    .selectFrom('opportunities as o')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select(['o.id', 'o.owner_id', 'o.employer_id', 'e.name', 'o.role_title', 'o.location', 'o.next_action', 'o.job_description'])
    .where('o.id', '=', id)
    .executeTakeFirst();
}

/** Removes every document that carries this opportunity's id. */
export async function deleteOpportunityDocuments(db: Db, opportunityId: string): Promise<void> {
  await db.kysely.deleteFrom('search_documents').where('opportunity_id', '=', opportunityId).execute();
}

/** The kept copy of an opportunity's posting, if any. */
export function postingCopyText(db: Db, opportunityId: string) {
  return db.kysely.selectFrom('posting_copies').select('text').where('opportunity_id', '=', opportunityId).executeTakeFirst();
}

/** One fact with its employer's name, as its document needs it. */
export function factDocRow(db: Db, id: string) {
  return db.kysely
    .selectFrom('facts as f')
    .innerJoin('employers as e', 'e.id', 'f.employer_id')
    .select(['f.id', 'f.owner_id', 'f.employer_id', 'e.name', 'f.topic', 'f.statement'])
    .where('f.id', '=', id)
    .executeTakeFirst();
}

/** One person with their employer's name, as their document needs it. */
export function personDocRow(db: Db, id: string) {
  return db.kysely
    .selectFrom('people as p')
    .leftJoin('employers as e', 'e.id', 'p.employer_id')
    .select(['p.id', 'p.owner_id', 'p.employer_id', 'e.name as employer', 'p.name', 'p.title', 'p.email', 'p.background', 'p.in_common'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** Removes every document of the owner. */
export async function deleteOwnerDocuments(db: Db, ownerId: string): Promise<void> {
  await db.kysely.deleteFrom('search_documents').where('owner_id', '=', ownerId).execute();
}

/** The ids of the owner's rows of one indexed table. */
export async function ownedIds(db: Db, table: 'opportunities' | 'facts' | 'people', ownerId: string): Promise<string[]> {
  return (await db.kysely.selectFrom(table).select('id').where('owner_id', '=', ownerId).execute()).map((r) => r.id);
}
