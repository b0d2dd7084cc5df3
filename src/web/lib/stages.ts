import type { Stage } from '../../contracts/opportunities.js';

/** The pipeline's stages in order; mirrors contracts' STAGES without pulling zod into the initial bundle. */
export const STAGES = ['lead', 'applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn'] as const satisfies readonly Stage[];

// Fails to compile if the contract gains a stage this list lacks.
type Missing = Exclude<Stage, (typeof STAGES)[number]>;
const _exhaustive: [Missing] extends [never] ? true : false = true;
void _exhaustive;

/** Stages that still need the user's attention (mirrors contracts' ACTIVE_STAGES). */
export const ACTIVE_STAGES: readonly Stage[] = ['lead', 'applied', 'interviewing', 'offer'];

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
