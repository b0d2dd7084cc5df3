import { ACTIVE_STAGES } from '../../../contracts/opportunities.js';
import type { Db } from '../../db/connect.js';
import { fromLiveInterviews, liveInterviewIds } from '../interviews/repository.js';
import { noteIsLive } from '../notes/repository.js';

/**
 * What one opportunity's follow-ups are built from, read at once: its live interviews, their conversations and
 * the people in them, housekeeping, stored follow-up states, concerns, live notes, and the owner's stories and
 * latest answer versions (general ones and this opportunity's).
 */
export function opportunityFollowUpRows(kdb: Db, owner: string, opportunityId: string) {
  const db = kdb.kysely;
  const ofOpportunity = liveInterviewIds(kdb, owner).where('i.opportunity_id', '=', opportunityId);
  return Promise.all([
    fromLiveInterviews(kdb, owner)
      .select(['i.id', 'i.kind', 'i.title', 'i.starts_at', 'i.time_zone', 'i.duration_minutes'])
      .where('i.opportunity_id', '=', opportunityId)
      .orderBy('i.starts_at')
      .orderBy('i.id')
      .execute(),
    db
      .selectFrom('conversations')
      .select(['id', 'interview_id', 'starts_at', 'duration_minutes', 'topic'])
      .where('interview_id', 'in', ofOpportunity)
      .orderBy('position')
      .orderBy('starts_at')
      .execute(),
    db
      .selectFrom('conversation_people as cp')
      .innerJoin('conversations as c', 'c.id', 'cp.conversation_id')
      .innerJoin('people as p', 'p.id', 'cp.person_id')
      .select(['cp.conversation_id', 'p.id', 'p.name', 'p.title', 'p.email', 'p.phone'])
      .where('c.interview_id', 'in', ofOpportunity)
      .orderBy('cp.position')
      .execute(),
    db.selectFrom('housekeeping').selectAll().where('opportunity_id', '=', opportunityId).executeTakeFirst(),
    db.selectFrom('follow_ups').selectAll().where('opportunity_id', '=', opportunityId).where('owner_id', '=', owner).execute(),
    db
      .selectFrom('concerns')
      .select(['id', 'interview_id', 'raised_by_person_id', 'text', 'status', 'how_addressed', 'reply_reference', 'reply_line'])
      .where('opportunity_id', '=', opportunityId)
      .where('owner_id', '=', owner)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('interview_notes as n')
      .select(['n.interview_id', 'n.conversation_id', 'n.text', 'n.marker'])
      .where('n.interview_id', 'in', ofOpportunity)
      .where(noteIsLive())
      .orderBy('n.written_at')
      .orderBy('n.id')
      .execute(),
    db.selectFrom('stories').selectAll().where('owner_id', '=', owner).orderBy('created_at').orderBy('id').execute(),
    db
      .selectFrom('answers as a')
      .innerJoin('answer_versions as v', 'v.answer_id', 'a.id')
      .whereRef('v.number', '=', (eb) =>
        eb
          .selectFrom('answer_versions as lv')
          .select((e) => e.fn.max('lv.number').as('n'))
          .whereRef('lv.answer_id', '=', 'a.id'),
      )
      .select(['a.id', 'a.prompt_id', 'v.text'])
      .where('a.owner_id', '=', owner)
      .where((eb) => eb.or([eb('a.opportunity_id', 'is', null), eb('a.opportunity_id', '=', opportunityId)]))
      .orderBy('a.updated_at', 'desc')
      .execute(),
  ]);
}

/** One of the owner's people as a contact (a housekeeping "best contact" not met in a conversation). */
export function findOwnedContact(db: Db, ownerId: string, personId: string) {
  return db.kysely
    .selectFrom('people')
    .select(['id', 'name', 'title', 'email', 'phone'])
    .where('id', '=', personId)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
}

/** The owner's stored follow-up settings (rule overrides as JSON, signing name), if saved. */
export function findFollowUpSettings(db: Db, ownerId: string) {
  return db.kysely.selectFrom('follow_up_settings').select(['rules', 'sender_name']).where('owner_id', '=', ownerId).executeTakeFirst();
}

