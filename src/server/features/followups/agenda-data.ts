import type { AgendaInput, AgendaInterview, AgendaOpportunity, FollowUpState } from '../../../core/followup/agenda.js';
import type { ContactChannel, Housekeeping, InterviewKind, Person } from '../../../core/followup/types.js';
import { ACTIVE_STAGES } from '../../../contracts/opportunities.js';
import type { Ctx } from '../../auth/actor.js';

type Loaded = AgendaInterview & { conversations: { id: string; start: string; durationMinutes: number; personIds: string[] }[] };

/** The stored data the next-actions ranking reads, everything but the clock and the zone. */
export type AgendaData = Omit<AgendaInput, 'now' | 'today' | 'timeZone' | 'rules'>;

function parseChecklist(json: string): { done: boolean }[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is { done: boolean } => typeof v === 'object' && v !== null).map((v) => ({ done: v.done === true })) : [];
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

/**
 * Reads everything the ranking needs for one owner with one query per table (never one per
 * opportunity): active opportunities, their interviews, the conversations and people of the
 * interviews that can still produce an item, housekeeping, the user's follow-up state, pending
 * offers and which plans have questions.
 */
export async function loadAgendaData(ctx: Ctx): Promise<AgendaData> {
  const owner = ctx.actor.userId;
  const db = ctx.db.kysely;
  const nowMs = ctx.now().getTime();
  const cutoff = new Date(nowMs - RELEVANT_DAYS * 86_400_000).toISOString();
  // Interviews that can still produce an item: recent or upcoming ones, and each opportunity's latest.
  const relevant = () =>
    db
      .selectFrom('interviews as i')
      .select('i.id')
      .where('i.owner_id', '=', owner)
      .where('i.deleted_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb('i.starts_at', '>=', cutoff),
          eb.not(
            eb.exists(
              eb
                .selectFrom('interviews as j')
                .select('j.id')
                .whereRef('j.opportunity_id', '=', 'i.opportunity_id')
                .where('j.deleted_at', 'is', null)
                .whereRef('j.starts_at', '>', 'i.starts_at'),
            ),
          ),
        ]),
      );
  const [opportunities, interviews, conversations, bestContacts, housekeeping, states, offers, planned] = await Promise.all([
    db
      .selectFrom('opportunities as o')
      .innerJoin('employers as e', 'e.id', 'o.employer_id')
      .select(['o.id', 'e.name as employerName', 'o.role_title as roleTitle', 'o.stage', 'o.next_action as nextAction', 'o.next_action_due as nextActionDue'])
      .where('o.owner_id', '=', owner)
      .where('o.archived_at', 'is', null)
      .where('o.stage', 'in', ACTIVE_STAGES)
      .orderBy('o.updated_at', 'desc')
      .orderBy('o.id')
      .execute(),
    db
      .selectFrom('interviews')
      .select(['id', 'opportunity_id', 'kind', 'title', 'starts_at', 'time_zone', 'duration_minutes', 'location', 'checklist'])
      .where('id', 'in', relevant())
      .execute(),
    // Conversations with their interviewers in one query (a row per person, or one with no person).
    db
      .selectFrom('conversations as c')
      .leftJoin('conversation_people as cp', 'cp.conversation_id', 'c.id')
      .leftJoin('people as p', 'p.id', 'cp.person_id')
      .select(['c.id', 'c.interview_id', 'c.starts_at', 'c.duration_minutes', 'p.id as personId', 'p.name', 'p.email', 'p.phone'])
      .where('c.interview_id', 'in', relevant())
      .orderBy('c.starts_at')
      .orderBy('c.position')
      .orderBy('c.id')
      .orderBy('cp.position')
      .execute(),
    db
      .selectFrom('people')
      .select(['id', 'name', 'email', 'phone'])
      .where('id', 'in', db.selectFrom('housekeeping').select('best_contact_person_id').where('owner_id', '=', owner).where('best_contact_person_id', 'is not', null).$narrowType<{ best_contact_person_id: string }>())
      .where('owner_id', '=', owner)
      .execute(),
    db
      .selectFrom('housekeeping')
      .select(['opportunity_id', 'decision_date', 'best_contact_person_id', 'preferred_channel', 'preferred_timing', 'contact_email', 'contact_phone'])
      .where('owner_id', '=', owner)
      .execute(),
    db
      .selectFrom('follow_ups')
      .select(['opportunity_id', 'kind', 'interview_id', 'person_id', 'sequence', 'sent_at', 'dismissed_at'])
      .where('owner_id', '=', owner)
      .where((eb) => eb.or([eb('sent_at', 'is not', null), eb('dismissed_at', 'is not', null)]))
      .execute(),
    db.selectFrom('offers').select(['opportunity_id', 'deadline', 'status']).where('owner_id', '=', owner).where('status', '=', 'pending').where('deadline', 'is not', null).execute(),
    db
      .selectFrom('question_plans as p')
      .innerJoin('question_plan_items as i', 'i.plan_id', 'p.id')
      .select('p.opportunity_id')
      .distinct()
      .where('p.owner_id', '=', owner)
      .execute(),
  ]);

  const active = new Set(opportunities.map((o) => o.id));
  const byInterview = new Map<string, Loaded>();
  const agendaInterviews: Loaded[] = [];
  for (const row of interviews) {
    if (!active.has(row.opportunity_id)) continue;
    const startMs = Date.parse(row.starts_at);
    const iv: Loaded = {
      id: row.id,
      opportunityId: row.opportunity_id,
      kind: row.kind as InterviewKind,
      title: row.title,
      location: row.location,
      start: row.starts_at,
      timeZone: row.time_zone,
      durationMinutes: row.duration_minutes,
      conversations: [],
      // Only an interview still ahead can have a prep task: skip parsing the others' checklists.
      checklist: startMs > nowMs ? parseChecklist(row.checklist) : [],
    };
    byInterview.set(row.id, iv);
    agendaInterviews.push(iv);
  }
  const byConversation = new Map<string, string[]>();
  const people = new Map<string, Person>();
  for (const c of conversations) {
    let personIds = byConversation.get(c.id);
    if (!personIds) {
      const iv = byInterview.get(c.interview_id);
      if (!iv) continue;
      personIds = [];
      byConversation.set(c.id, personIds);
      iv.conversations.push({ id: c.id, start: c.starts_at, durationMinutes: c.duration_minutes, personIds });
    }
    if (c.personId === null || c.name === null) continue;
    personIds.push(c.personId);
    if (!people.has(c.personId)) people.set(c.personId, { id: c.personId, name: c.name, email: c.email, phone: c.phone });
  }
  for (const p of bestContacts) if (!people.has(p.id)) people.set(p.id, p);

  return {
    opportunities: opportunities as AgendaOpportunity[],
    interviews: agendaInterviews,
    people: [...people.values()],
    housekeeping: new Map(housekeeping.map((h) => [h.opportunity_id, toHousekeeping(h)])),
    states: states.map(toState),
    offers: offers.map((o) => ({ opportunityId: o.opportunity_id, deadline: o.deadline, status: o.status })),
    plannedOpportunityIds: new Set(planned.map((p) => p.opportunity_id)),
  };
}

function toState(s: { opportunity_id: string; kind: string; interview_id: string | null; person_id: string | null; sequence: number; sent_at: string | null; dismissed_at: string | null }): FollowUpState {
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
