/**
 * Calendar events for Offerbook's objects. Decisions:
 * - Interviews are timed events from their start for their duration, with display alarms one day
 *   and one hour before. The description lists the conversations in the interview's own zone.
 * - Follow-ups are short timed events at the instant the follow-up rules compute (so they match
 *   the app): a check-in is a 15-minute slot at its due time (by default 10:00 on a business day in
 *   the user's zone); a thank-you note is the 30 minutes that END at its 24-hour mark, so the
 *   reminder (an alarm at the event's start) arrives while it is still on time.
 * - An offer deadline is an all-day event on the deadline date with a reminder at 09:00 the day
 *   before (floating: in whatever zone the calendar shows).
 * UIDs are derived from ids only, so the same object always has the same UID.
 */
import type { IcsEvent } from './ics.js';

/** What an interview event needs. */
export interface CalendarInterview {
  id: string;
  opportunityId: string;
  employerName: string;
  roleTitle: string;
  kind: 'phone' | 'video' | 'onsite';
  title: string;
  /** UTC instant. */
  startsAt: string;
  durationMinutes: number;
  /** The IANA zone it was scheduled in (used to write times in the description). */
  timeZone: string;
  /** Place or link. */
  location: string;
  updatedAt?: string;
  conversations: readonly { startsAt: string; durationMinutes: number; topic: string; people: readonly string[] }[];
}

/** What a follow-up event needs (a scheduled thank-you note or check-in). */
export interface CalendarFollowUp {
  opportunityId: string;
  employerName: string;
  roleTitle: string;
  kind: 'thank-you' | 'check-in';
  sequence: number;
  interviewId: string | null;
  personId: string;
  personName: string;
  channel: string;
  to: string | null;
  /** UTC instant the follow-up is due. */
  dueAt: string;
  reason: string;
}

/** What an offer-deadline event needs. */
export interface CalendarOfferDeadline {
  opportunityId: string;
  employerName: string;
  roleTitle: string;
  /** `YYYY-MM-DD`. */
  deadline: string;
  updatedAt?: string;
}

/** Options shared by the builders. */
export interface EventOptions {
  /** The app's address (e.g. `http://127.0.0.1:4870`), for links back into Offerbook. */
  appUrl?: string | null;
}

const MIN_MS = 60_000;
/** Reminders before an interview: a day ahead (to prepare) and an hour ahead (to leave or set up). */
export const INTERVIEW_ALARMS = [1440, 60] as const;
/** Length of a check-in event and of a thank-you event. */
export const CHECK_IN_MINUTES = 15;
export const THANK_YOU_MINUTES = 30;
/** An offer deadline's reminder: 09:00 the day before (15 hours before the all-day event starts). */
export const DEADLINE_ALARM_MINUTES = 15 * 60;

const KIND_WORDS = { phone: 'Phone interview', video: 'Video interview', onsite: 'Onsite interview' } as const;

function addMinutes(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * MIN_MS).toISOString();
}

function link(options: EventOptions, path: string): string | null {
  return options.appUrl ? `${options.appUrl.replace(/\/+$/, '')}${path}` : null;
}

/** A wall-clock time in the zone, e.g. `Tue 10 Mar 2026, 10:00 EDT`. */
export function zonedTime(instant: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }).format(new Date(instant));
  } catch {
    return new Date(instant).toISOString();
  }
}

function clockTime(instant: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
  } catch {
    return new Date(instant).toISOString().slice(11, 16);
  }
}

