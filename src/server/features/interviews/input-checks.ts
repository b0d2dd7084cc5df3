import { isValidTimeZone } from '../../../core/followup/zoned-time.js';
import type { Ctx } from '../../auth/actor.js';
import { AppError } from '../../errors.js';
import { ownedPersonIds } from '../people/repository.js';

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
    if (seen.has(item.id))
      throw new AppError('validation', `${field}.${i}.id repeats the id of another item`, { field: `${field}.${i}.id` });
    seen.add(item.id);
  });
}

/** Refuses person ids that are not the actor's people, naming the field. */
export async function checkPeople(ctx: Ctx, personIds: readonly string[] | undefined, field: string): Promise<void> {
  const wanted = [...new Set(personIds ?? [])];
  if (wanted.length === 0) return;
  if ((await ownedPersonIds(ctx.db, ctx.actor.userId, wanted)).size !== wanted.length)
    throw new AppError('validation', `${field} must list only your people`, { field });
}

/** An instant in the one stored form (`toISOString`), so text comparison orders correctly. */
export function instant(value: string): string {
  return new Date(value).toISOString();
}
