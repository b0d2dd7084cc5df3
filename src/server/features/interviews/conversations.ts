import type { Conversation, CreateConversation, UpdateConversation } from '../../../contracts/interviews.js';
import { uuidv7 } from '../../../core/ids.js';
import { claimClientId, idInUse, requireLiveInterview } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { checkPeople, instant } from './input-checks.js';
import { presentConversation } from './present.js';
import {
  conversationPlaces,
  deleteConversationRow,
  insertConversation,
  setConversationPosition,
  touchInterview,
  updateConversationRow,
} from './repository-conversations.js';
import { findLiveConversation, peopleOf, setConversationPeople } from './repository.js';

/** A conversation of a live interview the actor owns; 404 otherwise. */
async function loadConversation(ctx: Ctx, id: string) {
  const row = await findLiveConversation(ctx.db, ctx.actor.userId, id);
  if (!row) throw notFound('Conversation');
  return row;
}

/** One conversation as the API presents it. */
export async function getConversation(ctx: Ctx, id: string): Promise<Conversation> {
  const row = await loadConversation(ctx, id);
  return presentConversation({ ...row, person_ids: (await peopleOf(ctx.db, [id])).get(id) ?? [] });
}

/**
 * Numbers an interview's conversations 0…n-1 in order of start (earlier position first on a tie).
 * `pin` moves one conversation to a wanted position, as far as the order by start allows.
 */
export async function resequence(db: Db, interviewId: string, pin?: { id: string; position: number }): Promise<void> {
  const rows = await conversationPlaces(db, interviewId);
  const sorted = rows
    .map((r) => ({ ...r, start: Date.parse(r.starts_at) }))
    .sort((a, b) => a.start - b.start || a.position - b.position || a.id.localeCompare(b.id));
  const moved = pin && sorted.find((r) => r.id === pin.id);
  if (pin && moved) {
    const others = sorted.filter((r) => r.id !== pin.id);
    const lo = others.filter((r) => r.start < moved.start).length;
    const hi = others.filter((r) => r.start <= moved.start).length;
    others.splice(Math.min(hi, Math.max(lo, pin.position)), 0, moved);
    sorted.splice(0, sorted.length, ...others);
  }
  for (const [position, row] of sorted.entries()) {
    if (row.position !== position) await setConversationPosition(db, row.id, position);
  }
}

/**
 * Refuses client ids repeated within the request (400) or already used by another conversation (409, through
 * `claimClientId`: the interview being created is new, so no conversation of it can hold the id yet).
 */
export async function checkNewConversationIds(
  ctx: Ctx,
  interviewId: string,
  ids: (string | undefined)[],
  field: (i: number) => string,
): Promise<void> {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (id === undefined) continue;
    if (seen.has(id)) throw new AppError('validation', `${field(i)} repeats the id of another conversation`, { field: field(i) });
    if (await claimClientId(ctx, 'conversations', id, { within: { column: 'interview_id', parentId: interviewId }, field: field(i) }))
      throw idInUse(field(i));
    seen.add(id);
  }
}

/** Inserts conversations of an interview (people deduplicated, in order). Returns their ids. */
export async function insertConversations(
  trx: Db,
  ownerId: string,
  interviewId: string,
  list: CreateConversation[],
  now: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, c] of list.entries()) {
    const id = c.id ?? uuidv7();
    await insertConversation(trx, {
      id,
      owner_id: ownerId,
      interview_id: interviewId,
      starts_at: instant(c.startsAt),
      duration_minutes: c.durationMinutes,
      topic: c.topic ?? '',
      position: 1000 + i,
      created_at: now,
      updated_at: now,
    });
    await setConversationPeople(trx, ownerId, id, [...new Set(c.personIds ?? [])], uuidv7);
    ids.push(id);
  }
  return ids;
}

/** Adds a conversation to an interview; idempotent on a client id. Conversations stay ordered by start. */
export async function createConversation(
  ctx: Ctx,
  interviewId: string,
  input: CreateConversation,
): Promise<{ conversation: Conversation; created: boolean }> {
  await requireLiveInterview(ctx, interviewId);
  const existing = input.id ? await sameConversation(ctx, interviewId, input.id) : undefined;
  if (existing) return { conversation: existing, created: false };
  await checkPeople(ctx, input.personIds, 'personIds');
  const now = ctx.now().toISOString();
  let id: string;
  try {
    [id] = (await inTransaction(ctx.db, async (trx) => {
      const ids = await insertConversations(trx, ctx.actor.userId, interviewId, [input], now);
      await resequence(trx, interviewId);
      await touchInterview(trx, interviewId, now);
      return ids;
    })) as [string];
  } catch (err) {
    // A retry that raced the first request to the insert answers what the first one made.
    const raced = input.id ? await sameConversation(ctx, interviewId, input.id) : undefined;
    if (raced) return { conversation: raced, created: false };
    throw err;
  }
  return { conversation: await getConversation(ctx, id), created: true };
}

/** The conversation a create with a known id refers to: undefined when new, 409 when the id belongs to something else. */
async function sameConversation(ctx: Ctx, interviewId: string, id: string): Promise<Conversation | undefined> {
  if (!(await claimClientId(ctx, 'conversations', id, { within: { column: 'interview_id', parentId: interviewId } }))) return undefined;
  return getConversation(ctx, id);
}

/** Edits a conversation: time, length, topic, people, or its place among conversations that start together. */
export async function updateConversation(ctx: Ctx, id: string, input: UpdateConversation): Promise<Conversation> {
  const row = await loadConversation(ctx, id);
  await checkPeople(ctx, input.personIds, 'personIds');
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    await updateConversationRow(trx, id, {
      updated_at: now,
      ...(input.startsAt !== undefined && { starts_at: instant(input.startsAt) }),
      ...(input.durationMinutes !== undefined && { duration_minutes: input.durationMinutes }),
      ...(input.topic !== undefined && { topic: input.topic }),
    });
    if (input.personIds !== undefined) await setConversationPeople(trx, ctx.actor.userId, id, [...new Set(input.personIds)], uuidv7);
    await resequence(trx, row.interview_id, input.position !== undefined ? { id, position: input.position } : undefined);
    await touchInterview(trx, row.interview_id, now);
  });
  return getConversation(ctx, id);
}

/** Removes a conversation (notes taken in it stay with the interview). */
export async function deleteConversation(ctx: Ctx, id: string): Promise<void> {
  const row = await loadConversation(ctx, id);
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    await deleteConversationRow(trx, id);
    await resequence(trx, row.interview_id);
    await touchInterview(trx, row.interview_id, now);
  });
}
