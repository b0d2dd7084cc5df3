import type { ChecklistItem, Conversation, Interview, InterviewKind } from '../../../contracts/interviews.js';
import type { PlanInterviewer, PlanItem } from '../../../contracts/questions.js';

const MINUTE = 60_000;

/** Interview kinds as the UI names them. */
export const KIND_LABELS: Record<InterviewKind, string> = { phone: 'Phone', video: 'Video', onsite: 'On site' };

/** The user's own time zone, as the browser reports it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every time zone the platform knows, for the zone picker (the user's own first). */
export function timeZoneOptions(own: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [own, ...all.filter((z) => z !== own)];
}

/** Upcoming interviews (not yet over, soonest first) and past ones (most recent first). */
export function splitInterviews<T extends Pick<Interview, 'startsAt' | 'endsAt'>>(
  items: readonly T[],
  now: number,
): { upcoming: T[]; past: T[] } {
  const ms = (iso: string) => new Date(iso).getTime();
  const upcoming = items.filter((i) => ms(i.endsAt) > now).sort((a, b) => ms(a.startsAt) - ms(b.startsAt));
  const past = items.filter((i) => ms(i.endsAt) <= now).sort((a, b) => ms(b.startsAt) - ms(a.startsAt));
  return { upcoming, past };
}

/** "Berlin time", "New York time", "UTC": a zone as people say it. */
export function zoneLabel(zone: string): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const city = zone.split('/').pop() ?? zone;
  return `${city.replace(/_/g, ' ')} time`;
}

/** The wall-clock time (`14:00`, or as the locale writes it) of an instant in a zone. */
export function timeIn(iso: string, zone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** The calendar day (`Tue 3 Mar 2026`, as the locale writes it) of an instant in a zone. */
export function dayIn(iso: string, zone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(iso),
  );
}

/** A time slot in a zone: "Tue 3 Mar 2026, 14:00–15:30" (the end's day is added when it falls on another day). */
export function slotIn(startIso: string, durationMinutes: number, zone: string, locale?: string): string {
  const endIso = new Date(new Date(startIso).getTime() + durationMinutes * MINUTE).toISOString();
  const startDay = dayIn(startIso, zone, locale);
  const endDay = dayIn(endIso, zone, locale);
  const end = endDay === startDay ? timeIn(endIso, zone, locale) : `${endDay}, ${timeIn(endIso, zone, locale)}`;
  return `${startDay}, ${timeIn(startIso, zone, locale)}–${end}`;
}

/** When an interview is, in its own zone, and in the user's zone too when the clocks differ. */
export function whenText(
  i: Pick<Interview, 'startsAt' | 'durationMinutes' | 'timeZone'>,
  userZone: string,
  locale?: string,
): { inZone: string; inUserZone: string | null } {
  const there = slotIn(i.startsAt, i.durationMinutes, i.timeZone, locale);
  const inZone = `${there} (${zoneLabel(i.timeZone)})`;
  if (userZone === i.timeZone) return { inZone, inUserZone: null };
  const here = slotIn(i.startsAt, i.durationMinutes, userZone, locale);
  return { inZone, inUserZone: here === there ? null : `${here} (${zoneLabel(userZone)})` };
}

/** Where a conversation stands at `now`: before it, in it (with whole minutes left, rounded up), or after it. */
export function slotState(
  c: Pick<Conversation, 'startsAt' | 'durationMinutes'>,
  now: number,
): { phase: 'before' | 'during' | 'after'; minutesLeft: number; startsInMinutes: number } {
  const start = new Date(c.startsAt).getTime();
  const end = start + c.durationMinutes * MINUTE;
  const phase = now < start ? 'before' : now < end ? 'during' : 'after';
  return {
    phase,
    minutesLeft: Math.max(0, Math.ceil((end - now) / MINUTE)),
    startsInMinutes: Math.max(0, Math.ceil((start - now) / MINUTE)),
  };
}

