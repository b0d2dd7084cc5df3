import type { Db } from '../../db/connect.js';
import { fromLiveInterviews } from '../interviews/repository.js';

/** Stages whose interviews and follow-ups still belong in the user's calendar. */
export const CALENDAR_STAGES = ['lead', 'applied', 'interviewing', 'offer', 'accepted'] as const;

/** One interview with its opportunity's names and its conversations (people in order). */
export interface InterviewRecord {
  id: string;
  opportunityId: string;
  employerName: string;
  roleTitle: string;
  stage: string;
  kind: 'phone' | 'video' | 'onsite';
  title: string;
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  location: string;
  checklist: string;
  updatedAt: string;
  conversations: { id: string; startsAt: string; durationMinutes: number; topic: string; people: { id: string; name: string }[] }[];
}

/** Which interviews to load; all filters are ANDed and always scoped to the owner. */
export interface InterviewFilter {
  interviewId?: string;
  opportunityIds?: readonly string[];
  /** Only interviews starting at or after this instant. */
  from?: string;
  /** Only interviews starting before this instant. */
  to?: string;
  /** Leave out archived and closed (rejected, withdrawn) opportunities. */
  openOnly?: boolean;
}

/** The owner's interviews (never soft-deleted ones), oldest first, with conversations and their people. */
export async function loadInterviews(db: Db, ownerId: string, filter: InterviewFilter = {}): Promise<InterviewRecord[]> {
  let query = fromLiveInterviews(db, ownerId)
    .innerJoin('opportunities as o', 'o.id', 'i.opportunity_id')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select([
      'i.id',
      'i.opportunity_id',
      'e.name as employer_name',
      'o.role_title',
      'o.stage',
      'i.kind',
      'i.title',
      'i.starts_at',
      'i.time_zone',
      'i.duration_minutes',
      'i.location',
      'i.checklist',
      'i.updated_at',
    ]);
  if (filter.interviewId) query = query.where('i.id', '=', filter.interviewId);
  if (filter.opportunityIds) {
    if (filter.opportunityIds.length === 0) return [];
    query = query.where('i.opportunity_id', 'in', filter.opportunityIds);
  }
  if (filter.from) query = query.where('i.starts_at', '>=', filter.from);
  if (filter.to) query = query.where('i.starts_at', '<', filter.to);
  if (filter.openOnly) query = query.where('o.archived_at', 'is', null).where('o.stage', 'in', CALENDAR_STAGES);
  const rows = await query.orderBy('i.starts_at').orderBy('i.id').execute();
  if (rows.length === 0) return [];

  const ids = rows.map((r) => r.id);
  const [conversations, people] = await Promise.all([
    db.kysely
      .selectFrom('conversations')
      .select(['id', 'interview_id', 'starts_at', 'duration_minutes', 'topic'])
      .where('interview_id', 'in', ids)
      .orderBy('position')
      .orderBy('starts_at')
      .orderBy('id')
      .execute(),
    db.kysely
      .selectFrom('conversation_people as cp')
      .innerJoin('conversations as c', 'c.id', 'cp.conversation_id')
      .innerJoin('people as p', 'p.id', 'cp.person_id')
      .select(['cp.conversation_id', 'p.id', 'p.name'])
      .where('c.interview_id', 'in', ids)
      .orderBy('cp.position')
      .orderBy('p.name')
      .execute(),
  ]);
  const peopleOf = new Map<string, { id: string; name: string }[]>();
  for (const p of people) peopleOf.set(p.conversation_id, [...(peopleOf.get(p.conversation_id) ?? []), { id: p.id, name: p.name }]);
  const conversationsOf = new Map<string, InterviewRecord['conversations']>();
  for (const c of conversations) {
    const list = conversationsOf.get(c.interview_id) ?? [];
    list.push({ id: c.id, startsAt: c.starts_at, durationMinutes: c.duration_minutes, topic: c.topic, people: peopleOf.get(c.id) ?? [] });
    conversationsOf.set(c.interview_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    opportunityId: r.opportunity_id,
    employerName: r.employer_name,
    roleTitle: r.role_title,
    stage: r.stage,
    kind: r.kind as InterviewRecord['kind'],
    title: r.title,
    startsAt: r.starts_at,
    timeZone: r.time_zone,
    durationMinutes: r.duration_minutes,
    location: r.location,
    checklist: r.checklist,
    updatedAt: r.updated_at,
    conversations: conversationsOf.get(r.id) ?? [],
  }));
}

/** The owner's pending offers with a deadline on or after `fromDate`, of open opportunities in `stages`, soonest first. */
export function pendingOfferDeadlines(db: Db, ownerId: string, fromDate: string, stages: readonly string[]) {
  return db.kysely
    .selectFrom('offers as f')
    .innerJoin('opportunities as o', 'o.id', 'f.opportunity_id')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select(['f.opportunity_id', 'f.deadline', 'f.updated_at', 'e.name as employer_name', 'o.role_title'])
    .where('f.owner_id', '=', ownerId)
    .where('f.status', '=', 'pending')
    .where('f.deadline', 'is not', null)
    .where('f.deadline', '>=', fromDate)
    .where('o.archived_at', 'is', null)
    .where('o.stage', 'in', [...stages])
    .orderBy('f.deadline')
    .execute();
}

/** Stores a new feed: only its token's hash. */
export async function insertFeed(db: Db, ownerId: string, feed: { id: string; tokenHash: string; createdAt: string }): Promise<void> {
  await db.kysely
    .insertInto('calendar_feeds')
    .values({ id: feed.id, owner_id: ownerId, token_hash: feed.tokenHash, created_at: feed.createdAt, revoked_at: null })
    .execute();
}

/** The owner's feeds that are not revoked, newest first. */
export function liveFeedRows(db: Db, ownerId: string) {
  return db.kysely
    .selectFrom('calendar_feeds')
    .select(['id', 'created_at'])
    .where('owner_id', '=', ownerId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** One feed's owner and revocation, for the owner check in `access.ts`. */
export function feedById(db: Db, id: string) {
  return db.kysely.selectFrom('calendar_feeds').select(['owner_id', 'revoked_at']).where('id', '=', id).executeTakeFirst();
}

/** Marks one feed revoked. */
export async function markFeedRevoked(db: Db, id: string, now: string): Promise<void> {
  await db.kysely.updateTable('calendar_feeds').set({ revoked_at: now }).where('id', '=', id).execute();
}

/** The feed with this token hash, with its owner's account state. */
export function feedByTokenHash(db: Db, tokenHash: string) {
  return db.kysely
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.owner_id')
    .select(['f.owner_id', 'f.revoked_at', 'u.disabled_at'])
    .where('f.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Revokes every live feed of the owner; answers how many. */
export async function revokeLiveFeeds(db: Db, ownerId: string, now: string): Promise<number> {
  const result = await db.kysely
    .updateTable('calendar_feeds')
    .set({ revoked_at: now })
    .where('owner_id', '=', ownerId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
