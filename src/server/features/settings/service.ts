import { DEFAULT_SETTINGS, type Settings, type UpdateSettings } from '../../../contracts/settings.js';
import type { Ctx } from '../../auth/actor.js';

/** The actor's settings, defaults filled in. */
export async function getSettings(ctx: Ctx): Promise<Settings> {
  const row = await ctx.db.kysely
    .selectFrom('settings')
    .select('pipeline_target')
    .where('owner_id', '=', ctx.actor.userId)
    .executeTakeFirst();
  return { pipelineTarget: row?.pipeline_target ?? DEFAULT_SETTINGS.pipelineTarget };
}

/** Saves the given settings; others keep their values. */
export async function updateSettings(ctx: Ctx, input: UpdateSettings): Promise<Settings> {
  const next = { ...(await getSettings(ctx)), ...stripUndefined(input) };
  const now = ctx.now().toISOString();
  await ctx.db.kysely
    .insertInto('settings')
    .values({ owner_id: ctx.actor.userId, pipeline_target: next.pipelineTarget, updated_at: now })
    .onConflict((oc) => oc.column('owner_id').doUpdateSet({ pipeline_target: next.pipelineTarget, updated_at: now }))
    .execute();
  return next;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
