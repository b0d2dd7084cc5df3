import type { CompiledQuery } from 'kysely';
import type { AgendaInput, AgendaInterview, AgendaOffer, AgendaOpportunity, FollowUpState } from '../../../core/followup/agenda.js';
import type { FollowUpRules } from '../../../core/followup/rules.js';
import type { ContactChannel, Housekeeping, InterviewKind, Person } from '../../../core/followup/types.js';
import type { Ctx } from '../../auth/actor.js';
import type { AGENDA_TABLES } from '../../db/migrations/0010_table_revisions.js';
import { parseRuleOverrides } from './settings.js';
import {
  agendaConversationsQuery,
  agendaInterviewsQuery,
  agendaOpportunitiesQuery,
  bestContactRows,
  followUpRulesRow,
  housekeepingRows,
  pendingOfferRows,
  plannedOpportunityRows,
  recordedFollowUpStates,
} from './repository-agenda.js';

/** A table the next-actions list reads (each has its own revision per owner). */
export type AgendaTable = (typeof AGENDA_TABLES)[number];

/** The stored data the next-actions ranking reads, everything but the clock and the zone. */
export type AgendaData = Omit<AgendaInput, 'now' | 'today' | 'timeZone' | 'rules'> & { rules: Partial<FollowUpRules> };

type LoadedInterview = AgendaInterview & {
  conversations: { id: string; start: string; startMs: number; durationMinutes: number; personIds: string[] }[];
};

/** Interviews that can still produce an item, with their conversations and interviewers. */
export interface InterviewsPart {
  interviews: LoadedInterview[];
  people: Map<string, Person>;
}

/** What one part loader reads, and from which tables (a change to any of them reloads the part). */
interface PartSpec<T> {
  tables: readonly AgendaTable[];
  /**
   * True when the part's rows depend on the clock at load time; such a part is reused only while the
   * clock moves forward (what it leaves out stays irrelevant; what it holds is at worst a little more
   * than needed) and for a day at most.
   */
  clocked?: boolean;
  load(ctx: Ctx, nowMs: number): Promise<T>;
}

/** The cells of a row, in the order of `columns`. */
type Cells<Row, Columns extends readonly (keyof Row)[]> = { -readonly [I in keyof Columns]: Row[Columns[I]] };

/**
 * A query's rows as arrays of cells, in the order of `columns` (which must be the query's select
 * order): straight from SQLite's raw mode, so no object is made per row (most of the cost of reading
 * a thousand rows), or taken from the row objects on PostgreSQL.
 */
async function rowArrays<Row, const Columns extends readonly (keyof Row)[]>(
  ctx: Ctx,
  query: { compile(): CompiledQuery<Row>; execute(): Promise<Row[]> },
  columns: Columns,
): Promise<Cells<Row, Columns>[]> {
  if (ctx.db.readArrays) return ctx.db.readArrays(query.compile()) as Cells<Row, Columns>[];
  return (await query.execute()).map((row) => columns.map((c) => row[c]) as Cells<Row, Columns>);
}

function parseChecklist(json: string): { done: boolean }[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value)
      ? value.filter((v): v is { done: boolean } => typeof v === 'object' && v !== null).map((v) => ({ done: v.done === true }))
      : [];
  } catch {
    return [];
  }
}

/**
 * How far back an interview still matters when it is not its opportunity's latest: its thank-you
 * notes leave the list a week after the conversation (a day's margin for long interview days).
 * The latest interview always matters: it dates the check-ins and names their default contact.
 */
const RELEVANT_DAYS = 8;

async function loadInterviews(ctx: Ctx, nowMs: number): Promise<InterviewsPart> {
  const owner = ctx.actor.userId;
  // Interviews that can still produce an item: recent or upcoming ones, and each opportunity's latest.
  const cutoff = new Date(nowMs - RELEVANT_DAYS * 86_400_000).toISOString();
  const [rows, conversations] = await Promise.all([
    rowArrays(ctx, agendaInterviewsQuery(ctx.db, owner, cutoff), [
      'id',
      'opportunity_id',
      'kind',
      'title',
      'starts_at',
      'time_zone',
      'duration_minutes',
      'location',
      'checklist',
    ]),
    // Conversations with their interviewers in one query (a row per person, or one with no person).
    rowArrays(ctx, agendaConversationsQuery(ctx.db, owner, cutoff), [
      'id',
      'interview_id',
      'starts_at',
      'duration_minutes',
      'personId',
      'name',
      'email',
      'phone',
    ]),
  ]);
  const byInterview = new Map<string, LoadedInterview>();
  for (const [id, opportunityId, kind, title, start, timeZone, durationMinutes, location, checklist] of rows) {
    const startMs = Date.parse(start);
    byInterview.set(id, {
      id,
      opportunityId,
      kind: kind as InterviewKind,
      title,
      location,
      start,
      startMs,
      timeZone,
      durationMinutes,
      conversations: [],
      // Only an interview still ahead can have a prep task: skip parsing the others' checklists.
      checklist: startMs > nowMs ? parseChecklist(checklist) : [],
    });
  }
  const people = new Map<string, Person>();
  const byConversation = new Map<string, string[]>();
  for (const [id, interviewId, start, durationMinutes, personId, name, email, phone] of conversations) {
    let personIds = byConversation.get(id);
    if (!personIds) {
      const iv = byInterview.get(interviewId);
      if (!iv) continue;
      personIds = [];
      byConversation.set(id, personIds);
      iv.conversations.push({ id, start, startMs: Date.parse(start), durationMinutes, personIds });
    }
    if (personId === null || name === null) continue;
    personIds.push(personId);
    if (!people.has(personId)) people.set(personId, { id: personId, name, email, phone });
  }
  // In time order within each interview (rows came by position, the order the user set).
  for (const iv of byInterview.values()) if (iv.conversations.length > 1) iv.conversations.sort((a, b) => a.startMs - b.startMs);
  return { interviews: [...byInterview.values()], people };
}