/** The first http(s) link in a text, if any. */
export function firstLink(text: string): string | null {
  return /https?:\/\/[^\s<>"]+/i.exec(text)?.[0]?.replace(/[).,;]+$/, '') ?? null;
}

/** An interview as a timed event with a day-before and an hour-before reminder. */
export function interviewEvent(interview: CalendarInterview, options: EventOptions = {}): IcsEvent {
  const what = `${interview.employerName} \u2013 ${interview.roleTitle}`;
  const title = interview.title.trim();
  const summary = `${title || KIND_WORDS[interview.kind]}: ${what}`;
  const page = link(options, `/interviews/${interview.id}`);
  const meeting = firstLink(interview.location);
  const lines = [`${KIND_WORDS[interview.kind]} for ${interview.roleTitle} at ${interview.employerName}.`];
  lines.push(`Starts ${zonedTime(interview.startsAt, interview.timeZone)} (${interview.timeZone}), ${interview.durationMinutes} minutes.`);
  if (interview.location.trim()) lines.push(`${interview.kind === 'onsite' ? 'Where' : 'Join'}: ${interview.location.trim()}`);
  const slots = interview.conversations.filter((c) => c.topic.trim() || c.people.length > 0);
  if (slots.length > 0) {
    lines.push('', 'Conversations:');
    for (const c of slots) {
      const who = c.people.length > 0 ? c.people.join(', ') : 'interviewer to be confirmed';
      const from = clockTime(c.startsAt, interview.timeZone);
      const to = clockTime(addMinutes(c.startsAt, c.durationMinutes), interview.timeZone);
      lines.push(`${from}\u2013${to} ${who}${c.topic.trim() ? ` (${c.topic.trim()})` : ''}`);
    }
  }
  if (page) lines.push('', `Interview mode in Offerbook: ${page}`);
  return {
    uid: `interview-${interview.id}@offerbook`,
    summary,
    start: interview.startsAt,
    end: addMinutes(interview.startsAt, interview.durationMinutes),
    location: interview.location,
    description: lines.join('\n'),
    url: meeting ?? page,
    categories: ['Interview'],
    ...(interview.updatedAt ? { lastModified: interview.updatedAt } : {}),
    alarms: INTERVIEW_ALARMS.map((minutesBefore) => ({
      minutesBefore,
      description: `${minutesBefore >= 1440 ? 'Tomorrow' : 'In one hour'}: ${summary}`,
    })),
  };
}

/** A thank-you note or check-in as a short timed event with a reminder at its start. */
export function followUpEvent(item: CalendarFollowUp, options: EventOptions = {}): IcsEvent {
  const what = `${item.employerName} \u2013 ${item.roleTitle}`;
  const thankYou = item.kind === 'thank-you';
  const summary = thankYou ? `Send a thank-you note to ${item.personName} (${what})` : `Check in with ${item.personName} (${what})`;
  const page = link(options, `/opportunities/${item.opportunityId}?tab=followups`);
  const how = item.to ? `${item.channel}: ${item.to}` : item.channel;
  const lines = [item.reason, `How: ${how}.`];
  if (page) lines.push(`Draft and mark it sent in Offerbook: ${page}`);
  const start = thankYou ? addMinutes(item.dueAt, -THANK_YOU_MINUTES) : item.dueAt;
  const end = thankYou ? item.dueAt : addMinutes(item.dueAt, CHECK_IN_MINUTES);
  const uid = thankYou
    ? `thank-you-${item.interviewId ?? item.opportunityId}-${item.personId}@offerbook`
    : `check-in-${item.opportunityId}-${item.sequence}@offerbook`;
  return {
    uid,
    summary,
    start,
    end,
    description: lines.join('\n'),
    url: page,
    categories: ['Follow-up'],
    alarms: [{ minutesBefore: 0, description: summary }],
  };
}

/** An offer's answer deadline as an all-day event, reminded the morning before. */
export function offerDeadlineEvent(offer: CalendarOfferDeadline, options: EventOptions = {}): IcsEvent {
  const what = `${offer.employerName} \u2013 ${offer.roleTitle}`;
  const page = link(options, `/opportunities/${offer.opportunityId}?tab=offer`);
  const summary = `Offer deadline: ${what}`;
  return {
    uid: `offer-deadline-${offer.opportunityId}@offerbook`,
    summary,
    date: offer.deadline,
    description: `Answer the offer for ${offer.roleTitle} at ${offer.employerName} by today.${page ? `\nCompare your offers in Offerbook: ${page}` : ''}`,
    url: page,
    categories: ['Offer'],
    ...(offer.updatedAt ? { lastModified: offer.updatedAt } : {}),
    alarms: [{ minutesBefore: DEADLINE_ALARM_MINUTES, description: `Tomorrow: ${summary}` }],
  };
}
