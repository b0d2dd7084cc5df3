import { DEFAULT_SETTINGS, type Settings, type UpdateSettings } from '../../../contracts/settings.js';
import type { Ctx } from '../../auth/actor.js';
import { settingsRow, upsertSettings } from './repository.js';

/** The actor's settings, defaults filled in. */
export async function getSettings(ctx: Ctx): Promise<Settings> {
  const row = await settingsRow(ctx.db, ctx.actor.userId);
  return { pipelineTarget: row?.pipeline_target ?? DEFAULT_SETTINGS.pipelineTarget };
}

/** Saves the given settings; others keep their values. */
export async function updateSettings(ctx: Ctx, input: UpdateSettings): Promise<Settings> {
  const next = { ...(await getSettings(ctx)), ...stripUndefined(input) };
  const now = ctx.now().toISOString();
  await upsertSettings(ctx.db, ctx.actor.userId, next.pipelineTarget, now);
  return next;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
