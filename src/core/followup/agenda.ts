import type { Agenda, AgendaGroup, AgendaInput, AgendaInterview, AgendaItem, AgendaOpportunity } from './agenda-types.js';
import { followUpKey } from './keys.js';
import { planFollowUps, prepareFollowUpRules } from './schedule.js';
import { THANK_YOU_LISTED_DAYS, checkInsApply, thankYousApply } from './stages.js';
import { spokenDate } from './text.js';
import { startMsOf, type FollowUp, type InterviewKind, type Person } from './types.js';
import { addCalendarDays, dayNumber, isValidTimeZone, toIsoUtc, utcToZonedDate } from './zoned-time.js';

export type * from './agenda-types.js';

type NewItem = Pick<AgendaItem, 'id' | 'kind' | 'title' | 'detail' | 'interviewId' | 'personId' | 'due' | 'dueAt' | 'target'> & {
  /** `dueAt` in milliseconds (null when `dueAt` is). */
  dueMs: number | null;
  overdue?: boolean;
  group?: AgendaGroup;
};

const HOUR_MS = 3_600_000;
const KIND_LABEL: Record<string, string> = { phone: 'Phone', video: 'Video', onsite: 'On-site' } satisfies Record<InterviewKind, string>;

function groupOf(overdue: boolean, days: number | null): AgendaGroup {
  if (overdue) return 'overdue';
  if (days === null) return 'later';
  if (days <= 0) return 'today';
  return days <= 6 ? 'week' : 'later';
}

const DAY_MS = 86_400_000;
const UNDATED_DAY = 100_000;
const GROUP_RANK: Record<AgendaGroup, number> = { overdue: 0, today: 1, week: 2, later: 3 };

/**
 * group rank · 1e15 + day · 1e9 + (0 for date-only, else 1 + ms from two days before the day's UTC
 * start): a local day's instants lie within a day of its UTC midnight, so the last part stays below
 * 4 · 86.4e6 < 1e9, days stay below 1e5 (1e14), and the whole below 2^53.
 */
