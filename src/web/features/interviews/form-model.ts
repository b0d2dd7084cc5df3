import { isValidTimeZone, utcToZonedDateTime, zonedDateTimeToUtc } from '../../../core/followup/zoned-time.js';
import { INTERVIEW_KIND_VALUES as INTERVIEW_KINDS } from '../../../core/interviews/types.js';
import { locationWithMeeting, reviewPeople, type ReviewPerson } from './invitation-review.js';
import type {
  Conversation,
  CreateConversation,
  CreateInterview,
  Interview,
  InterviewKind,
  InvitationDraft,
  UpdateConversation,
  UpdateInterview,
} from '../../../contracts/interviews.js';

/** One conversation as the form edits it: a start time on the interview's day (in its zone) and a length. */
export interface ConversationDraft {
  /** Stable key for React lists. */
  key: string;
  /** The saved conversation's id, or null for one not saved yet. */
  id: string | null;
  time: string;
  durationMinutes: string;
  topic: string;
  personIds: string[];
  /** Names read from an invitation that match nobody yet: they become people when the form is saved. */
  newNames: string[];
}

/** What the interview form edits; the same shape serves create, edit and the invitation review. */
export interface InterviewDraft {
  kind: InterviewKind;
  title: string;
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: string;
  location: string;
  conversations: ConversationDraft[];
  /** The people an invitation named, for the review (roles to check; who to add or link). */
  invited?: ReviewPerson[];
}

/** Form errors by field: `date`, `time`, `timeZone`, …, and `conversations.N.time` etc. */
export type FormErrors = Record<string, string>;

const MINUTE = 60_000;
let keySeq = 0;
/** A fresh key for a conversation row. */
export function rowKey(): string {
  keySeq += 1;
  return `c${keySeq}`;
}

/** A blank form: tomorrow at 10:00 in the user's zone, one hour, by video. */
export function emptyDraft(userZone: string, now: number): InterviewDraft {
  const tomorrow = utcToZonedDateTime(now + 86_400_000, userZone).date;
  return {
    kind: 'video',
    title: '',
    date: tomorrow,
    time: '10:00',
    timeZone: userZone,
    durationMinutes: '60',
    location: '',
    conversations: [],
  };
}

function convDraft(c: Conversation, zone: string): ConversationDraft {
  return {
    key: rowKey(),
    id: c.id,
    time: utcToZonedDateTime(c.startsAt, zone).time,
    durationMinutes: String(c.durationMinutes),
    topic: c.topic,
    personIds: [...c.personIds],
    newNames: [],
  };
}

/** The form's values for a saved interview (times shown in the interview's zone). */
export function draftFromInterview(i: Interview): InterviewDraft {
  const at = utcToZonedDateTime(i.startsAt, i.timeZone);
  return {
    kind: i.kind,
    title: i.title,
    date: at.date,
    time: at.time,
    timeZone: i.timeZone,
    durationMinutes: String(i.durationMinutes),
    location: i.location,
    conversations: i.conversations.map((c) => convDraft(c, i.timeZone)),
  };
}

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The person a name from an invitation means: the same name, or the only person whose name contains it (or is contained in it). */
export function matchPerson<P extends { id: string; name: string }>(name: string, people: readonly P[]): P | null {
  const n = norm(name);
  if (!n) return null;
  const exact = people.filter((p) => norm(p.name) === n);
  if (exact.length === 1) return exact[0]!;
  const loose = people.filter((p) => {
    const pn = norm(p.name);
    return pn.includes(n) || n.includes(pn);
  });
  return loose.length === 1 ? loose[0]! : null;
}

/**
 * The form's values from what an invitation said: names become the opportunity's people where they match, the
 * invitation's people are listed for the review, and people named without a schedule share one conversation.
 */
