import type { FollowUps, PatchFollowUp } from '../../../contracts/followups.js';
import { followUpKey, type FollowUpKey } from '../../../core/followup/keys.js';
import { uuidv7 } from '../../../core/ids.js';
import { requireLiveInterview } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { AppError, notFound } from '../../errors.js';
import { loadOpportunityFollowUpData } from './opportunity-data.js';
import { upsertFollowUp } from './repository.js';
import { loadFollowUpSettings } from './settings.js';
import { buildFollowUps } from './view.js';

/** `GET /api/opportunities/:id/follow-ups`: thank-you notes, check-ins and the move-on suggestion. */
export async function getFollowUps(ctx: Ctx, opportunityId: string, timeZone: string): Promise<FollowUps> {
  const [data, settings] = await Promise.all([loadOpportunityFollowUpData(ctx, opportunityId), loadFollowUpSettings(ctx)]);
  return buildFollowUps(data, settings, ctx.now(), timeZone);
}

/** The opportunity a follow-up key belongs to (404 unless the actor owns it). */
async function opportunityOf(ctx: Ctx, key: FollowUpKey): Promise<string> {
  if (key.kind === 'check-in') return key.opportunityId;
  return (await requireLiveInterview(ctx, key.interviewId)).opportunity_id;
}

/**
 * Changes the user's state of one computed thank-you note or check-in (tone, edited subject and
 * text, sent, dismissed), creating its row on first change. Answers the opportunity's follow-ups.
 * Check-ins go out in order: check-in 2 can be marked sent only after check-in 1.
 */
export async function patchFollowUp(ctx: Ctx, key: FollowUpKey, input: PatchFollowUp, timeZone: string): Promise<FollowUps> {
  const opportunityId = await opportunityOf(ctx, key);
  const before = await getFollowUps(ctx, opportunityId, timeZone);
  const itemKey = followUpKey(key);
  const item = key.kind === 'thank-you' ? before.thankYous.find((t) => t.id === itemKey) : before.checkIns.find((c) => c.id === itemKey);
  if (!item) throw notFound('Follow-up');

  if (key.kind === 'check-in' && input.sent !== undefined) {
    if (input.sent) {
      const earlier = before.checkIns.find((c) => c.sequence < key.sequence && c.status !== 'sent');
      if (earlier) throw new AppError('conflict', `Mark check-in ${earlier.sequence} sent first`, { field: 'sent' });
    } else {
      const later = before.checkIns.find((c) => c.sequence > key.sequence && c.status === 'sent');
      if (later)
        throw new AppError('conflict', `Check-in ${later.sequence} was sent after this one; mark it not sent first`, { field: 'sent' });
    }
  }

  const now = ctx.now().toISOString();
  const changes = {
    ...(input.tone !== undefined && { tone: input.tone }),
    ...(input.subject !== undefined && { subject: input.subject }),
    ...(input.draft !== undefined && { draft: input.draft }),
    ...(input.mention !== undefined && { mention: input.mention === null || input.mention.trim() === '' ? null : input.mention.trim() }),
    // Marking an already sent note sent again keeps the first time (a retried request changes nothing).
    ...(input.sent !== undefined && { sent_at: input.sent ? (item.sentAt ?? now) : null }),
    ...(input.dismissed !== undefined && { dismissed_at: input.dismissed ? (item.dismissedAt ?? now) : null }),
    updated_at: now,
  };
  await upsertFollowUp(
    ctx.db,
    {
      id: uuidv7(),
      owner_id: ctx.actor.userId,
      opportunity_id: opportunityId,
      interview_id: key.kind === 'thank-you' ? key.interviewId : null,
      person_id: key.kind === 'thank-you' ? key.personId : item.personId,
      kind: key.kind,
      sequence: key.kind === 'thank-you' ? 0 : key.sequence,
      item_key: itemKey,
      tone: null,
      subject: null,
      draft: null,
      mention: null,
      sent_at: null,
      dismissed_at: null,
      created_at: now,
      ...changes,
    },
    {
      ...changes,
      // The person a check-in went to is the one planned when it was marked sent.
      ...(key.kind === 'check-in' && input.sent && item.personId ? { person_id: item.personId } : {}),
    },
  );
  return getFollowUps(ctx, opportunityId, timeZone);
}
