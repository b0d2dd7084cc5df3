import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
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

/** The user's display name (an account's, or the local user's built-in one), if the user exists. */
export function findDisplayName(db: Db, userId: string) {
  return db.kysely.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst();
}

/**
 * Writes the user's state of one thank-you note or check-in: `row` when it has none yet, otherwise `changes`
 * onto the stored one (one row per opportunity and item key).
 */
export async function upsertFollowUp(
  db: Db,
  row: Insertable<Database['follow_ups']>,
  changes: Updateable<Database['follow_ups']>,
): Promise<void> {
  await db.kysely
    .insertInto('follow_ups')
    .values(row)
    .onConflict((oc) => oc.columns(['opportunity_id', 'item_key']).doUpdateSet(changes))
    .execute();
}