export function draftFromInvitation(
  inv: InvitationDraft['draft'],
  people: readonly { id: string; name: string }[],
  fallback: InterviewDraft,
): InterviewDraft {
  const zone = inv.timeZone && isValidTimeZone(inv.timeZone) ? inv.timeZone : fallback.timeZone;
  const at = inv.startsAt ? utcToZonedDateTime(inv.startsAt, zone) : null;
  const invited = reviewPeople(inv.people);
  const onOpportunity = new Set(people.map((p) => p.id));
  const row = (time: string, durationMinutes: string, topic: string, names: readonly string[]): ConversationDraft => {
    const matched: string[] = [];
    const unknown: string[] = [];
    for (const raw of names) {
      const name = raw.trim();
      const known = invited.find((r) => r.name === name)?.personId;
      const id = known && onOpportunity.has(known) ? known : known ? null : (matchPerson(name, people)?.id ?? null);
      if (id && !matched.includes(id)) matched.push(id);
      else if (!id && name && !unknown.includes(name)) unknown.push(name);
    }
    return { key: rowKey(), id: null, time, durationMinutes, topic, personIds: matched, newNames: unknown };
  };
  const durationMinutes = inv.durationMinutes !== undefined ? String(inv.durationMinutes) : fallback.durationMinutes;
  const time = at?.time ?? fallback.time;
  const conversations = inv.conversations.map((c) =>
    row(utcToZonedDateTime(c.startsAt, zone).time, String(c.durationMinutes), c.topic, c.names),
  );
  const taking = inv.people.filter((p) => p.interviews).map((p) => p.name);
  if (conversations.length === 0 && taking.length > 0) conversations.push(row(time, durationMinutes, '', taking));
  return {
    kind: inv.kind ?? fallback.kind,
    title: inv.title ?? '',
    date: at?.date ?? fallback.date,
    time,
    timeZone: zone,
    durationMinutes,
    location: locationWithMeeting(inv),
    conversations,
    invited,
  };
}

function minutes(value: string): number | null {
  const t = value.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= 5 && n <= 960 ? n : null;
}

/**
 * The instant a conversation starts: on the interview's day, or on the next day when the interview runs past
 * midnight and the time falls in that part of it (a 23:00–01:00 interview with a conversation at 00:15).
 */
