import type { Stage } from '../../contracts/values.js';

// The stage follows what happened: people forget to move the card, and reminders depend on it.
// The server applies these moves (on the timeline); the web app announces them with an undo.

/** Where scheduling an interview moves an opportunity: lead and applied become interviewing; null when it stays. */
export function stageAfterScheduling(stage: Stage): Stage | null {
  return stage === 'lead' || stage === 'applied' ? 'interviewing' : null;
}

/** Where recording an offer moves an opportunity: every stage before an offer becomes offer; null when it stays. */
export function stageAfterOffer(stage: Stage): Stage | null {
  return stage === 'lead' || stage === 'applied' || stage === 'interviewing' ? 'offer' : null;
}
