import { ACTIVE_STAGES } from '../../../contracts/opportunities.js';
import {
  followUpEvent,
  interviewEvent,
  offerDeadlineEvent,
  writeIcs,
  type CalendarInterview,
  type IcsEvent,
} from '../../../core/calendar/index.js';
import { requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { notFound } from '../../errors.js';
import { serverTimeZone } from '../followups/zone.js';
import { followUpsFor, type FollowUpSource } from './followups.js';
import { loadInterviews, pendingOfferDeadlines, type InterviewRecord } from './repository.js';

/** How far back the full calendar reaches: recent events stay visible for a month. */
export const RECENT_DAYS = 30;
/** How often subscribed calendar apps are asked to refresh the feed. */
export const FEED_REFRESH_MINUTES = 60;

/** Where links in events point and which zone follow-ups use. */
export interface CalendarOptions {
  appUrl?: string | null;
  timeZone?: string | undefined;
}

function asCalendarInterview(i: InterviewRecord): CalendarInterview {
  return { ...i, conversations: i.conversations.map((c) => ({ ...c, people: c.people.map((p) => p.name) })) };
}

/** A safe download name from words. */
export function icsFileName(...words: string[]): string {
  const base = words
    .join(' ')
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${base || 'calendar'}.ics`;
}

/** One interview as an .ics file (with reminders a day and an hour before). */
export async function interviewCalendar(ctx: Ctx, id: string, options: CalendarOptions = {}): Promise<{ ics: string; fileName: string }> {
  const [interview] = await loadInterviews(ctx.db, ctx.actor.userId, { interviewId: id });
  if (!interview) throw notFound('Interview');
  return {
    ics: writeIcs({ stamp: ctx.now(), events: [interviewEvent(asCalendarInterview(interview), { appUrl: options.appUrl ?? null })] }),
    fileName: icsFileName('interview', interview.employerName, interview.startsAt.slice(0, 10)),
  };
}

/** An opportunity's thank-you notes and check-ins (those not yet sent or skipped) as an .ics file. */
export async function followUpCalendar(
  ctx: Ctx,
  opportunityId: string,
  options: CalendarOptions = {},
): Promise<{ ics: string; fileName: string }> {
  const opportunity = await requireOwnedOpportunity(ctx, opportunityId);
  const source = { opportunityId, employerName: opportunity.employer_name, roleTitle: opportunity.role_title };
  const items = await followUpsFor(ctx, [source], options.timeZone ?? serverTimeZone());
  return {
    ics: writeIcs({ stamp: ctx.now(), events: items.map((f) => followUpEvent(f, { appUrl: options.appUrl ?? null })) }),
    fileName: icsFileName('follow-ups', opportunity.employer_name),
  };
}

/**
 * Everything for the user's calendar: interviews of open opportunities from the last 30 days on, the follow-ups of
 * opportunities still active (due from 30 days ago on; sent and skipped ones left out), and the deadlines of
 * pending offers. Follow-ups are timed in `timeZone`, else this machine's zone (as the follow-ups feature does).
 */
export async function calendarEvents(ctx: Ctx, options: CalendarOptions = {}): Promise<IcsEvent[]> {
  const owner = ctx.actor.userId;
  const now = ctx.now();
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString();
  const appUrl = options.appUrl ?? null;
  const interviews = await loadInterviews(ctx.db, owner, { openOnly: true });
  const sources = new Map<string, FollowUpSource>();
  for (const i of interviews) {
    if ((ACTIVE_STAGES as readonly string[]).includes(i.stage))
      sources.set(i.opportunityId, { opportunityId: i.opportunityId, employerName: i.employerName, roleTitle: i.roleTitle });
  }
  const followUps = await followUpsFor(ctx, [...sources.values()], options.timeZone ?? serverTimeZone());
  const offers = await pendingOfferDeadlines(ctx.db, owner, since.slice(0, 10), ACTIVE_STAGES);
  return [
    ...interviews.filter((i) => i.startsAt >= since).map((i) => interviewEvent(asCalendarInterview(i), { appUrl })),
    ...followUps.filter((f) => f.dueAt >= since).map((f) => followUpEvent(f, { appUrl })),
    ...offers.map((o) =>
      offerDeadlineEvent(
        {
          opportunityId: o.opportunity_id,
          employerName: o.employer_name,
          roleTitle: o.role_title,
          deadline: o.deadline!,
          updatedAt: o.updated_at,
        },
        { appUrl },
      ),
    ),
  ];
}

/** The whole calendar as one .ics text, as the feed and `offerbook calendar` write it. */
export async function fullCalendar(ctx: Ctx, options: CalendarOptions = {}): Promise<string> {
  return writeIcs({
    stamp: ctx.now(),
    name: 'Offerbook',
    refreshMinutes: FEED_REFRESH_MINUTES,
    events: await calendarEvents(ctx, options),
  });
}
