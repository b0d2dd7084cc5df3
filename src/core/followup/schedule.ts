import { resolveFollowUpRules, type FollowUpRules } from './rules.js';
import { startMsOf, type ContactChannel, type FollowUp, type Housekeeping, type Interview, type Person } from './types.js';
import {
  addBusinessDays,
  addCalendarDays,
  isBusinessDay,
  isValidTimeZone,
  toIsoUtc,
  utcToZonedDate,
  weekdayOf,
  zonedDateTimeToUtc,
  type WorkingCalendar,
} from './zoned-time.js';

/** Where a planned follow-up stands relative to `now`. */
export type FollowUpStatus = 'upcoming' | 'due' | 'late' | 'overdue';

/** One planned follow-up. */
export interface ScheduledFollowUp {
  kind: 'thank-you' | 'check-in';
  /** 1, 2, … for check-ins; 0 for thank-you notes. */
  sequence: number;
  personId: string;
  interviewId: string | null;
  channel: ContactChannel;
  /** The address or number to use, when one is known. */
  to: string | null;
  /** UTC ISO instant. */
  dueAt: string;
  /** The same instant in milliseconds. */
  dueMs: number;
  /** `YYYY-MM-DD` in the user's zone. */
  dueLocalDate: string;
  status: FollowUpStatus;
  reason: string;
}

/** Everything `scheduleFollowUps` needs. */
export interface ScheduleFollowUpsInput {
  interviews: readonly Interview[];
  housekeeping?: Housekeeping | null;
  people: readonly Person[];
  /** The current instant (ISO, Date or milliseconds). */
  now: string | Date | number;
  /** The user's IANA time zone: check-ins land at a local hour there. */
  timeZone: string;
  rules?: Partial<FollowUpRules>;
  sent?: readonly FollowUp[];
  /**
   * Leave out thank-you notes for conversations that ended before this instant (the next-actions
   * list no longer shows them, so it need not plan them).
   */
  thankYouSinceMs?: number;
}

/** The plan, or why following up should stop. */
export interface FollowUpSchedule {
  items: ScheduledFollowUp[];
  stop?: { reason: string; suggestion: string };
}

const HOUR_MS = 3_600_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEEKDAY_PATTERNS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => new RegExp(`\\b${d}`));

interface Slot {
  interviewId: string;
  personId: string;
  endMs: number;
}

/** Each interviewer's last conversation end per interview (one thank-you per person and interview). */
function conversationSlots(interviews: readonly Interview[]): { slots: Slot[]; lastEndMs: number | null } {
  const byKey = new Map<string, Slot>();
  let lastEndMs: number | null = null;
  for (const interview of interviews) {
    const interviewEnd = startMsOf(interview) + interview.durationMinutes * 60_000;
    if (Number.isFinite(interviewEnd)) lastEndMs = Math.max(lastEndMs ?? interviewEnd, interviewEnd);
    for (const c of interview.conversations) {
      const endMs = startMsOf(c) + c.durationMinutes * 60_000;
      if (!Number.isFinite(endMs)) continue;
      lastEndMs = Math.max(lastEndMs ?? endMs, endMs);
      for (const personId of c.personIds) {
        const key = `${interview.id}|${personId}`;
        const prev = byKey.get(key);
        if (!prev || prev.endMs < endMs) byKey.set(key, { interviewId: interview.id, personId, endMs });
      }
    }
  }
  return { slots: [...byKey.values()], lastEndMs };
}

/** Reads a local hour and weekdays out of free-text timing like "Tuesday afternoons". */
function timingHints(preferredTiming: string | null | undefined, fallback: string): { time: string; weekdays: number[] } {
  if (!preferredTiming) return { time: fallback, weekdays: [] };
  const text = preferredTiming.toLowerCase();
  let time = fallback;
  if (/afternoon/.test(text)) time = '14:00';
  else if (/end of (the )?day|evening|late/.test(text)) time = '16:00';
  else if (/early/.test(text)) time = '09:00';
  const weekdays = WEEKDAY_PATTERNS.flatMap((re, i) => (re.test(text) ? [i] : []));
  return { time, weekdays };
}