function sortKey(group: AgendaGroup, day: number | null, dueMs: number | null): number {
  const d = day ?? UNDATED_DAY;
  const time = dueMs === null || day === null ? 0 : 1 + dueMs - (d - 2) * DAY_MS;
  return GROUP_RANK[group] * 1e15 + d * 1e9 + time;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * One ranked list across every opportunity: thank-you notes (from the end of the conversation
 * until a week later, unless sent or set aside) and the next check-in (once the interviews are
 * over), both from `scheduleFollowUps`; interviews in the next `upcomingDays`; prep in the
 * `prepHours` before an interview whose checklist is open or whose questions are not planned;
 * pending offer deadlines; and the opportunities' own next actions. Grouped overdue, today, this
 * week, later; within a group by due date, then time; undated last. Pure: the clock and the
 * user's zone are inputs.
 */
export function buildAgenda(input: AgendaInput): Agenda {
  const nowMs = new Date(input.now).getTime();
  const { today, timeZone } = input;
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const prepared = prepareFollowUpRules(input.rules);
  const { rules } = prepared;
  const withinMs = rules.thankYouWithinHours * HOUR_MS;
  const lateMs = rules.thankYouLateHours * HOUR_MS;
  const listedMs = (input.thankYouListedDays ?? THANK_YOU_LISTED_DAYS) * 24 * HOUR_MS;
  const prepMs = (input.prepHours ?? 48) * HOUR_MS;
  const lastUpcomingDate = addCalendarDays(today, input.upcomingDays ?? 7);
  let nextChange = Number.POSITIVE_INFINITY;
  const ahead = (ms: number) => {
    if (ms > nowMs && ms < nextChange) nextChange = ms;
  };

  const interviewsByOpportunity = new Map<string, AgendaInterview[]>();
  for (const iv of input.interviews) {
    const list = interviewsByOpportunity.get(iv.opportunityId);
    if (list) list.push(iv);
    else interviewsByOpportunity.set(iv.opportunityId, [iv]);
  }
  const peopleById = new Map(input.people.map((p) => [p.id, p]));
  // Dismissed items by key (usually few: most items have no stored state at all).
  const dismissed = new Set<string>();
  const sentByOpportunity = new Map<string, FollowUp[]>();
  for (const s of input.states) {
    if (s.dismissedAt) {
      dismissed.add(
        s.kind === 'thank-you'
          ? followUpKey({ kind: 'thank-you', interviewId: s.interviewId ?? '', personId: s.personId ?? '' })
          : followUpKey({ kind: 'check-in', opportunityId: s.opportunityId, sequence: s.sequence }),
      );
    }
    if (s.sentAt) {
      const sent: FollowUp = { kind: s.kind, personId: s.personId ?? '', channel: 'email', interviewId: s.interviewId, sentAt: s.sentAt };
      const list = sentByOpportunity.get(s.opportunityId);
      if (list) list.push(sent);
      else sentByOpportunity.set(s.opportunityId, [sent]);
    }
  }
  const offers = new Map(input.offers.map((o) => [o.opportunityId, o]));

  const items: AgendaItem[] = [];
  // One numeric sort key per item, built once: overdue first, then the due day (undated last),
  // then date-only before timed items on that day, then the instant.
  const keys: number[] = [];
  const todayDay = dayNumber(today);
  const push = (o: AgendaOpportunity, item: NewItem) => {
    const day = item.due === null ? null : dayNumber(item.due);
    const days = day === null ? null : day - todayDay;
    const overdue = item.overdue ?? (days !== null && days < 0);
    const group = overdue ? 'overdue' : (item.group ?? groupOf(false, days));
    keys.push(sortKey(group, day, item.dueMs));
    items.push({
      id: item.id,
      kind: item.kind,
      title: item.title,
      detail: item.detail,
      opportunityId: o.id,
      employerName: o.employerName,
      roleTitle: o.roleTitle,
      stage: o.stage,
      interviewId: item.interviewId,
      personId: item.personId,
      due: item.due,
      dueAt: item.dueAt,
      daysUntilDue: days,
      overdue,
      group,
      target: item.target,
    });
  };

  for (const o of input.opportunities) {
    const interviews = interviewsByOpportunity.get(o.id) ?? [];

    if (interviews.length > 0 && thankYousApply(o.stage)) {
      const hk = input.housekeeping.get(o.id) ?? null;
      const involved = new Map<string, Person>();
      for (const iv of interviews)
        for (const c of iv.conversations)
          for (const pid of c.personIds) {
            const p = peopleById.get(pid);
            if (p) involved.set(pid, p);
          }
      const best = hk?.bestContactPersonId ? peopleById.get(hk.bestContactPersonId) : undefined;
      if (best) involved.set(best.id, best);
      const plan = planFollowUps(
        {
          interviews,
          housekeeping: hk,
          people: [...involved.values()],
          now: nowMs,
          timeZone,
          sent: sentByOpportunity.get(o.id) ?? [],
          // Notes whose week on the list is over are not planned at all.
          thankYouSinceMs: nowMs - listedMs,
        },
        prepared,
      );
      // Check-ins are about the decision: only once every interview is over, and one at a time.
      const interviewsOver = interviews.every((iv) => startMsOf(iv) + iv.durationMinutes * 60_000 <= nowMs);
      let checkInListed = !checkInsApply(o.stage) || !interviewsOver;
      for (const f of plan.items) {
        const name = involved.get(f.personId)?.name ?? 'your interviewer';
        const dueMs = f.dueMs;
        if (f.kind === 'thank-you') {
          const id = followUpKey({ kind: 'thank-you', interviewId: f.interviewId ?? '', personId: f.personId });
          if (dismissed.size > 0 && dismissed.has(id)) continue;
          // Only once the conversation has happened, and not forever: a week on, the moment has passed.
          const endMs = dueMs - withinMs;
          if (endMs > nowMs) {
            ahead(endMs);
            continue;
          }
          if (nowMs >= endMs + listedMs) continue;
          ahead(endMs + listedMs);
          // It turns overdue at the due time, and its advice changes once it is past the late mark.
          ahead(dueMs);
          ahead(endMs + lateMs);
          push(o, {
            id,
            kind: 'thank-you',
            title: `Send a thank-you note to ${name}`,
            detail: f.reason,
            interviewId: f.interviewId,
            personId: f.personId,
            due: f.dueLocalDate,
            dueAt: f.dueAt,
            dueMs,
            overdue: nowMs >= dueMs,
            // Once the conversation is over the note is for today, even when its 24 hours end tomorrow.
            group: 'today',
            target: { page: 'opportunity', tab: 'followups' },
          });
        } else if (!checkInListed) {
          const id = followUpKey({ kind: 'check-in', opportunityId: o.id, sequence: f.sequence });
          if (dismissed.size > 0 && dismissed.has(id)) continue;
          checkInListed = true;
          const how = f.channel === 'email' ? '' : f.channel === 'phone' ? ' by phone' : f.channel === 'linkedin' ? ' on LinkedIn' : '';
          push(o, {
            id,
            kind: 'check-in',
            title: `${f.sequence > 1 ? 'Check in again' : 'Check in'} with ${name}${how}`,
            detail: f.reason,
            interviewId: null,
            personId: f.personId,
            due: f.dueLocalDate,
            dueAt: f.dueAt,
            dueMs,
            target: { page: 'opportunity', tab: 'followups' },
          });
        }
      }
    }

    for (const iv of interviews) {
      const startMs = startMsOf(iv);
      const endMs = startMs + iv.durationMinutes * 60_000;
      if (!Number.isFinite(startMs) || endMs <= nowMs) continue;
      ahead(endMs);
      const startDate = utcToZonedDate(startMs, timeZone);
      const kind = KIND_LABEL[iv.kind] ?? 'An';
      const label = `${kind} interview${iv.title ? `: ${iv.title}` : ''}`;
      if (startDate <= lastUpcomingDate) {
        push(o, {
          id: `interview:${iv.id}`,
          kind: 'interview',
          title: label,
          detail: iv.location ? iv.location : plural(iv.conversations.length, 'conversation', 'conversations'),
          interviewId: iv.id,
          personId: null,
          due: startDate,
          dueAt: toIsoUtc(startMs),
          dueMs: startMs,
          overdue: false,
          target: { page: 'interview', interviewId: iv.id },
        });
      }
      // Prep shows from `prepHours` before the start until the interview begins.
      if (startMs <= nowMs) continue;
      ahead(startMs);
      if (startMs - prepMs > nowMs) {
        ahead(startMs - prepMs);
        continue;
      }
      const left = iv.checklist.filter((c) => !c.done).length;
      const planned = input.plannedOpportunityIds.has(o.id);
      if (left === 0 && planned) continue;
      const gaps = [
        ...(left > 0 ? [`${left} of ${plural(iv.checklist.length, 'checklist item', 'checklist items')} left`] : []),
        ...(planned ? [] : ['no questions to ask planned yet']),
      ];
      push(o, {
        id: `prep:${iv.id}`,
        kind: 'prep',
        title: kind === 'An' ? 'Prepare for the interview' : `Prepare for the ${kind.toLowerCase()} interview`,
        detail: gaps.join('; '),
        interviewId: iv.id,
        personId: null,
        due: startDate,
        dueAt: toIsoUtc(startMs),
        dueMs: startMs,
        overdue: false,
        target: { page: 'opportunity', tab: left > 0 ? 'interviews' : 'questions' },
      });
    }

    const offer = offers.get(o.id);
    if (offer && offer.status === 'pending' && offer.deadline) {
      push(o, {
        id: `offer-deadline:${o.id}`,
        kind: 'offer-deadline',
        title: 'Decide on the offer',
        detail: `They asked for your answer by ${spokenDate(offer.deadline)}.`,
        interviewId: null,
        personId: null,
        due: offer.deadline,
        dueAt: null,
        dueMs: null,
        target: { page: 'opportunity', tab: 'offer' },
      });
    }

    if (o.nextAction) {
      push(o, {
        id: `next-action:${o.id}`,
        kind: 'next-action',
        title: o.nextAction,
        detail: '',
        interviewId: null,
        personId: null,
        due: o.nextActionDue,
        dueAt: null,
        dueMs: null,
        target: { page: 'opportunity', tab: 'overview' },
      });
    }
  }

  // Ties keep their order (the opportunities' order, then the order items were found in).
  const order = items.map((_, index) => index);
  order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  const ranked = order.map((i) => items[i]!);
  const counts = { overdue: 0, today: 0, week: 0, later: 0, total: ranked.length };
  for (const item of ranked) counts[item.group]++;
  return { items: ranked, counts, nextChangeAt: Number.isFinite(nextChange) ? toIsoUtc(nextChange) : null };
}