export function conversationStart(d: Pick<InterviewDraft, 'date' | 'time' | 'timeZone' | 'durationMinutes'>, time: string): string {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const end = toMin(d.time) + (minutes(d.durationMinutes) ?? 0);
  const nextDayPart = end > 1440 && toMin(time) < toMin(d.time) && toMin(time) < end - 1440;
  return zonedDateTimeToUtc(nextDayPart ? nextDay(d.date) : d.date, time, d.timeZone).toISOString();
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The conversation rows as API bodies (with their index in the form), or errors naming each row's field. */
function conversationBodies(d: InterviewDraft, errors: FormErrors): (CreateConversation & { index: number })[] {
  const out: (CreateConversation & { index: number })[] = [];
  d.conversations.forEach((c, index) => {
    const at = `conversations.${index}`;
    const mins = minutes(c.durationMinutes);
    if (!TIME.test(c.time)) errors[`${at}.time`] = 'Enter the start time.';
    if (mins === null) errors[`${at}.durationMinutes`] = 'Enter minutes, 5 to 960.';
    if (c.topic.trim().length > 200) errors[`${at}.topic`] = 'Keep the topic under 200 characters.';
    if (c.personIds.length + c.newNames.length > 12) errors[`${at}.personIds`] = 'Pick at most 12 people.';
    if (errors[`${at}.time`] || mins === null || !DATE.test(d.date) || !TIME.test(d.time) || !isValidTimeZone(d.timeZone)) return;
    out.push({
      index,
      ...(c.id ? { id: c.id } : {}),
      startsAt: conversationStart(d, c.time),
      durationMinutes: mins,
      topic: c.topic.trim(),
      personIds: [...c.personIds],
    });
  });
  return out;
}

/** Checks the form (same rules as the API) and builds the create body; errors name each field. */
export function interviewBody(d: InterviewDraft): {
  body: CreateInterview;
  conversations: (CreateConversation & { index: number })[];
  errors: FormErrors;
} {
  const errors: FormErrors = {};
  if (!INTERVIEW_KINDS.includes(d.kind)) errors.kind = 'Pick phone, video or on site.';
  if (!DATE.test(d.date)) errors.date = 'Enter the date.';
  if (!TIME.test(d.time)) errors.time = 'Enter the start time.';
  if (!isValidTimeZone(d.timeZone.trim())) errors.timeZone = 'Pick a time zone such as Europe/Berlin.';
  const mins = minutes(d.durationMinutes);
  if (mins === null) errors.durationMinutes = 'Enter minutes, 5 to 960.';
  if (d.title.trim().length > 200) errors.title = 'Keep the title under 200 characters.';
  if (d.location.trim().length > 2000) errors.location = 'Keep the place or link under 2000 characters.';
  const zone = d.timeZone.trim();
  const startsAt = errors.date || errors.time || errors.timeZone ? '' : zonedDateTimeToUtc(d.date, d.time, zone).toISOString();
  const conversations = conversationBodies({ ...d, timeZone: zone }, errors);
  const body: CreateInterview = {
    kind: d.kind,
    title: d.title.trim(),
    startsAt,
    timeZone: zone,
    durationMinutes: mins ?? 0,
    location: d.location.trim(),
  };
  if (conversations.length > 0) body.conversations = conversations.map(({ index: _index, ...c }) => c);
  return { body, conversations, errors };
}

/** The PATCH body of an edited interview: only what changed. */
export function interviewChanges(saved: Interview, body: CreateInterview): UpdateInterview {
  const out: UpdateInterview = {};
  if (body.kind !== saved.kind) out.kind = body.kind;
  if ((body.title ?? '') !== saved.title) out.title = body.title ?? '';
  if (new Date(body.startsAt).getTime() !== new Date(saved.startsAt).getTime()) out.startsAt = body.startsAt;
  if (body.timeZone !== saved.timeZone) out.timeZone = body.timeZone;
  if (body.durationMinutes !== saved.durationMinutes) out.durationMinutes = body.durationMinutes;
  if ((body.location ?? '') !== saved.location) out.location = body.location ?? '';
  return out;
}

/** What to send so the saved conversations become the form's: creates, changes and removals. */
export function conversationChanges(
  saved: readonly Conversation[],
  rows: readonly CreateConversation[],
): { create: CreateConversation[]; update: { id: string; body: UpdateConversation }[]; remove: string[] } {
  const byId = new Map(saved.map((c) => [c.id, c]));
  const kept = new Set<string>();
  const create: CreateConversation[] = [];
  const update: { id: string; body: UpdateConversation }[] = [];
  for (const row of rows) {
    const old = row.id ? byId.get(row.id) : undefined;
    if (!old) {
      create.push(row);
      continue;
    }
    kept.add(old.id);
    const body: UpdateConversation = {};
    if (new Date(row.startsAt).getTime() !== new Date(old.startsAt).getTime()) body.startsAt = row.startsAt;
    if (row.durationMinutes !== old.durationMinutes) body.durationMinutes = row.durationMinutes;
    if ((row.topic ?? '') !== old.topic) body.topic = row.topic ?? '';
    const ids = row.personIds ?? [];
    if (ids.length !== old.personIds.length || ids.some((id, i) => id !== old.personIds[i])) body.personIds = ids;
    if (Object.keys(body).length > 0) update.push({ id: old.id, body });
  }
  return { create, update, remove: saved.filter((c) => !kept.has(c.id)).map((c) => c.id) };
}

/** A new conversation row: right after the last one (or at the interview's start), up to the interview's end. */
export function nextConversation(d: InterviewDraft): ConversationDraft {
  const last = d.conversations[d.conversations.length - 1];
  const toMinutes = (t: string) => (TIME.test(t) ? Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)) : null);
  const start = last ? (toMinutes(last.time) ?? 0) + (minutes(last.durationMinutes) ?? 45) : (toMinutes(d.time) ?? 600);
  const end = (toMinutes(d.time) ?? 600) + (minutes(d.durationMinutes) ?? 60);
  const left = end - start;
  const length = left >= 15 ? Math.min(45, left) : 45;
  const at = ((start % 1440) + 1440) % 1440;
  const time = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
  return { key: rowKey(), id: null, time, durationMinutes: String(length), topic: '', personIds: [], newNames: [] };
}

/** The form field a server error names: `startsAt` → `time`, `conversations.1.personIds.0` → `conversations.1.personIds`. */
export function formField(serverField: string | undefined): string | null {
  if (!serverField) return null;
  const conv = /^conversations\.(\d+)\.(startsAt|durationMinutes|topic|personIds)/.exec(serverField);
  if (conv) return `conversations.${conv[1]}.${conv[2] === 'startsAt' ? 'time' : conv[2]}`;
  if (serverField === 'startsAt') return 'time';
  if (['kind', 'title', 'timeZone', 'durationMinutes', 'location'].includes(serverField)) return serverField;
  if (serverField === 'personIds') return 'personIds';
  return null;
}

/** The minutes a conversation row lasts past the interview's end (0 when it fits), to warn before saving. */
export function overrunMinutes(d: InterviewDraft, c: ConversationDraft): number {
  const mins = minutes(c.durationMinutes);
  const total = minutes(d.durationMinutes);
  if (mins === null || total === null || !TIME.test(c.time) || !TIME.test(d.time) || !DATE.test(d.date) || !isValidTimeZone(d.timeZone))
    return 0;
  const start = new Date(conversationStart(d, c.time)).getTime();
  const interviewStart = zonedDateTimeToUtc(d.date, d.time, d.timeZone).getTime();
  return Math.max(0, Math.round((start + mins * MINUTE - (interviewStart + total * MINUTE)) / MINUTE));
}
