import type { NextActionEntry, NextActions } from '../../../contracts/followups.js';
import { buildAgenda, type Agenda } from '../../../core/followup/agenda.js';
import type { Ctx } from '../../auth/actor.js';
import { readRevision } from '../dashboard/cache.js';
import { loadAgendaData } from './agenda-data.js';
import { loadFollowUpSettings } from './settings.js';

/** The ranked next actions of one owner for one day in one zone. */
export interface ComputedNextActions {
  today: string;
  timeZone: string;
  agenda: Agenda;
}

/** Computes the ranked list from the database (no cache): one query per table, then the pure ranking. */
export async function computeNextActions(ctx: Ctx, today: string, timeZone: string): Promise<ComputedNextActions> {
  const [data, settings] = await Promise.all([loadAgendaData(ctx), loadFollowUpSettings(ctx)]);
  const agenda = buildAgenda({ ...data, now: ctx.now(), today, timeZone, rules: settings.overrides });
  return { today, timeZone, agenda };
}

/** The API's shape of a computed list: the first `limit` items (all without a limit). */
export function presentNextActions(n: ComputedNextActions, limit = Number.POSITIVE_INFINITY): NextActions {
  const items = n.agenda.items.length > limit ? n.agenda.items.slice(0, limit) : n.agenda.items;
  return { today: n.today, timeZone: n.timeZone, items: items as NextActionEntry[], counts: n.agenda.counts, truncated: items.length < n.agenda.items.length };
}

/** How many owners' lists one instance keeps (one list each: the day and zone they last asked for). */
const MAX_ENTRIES = 1000;

interface Entry {
  revision: number;
  validUntil: number;
  value: ComputedNextActions;
  /** The serialised `NextActions` bodies by limit, made on first use. */
  bodies?: Map<number, string>;
}

/**
 * Computed lists, one per owner (for the day and zone asked last), each stamped with the owner's data revision and the
 * instant the list next changes by the clock alone. An entry is reused only while both hold, so
 * a list is never stale: data changes bump the revision (triggers, on every instance), and time
 * passing past a due instant expires it.
 */
export class NextActionsCache {
  private readonly entries = new Map<string, Entry>();

  private async entry(ctx: Ctx, today: string, timeZone: string): Promise<Entry> {
    // One entry per owner: a person has one "today" at a time, and a computed list is large.
    const key = ctx.actor.userId;
    // Read the revision first: a change made while we compute only makes the entry stale sooner.
    const revision = await readRevision(ctx);
    const nowMs = ctx.now().getTime();
    const hit = this.entries.get(key);
    if (hit && hit.revision === revision && nowMs < hit.validUntil && hit.value.today === today && hit.value.timeZone === timeZone) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = await computeNextActions(ctx, today, timeZone);
    const entry: Entry = { revision, validUntil: value.agenda.nextChangeAt ? Date.parse(value.agenda.nextChangeAt) : Number.POSITIVE_INFINITY, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  /** The ranked list (computed, or reused while provably current). */
  async get(ctx: Ctx, today: string, timeZone: string): Promise<ComputedNextActions> {
    return (await this.entry(ctx, today, timeZone)).value;
  }

  /**
   * The list as the JSON body of `GET /api/next-actions`. Serialised with JSON.stringify once per
   * computed list: the items are built to the contract's shape (the HTTP tests parse them with it).
   */
  async body(ctx: Ctx, today: string, timeZone: string, limit: number): Promise<string> {
    const entry = await this.entry(ctx, today, timeZone);
    entry.bodies ??= new Map();
    let body = entry.bodies.get(limit);
    if (body === undefined) {
      body = JSON.stringify(presentNextActions(entry.value, limit));
      if (entry.bodies.size < 4) entry.bodies.set(limit, body);
    }
    return body;
  }
}

const caches = new WeakMap<object, NextActionsCache>();

/**
 * The one cache per database, shared by `/api/next-actions`, the counts badge and the dashboard,
 * so a list computed for one of them serves the others.
 */
export function nextActionsCacheFor(ctx: Ctx): NextActionsCache {
  const key = ctx.db.kysely;
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new NextActionsCache()));
  return cache;
}
