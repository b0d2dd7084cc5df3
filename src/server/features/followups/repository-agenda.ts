import { ACTIVE_STAGES } from '../../../contracts/opportunities.js';
import type { Db } from '../../db/connect.js';
import { interviewIsLive, liveInterviewIds } from '../interviews/repository.js';

// The reads behind the next-actions list (`agenda-data.ts`): one query per part, each scoped to its owner.

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

/**
 * The ids (a subquery) of the owner's interviews that can still produce an item: those starting at `cutoff`
 * or later, and each opportunity's latest.
 */
function relevantInterviewIds(db: Db, ownerId: string, cutoff: string) {
  return liveInterviewIds(db, ownerId).where((eb) =>
    eb.or([
      eb('i.starts_at', '>=', cutoff),
      eb.not(
        eb.exists(
          eb
            .selectFrom('interviews as j')
            .select('j.id')
            .whereRef('j.opportunity_id', '=', 'i.opportunity_id')
            .where(interviewIsLive('j'))
            .whereRef('j.starts_at', '>', 'i.starts_at'),
        ),
      ),
    ]),
  );
}

/** The query (not run) of the owner's interviews that can still produce an item (see `relevantInterviewIds`). */
export function agendaInterviewsQuery(db: Db, ownerId: string, cutoff: string) {
  return db.kysely
    .selectFrom('interviews')
    .select(['id', 'opportunity_id', 'kind', 'title', 'starts_at', 'time_zone', 'duration_minutes', 'location', 'checklist'])
    .where('id', 'in', relevantInterviewIds(db, ownerId, cutoff));
}

/**
 * The query (not run) of those interviews' conversations with their interviewers: a row per person, or one
 * with no person, by interview and the order the user set.
 */
export function agendaConversationsQuery(db: Db, ownerId: string, cutoff: string) {
  return db.kysely
    .selectFrom('conversations as c')
    .leftJoin('conversation_people as cp', 'cp.conversation_id', 'c.id')
    .leftJoin('people as p', 'p.id', 'cp.person_id')
    .select(['c.id', 'c.interview_id', 'c.starts_at', 'c.duration_minutes', 'p.id as personId', 'p.name', 'p.email', 'p.phone'])
    .where('c.interview_id', 'in', relevantInterviewIds(db, ownerId, cutoff))
    .orderBy('c.interview_id')
    .orderBy('c.position')
    .orderBy('c.id')
    .orderBy('cp.position');
}