/**
 * Each part of the data, the tables it reads and its loader: one query per table or join (never one
 * per opportunity). A change bumps the revisions of the tables it touches, so only the parts
 * reading those tables load again.
 */
export const AGENDA_PARTS = {
  opportunities: {
    tables: ['opportunities', 'employers'],
    load: async (ctx): Promise<AgendaOpportunity[]> =>
      (
        await rowArrays(ctx, agendaOpportunitiesQuery(ctx.db, ctx.actor.userId), [
          'id',
          'employerName',
          'roleTitle',
          'stage',
          'nextAction',
          'nextActionDue',
        ])
      ).map(([id, employerName, roleTitle, stage, nextAction, nextActionDue]) => ({
        id,
        employerName,
        roleTitle,
        stage,
        nextAction,
        nextActionDue,
      })),
  },
  interviews: { tables: ['interviews', 'conversations', 'conversation_people', 'people'], clocked: true, load: loadInterviews },
  bestContacts: {
    tables: ['people', 'housekeeping'],
    load: (ctx): Promise<Person[]> => bestContactRows(ctx.db, ctx.actor.userId),
  },
  housekeeping: {
    tables: ['housekeeping'],
    load: async (ctx): Promise<Map<string, Housekeeping>> => {
      const rows = await housekeepingRows(ctx.db, ctx.actor.userId);
      return new Map(rows.map((h) => [h.opportunity_id, toHousekeeping(h)]));
    },
  },
  states: {
    tables: ['follow_ups'],
    load: async (ctx): Promise<FollowUpState[]> => (await recordedFollowUpStates(ctx.db, ctx.actor.userId)).map(toState),
  },
  offers: {
    tables: ['offers'],
    load: async (ctx): Promise<AgendaOffer[]> =>
      (await pendingOfferRows(ctx.db, ctx.actor.userId)).map((o) => ({
        opportunityId: o.opportunity_id,
        deadline: o.deadline,
        status: o.status,
      })),
  },
  planned: {
    tables: ['question_plan_items'],
    load: async (ctx): Promise<Set<string>> =>
      new Set((await plannedOpportunityRows(ctx.db, ctx.actor.userId)).map((p) => p.opportunity_id)),
  },
  rules: {
    tables: ['follow_up_settings'],
    load: async (ctx): Promise<Partial<FollowUpRules>> => parseRuleOverrides((await followUpRulesRow(ctx.db, ctx.actor.userId))?.rules),
  },
} satisfies Record<string, PartSpec<unknown>>;

/** The name of one part of the agenda data. */
export type AgendaPart = keyof typeof AGENDA_PARTS;

/** Every part's loaded value. */
export type AgendaParts = { [K in AgendaPart]: Awaited<ReturnType<(typeof AGENDA_PARTS)[K]['load']>> };

/** The ranking's input from the parts (the interviews of inactive opportunities left out). */
export function assembleAgendaData(parts: AgendaParts): AgendaData {
  const { opportunities, interviews } = parts;
  const active = new Set(opportunities.map((o) => o.id));
  const people = new Map(interviews.people);
  for (const p of parts.bestContacts) if (!people.has(p.id)) people.set(p.id, p);
  return {
    opportunities,
    interviews: interviews.interviews.filter((iv) => active.has(iv.opportunityId)),
    people: [...people.values()],
    housekeeping: parts.housekeeping,
    states: parts.states,
    offers: parts.offers,
    plannedOpportunityIds: parts.planned,
    rules: parts.rules,
  };
}

/** Loads one part. */
export function loadAgendaPart<K extends AgendaPart>(ctx: Ctx, part: K, nowMs: number): Promise<AgendaParts[K]> {
  return (AGENDA_PARTS[part] as unknown as PartSpec<AgendaParts[K]>).load(ctx, nowMs);
}

/** Loads every part afresh (no cache): the CLI and the benchmarks' cold path. */
export async function loadAgendaData(ctx: Ctx): Promise<AgendaData> {
  const nowMs = ctx.now().getTime();
  const names = Object.keys(AGENDA_PARTS) as AgendaPart[];
  const values = await Promise.all(names.map((name) => loadAgendaPart(ctx, name, nowMs)));
  return assembleAgendaData(Object.fromEntries(names.map((name, i) => [name, values[i]])) as AgendaParts);
}

function toState(s: {
  opportunity_id: string;
  kind: string;
  interview_id: string | null;
  person_id: string | null;
  sequence: number;
  sent_at: string | null;
  dismissed_at: string | null;
}): FollowUpState {
  return {
    opportunityId: s.opportunity_id,
    kind: s.kind === 'check-in' ? 'check-in' : 'thank-you',
    interviewId: s.interview_id,
    personId: s.person_id,
    sequence: Number(s.sequence),
    sentAt: s.sent_at,
    dismissedAt: s.dismissed_at,
  };
}

/** A housekeeping row in the rules' shape. */
export function toHousekeeping(h: {
  decision_date: string | null;
  best_contact_person_id: string | null;
  preferred_channel: string | null;
  preferred_timing: string;
  contact_email: string | null;
  contact_phone: string | null;
}): Housekeeping {
  return {
    decisionDate: h.decision_date,
    bestContactPersonId: h.best_contact_person_id,
    preferredChannel: h.preferred_channel as ContactChannel | null,
    preferredTiming: h.preferred_timing || null,
    contactEmail: h.contact_email,
    contactPhone: h.contact_phone,
  };
}