/** Writes the owner's follow-up settings, creating the row on first save. */
export async function upsertFollowUpSettings(
  db: Db,
  ownerId: string,
  values: { rules: string; sender_name: string; updated_at: string },
): Promise<void> {
  await db.kysely
    .insertInto('follow_up_settings')
    .values({ owner_id: ownerId, ...values })
    .onConflict((oc) => oc.column('owner_id').doUpdateSet(values))
    .execute();
}

/** The query, written out: on SQLite it skips the query builder (it runs on every next-actions request). */
const TABLE_REVISIONS_SQLITE = 'select table_name, revision from owner_table_revisions where owner_id = ?';

/** The owner's revision of each agenda table they have ever changed (`0010_table_revisions`). */
export async function tableRevisions(db: Db, ownerId: string): Promise<Map<string, number>> {
  if (db.readArrays) return new Map(db.readArrays({ sql: TABLE_REVISIONS_SQLITE, parameters: [ownerId] }) as [string, number][]);
  const rows = await db.kysely
    .selectFrom('owner_table_revisions')
    .select(['table_name', 'revision'])
    .where('owner_id', '=', ownerId)
    .execute();
  return new Map(rows.map((r) => [r.table_name, Number(r.revision)]));
}

/** The query (not run) of the owner's active, unarchived opportunities for the next-actions list, latest change first. */
export function agendaOpportunitiesQuery(db: Db, ownerId: string) {
  return db.kysely
    .selectFrom('opportunities as o')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select([
      'o.id',
      'e.name as employerName',
      'o.role_title as roleTitle',
      'o.stage',
      'o.next_action as nextAction',
      'o.next_action_due as nextActionDue',
    ])
    .where('o.owner_id', '=', ownerId)
    .where('o.archived_at', 'is', null)
    .where('o.stage', 'in', ACTIVE_STAGES)
    .orderBy('o.updated_at', 'desc')
    .orderBy('o.id');
}

/** The people the owner chose as best contacts of any opportunity. */
export function bestContactRows(db: Db, ownerId: string) {
  return db.kysely
    .selectFrom('people')
    .select(['id', 'name', 'email', 'phone'])
    .where(
      'id',
      'in',
      db.kysely
        .selectFrom('housekeeping')
        .select('best_contact_person_id')
        .where('owner_id', '=', ownerId)
        .where('best_contact_person_id', 'is not', null)
        .$narrowType<{ best_contact_person_id: string }>(),
    )
    .where('owner_id', '=', ownerId)
    .execute();
}

/** The owner's housekeeping of every opportunity. */
export function housekeepingRows(db: Db, ownerId: string) {
  return db.kysely
    .selectFrom('housekeeping')
    .select([
      'opportunity_id',
      'decision_date',
      'best_contact_person_id',
      'preferred_channel',
      'preferred_timing',
      'contact_email',
      'contact_phone',
    ])
    .where('owner_id', '=', ownerId)
    .execute();
}

/** The owner's follow-ups marked sent or dismissed. */
export function recordedFollowUpStates(db: Db, ownerId: string) {
  return db.kysely
    .selectFrom('follow_ups')
    .select(['opportunity_id', 'kind', 'interview_id', 'person_id', 'sequence', 'sent_at', 'dismissed_at'])
    .where('owner_id', '=', ownerId)
    .where((eb) => eb.or([eb('sent_at', 'is not', null), eb('dismissed_at', 'is not', null)]))
    .execute();
}

/** The owner's pending offers that have a deadline. */
export function pendingOfferRows(db: Db, ownerId: string) {
  return db.kysely
    .selectFrom('offers')
    .select(['opportunity_id', 'deadline', 'status'])
    .where('owner_id', '=', ownerId)
    .where('status', '=', 'pending')
    .where('deadline', 'is not', null)
    .execute();
}

/** The owner's opportunities whose question plan has at least one item. */
export function plannedOpportunityRows(db: Db, ownerId: string) {
  return db.kysely
    .selectFrom('question_plans as p')
    .innerJoin('question_plan_items as i', 'i.plan_id', 'p.id')
    .select('p.opportunity_id')
    .distinct()
    .where('p.owner_id', '=', ownerId)
    .execute();
}

/** The owner's stored follow-up rule overrides, if any. */
export function followUpRulesRow(db: Db, ownerId: string) {
  return db.kysely.selectFrom('follow_up_settings').select('rules').where('owner_id', '=', ownerId).executeTakeFirst();
}
