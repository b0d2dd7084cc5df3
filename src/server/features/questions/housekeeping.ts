import type { Housekeeping, UpdateHousekeeping } from '../../../contracts/questions.js';
import { uuidv7 } from '../../../core/ids.js';
import { requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { AppError } from '../../errors.js';
import { ownedPersonIds } from '../people/repository.js';
import { findHousekeeping, upsertHousekeeping, type HousekeepingRow } from './repository.js';

/** Maps a row (or no row yet) to the API's Housekeeping. */
function present(opportunityId: string, row: HousekeepingRow | undefined): Housekeeping {
  return {
    opportunityId,
    nextSteps: row?.next_steps ?? '',
    decisionDate: row?.decision_date ?? null,
    candidateCount: row?.candidate_count ?? null,
    bestContact: row?.best_contact ?? '',
    bestContactPersonId: row?.best_contact_person_id ?? null,
    preferredChannel: (row?.preferred_channel ?? null) as Housekeeping['preferredChannel'],
    preferredTiming: row?.preferred_timing ?? '',
    contactEmail: row?.contact_email ?? null,
    contactPhone: row?.contact_phone ?? null,
    updatedAt: row?.updated_at ?? null,
  };
}

/** The housekeeping answers heard for an opportunity (empty until some are saved). */
export async function getHousekeeping(ctx: Ctx, opportunityId: string): Promise<Housekeeping> {
  await requireOwnedOpportunity(ctx, opportunityId);
  return present(opportunityId, await findHousekeeping(ctx.db, opportunityId));
}

/** Saves housekeeping answers: fields given are set, the others keep their value. */
export async function updateHousekeeping(ctx: Ctx, opportunityId: string, input: UpdateHousekeeping): Promise<Housekeeping> {
  await requireOwnedOpportunity(ctx, opportunityId);
  if (input.bestContactPersonId != null) {
    if ((await ownedPersonIds(ctx.db, ctx.actor.userId, [input.bestContactPersonId])).size === 0) {
      throw new AppError('validation', 'bestContactPersonId is not one of your people', { field: 'bestContactPersonId' });
    }
  }
  const values = {
    ...(input.nextSteps !== undefined && { next_steps: input.nextSteps }),
    ...(input.decisionDate !== undefined && { decision_date: input.decisionDate }),
    ...(input.candidateCount !== undefined && { candidate_count: input.candidateCount }),
    ...(input.bestContact !== undefined && { best_contact: input.bestContact }),
    ...(input.bestContactPersonId !== undefined && { best_contact_person_id: input.bestContactPersonId }),
    ...(input.preferredChannel !== undefined && { preferred_channel: input.preferredChannel }),
    ...(input.preferredTiming !== undefined && { preferred_timing: input.preferredTiming }),
    ...(input.contactEmail !== undefined && { contact_email: input.contactEmail }),
    ...(input.contactPhone !== undefined && { contact_phone: input.contactPhone === '' ? null : input.contactPhone }),
    updated_at: ctx.now().toISOString(),
  };
  await upsertHousekeeping(
    ctx.db,
    {
      id: uuidv7(),
      owner_id: ctx.actor.userId,
      opportunity_id: opportunityId,
      next_steps: '',
      decision_date: null,
      candidate_count: null,
      best_contact: '',
      best_contact_person_id: null,
      preferred_channel: null,
      preferred_timing: '',
      contact_email: null,
      contact_phone: null,
      ...values,
    },
    values,
  );
  return present(opportunityId, await findHousekeeping(ctx.db, opportunityId));
}
