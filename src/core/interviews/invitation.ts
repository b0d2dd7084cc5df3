import { utcToZonedDate, zonedDateTimeToUtc } from '../followup/zoned-time.js';
import { describeDate, findDates, findRelativeDates, type DateMention } from './invitation/dates.js';
import type { PersonDraft } from './invitation/cast.js';
import { decideKind, findAddress, findLinks, findPhone, interviewTitle, videoService } from './invitation/kind.js';
import type { MeetingDetails } from './invitation/meeting.js';
import { scheduleSlot, type ScheduleSlot } from './invitation/schedule.js';
import { blank, headerLines, normalise } from './invitation/text.js';
import { clock, findDuration, findTimes, span, type TimeMention } from './invitation/times.js';
import { readWho } from './invitation/who.js';
import { findZones } from './invitation/zones.js';
import type { InterviewKind } from './types.js';

export type { MeetingDetails } from './invitation/meeting.js';
export type { PersonDraft } from './invitation/cast.js';

/** A conversation read from a schedule line; names are as written (the review matches them to people). */
export interface ConversationDraft {
  startsAt: string;
  durationMinutes: number;
  topic: string;
  names: string[];
}

/** What the parser read: a draft interview (fields it could not find are absent) and notes for the review form. */
export interface InvitationDraft {
  draft: {
    kind?: InterviewKind;
    title?: string;
    startsAt?: string;
    timeZone: string;
    durationMinutes?: number;
    location?: string;
    /** Meeting ID, passcode and dial-in number, when the invitation gives them. */
    meeting?: MeetingDetails;
    /** The employer as the invitation (or the caller) names it. */
    employer?: string;
    conversations: ConversationDraft[];
    /** Everyone named: interviewers, the sender (usually the recruiter), organisers. */
    people: PersonDraft[];
  };
  found: string[];
  missing: string[];
}

export interface ParseInvitationOptions {
  /** The user's IANA zone: used when the invitation names none. */
  timeZone: string;
  /** The current instant, so "tomorrow", weekdays and dates without a year resolve. */
  now: Date | string | number;
  /** The employer the user applied to, for the title and so the company is never taken for a person. */
  employerName?: string;
}

const MINUTE_MS = 60_000;
const ROLE_WORDS = { recruiter: 'recruiter', 'hiring-manager': 'hiring manager', interviewer: 'interviewer', other: 'other' } as const;
const MAX_TEXT = 20_000;
// An instant with its offset ("2026-03-03T14:00:00Z", "2026-03-03T14:00+01:00").
const ISO_INSTANT = /\b(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})\b/;

function clamp(minutes: number): number {
  return Math.min(960, Math.max(5, Math.round(minutes)));
}

/** Where the interview's clock is: a zone, or a fixed offset with no zone (kept in the user's zone). */
interface Clock {
  zone: string;
  offsetMinutes: number | null;
}

function toInstant(date: string, minutes: number, at: Clock): number {
  const dayShift = Math.floor(minutes / 1440);
  const within = minutes - dayShift * 1440;
  if (at.offsetMinutes !== null) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d + dayShift, 0, within) - at.offsetMinutes * MINUTE_MS;
  }
  return zonedDateTimeToUtc(date, clock(within), at.zone).getTime() + dayShift * 1440 * MINUTE_MS;
}

function todayAt(now: number, at: Clock): string {
  return at.offsetMinutes !== null ? new Date(now + at.offsetMinutes * MINUTE_MS).toISOString().slice(0, 10) : utcToZonedDate(now, at.zone);
}

