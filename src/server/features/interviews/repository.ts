import { sql, type Insertable, type RawBuilder, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import { removeInterviewDocuments } from '../search/interview-documents.js';

export type ConversationRow = Selectable<Database['conversations']>;
export type ConcernRow = Selectable<Database['concerns']> & { raised_by_name: string | null };
export type ReflectionRow = Selectable<Database['reflections']>;

/** The columns an interview is presented with (row joined with its opportunity's employer name and role title). */
const INTERVIEW_COLUMNS = [
  'i.id',
  'i.owner_id',
  'i.opportunity_id',
  'e.name as employer_name',
  'o.role_title',
  'i.kind',
  'i.title',
  'i.starts_at',
  'i.time_zone',
  'i.duration_minutes',
  'i.location',
  'i.checklist',
  'i.deleted_at',
  'i.created_at',
  'i.updated_at',
] as const;

/** Interview rows with the opportunity's employer name and role title, deleted ones included (callers filter). */
export function selectInterviews(db: Db) {
  return db.kysely
    .selectFrom('interviews as i')
    .innerJoin('opportunities as o', 'o.id', 'i.opportunity_id')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select(INTERVIEW_COLUMNS);
}

export type InterviewRow = Awaited<ReturnType<ReturnType<typeof selectInterviews>['execute']>>[number];

/**
 * The soft-delete filter, the one place it is written: true for a row of `interviews` (under `alias`) that is
 * not deleted. For queries that join interviews to something else; reads of interviews themselves start from
 * `liveInterviews` or `liveInterviewIds`.
 */
export function interviewIsLive(alias = 'i'): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(`${alias}.deleted_at`)} is null`;
}

/**
 * The base of every read of the interviews a person sees: the owner's interviews (as `i`) that are not deleted,
 * no columns chosen yet, so a caller can join and select what it needs.
 */
export function fromLiveInterviews(db: Db, ownerId: string) {
  return db.kysely.selectFrom('interviews as i').where('i.owner_id', '=', ownerId).where(interviewIsLive());
}

/** The owner's interviews that are not deleted, with the opportunity's employer name and role title. */
export function liveInterviews(db: Db, ownerId: string) {
  return fromLiveInterviews(db, ownerId)
    .innerJoin('opportunities as o', 'o.id', 'i.opportunity_id')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select(INTERVIEW_COLUMNS);
}

/** The owner's live interviews of one opportunity, by start. */
export function liveInterviewsOfOpportunity(db: Db, ownerId: string, opportunityId: string): Promise<InterviewRow[]> {
  return liveInterviews(db, ownerId).where('i.opportunity_id', '=', opportunityId).orderBy('i.starts_at').orderBy('i.id').execute();
}

/** The owner's live interviews starting in [from, to) (either end left open when undefined), by start. */
export function liveInterviewsStartingBetween(
  db: Db,
  ownerId: string,
  from: string | undefined,
  to: string | undefined,
): Promise<InterviewRow[]> {
  let query = liveInterviews(db, ownerId);
  if (to) query = query.where('i.starts_at', '<', to);
  if (from) query = query.where('i.starts_at', '>=', from);
  return query.orderBy('i.starts_at').orderBy('i.id').execute();
}

/** The ids of the owner's interviews that are not deleted, as a subquery (`… in liveInterviewIds(db, owner)`). */
export function liveInterviewIds(db: Db, ownerId: string) {
  return fromLiveInterviews(db, ownerId).select('i.id');
}

/** One of the owner's interviews that is not deleted. */
export function findLiveInterview(db: Db, ownerId: string, id: string): Promise<InterviewRow | undefined> {
  return liveInterviews(db, ownerId).where('i.id', '=', id).executeTakeFirst();
}

/** One interview by id, whoever owns it, deleted or not (the service checks both). */
export function findInterview(db: Db, id: string): Promise<InterviewRow | undefined> {
  return selectInterviews(db).where('i.id', '=', id).executeTakeFirst();
}

/** The conversations of interviews, in order, with their people's ids in order. */
export async function conversationsOf(
  db: Db,
  interviewIds: string[],
): Promise<Map<string, (ConversationRow & { person_ids: string[] })[]>> {
  const out = new Map<string, (ConversationRow & { person_ids: string[] })[]>();
  if (interviewIds.length === 0) return out;
  const rows = await db.kysely
    .selectFrom('conversations')
    .selectAll()
    .where('interview_id', 'in', interviewIds)
    .orderBy('interview_id')
    .orderBy('position')
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
  const people = await peopleOf(
    db,
    rows.map((r) => r.id),
  );
  for (const r of rows) out.set(r.interview_id, [...(out.get(r.interview_id) ?? []), { ...r, person_ids: people.get(r.id) ?? [] }]);
  return out;
}

/** Person ids of conversations, in their order. */
export async function peopleOf(db: Db, conversationIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (conversationIds.length === 0) return out;
  const rows = await db.kysely
    .selectFrom('conversation_people')
    .select(['conversation_id', 'person_id'])
    .where('conversation_id', 'in', conversationIds)
    .orderBy('conversation_id')
    .orderBy('position')
    .execute();
  for (const r of rows) out.set(r.conversation_id, [...(out.get(r.conversation_id) ?? []), r.person_id]);
  return out;
}

/** Open concerns per interview. */
export async function openConcernCounts(db: Db, interviewIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (interviewIds.length === 0) return out;
  const rows = await db.kysely
    .selectFrom('concerns')
    .select((eb) => ['interview_id', eb.fn.countAll<number>().as('n')])
    .where('interview_id', 'in', interviewIds)
    .where('status', '=', 'open')
    .groupBy('interview_id')
    .execute();
  for (const r of rows) if (r.interview_id) out.set(r.interview_id, Number(r.n));
  return out;
}

/** Which of the interviews have a reflection. */
export async function reflected(db: Db, interviewIds: string[]): Promise<Set<string>> {
  if (interviewIds.length === 0) return new Set();
  const rows = await db.kysely.selectFrom('reflections').select('interview_id').where('interview_id', 'in', interviewIds).execute();
  return new Set(rows.map((r) => r.interview_id));
}

/** One of the owner's conversations in an interview that is not deleted, with the interview's opportunity. */
export function findLiveConversation(db: Db, ownerId: string, id: string) {
  return db.kysely
    .selectFrom('conversations as c')
    .innerJoin('interviews as i', 'i.id', 'c.interview_id')
    .selectAll('c')
    .select('i.opportunity_id')
    .where('c.id', '=', id)
    .where('c.owner_id', '=', ownerId)
    .where(interviewIsLive('i'))
    .executeTakeFirst();
}

/** The reflection written on an interview, if any. */
export function findReflection(db: Db, interviewId: string): Promise<ReflectionRow | undefined> {
  return db.kysely.selectFrom('reflections').selectAll().where('interview_id', '=', interviewId).executeTakeFirst();
}

/** Writes an interview's reflection, creating it on first write. */
export async function upsertReflection(db: Db, row: ReflectionRow): Promise<void> {
  const values = {
    rating: row.rating,
    went_well: row.went_well,
    to_improve: row.to_improve,
    signals: row.signals,
    stumpers: row.stumpers,
    updated_at: row.updated_at,
  };
  await db.kysely
    .insertInto('reflections')
    .values(row)
    .onConflict((oc) => oc.column('interview_id').doUpdateSet(values))
    .execute();
}

/** Replaces a conversation's people with these, in order. */
export async function setConversationPeople(
  db: Db,
  ownerId: string,
  conversationId: string,
  personIds: string[],
  newId: () => string,
): Promise<void> {
  await db.kysely.deleteFrom('conversation_people').where('conversation_id', '=', conversationId).execute();
  if (personIds.length === 0) return;
  await db.kysely
    .insertInto('conversation_people')
    .values(
      personIds.map((personId, position) => ({
        id: newId(),
        owner_id: ownerId,
        conversation_id: conversationId,
        person_id: personId,
        position,
      })),
    )
    .execute();
}

/** The owner's interviews deleted before `cutoff` (past their undo window). */
function deletedBefore(db: Db, ownerId: string, cutoff: string) {
  return db.kysely
    .selectFrom('interviews')
    .select('id')
    .where('owner_id', '=', ownerId)
    .where('deleted_at', 'is not', null)
    .where('deleted_at', '<', cutoff);
}

/** Whether the owner has an interview deleted before `cutoff`, so reads purge only when there is something to purge. */
export async function hasDeletedBefore(db: Db, ownerId: string, cutoff: string): Promise<boolean> {
  return (await deletedBefore(db, ownerId, cutoff).limit(1).executeTakeFirst()) !== undefined;
}

/** Inserts an interview unless its id exists already; true when the row was written. */
export async function insertInterview(db: Db, row: Insertable<Database['interviews']>): Promise<boolean> {
  const result = await db.kysely
    .insertInto('interviews')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Writes the given columns of an interview. */
export async function updateInterviewRow(db: Db, id: string, changes: Updateable<Database['interviews']>): Promise<void> {
  await db.kysely.updateTable('interviews').set(changes).where('id', '=', id).execute();
}

/** Deletes an interview softly (`deletedAt` an instant) or restores it (`null`). */
export async function setInterviewDeleted(db: Db, id: string, deletedAt: string | null, now: string): Promise<void> {
  await db.kysely.updateTable('interviews').set({ deleted_at: deletedAt, updated_at: now }).where('id', '=', id).execute();
}

/**
 * Removes the owner's interviews deleted before `cutoff` for good, with the concerns raised in them
 * (their notes, conversations and reflection go by cascade) and any search documents left of them.
 */
export async function purgeDeletedInterviews(db: Db, ownerId: string, cutoff: string): Promise<number> {
  const stale = await deletedBefore(db, ownerId, cutoff).execute();
  if (stale.length === 0) return 0;
  const ids = stale.map((r) => r.id);
  await removeInterviewDocuments(db, ids);
  await db.kysely.deleteFrom('concerns').where('interview_id', 'in', ids).execute();
  await db.kysely.deleteFrom('interviews').where('id', 'in', ids).execute();
  return ids.length;
}

/**
 * Replaces an interview's checklist only if it is still `from` (compare and set: two ticks at once never undo each
 * other, on either database); answers whether it did.
 */
export async function replaceChecklistIf(db: Db, id: string, from: string, to: string, updatedAt: string): Promise<boolean> {
  const result = await db.kysely
    .updateTable('interviews')
    .set({ checklist: to, updated_at: updatedAt })
    .where('id', '=', id)
    .where('checklist', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