function shiftToPreferredDay(date: string, weekdays: number[], calendar: WorkingCalendar): string {
  if (weekdays.length === 0) return date;
  for (let i = 0; i < 7; i++) {
    const candidate = addCalendarDays(date, i);
    if (weekdays.includes(weekdayOf(candidate)) && isBusinessDay(candidate, calendar)) return candidate;
  }
  return date;
}

interface Recipient {
  personId: string;
  channel: ContactChannel;
  to: string | null;
  note: string;
}

function checkInRecipient(hk: Housekeeping, people: readonly Person[], lastInterviewerId: string | null): Recipient | null {
  const best = hk.bestContactPersonId ? people.find((p) => p.id === hk.bestContactPersonId) : undefined;
  const person = best ?? people.find((p) => p.id === lastInterviewerId) ?? people[0];
  if (!person) return null;
  const preferred = hk.preferredChannel ?? 'email';
  const email = hk.contactEmail || person.email || null;
  if (preferred === 'phone') {
    const phone = hk.contactPhone || person.phone || null;
    if (phone) return { personId: person.id, channel: 'phone', to: phone, note: `by phone, as ${person.name} prefers` };
    return { personId: person.id, channel: 'email', to: email, note: 'by email (no phone number saved)' };
  }
  if (preferred === 'email')
    return { personId: person.id, channel: 'email', to: email, note: email ? 'by email' : 'by email (no address saved yet)' };
  return { personId: person.id, channel: preferred, to: null, note: `via ${preferred}, as ${person.name} prefers` };
}

/** The first interviewer of the latest conversation: the natural contact when none was named. */
function lastInterviewerId(interviews: readonly Interview[]): string | null {
  let latest = -Infinity;
  let id: string | null = null;
  for (const interview of interviews) {
    for (const c of interview.conversations) {
      const t = startMsOf(c);
      if (t > latest && c.personIds[0] !== undefined) {
        latest = t;
        id = c.personIds[0];
      }
    }
  }
  return id;
}

const isoOf = toIsoUtc;

/** Rules resolved once, with their working calendar: for planning many opportunities in a row. */
export interface PreparedRules {
  rules: FollowUpRules;
  calendar: WorkingCalendar;
}

/** Resolves rule overrides and builds their working calendar. */
export function prepareFollowUpRules(overrides?: Partial<FollowUpRules>): PreparedRules {
  const rules = resolveFollowUpRules(overrides);
  return { rules, calendar: { weekendDays: rules.weekendDays, holidays: new Set(rules.holidays) } };
}

/**
 * Plans thank-you notes and check-ins for one opportunity from its interviews, housekeeping and
 * what was already sent, following `FOLLOW_UP_RULES` (overridable). Pure: `now` is an input.
 */
export function scheduleFollowUps(input: ScheduleFollowUpsInput): FollowUpSchedule {
  if (!isValidTimeZone(input.timeZone)) throw new RangeError(`Unknown time zone: ${input.timeZone}`);
  return planFollowUps(input, prepareFollowUpRules(input.rules));
}