/** Reads a pasted invitation (e-mail or calendar text) into a draft interview. Pure: no clock but `now`. */
export function parseInvitation(input: string, options: ParseInvitationOptions): InvitationDraft {
  const now = typeof options.now === 'number' ? options.now : new Date(options.now).getTime();
  const raw = normalise(input.slice(0, MAX_TEXT));
  const found: string[] = [];
  const missing: string[] = [];

  // Links and zone names are read first and blanked, so their digits are never taken for times or dates.
  const links = findLinks(raw);
  let text = links.reduce((t, l) => blank(t, l.index, l.end), raw);
  const isoInstant = ISO_INSTANT.exec(text);
  if (isoInstant) text = blank(text, isoInstant.index, isoInstant.index + isoInstant[0].length);
  const zones = findZones(text);
  text = zones.spans.reduce((t, [s, e]) => blank(t, s, e), text);

  const zone = zones.best;
  const at: Clock = zone?.zone
    ? { zone: zone.zone, offsetMinutes: null }
    : { zone: options.timeZone, offsetMinutes: zone?.offsetMinutes ?? null };
  if (zone?.zone) found.push(`Time zone: ${zone.zone} (from "${zone.source}")`);
  else if (zone) found.push(`Time zone: ${zone.source}, a fixed offset; times are shown in your zone (${options.timeZone})`);
  else missing.push(`No time zone named: your own (${options.timeZone}) is assumed`);

  const today = todayAt(now, at);
  const lines = text.split('\n');
  const rawLines = raw.split('\n');
  const headers = headerLines(lines);

  // Schedule lines: a time (range) then who or what. One line alone counts only when it names somebody.
  const slotLines = new Map<number, ScheduleSlot>();
  lines.forEach((line, i) => {
    const slot = headers.has(i) ? null : scheduleSlot(line);
    if (slot) slotLines.set(i, slot);
  });
  if (slotLines.size === 1 && [...slotLines.values()][0]!.names.length === 0) slotLines.clear();
  const plain = lines.map((line, i) => (headers.has(i) || slotLines.has(i) ? '' : line));

  // The day: an explicit date (the first with a time on its line, else the first), else "tomorrow" or a weekday.
  let date: DateMention | undefined;
  let dateLine = -1;
  for (const finder of [findDates, findRelativeDates]) {
    const candidates = plain.flatMap((line, i) =>
      finder(line, today).map((d) => ({ d, i, timed: findTimes(blank(line, d.index, d.end)).length > 0 })),
    );
    const pick = candidates.find((c) => c.timed) ?? candidates[0];
    if (pick) {
      [date, dateLine] = [pick.d, pick.i];
      break;
    }
  }

  // The time: on the date's line, else just below it, else the first time anywhere outside the schedule.
  const timesOn = (i: number): TimeMention[] => {
    const line = plain[i] ?? '';
    return findTimes(date && i === dateLine ? blank(line, date.index, date.end) : line);
  };
  let time: TimeMention | undefined;
  for (const i of dateLine >= 0 ? [dateLine, dateLine + 1, dateLine + 2] : []) time ??= timesOn(i)[0];
  for (let i = 0; i < plain.length && !time; i++) time = timesOn(i)[0];

  // Who: the sender, everyone named, the meeting's details; people listed under a slot join it.
  const { people, meeting, employer, slots } = readWho({ lines: rawLines, headers, slotLines, links, employerName: options.employerName });
  let startMs: number | undefined;
  let dateText = date?.date;
  if (isoInstant) {
    const offset = isoInstant[5] === 'Z' ? 'Z' : isoInstant[5]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    startMs = Date.parse(`${isoInstant[1]}T${isoInstant[2]}:${isoInstant[3]}:${isoInstant[4] ?? '00'}${offset}`);
    dateText = utcToZonedDate(startMs, at.zone);
    found.push(`Start: ${new Date(startMs).toISOString()} (from "${isoInstant[0]}")`);
  } else if (date) {
    found.push(`Date: ${describeDate(date.date)} (from "${date.source}")`);
    const start = time?.start ?? slots[0]?.start;
    if (start !== undefined) {
      startMs = toInstant(date.date, start, at);
      found.push(time ? `Start: ${clock(start)} (from "${time.source}")` : `Start: ${clock(start)}, when the schedule begins`);
    } else missing.push('No start time found');
  } else {
    missing.push('No date found');
    if (!time && slots.length === 0) missing.push('No start time found');
  }

  // The length: the time range, else a length named in the text, else the span of the schedule.
  let duration: number | undefined;
  if (time && time.end !== null) {
    duration = span(time.start, time.end);
    found.push(`Duration: ${duration} minutes (from "${time.source}")`);
  } else {
    const named = plain.map((l) => findDuration(l)).find((d) => d !== null);
    if (named) {
      duration = named.minutes;
      found.push(`Duration: ${duration} minutes (from "${named.source}")`);
    } else if (slots.length > 0) {
      const begin = time?.start ?? slots[0]!.start;
      const last = slots.at(-1)!;
      const end = last.end ?? last.start + 30;
      duration = span(begin, end);
      found.push(`Duration: ${duration} minutes, from the start to the end of the schedule`);
    } else missing.push('No length found');
  }
  if (duration !== undefined) duration = clamp(duration);

  // The conversations of the schedule, on the interview's day.
  const conversations: ConversationDraft[] = [];
  if (slots.length > 0 && dateText) {
    const interviewEnd = startMs !== undefined && duration !== undefined ? startMs + duration * MINUTE_MS : undefined;
    let dayOffset = 0;
    slots.forEach((slot, i) => {
      if (i > 0 && slot.start < slots[i - 1]!.start) dayOffset += 1440;
      const begins = toInstant(dateText, slot.start + dayOffset, at);
      const next = slots[i + 1];
      const length =
        slot.end !== null
          ? span(slot.start, slot.end)
          : next && next.start > slot.start
            ? next.start - slot.start
            : interviewEnd !== undefined && interviewEnd > begins
              ? (interviewEnd - begins) / MINUTE_MS
              : 30;
      conversations.push({
        startsAt: new Date(begins).toISOString(),
        durationMinutes: clamp(length),
        topic: slot.topic,
        names: slot.names,
      });
    });
    const people = [...new Set(conversations.flatMap((c) => c.names))];
    found.push(
      `Schedule: ${conversations.length} conversation${conversations.length === 1 ? '' : 's'}${people.length ? ` with ${people.join(', ')}` : ''}`,
    );
  } else if (slots.length > 0) {
    missing.push(`A schedule of ${slots.length} conversations was found, but no date to put it on`);
  }

  // How and where.
  const videoLink = links.find((l) => videoService(l.url))?.url;
  const plainBody = plain.join('\n');
  const phone = findPhone(plainBody);
  const address = findAddress(rawLines.filter((_, i) => !headers.has(i)));
  const decided = decideKind({ text: plainBody, videoLink, phone, address });
  let location: string | undefined;
  if (decided) {
    found.push(`Kind: ${decided.kind} (from ${decided.why})`);
    if (decided.kind === 'video') location = videoLink?.slice(0, 2_000);
    else if (decided.kind === 'phone') location = phone;
    else location = address?.place;
    if (location) found.push(`${decided.kind === 'video' ? 'Link' : decided.kind === 'phone' ? 'Phone' : 'Place'}: ${location}`);
    else
      missing.push(
        decided.kind === 'video'
          ? 'No meeting link found'
          : decided.kind === 'phone'
            ? 'No phone number found (fine if they call you)'
            : 'No address found',
      );
  } else missing.push('Not clear whether it is by phone, video or onsite');

  const withPeople = people.filter((p) => p.interviews).map((p) => p.name);
  if (conversations.length === 0 && withPeople.length > 0 && startMs !== undefined && Number.isFinite(startMs) && duration !== undefined) {
    conversations.push({ startsAt: new Date(startMs).toISOString(), durationMinutes: duration, topic: '', names: withPeople });
  }
  for (const p of people)
    found.push(
      `${p.sender ? 'Sender' : p.organiser ? 'Organiser' : 'Person'}: ${p.name}${p.title ? `, ${p.title}` : ''} (${ROLE_WORDS[p.role]}${p.interviews ? ', in the interview' : ''})`,
    );
  if (meeting.id) found.push(`Meeting ID: ${meeting.id}`);
  if (meeting.passcode) found.push(`Passcode: ${meeting.passcode}`);
  if (meeting.dialIn) found.push(`Dial-in: ${meeting.dialIn}`);
  const title = interviewTitle(decided?.kind, employer);
  if (title) found.push(`Title: ${title}`);

  return {
    draft: {
      ...(decided && { kind: decided.kind }),
      ...(title && { title }),
      ...(startMs !== undefined && Number.isFinite(startMs) && { startsAt: new Date(startMs).toISOString() }),
      timeZone: at.zone,
      ...(duration !== undefined && { durationMinutes: duration }),
      ...(location && { location }),
      ...(Object.keys(meeting).length > 0 && { meeting }),
      ...(employer && { employer }),
      conversations,
      people,
    },
    found,
    missing,
  };
}
