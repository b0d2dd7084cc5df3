/**
 * A small RFC 5545 (iCalendar) writer: one VCALENDAR of VEVENTs with display alarms.
 *
 * - Lines end in CRLF and are folded so no physical line exceeds 75 octets of UTF-8; a fold never
 *   splits a character (continuation lines start with one space, which counts towards the 75).
 * - TEXT values escape `\`, `;`, `,` and line breaks; other control characters are dropped.
 * - Timed events carry DTSTART/DTEND in UTC (`…Z`), so no VTIMEZONE is needed and every calendar
 *   shows them at the right moment in its own zone. All-day events use `VALUE=DATE`.
 * - DTSTAMP is the moment the file was written; UIDs are supplied by the caller and must stay the
 *   same for the same object so calendars update events instead of duplicating them.
 */

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** A reminder shown by the calendar `minutesBefore` the event starts (0 = at the start). */
export interface IcsAlarm {
  minutesBefore: number;
  description: string;
}

/** One calendar event. Give `start`/`end` (instants) for a timed event, or `date` for an all-day one. */
export interface IcsEvent {
  uid: string;
  summary: string;
  /** Start instant (ISO string or Date); timed events only. */
  start?: string | Date;
  /** End instant; timed events only. */
  end?: string | Date;
  /** `YYYY-MM-DD` for an all-day event (it ends the next day, exclusive). */
  date?: string;
  location?: string | null;
  description?: string | null;
  /** An http(s) link (meeting link or the page in the app). Anything else is left out. */
  url?: string | null;
  /** When the object last changed (instant). */
  lastModified?: string | Date | null;
  categories?: readonly string[];
  alarms?: readonly IcsAlarm[];
}

/** A whole calendar file. */
export interface IcsCalendar {
  /** When the file is written: every event's DTSTAMP. */
  stamp: string | Date;
  /** Shown as the calendar's name by apps that read X-WR-CALNAME. */
  name?: string;
  /** For subscribed feeds: how often apps should refresh (minutes). */
  refreshMinutes?: number;
  events: readonly IcsEvent[];
}

/** The product id written into every file. */
export const PRODUCT_ID = '-//Offerbook//Offerbook calendar//EN';

// Control characters are not allowed in iCalendar TEXT (tab is; line breaks are escaped).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into physical lines of at most 75 octets, never splitting a character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines begin with a space, which takes one of their 75 octets.
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** An instant as an iCalendar UTC date-time, e.g. `20260311T140000Z` (seconds kept, milliseconds dropped). */
export function formatUtc(instant: string | Date): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` calendar date as an iCalendar DATE, e.g. `20260311`. */
export function formatDate(date: string): string {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date: ${date}`);
  return `${m[1]}${m[2]}${m[3]}`;
}

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A trigger duration before the start: `-P1D`, `-PT1H`, `-PT15M`, or `PT0S` at the start. */
export function triggerBefore(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m === 0) return 'PT0S';
  if (m % 1440 === 0) return `-P${m / 1440}D`;
  if (m % 60 === 0) return `-PT${m / 60}H`;
  return `-PT${m}M`;
}

function isWebLink(value: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(value);
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`];
  if (event.date !== undefined) {
    lines.push(
      `DTSTART;VALUE=DATE:${formatDate(event.date)}`,
      `DTEND;VALUE=DATE:${formatDate(nextDate(event.date))}`,
      'TRANSP:TRANSPARENT',
    );
  } else {
    if (event.start === undefined || event.end === undefined) throw new RangeError(`Event ${event.uid} needs start and end, or a date`);
    lines.push(`DTSTART:${formatUtc(event.start)}`, `DTEND:${formatUtc(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.location?.trim()) lines.push(`LOCATION:${escapeText(event.location.trim())}`);
  if (event.description?.trim()) lines.push(`DESCRIPTION:${escapeText(event.description.trim())}`);
  if (event.url && isWebLink(event.url.trim())) lines.push(`URL:${event.url.trim()}`);
  if (event.categories && event.categories.length > 0) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`);
  for (const alarm of event.alarms ?? []) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(alarm.description)}`,
      `TRIGGER:${triggerBefore(alarm.minutesBefore)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** Writes the calendar as iCalendar text (CRLF line ends, folded lines, ending in CRLF). */
export function writeIcs(calendar: IcsCalendar): string {
  const stamp = formatUtc(calendar.stamp);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT_ID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  if (calendar.refreshMinutes) {
    const every = triggerBefore(calendar.refreshMinutes).replace(/^-/, '');
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${every}`, `X-PUBLISHED-TTL:${every}`);
  }
  for (const event of calendar.events) lines.push(...eventLines(event, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
