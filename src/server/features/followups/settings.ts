import type { FollowUpSettings, UpdateFollowUpSettings } from '../../../contracts/followups.js';
import { FOLLOW_UP_RULES, resolveFollowUpRules, type FollowUpRules } from '../../../core/followup/rules.js';
import type { Ctx } from '../../auth/actor.js';
import { findDisplayName, findFollowUpSettings, upsertFollowUpSettings } from './repository.js';

/** The placeholder a note is signed with until the user gives their name. */
export const NAME_PLACEHOLDER = '[Your name]';

/** The local user's built-in display name: not a name to sign a letter with. */
const DEFAULT_DISPLAY_NAME = 'Me';

/** What the follow-up code needs of the user's settings. */
export interface LoadedFollowUpSettings {
  /** The user's overrides (only what they changed). */
  overrides: Partial<FollowUpRules>;
  rules: FollowUpRules;
  /** The name to sign notes with; empty when unknown. */
  senderName: string;
}

/** The stored rule overrides (JSON text) as an object; anything unreadable counts as no overrides. */
export function parseRuleOverrides(json: string | undefined): Partial<FollowUpRules> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Partial<FollowUpRules>) : {};
  } catch {
    return {};
  }
}

/** The actor's follow-up rules and signing name (their own name setting, else the account's display name). */
export async function loadFollowUpSettings(ctx: Ctx): Promise<LoadedFollowUpSettings> {
  const owner = ctx.actor.userId;
  const [row, user] = await Promise.all([findFollowUpSettings(ctx.db, owner), findDisplayName(ctx.db, owner)]);
  const overrides = parseRuleOverrides(row?.rules);
  const display = user?.display_name.trim() ?? '';
  const senderName = row?.sender_name.trim() || (display === DEFAULT_DISPLAY_NAME ? '' : display);
  return { overrides, rules: resolveFollowUpRules(overrides), senderName };
}

function present(s: LoadedFollowUpSettings): FollowUpSettings {
  const copy = (r: Readonly<FollowUpRules>) => ({ ...r, weekendDays: [...r.weekendDays], holidays: [...r.holidays] });
  return { senderName: s.senderName, rules: copy(s.rules), defaults: copy(FOLLOW_UP_RULES) };
}

/** `GET /api/follow-up-settings`. */
export async function getFollowUpSettings(ctx: Ctx): Promise<FollowUpSettings> {
  return present(await loadFollowUpSettings(ctx));
}

/** Saves the signing name and rule overrides; what is left out keeps its value. */
export async function updateFollowUpSettings(ctx: Ctx, input: UpdateFollowUpSettings): Promise<FollowUpSettings> {
  const current = await findFollowUpSettings(ctx.db, ctx.actor.userId);
  const overrides = {
    ...parseRuleOverrides(current?.rules),
    ...Object.fromEntries(Object.entries(input.rules ?? {}).filter(([, v]) => v !== undefined)),
  };
  const values = {
    rules: JSON.stringify(overrides),
    sender_name: input.senderName ?? current?.sender_name ?? '',
    updated_at: ctx.now().toISOString(),
  };
  await upsertFollowUpSettings(ctx.db, ctx.actor.userId, values);
  return getFollowUpSettings(ctx);
}
