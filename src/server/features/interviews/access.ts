import { isValidTimeZone } from '../../../core/followup/zoned-time.js';
import { requireOwned } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { AppError, notFound } from '../../errors.js';
import { findInterview, type InterviewRow } from './repository.js';

/** An opportunity the actor owns; 404 otherwise (never 403). */
export async function ownedOpportunity(ctx: Ctx, id: string): Promise<{ id: string; stage: string }> {
  return requireOwned(ctx.actor, await ctx.db.kysely.selectFrom('opportunities').select(['id', 'owner_id', 'stage']).where('id', '=', id).executeTakeFirst(), 'Opportunity');
}

/** An interview the actor owns and has not deleted; 404 otherwise. */
export async function liveInterview(ctx: Ctx, id: string): Promise<InterviewRow> {
  const row = requireOwned(ctx.actor, await findInterview(ctx.db, id), 'Interview');
  if (row.deleted_at !== null) throw notFound('Interview');
  return row;
}

/** Refuses a time zone the platform does not know, naming the field. */
export function checkTimeZone(timeZone: string | undefined, field = 'timeZone'): void {
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    throw new AppError('validation', `${field} must be an IANA time zone such as Europe/Berlin`, { field });
  }
}

/** Refuses a checklist with two items of the same id, naming the second. */
export function checkChecklist(items: readonly { id: string }[] | undefined, field = 'checklist'): void {
  const seen = new Set<string>();
  items?.forEach((item, i) => {
    if (seen.has(item.id)) throw new AppError('validation', `${field}.${i}.id repeats the id of another item`, { field: `${field}.${i}.id` });
    seen.add(item.id);
  });
}

/** Refuses person ids that are not the actor's people, naming the field. */
export async function checkPeople(ctx: Ctx, personIds: readonly string[] | undefined, field: string): Promise<void> {
  const wanted = [...new Set(personIds ?? [])];
  if (wanted.length === 0) return;
  const rows = await ctx.db.kysely.selectFrom('people').select('id').where('id', 'in', wanted).where('owner_id', '=', ctx.actor.userId).execute();
  if (rows.length !== wanted.length) throw new AppError('validation', `${field} must list only your people`, { field });
}

/** An instant in the one stored form (`toISOString`), so text comparison orders correctly. */
export function instant(value: string): string {
  return new Date(value).toISOString();
}
