import { STAGES, type Stage } from '../../contracts/values.js';

export { ACTIVE_STAGES, STAGES } from '../../contracts/values.js';

/** Label shown to people for each stage. */
export const STAGE_LABELS: Record<Stage, string> = {
  lead: 'Lead',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** Narrows an untrusted string (URL search, select value) to a Stage. */
export function isStage(v: unknown): v is Stage {
  return typeof v === 'string' && (STAGES as readonly string[]).includes(v);
}

/** The stage `delta` steps away along the pipeline, or null past either end. */
export function stepStage(stage: Stage, delta: number): Stage | null {
  const i = STAGES.indexOf(stage) + delta;
  return STAGES[i] ?? null;
}
