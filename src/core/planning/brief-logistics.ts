/** One scheduled interview as the brief's logistics section shows it, all in the reader's time zone. */
export interface BriefInterview {
  /** "Tuesday 8 December, 14:00–15:30" */
  when: string;
  /** The zone the times are in. */
  zone: string;
  /** The interview's own time when its zone shows another: "15:00–16:30 in Europe/Berlin"; null when the same. */
  elsewhere: string | null;
  /** Phone, video or on site. */
  kind: string;
  /** The place or link, then the meeting details, one per line ("Meeting ID 934 1882 0571", "Passcode 482913"). */
  place: readonly string[];
  /** The conversations in order: their time, who, and what about. */
  schedule: readonly { time: string; who: string; topic: string }[];
}

/** What the logistics need of a stored interview. */
export interface InterviewFacts {
  kind: 'phone' | 'video' | 'onsite';
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  location: string;
  conversations: readonly { startsAt: string; durationMinutes: number; topic: string; people: readonly { name: string }[] }[];
}

const KIND: Record<InterviewFacts['kind'], string> = { phone: 'Phone call', video: 'Video call', onsite: 'On site' };

function timeIn(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

function dayIn(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long' })
    .format(ms)
    .replace(/^(\w+),? /, '$1 ');
}

/** A calendar date (YYYY-MM-DD) in words: "6 December 2026". */
export function dateInWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return DAY_IN_WORDS.format(Date.UTC(y, m - 1, d));
}

/** Made once: building an Intl formatter costs far more than using one. */
const DAY_IN_WORDS = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** The place or link, then the meeting details (ID, passcode, dial-in) together on one line. */
export function placeLines(location: string): string[] {
  const parts = location
    .split(/\r?\n| · /)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const meeting = parts.filter((l) => /^(meeting id|passcode|password|pin|dial-in)\b/i.test(l));
  return [...parts.filter((l) => !meeting.includes(l)), ...(meeting.length ? [meeting.join(' · ')] : [])];
}

/** An interview's logistics in the reader's zone (`timeZone`), or in the interview's own zone when the reader's is unknown. */
export function interviewLogistics(i: InterviewFacts, timeZone?: string): BriefInterview {
  const zone = timeZone ?? i.timeZone;
  const start = Date.parse(i.startsAt);
  const end = start + i.durationMinutes * 60_000;
  const span = (z: string) => `${timeIn(start, z)}–${timeIn(end, z)}`;
  const elsewhere = span(i.timeZone) !== span(zone);
  return {
    when: `${dayIn(start, zone)}, ${span(zone)}`,
    zone,
    elsewhere: elsewhere ? `${span(i.timeZone)} in ${i.timeZone}` : null,
    kind: KIND[i.kind],
    place: placeLines(i.location),
    schedule:
      i.conversations.length > 1 || i.conversations.some((c) => c.people.length > 0 || c.topic.trim())
        ? i.conversations.map((c) => {
            const s = Date.parse(c.startsAt);
            return {
              time: `${timeIn(s, zone)}–${timeIn(s + c.durationMinutes * 60_000, zone)}`,
              who: c.people.map((p) => p.name).join(', '),
              topic: c.topic.trim(),
            };
          })
        : [],
  };
}