/** `scheduleFollowUps` with the rules already prepared and the zone already checked (`input.rules` is ignored). */
export function planFollowUps(input: Omit<ScheduleFollowUpsInput, 'rules'>, prepared: PreparedRules): FollowUpSchedule {
  const { timeZone } = input;
  const { rules, calendar } = prepared;
  const nowMs = typeof input.now === 'number' ? input.now : new Date(input.now).getTime();
  const hk = input.housekeeping ?? {};
  const sent = (input.sent ?? []).filter((f) => f.sentAt);
  const { slots, lastEndMs } = conversationSlots(input.interviews);
  if (lastEndMs === null) return { items: [] };

  const sentCheckIns = sent
    .filter((f) => f.kind === 'check-in' && Date.parse(f.sentAt!) >= lastEndMs)
    .map((f) => Date.parse(f.sentAt!))
    .sort((a, b) => a - b);
  if (sentCheckIns.length >= rules.maxCheckIns) {
    return {
      items: [],
      stop: {
        reason: `${sentCheckIns.length} check-ins sent since the last interview with no decision recorded.`,
        suggestion: 'Stop following up here and put the energy into your other opportunities; if they come back to you, great.',
      },
    };
  }

  const items: ScheduledFollowUp[] = [];
  const peopleById = new Map(input.people.map((p) => [p.id, p]));
  const since = input.thankYouSinceMs ?? Number.NEGATIVE_INFINITY;
  for (const slot of slots) {
    if (slot.endMs < since) continue;
    const done = sent.some(
      (f) =>
        f.kind === 'thank-you' &&
        f.personId === slot.personId &&
        (f.interviewId ? f.interviewId === slot.interviewId : Date.parse(f.sentAt!) >= slot.endMs - 12 * HOUR_MS),
    );
    if (done) continue;
    const person = peopleById.get(slot.personId);
    const dueMs = slot.endMs + rules.thankYouWithinHours * HOUR_MS;
    const lateMs = slot.endMs + rules.thankYouLateHours * HOUR_MS;
    const status: FollowUpStatus = nowMs < dueMs ? 'upcoming' : nowMs < lateMs ? 'late' : 'overdue';
    const name = person?.name ?? 'this interviewer';
    const address = person?.email ?? null;
    const reason =
      status === 'upcoming'
        ? `Thank ${name} within ${rules.thankYouWithinHours} hours of your conversation, while it is fresh for both of you.`
        : status === 'late'
          ? `The ${rules.thankYouWithinHours}-hour mark has passed, but a note to ${name} within ${rules.thankYouLateHours} hours is still welcome.`
          : `It is past ${rules.thankYouLateHours} hours; a short, sincere note to ${name} is still better than none.`;
    items.push({
      kind: 'thank-you',
      sequence: 0,
      personId: slot.personId,
      interviewId: slot.interviewId,
      channel: 'email',
      to: address,
      dueAt: isoOf(dueMs),
      dueMs,
      dueLocalDate: utcToZonedDate(dueMs, timeZone),
      status,
      reason: address ? reason : `${reason} No email address is saved for ${name} yet.`,
    });
  }

  const recipient = checkInRecipient(hk, input.people, lastInterviewerId(input.interviews));
  if (recipient) {
    const lastLocalDate = utcToZonedDate(lastEndMs, timeZone);
    const hints = timingHints(hk.preferredTiming, rules.checkInLocalTime);
    const decision = hk.decisionDate && DATE.test(hk.decisionDate) ? hk.decisionDate : null;
    let previousDate: string | null = null;
    for (let seq = 1; seq <= rules.maxCheckIns; seq++) {
      const sentAt = sentCheckIns[seq - 1];
      if (sentAt !== undefined) {
        previousDate = utcToZonedDate(sentAt, timeZone);
        continue;
      }
      let date: string;
      let why: string;
      if (previousDate) {
        date = addBusinessDays(previousDate, rules.secondCheckInBusinessDays, calendar);
        why = `A working week (${rules.secondCheckInBusinessDays} business days) after check-in ${seq - 1}, if there is still no news.`;
      } else if (decision && decision >= lastLocalDate) {
        date = addBusinessDays(decision, 1, calendar);
        why = `They expected to decide by ${decision}; check in on the next working day after it.`;
      } else {
        date = addBusinessDays(lastLocalDate, rules.checkInBusinessDaysWithoutDecision, calendar);
        why = decision
          ? `The stated decision date (${decision}) was before your last interview, so check in ${rules.checkInBusinessDaysWithoutDecision} business days after that interview.`
          : `No decision date was given; check in ${rules.checkInBusinessDaysWithoutDecision} business days after your last interview.`;
      }
      date = shiftToPreferredDay(date, hints.weekdays, calendar);
      const dueMs = zonedDateTimeToUtc(date, hints.time, timeZone).getTime();
      const timing = hk.preferredTiming ? ` They said: "${hk.preferredTiming}".` : '';
      items.push({
        kind: 'check-in',
        sequence: seq,
        personId: recipient.personId,
        interviewId: null,
        channel: recipient.channel,
        to: recipient.to,
        dueAt: isoOf(dueMs),
        dueMs,
        dueLocalDate: date,
        status: nowMs < dueMs ? 'upcoming' : 'due',
        reason: `${why} Reach out ${recipient.note}.${timing}${seq === rules.maxCheckIns ? ' This is the last check-in; after it, move on if there is no reply.' : ''}`,
      });
      previousDate = date;
    }
  }

  items.sort((a, b) => a.dueMs - b.dueMs || a.sequence - b.sequence);
  return { items };
}
