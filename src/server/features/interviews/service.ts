import type { Updateable } from 'kysely';
import type { CreateInterview, Interview, UpdateInterview } from '../../../contracts/interviews.js';
import { defaultChecklist } from '../../../core/interviews/checklist.js';
import type { InterviewKind } from '../../../core/interviews/types.js';
import { uuidv7 } from '../../../core/ids.js';
import { stageAfterScheduling } from '../../../core/planning/stage-moves.js';
import type { Stage } from '../../../contracts/values.js';
import { updateOpportunity } from '../opportunities/service.js';
import { claimClientId, requireLiveInterview, requireOwned, requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { inTransaction } from '../../db/transaction.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { reindexInterview, reindexInterviewTree } from '../search/interview-documents.js';
import { checkChecklist, checkPeople, checkTimeZone, instant } from './input-checks.js';
import { checkNewConversationIds, insertConversations, resequence } from './conversations.js';
import { addMinutes, presentInterview } from './present.js';
import { updateConversationRow } from './repository-conversations.js';
import {
  conversationsOf,
  findInterview,
  hasDeletedBefore,
  insertInterview,
  liveInterviewsOfOpportunity,
  liveInterviewsStartingBetween,
  openConcernCounts,
  purgeDeletedInterviews,
  reflected,
  setInterviewDeleted,
  updateInterviewRow,
  type InterviewRow,
} from './repository.js';

const DAY_MS = 86_400_000;
/** The longest an interview may last (the contract's limit), for range queries on start alone. */
const LONGEST_MS = 960 * 60_000;

/** Interview rows presented with their conversations, open concern counts and reflection flags. */
async function presentMany(db: Db, rows: InterviewRow[]): Promise<Interview[]> {
  const ids = rows.map((r) => r.id);
  const [conversations, concerns, reflections] = await Promise.all([
    conversationsOf(db, ids),
    openConcernCounts(db, ids),
    reflected(db, ids),
  ]);
  return rows.map((r) =>
    presentInterview(r, conversations.get(r.id) ?? [], { openConcerns: concerns.get(r.id) ?? 0, hasReflection: reflections.has(r.id) }),
  );
}

async function present(ctx: Ctx, row: InterviewRow): Promise<Interview> {
  return (await presentMany(ctx.db, [row]))[0]!;
}

/** Removes interviews deleted more than a day ago: the undo window has long passed. Called as lists are read. */
export async function purgeExpired(ctx: Ctx): Promise<void> {
  const cutoff = new Date(ctx.now().getTime() - DAY_MS).toISOString();
  // Reads stay read-only unless there is something to remove.
  if (await hasDeletedBefore(ctx.db, ctx.actor.userId, cutoff))
    await inTransaction(ctx.db, (trx) => purgeDeletedInterviews(trx, ctx.actor.userId, cutoff));
}

/** One interview the actor owns (not deleted). */
export async function getInterview(ctx: Ctx, id: string): Promise<Interview> {
  return present(ctx, await requireLiveInterview(ctx, id));
}

/** An opportunity's interviews, by start. */
export async function listOpportunityInterviews(ctx: Ctx, opportunityId: string): Promise<Interview[]> {
  await requireOwnedOpportunity(ctx, opportunityId);
  await purgeExpired(ctx);
  const rows = await liveInterviewsOfOpportunity(ctx.db, ctx.actor.userId, opportunityId);
  return presentMany(ctx.db, rows);
}

/** The actor's interviews across opportunities that overlap [from, to), by start. */
export async function listInterviews(ctx: Ctx, range: { from?: string | undefined; to?: string | undefined }): Promise<Interview[]> {
  const from = range.from ? instant(range.from) : undefined;
  const to = range.to ? instant(range.to) : undefined;
  if (from && to && to <= from) throw new AppError('validation', 'to must be after from', { field: 'to' });
  await purgeExpired(ctx);
  // Nothing lasts longer than LONGEST_MS, so earlier starts cannot reach `from`; the exact end is checked below.
  const startsFrom = from ? new Date(Date.parse(from) - LONGEST_MS).toISOString() : undefined;
  const rows = (await liveInterviewsStartingBetween(ctx.db, ctx.actor.userId, startsFrom, to)).filter(
    (r) => !from || addMinutes(r.starts_at, r.duration_minutes) > from,
  );
  return presentMany(ctx.db, rows);
}

/**
 * Adds an interview to an opportunity. Without a checklist it gets the default of its kind; without
 * conversations, one spanning the whole interview. Idempotent on a client id.
 */
export async function createInterview(
  ctx: Ctx,
  opportunityId: string,
  input: CreateInterview,
): Promise<{ interview: Interview; created: boolean }> {
  const opportunity = await requireOwnedOpportunity(ctx, opportunityId);
  const existing = input.id ? await sameInterview(ctx, opportunityId, input.id) : undefined;
  if (existing) return { interview: existing, created: false };
  checkTimeZone(input.timeZone);
  checkChecklist(input.checklist);
  const startsAt = instant(input.startsAt);
  const conversations = input.conversations ?? [{ startsAt, durationMinutes: input.durationMinutes, topic: '', personIds: [] }];
  for (const [i, c] of conversations.entries()) await checkPeople(ctx, c.personIds, `conversations.${i}.personIds`);
  const id = input.id ?? uuidv7();
  await checkNewConversationIds(
    ctx,
    id,
    conversations.map((c) => c.id),
    (i) => `conversations.${i}.id`,
  );
  const now = ctx.now().toISOString();
  const inserted = await inTransaction(ctx.db, async (trx) => {
    const written = await insertInterview(trx, {
      id,
      owner_id: ctx.actor.userId,
      opportunity_id: opportunityId,
      kind: input.kind,
      title: input.title ?? '',
      starts_at: startsAt,
      time_zone: input.timeZone,
      duration_minutes: input.durationMinutes,
      location: input.location ?? '',
      checklist: JSON.stringify(input.checklist ?? defaultChecklist(input.kind)),
      deleted_at: null,
      created_at: now,
      updated_at: now,
    });
    if (!written) return false;
    await insertConversations(trx, ctx.actor.userId, id, conversations, now);
    await resequence(trx, id);
    await reindexInterview(trx, id);
    return true;
  });
  // A retry that raced the first request to the insert answers what the first one made.
  if (!inserted) return { interview: (await sameInterview(ctx, opportunityId, id))!, created: false };
  const next = stageAfterScheduling(opportunity.stage as Stage);
  if (next) await updateOpportunity(ctx, opportunityId, { stage: next });
  return { interview: await getInterview(ctx, id), created: true };
}

/** The interview a create with a known id refers to: undefined when new, 409 when the id belongs to something else. */
async function sameInterview(ctx: Ctx, opportunityId: string, id: string): Promise<Interview | undefined> {
  if (!(await claimClientId(ctx, 'interviews', id, { within: { column: 'opportunity_id', parentId: opportunityId } }))) return undefined;
  return present(ctx, (await findInterview(ctx.db, id))!);
}

function isUntouchedDefault(checklist: string, kind: InterviewKind): boolean {
  return checklist === JSON.stringify(defaultChecklist(kind));
}

/**
 * Edits an interview. Moving it moves its conversations by the same amount; a single conversation that
 * spanned the whole interview keeps spanning it; an untouched default checklist follows a change of kind.
 */
export async function updateInterview(ctx: Ctx, id: string, input: UpdateInterview): Promise<Interview> {
  const row = await requireLiveInterview(ctx, id);
  checkTimeZone(input.timeZone);
  checkChecklist(input.checklist);
  const now = ctx.now().toISOString();
  const startsAt = input.startsAt !== undefined ? instant(input.startsAt) : row.starts_at;
  const duration = input.durationMinutes ?? row.duration_minutes;
  const changes: Updateable<Database['interviews']> = {
    updated_at: now,
    starts_at: startsAt,
    duration_minutes: duration,
    ...(input.kind !== undefined && { kind: input.kind }),
    ...(input.title !== undefined && { title: input.title }),
    ...(input.timeZone !== undefined && { time_zone: input.timeZone }),
    ...(input.location !== undefined && { location: input.location }),
  };
  if (input.checklist !== undefined) changes.checklist = JSON.stringify(input.checklist);
  else if (input.kind !== undefined && input.kind !== row.kind && isUntouchedDefault(row.checklist, row.kind as InterviewKind)) {
    changes.checklist = JSON.stringify(defaultChecklist(input.kind));
  }
  await inTransaction(ctx.db, async (trx) => {
    await updateInterviewRow(trx, id, changes);
    await reindexInterview(trx, id);
    const shift = Date.parse(startsAt) - Date.parse(row.starts_at);
    const conversations = (await conversationsOf(trx, [id])).get(id) ?? [];
    const spansAll =
      conversations.length === 1 &&
      conversations[0]!.starts_at === row.starts_at &&
      conversations[0]!.duration_minutes === row.duration_minutes;
    for (const c of conversations) {
      if (shift === 0 && !spansAll) continue;
      await updateConversationRow(trx, c.id, {
        starts_at: new Date(Date.parse(c.starts_at) + shift).toISOString(),
        ...(spansAll && { duration_minutes: duration }),
        updated_at: now,
      });
    }
  });
  return getInterview(ctx, id);
}

/** Deletes an interview softly (restorable for a day); answers the interview as it was. */
export async function deleteInterview(ctx: Ctx, id: string): Promise<Interview> {
  const interview = await getInterview(ctx, id);
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    await setInterviewDeleted(trx, id, now, now);
    // Hidden from search with its notes and concerns until restored.
    await reindexInterviewTree(trx, id);
  });
  await purgeExpired(ctx);
  return { ...interview, updatedAt: now };
}

/** Undoes a delete; answers the interview (a no-op for one that is not deleted). */
export async function restoreInterview(ctx: Ctx, id: string): Promise<Interview> {
  const row = requireOwned(ctx.actor, await findInterview(ctx.db, id), 'Interview');
  if (row.deleted_at !== null) {
    await inTransaction(ctx.db, async (trx) => {
      await setInterviewDeleted(trx, id, null, ctx.now().toISOString());
      await reindexInterviewTree(trx, id);
    });
  }
  return getInterview(ctx, id);
}
