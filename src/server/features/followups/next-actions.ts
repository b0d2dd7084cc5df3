import type { NextActionEntry, NextActions } from '../../../contracts/followups.js';
import { buildAgenda, type Agenda } from '../../../core/followup/agenda.js';
import type { Ctx } from '../../auth/actor.js';
import { AGENDA_TABLES } from '../../db/migrations/0010_table_revisions.js';
import {
  AGENDA_PARTS,
  assembleAgendaData,
  loadAgendaData,
  loadAgendaPart,
  type AgendaData,
  type AgendaPart,
  type AgendaParts,
  type AgendaTable,
} from './agenda-data.js';
import { readTableRevisions } from './table-revisions.js';

/** The ranked next actions of one owner for one day in one zone. */
export interface ComputedNextActions {
  today: string;
  timeZone: string;
  agenda: Agenda;
}

function rank(data: AgendaData, now: Date, today: string, timeZone: string): ComputedNextActions {
  return { today, timeZone, agenda: buildAgenda({ ...data, now, today, timeZone }) };
}

/** Computes the ranked list from the database (no cache): one query per table, then the pure ranking. */
export async function computeNextActions(ctx: Ctx, today: string, timeZone: string): Promise<ComputedNextActions> {
  return rank(await loadAgendaData(ctx), ctx.now(), today, timeZone);
}

/** The API's shape of a computed list: the first `limit` items (all without a limit). */
export function presentNextActions(n: ComputedNextActions, limit = Number.POSITIVE_INFINITY): NextActions {
  const items = n.agenda.items.length > limit ? n.agenda.items.slice(0, limit) : n.agenda.items;
  return {
    today: n.today,
    timeZone: n.timeZone,
    items: items as NextActionEntry[],
    counts: n.agenda.counts,
    truncated: items.length < n.agenda.items.length,
  };
}

/** How many owners' data and lists one instance keeps (a list each: the day and zone they last asked for). */
const MAX_OWNERS = 500;

/** The longest a part read with the clock (the relevant interviews) is reused while time moves on. */
const CLOCKED_PART_MS = 86_400_000;

interface PartEntry {
  /** The revisions of the part's tables when it was read. */
  stamp: string;
  loadedAtMs: number;
  value: unknown;
}

interface ListEntry {
  /** The revisions of every agenda table when the list was computed. */
  signature: string;
  computedAtMs: number;
  validUntil: number;
  value: ComputedNextActions;
  /** The serialised `NextActions` bodies by limit, made on first use. */
  bodies?: Map<number, string>;
}

interface OwnerEntry {
  parts: Partial<Record<AgendaPart, PartEntry>>;
  list?: ListEntry;
}

const PART_NAMES = Object.keys(AGENDA_PARTS) as AgendaPart[];

function stampOf(tables: readonly AgendaTable[], revisions: ReadonlyMap<string, number>): string {
  let stamp = '';
  for (const t of tables) stamp += `${revisions.get(t) ?? 0},`;
  return stamp;
}

/**
 * Per owner: the data the list is ranked from, in parts stamped with the revisions of the tables
 * each read, and the last computed list, stamped with every agenda table's revision and the
 * instant it next changes by the clock alone. Nothing is ever stale: every change bumps its
 * table's revision in the same transaction (triggers, seen by every instance), so a list is reused
 * only while no agenda table changed and its time has not run out, and after a change only the
 * parts reading the changed tables are read again before the (pure, fast) ranking runs.
 */
export class NextActionsCache {
  private readonly owners = new Map<string, OwnerEntry>();
  /** How often each part was read from the database (for tests and diagnostics). */
  readonly partLoads = new Map<AgendaPart, number>();

  /** Forgets everything (benchmarks measure the first request this way). */
  clear(): void {
    this.owners.clear();
  }

  private owner(userId: string): OwnerEntry {
    let entry = this.owners.get(userId);
    if (entry) this.owners.delete(userId);
    else entry = { parts: {} };
    this.owners.set(userId, entry);
    if (this.owners.size > MAX_OWNERS) this.owners.delete(this.owners.keys().next().value!);
    return entry;
  }

  private async entry(ctx: Ctx, today: string, timeZone: string): Promise<ListEntry> {
    // Read the revisions first: a change made while we load only makes the entries stale sooner.
    const revisions = await readTableRevisions(ctx);
    const signature = stampOf(AGENDA_TABLES, revisions);
    const nowMs = ctx.now().getTime();
    const owner = this.owner(ctx.actor.userId);
    const hit = owner.list;
    if (
      hit &&
      hit.signature === signature &&
      nowMs >= hit.computedAtMs &&
      nowMs < hit.validUntil &&
      hit.value.today === today &&
      hit.value.timeZone === timeZone
    )
      return hit;

    const stale = PART_NAMES.map((name) => ({ name, stamp: stampOf(AGENDA_PARTS[name].tables, revisions) })).filter(({ name, stamp }) => {
      const part = owner.parts[name];
      if (!part || part.stamp !== stamp) return true;
      return 'clocked' in AGENDA_PARTS[name] && (nowMs < part.loadedAtMs || nowMs - part.loadedAtMs > CLOCKED_PART_MS);
    });
    const loaded = await Promise.all(stale.map(({ name }) => loadAgendaPart(ctx, name, nowMs)));
    stale.forEach(({ name, stamp }, i) => {
      owner.parts[name] = { stamp, loadedAtMs: nowMs, value: loaded[i] };
      this.partLoads.set(name, (this.partLoads.get(name) ?? 0) + 1);
    });
    const parts = Object.fromEntries(PART_NAMES.map((name) => [name, owner.parts[name]!.value])) as AgendaParts;

    const value = rank(assembleAgendaData(parts), ctx.now(), today, timeZone);
    const entry: ListEntry = {
      signature,
      computedAtMs: nowMs,
      validUntil: value.agenda.nextChangeAt ? Date.parse(value.agenda.nextChangeAt) : Number.POSITIVE_INFINITY,
      value,
    };
    owner.list = entry;
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
  const key = ctx.db.cacheScope ?? ctx.db.kysely;
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new NextActionsCache()));
  return cache;
}
