// The shapes `buildAgenda` (agenda.ts) reads and returns.
import type { FollowUpRules } from './rules.js';
import type { Housekeeping, Interview, Person } from './types.js';

/** What one next action is about. */
export type AgendaKind = 'thank-you' | 'check-in' | 'interview' | 'prep' | 'offer-deadline' | 'next-action';

/** When to act: overdue, today (and thank-you notes whose conversation is over), the next six days, or later (undated ones too). */
export type AgendaGroup = 'overdue' | 'today' | 'week' | 'later';

/** Where in the app the action is done. */
export type AgendaTarget =
  | { page: 'opportunity'; tab: 'overview' | 'interviews' | 'followups' | 'offer' | 'questions' }
  | { page: 'interview'; interviewId: string };

/** An opportunity as the agenda needs it. */
export interface AgendaOpportunity {
  id: string;
  employerName: string;
  roleTitle: string;
  stage: string;
  nextAction: string | null;
  nextActionDue: string | null;
}

/** An interview with the opportunity it belongs to and its checklist. */
export interface AgendaInterview extends Interview {
  opportunityId: string;
  title: string;
  location?: string;
  checklist: readonly { done: boolean }[];
}

/** The user's state of one thank-you note or check-in (rows exist only once the user changed something). */
export interface FollowUpState {
  opportunityId: string;
  kind: 'thank-you' | 'check-in';
  interviewId: string | null;
  personId: string | null;
  sequence: number;
  sentAt: string | null;
  dismissedAt: string | null;
}

/** An offer with a pending answer. */
export interface AgendaOffer {
  opportunityId: string;
  deadline: string | null;
  status: string;
}

/** Everything `buildAgenda` ranks. */
export interface AgendaInput {
  /** The current instant. */
  now: string | Date;
  /** The user's calendar date (`YYYY-MM-DD`). */
  today: string;
  /** The user's IANA zone: due dates are local dates there. */
  timeZone: string;
  rules?: Partial<FollowUpRules>;
  /** Active, unarchived opportunities, in a stable order. */
  opportunities: readonly AgendaOpportunity[];
  interviews: readonly AgendaInterview[];
  people: readonly Person[];
  housekeeping: ReadonlyMap<string, Housekeeping>;
  states: readonly FollowUpState[];
  offers: readonly AgendaOffer[];
  /** Opportunities whose question plan has at least one question. */
  plannedOpportunityIds: ReadonlySet<string>;
  /** How far ahead upcoming interviews are listed (default 7 days). */
  upcomingDays?: number;
  /** How long before an interview its prep task shows (default 48 hours). */
  prepHours?: number;
  /** How long after a conversation an unsent thank-you note stays on the list (default 7 days; the Follow-ups tab keeps it). */
  thankYouListedDays?: number;
}

/** One thing to do, ranked. */
export interface AgendaItem {
  /** Stable across requests: `<kind>:<ids>`. */
  id: string;
  kind: AgendaKind;
  title: string;
  detail: string;
  opportunityId: string;
  employerName: string;
  roleTitle: string;
  stage: string;
  interviewId: string | null;
  personId: string | null;
  /** Local calendar date the action is due, or null when undated. */
  due: string | null;
  /** The exact instant, for actions that have one (thank-you notes, check-ins, interviews). */
  dueAt: string | null;
  daysUntilDue: number | null;
  overdue: boolean;
  group: AgendaGroup;
  target: AgendaTarget;
}

/** The ranked list, its counts, and when it next changes by the clock alone. */
export interface Agenda {
  items: AgendaItem[];
  counts: Record<AgendaGroup, number> & { total: number };
  /** The next instant at which an item appears, disappears or becomes overdue (null when none is ahead). */
  nextChangeAt: string | null;
}