/** Minutes before a slot's end at which the closing prompt appears. */
export const CLOSING_LEAD_MINUTES = 5;

/** True while the conversation is on and at most `lead` minutes of it remain: time to close. */
export function closingDue(c: Pick<Conversation, 'startsAt' | 'durationMinutes'>, now: number, lead = CLOSING_LEAD_MINUTES): boolean {
  const start = new Date(c.startsAt).getTime();
  const end = start + c.durationMinutes * MINUTE;
  return now >= start && now < end && end - now <= lead * MINUTE;
}

/** A conversation's planned questions: those for its interviewers, and those nobody in the plan has yet. */
export function questionGroups(
  plan: { items: readonly PlanItem[]; interviewers: readonly Pick<PlanInterviewer, 'personId'>[] },
  personIds: readonly string[],
): { theirs: PlanItem[]; unassigned: PlanItem[] } {
  const sorted = [...plan.items].sort((a, b) => a.order - b.order);
  const inPlan = new Set(plan.interviewers.map((i) => i.personId));
  const here = new Set(personIds);
  return {
    theirs: sorted.filter((i) => i.interviewerPersonId !== null && here.has(i.interviewerPersonId)),
    unassigned: sorted.filter(
      (i) => i.interviewerPersonId === null || (!inPlan.has(i.interviewerPersonId) && !here.has(i.interviewerPersonId)),
    ),
  };
}

/** The names of the given people, in the given order (ids nobody has are skipped). */
export function namesOf(personIds: readonly string[], people: readonly { id: string; name: string }[]): string[] {
  const byId = new Map(people.map((p) => [p.id, p.name]));
  return personIds.map((id) => byId.get(id)).filter((n): n is string => n !== undefined);
}

/** "Dana", "Dana and Sam", "Dana, Sam and Kim". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The accessible name of a conversation's notes pane. */
export function notesLabel(names: readonly string[]): string {
  return names.length > 0 ? `Notes with ${joinNames(names)}` : 'Notes';
}

/** What a conversation is called in the switcher: its people, else its topic, else its place in the day. */
export function conversationTitle(c: Pick<Conversation, 'topic'>, names: readonly string[], index: number): string {
  if (names.length > 0) return joinNames(names);
  return c.topic.trim() || `Conversation ${index + 1}`;
}

/** How much of a checklist is done. */
export function checklistProgress(items: readonly ChecklistItem[]): { done: number; total: number } {
  return { done: items.filter((i) => i.done).length, total: items.length };
}

/** Ticks or unticks one item. */
export function toggleItem(items: readonly ChecklistItem[], id: string): ChecklistItem[] {
  return items.map((i) => (i.id === id ? { ...i, done: !i.done } : i));
}

/** Adds an item at the end (blank labels are ignored). */
export function addItem(items: readonly ChecklistItem[], label: string, id: string): ChecklistItem[] {
  const text = label.trim();
  return text ? [...items, { id, label: text, done: false }] : [...items];
}

/** Renames an item (blank labels keep the old one). */
export function renameItem(items: readonly ChecklistItem[], id: string, label: string): ChecklistItem[] {
  const text = label.trim();
  return items.map((i) => (i.id === id && text ? { ...i, label: text } : i));
}

/** Removes an item. */
export function removeItem(items: readonly ChecklistItem[], id: string): ChecklistItem[] {
  return items.filter((i) => i.id !== id);
}

/** A place split into its link and what follows it (" · Meeting ID … · Passcode …", written by the invitation reader). */
export function locationParts(location: string): { link: string; details: string } {
  const m = /^(\S+)\s+·\s+(.+)$/s.exec(location.trim());
  return m ? { link: m[1]!, details: m[2]!.trim() } : { link: location.trim(), details: '' };
}

/** A pasted link, when the location is one (only http and https become links). */
export function locationLink(location: string): string | null {
  const text = locationParts(location).link;
  if (!/^https?:\/\/\S+$/i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
