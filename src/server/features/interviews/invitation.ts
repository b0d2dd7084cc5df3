import type { InvitationDraft, ParseInvitation } from '../../../contracts/interviews.js';
import { parseInvitation } from '../../../core/interviews/invitation.js';
import { matchKnownPeople } from '../../../core/interviews/invitation/match.js';
import type { Ctx } from '../../auth/actor.js';
import { AppError } from '../../errors.js';
import { getOpportunity } from '../opportunities/service.js';
import { listPeople } from '../people/service.js';
import { checkTimeZone } from './input-checks.js';

/**
 * Reads a pasted invitation into a draft (nothing is saved). For an opportunity, its employer names the interview
 * and is never taken for a person, and the people it names are matched to the user's people of the opportunity or
 * the employer, so the review links them instead of adding them twice.
 */
export async function readInvitation(ctx: Ctx, body: ParseInvitation): Promise<InvitationDraft> {
  checkTimeZone(body.timeZone);
  const now = body.now ?? ctx.now();
  if (!body.opportunityId) return parseInvitation(body.text, { timeZone: body.timeZone, now });
  const opportunity = await getOpportunity(ctx, body.opportunityId).catch((err: unknown) => {
    throw err instanceof AppError && err.code === 'not-found'
      ? new AppError('not-found', 'Opportunity not found', { field: 'opportunityId' })
      : err;
  });
  const result = parseInvitation(body.text, { timeZone: body.timeZone, now, employerName: opportunity.employerName });
  const known = await listPeople(ctx, {});
  const people = matchKnownPeople(result.draft.people, known, {
    opportunityId: opportunity.id,
    employerName: opportunity.employerName,
  }).map(({ existing, ...p }) =>
    existing ? { ...p, existing: { role: existing.role, email: existing.email, title: existing.title } } : p,
  );
  return { ...result, draft: { ...result.draft, people } };
}
