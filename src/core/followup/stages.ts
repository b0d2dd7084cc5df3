import type { Stage } from '../../contracts/values.js';

// Which stages earn which follow-ups: the one rule that the opportunity's Follow-ups tab and the
// Next actions list (and so the dashboard) both apply, so a note shown as due on one is on the other.

/** Stages in which a held interview still earns thank-you notes: the outcome is open or an offer is on the table. */
export const THANK_YOU_STAGES: ReadonlySet<string> = new Set<Stage>(['lead', 'applied', 'interviewing', 'offer']);

/**
 * Stages in which checking in on the decision makes sense: the interviews happened and no answer has
 * come. A stage left at "lead" or "applied" after an interview counts: people forget to move the card.
 */
export const CHECK_IN_STAGES: ReadonlySet<string> = new Set<Stage>(['lead', 'applied', 'interviewing']);

/** Days after the conversation that an unsent thank-you stays on Next actions; after that its moment has passed. */
export const THANK_YOU_LISTED_DAYS = 7;

/** Whether the opportunity's held interviews earn thank-you notes at this stage. */
export function thankYousApply(stage: string): boolean {
  return THANK_YOU_STAGES.has(stage);
}

/** Whether check-ins on the decision are planned at this stage. */
export function checkInsApply(stage: string): boolean {
  return CHECK_IN_STAGES.has(stage);
}
