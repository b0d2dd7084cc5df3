import type { CalendarFollowUp } from '../../../core/calendar/index.js';
import type { Ctx } from '../../auth/actor.js';
import { getFollowUps } from '../followups/service.js';

/** Names of the opportunities whose follow-ups are wanted. */
export interface FollowUpSource {
  opportunityId: string;
  employerName: string;
  roleTitle: string;
}

/**
 * The thank-you notes and check-ins still to do for these opportunities, exactly as the follow-ups feature plans
 * them (`getFollowUps`: the user's rules, housekeeping, and what they already marked sent or skipped, which is
 * left out), with their due instants in `timeZone`.
 */
export async function followUpsFor(ctx: Ctx, sources: readonly FollowUpSource[], timeZone: string): Promise<CalendarFollowUp[]> {
  const out: CalendarFollowUp[] = [];
  for (const s of sources) {
    const plan = await getFollowUps(ctx, s.opportunityId, timeZone);
    const names = { opportunityId: s.opportunityId, employerName: s.employerName, roleTitle: s.roleTitle };
    for (const t of plan.thankYous) {
      if (t.status === 'sent' || t.status === 'dismissed') continue;
      out.push({
        ...names,
        kind: 'thank-you',
        sequence: 0,
        interviewId: t.interviewId,
        personId: t.personId,
        personName: t.personName,
        channel: 'email',
        to: t.personEmail,
        dueAt: t.dueAt,
        reason: t.reason,
      });
    }
    for (const c of plan.checkIns) {
      if (!c.dueAt || (c.status !== 'upcoming' && c.status !== 'due')) continue;
      out.push({
        ...names,
        kind: 'check-in',
        sequence: c.sequence,
        interviewId: null,
        personId: c.personId ?? '',
        personName: c.personName ?? 'your contact',
        channel: c.channel,
        to: c.to,
        dueAt: c.dueAt,
        reason: c.reason,
      });
    }
  }
  return out.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}
